/**
 * The device catalog: real device classes from a Raspberry Pi 3 up to edge servers, ordered smallest → largest
 * (by RAM, then by compute in reference cores, then by storage).
 *
 * Figures come from the sources each entry lists.
 * Prices live in ./prices.ts (one dated row per device, ±30 %: the 2025–26 DRAM shortage moved SBC prices several
 * times); host OSes, TPM and real-time clock in ./device-platforms.ts. CPU is counted in reference cores (docs/decisions/003-reference-cores.md):
 * one Cortex-A72 core at 1.5 GHz (a Raspberry Pi 4 core) = 1.0.
 */
import type { Confidence, Device } from '../types.ts';
import { ASE_PLATFORM, DEVICE_PLATFORMS, VENDOR } from './device-platforms.ts';
import { isEstimatedPrice, priceNote, PRICES, type PricedDeviceId } from './prices.ts';

/** One per-core speed factor: how fast one core of a CPU is, relative to a Cortex-A72 at 1.5 GHz. */
export interface CoreFactor {
  /** Reference cores per physical core (or per vCPU where stated). */
  value: number;
  basis: string;
  confidence: Confidence;
}

const GEEKBENCH_PI =
  'https://thestarbiznews.com/raspberry-pi-5-8gb-ram-vs-older-models-performance-benchmarks ; (secondary: a news site quoting Geekbench 5 scores; no primary source found)';

/**
 * Per-core factors and their basis. Geekbench 5 single-core scores used as anchors (secondary source, GEEKBENCH_PI):
 * Pi 3 B+ (A53 @ 1.4 GHz) 120, Pi 4 (A72 @ 1.5 GHz) 220, Pi 5 (A76 @ 2.4 GHz) 450. Everything else is an estimate
 * scaled from those anchors by clock and published IPC steps, and is marked EST. Sustained multi-core throughput on
 * fan-less boards can be lower; the sizing headroom covers part of that.
 */
export const CORE_FACTORS = {
  a53At1200: {
    value: 0.46,
    basis:
      'A53 per clock = (120 / 1.4 GHz) / (220 / 1.5 GHz) = 0.58 of an A72 (Geekbench 5 single-core); × 1.2 / 1.5 GHz.',
    confidence: 'EST',
  },
  a53At1400: {
    value: 0.55,
    basis: 'Geekbench 5 single-core, Pi 3 B+ 120 / Pi 4 220 = 0.55.',
    confidence: 'M',
  },
  a53At1500: {
    value: 0.58,
    basis: 'A53 per clock 0.58 of an A72 (see a53At1200) at the same 1.5 GHz clock.',
    confidence: 'EST',
  },
  a53At1100: {
    value: 0.43,
    basis: 'A53 per clock 0.58 of an A72 × 1.1 / 1.5 GHz (TI AM6548 runs its A53 cores at up to 1.1 GHz).',
    confidence: 'EST',
  },
  a72At1500: {
    value: 1,
    basis:
      'The reference core itself (Raspberry Pi 4 / CM4 at the 1.5 GHz launch clock; C0 boards at 1.8 GHz are faster).',
    confidence: 'H',
  },
  a76At2400: {
    value: 2.0,
    basis:
      'Geekbench 5 single-core, Pi 5 450 / Pi 4 220 = 2.05, rounded down; Raspberry Pi quotes "2–3×" the Pi 4 CPU.',
    confidence: 'M',
  },
  a78aeAt1700: {
    value: 1.85,
    basis:
      'A76 per clock = 2.05 / (2.4 / 1.5) = 1.28 of an A72; Arm quotes about +20 % IPC for A77 and +7 % for A78, so A78 ≈ 1.64 per clock; × 1.7 / 1.5 GHz.',
    confidence: 'EST',
  },
  a78aeAt2000: {
    value: 2.2,
    basis: 'A78 ≈ 1.64 of an A72 per clock (see a78aeAt1700) × 2.0 / 1.5 GHz.',
    confidence: 'EST',
  },
  a78aeAt2200: {
    value: 2.4,
    basis: 'A78 ≈ 1.64 of an A72 per clock (see a78aeAt1700) × 2.2 / 1.5 GHz.',
    confidence: 'EST',
  },
  tremontAt3000: {
    value: 1.6,
    basis:
      'Intel Atom x6425E (Tremont, 2.0 GHz base / 3.0 GHz burst, 12 W): EST about 1.6 A72 cores per core at sustained clocks; no benchmark in the corpus.',
    confidence: 'EST',
  },
  coreI5Mobile: {
    value: 2.1,
    basis:
      'Core i5-1340P-class (4 P + 8 E cores, 28 W): EST P core ≈ 4, E core ≈ 2.5 A72 cores; 36 in total, derated 30 % for sustained all-core power limits in a mini PC ≈ 25 over 12 cores.',
    confidence: 'EST',
  },
  coreUltra5Mobile: {
    value: 1.95,
    basis:
      'Core Ultra 5 125H-class (4 P + 8 E + 2 LP-E cores): EST 4 × 4 + 8 × 2.5 + 2 × 1.2 = 38, derated 30 % ≈ 27 over 14 cores.',
    confidence: 'EST',
  },
  xeonIceLakePerCore: {
    value: 3.6,
    basis:
      'Xeon Silver 4314-class (Ice Lake, 2.4 GHz base / 3.4 GHz turbo): EST 3.0 A72 cores per physical core at all-core clocks, +20 % for Hyper-Threading.',
    confidence: 'EST',
  },
  xeonCascadeLakePerVcpu: {
    value: 1.6,
    basis:
      'Xeon Gold 6209U (Cascade Lake, 2.1 GHz): EST 2.7 A72 cores per physical core, +20 % for Hyper-Threading, split over 2 vCPUs ≈ 1.6 per vCPU.',
    confidence: 'EST',
  },
  a7At1000: {
    value: 0.31,
    basis:
      'Cortex-A7 at 1.0 GHz (Moxa UC-8200): EST A7 ≈ 0.8 of an A53 per clock, so 0.8 × 0.58 = 0.46 of an A72 per clock (see a53At1200), × 1.0 / 1.5 GHz.',
    confidence: 'EST',
  },
  goldmontAt1800: {
    value: 0.9,
    basis:
      'Intel Atom x5-E3940 (Goldmont, 1.6 GHz base / 1.8 GHz burst, 9.5 W): EST 0.9 of an A72 core per core at sustained clocks; no benchmark in the corpus.',
    confidence: 'EST',
  },
  gracemontN150: {
    value: 1.8,
    basis:
      'Intel N150 (4 Gracemont E-cores, up to 3.6 GHz, 6 W): E core ≈ 2.5 A72 cores at full clocks (see coreI5Mobile), derated 30 % for the 6 W all-core limit ≈ 1.8.',
    confidence: 'EST',
  },
  tigerLakeFanless: {
    value: 3.0,
    basis:
      'Core i5-1145G7E (Tiger Lake, 4 cores / 8 threads, 15–28 W) in a fanless box: EST 2.6 A72 cores per core at sustained all-core clocks, +15 % for Hyper-Threading ≈ 3.0.',
    confidence: 'EST',
  },
  raptorLakeDesktopT: {
    value: 3.0,
    basis:
      'Core i5-14400T (6 P + 4 E cores, 16 threads, 35 W): EST P core ≈ 4.5, E core ≈ 2.5 A72 cores; 37 in total, derated 20 % for the 35 W limit ≈ 30 over 10 cores.',
    confidence: 'EST',
  },
  alderLakeDesktopE: {
    value: 3.45,
    basis:
      'Core i7-12700E (8 P + 4 E cores, 20 threads, 65 W): EST 8 × 4.5 + 4 × 2.5 = 46, derated 10 % for sustained all-core clocks ≈ 41 over 12 cores.',
    confidence: 'EST',
  },
  coreUltra7Mobile: {
    value: 2.0,
    basis:
      'Core Ultra 7 155H (6 P + 8 E + 2 LP-E cores, 22 threads): EST 6 × 4 + 8 × 2.5 + 2 × 1.2 = 46, derated 30 % ≈ 32 over 16 cores.',
    confidence: 'EST',
  },
  xeonIceLakeD: {
    value: 3.3,
    basis:
      'Xeon D-2733NT (Ice Lake-D, 8 cores, 2.1 GHz base / 3.2 GHz turbo): EST 2.75 A72 cores per core at all-core clocks, +20 % for Hyper-Threading.',
    confidence: 'EST',
  },
} as const satisfies Record<string, CoreFactor>;

/** cores × factor, rounded to 0.1 reference core. */
const ref = (cores: number, factor: CoreFactor): number => Math.round(cores * factor.value * 10) / 10;

const GiB = 1024;

const PI_DOCS =
  'https://github.com/raspberrypi/documentation/blob/develop/documentation/asciidoc/computers/raspberry-pi/introduction.adoc';
/** Dec 2025 list prices after the DRAM-driven rise (secondary source, Italian press). */
const PI_PRICES_2025 =
  'https://www.phonetoday.it/?p=128541 ; (secondary: Italian press quoting Raspberry Pi; no primary source found)';
/** Oct 2025 rise: CM4/CM5 4 GB +$5, 8 GB +$10, Pi 3 B+ +$5 (secondary source). */
const PI_PRICES_OCT_2025 =
  'https://tugatech.com.pt/post?t=72201&mode=reply ; (secondary: Portuguese press quoting Raspberry Pi; no primary source found)';
/** 2026-02-03 rise: +$10 / $15 / $30 / $60 for 2 / 4 / 8 / 16 GB boards (secondary source, quoting Raspberry Pi). */
const PI_PRICES_FEB_2026 =
  'https://www.punto-informatico.it/raspberry-pi-aumenta-prezzi-matematica-crudele-rincari/ ; (secondary: Italian press quoting Raspberry Pi; no primary source found)';
/** The NUC line (Intel's design, made by ASUS since 2023); the class's specs are Edge Sizer estimates. */
const NUC_LINE =
  'https://mastersingaming.com/2023/07/19/intel-and-asus-reach-a-deal-that-ensures-the-future-of-nuc-mini-pcs-while-opening-up-some-intriguing-gaming-possibilities ; (secondary: news of the NUC line moving to ASUS; the specs are estimates for the class)';
const PI_SD_NOTE = '32 GB microSD assumed (card not included in the price)';

/** The dated price of a device (./prices.ts). */
function price(
  id: PricedDeviceId,
  extra: string,
): Pick<Device, 'priceUsd' | 'priceNote' | 'priceAsOf' | 'priceEstimated'> {
  return {
    priceUsd: PRICES[id].usd,
    priceNote: priceNote(id, extra),
    priceAsOf: PRICES[id].asOf,
    priceEstimated: isEstimatedPrice(id),
  };
}

/** The host OSes, TPM and real-time clock of a device (./device-platforms.ts). */
function platform(id: string): Pick<Device, 'hostOses' | 'tpm' | 'rtc'> {
  const data = DEVICE_PLATFORMS[id];
  if (data === undefined) throw new Error(`No platform data for device ${id}`);
  return data;
}

/**
 * Azure Stack Edge Pro 2: three models (Microsoft's technical specifications, 2023-04 version). All have a Xeon Gold
 * 6209U with 32 usable vCPUs; memory, storage and GPUs differ. Microsoft runs IoT Edge on ASE inside a Linux VM that
 * you create on the device, so the figures here are what the device leaves for workloads: the most that VM can get.
 * Size the VM from the estimate, not the box.
 */
const ASE_SPECS =
  'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/databox-online/azure-stack-edge-pro-2-technical-specifications-compliance.md';
/** NVIDIA A2: 36 INT8 TOPS dense, 72 with structured sparsity; 40–60 W. Sparse figures, as for the Jetsons. */
const NVIDIA_A2 = 'https://www.nvidia.com/en-us/data-center/products/a2/';
const ASE_VM_NOTE =
  'IoT Edge runs in a Linux VM on the device: these are the usable figures Microsoft leaves for workloads, the most that VM can be given.';

/** NVIDIA data-center GPUs: INT8 TOPS as NVIDIA publishes them (sparse where NVIDIA quotes sparse). */
const NVIDIA_T4 = 'https://www.nvidia.com/en-us/data-center/tesla-t4/';
const NVIDIA_L4 = 'https://www.nvidia.com/en-us/data-center/l4/';
const NVIDIA_RTX_A2000 = 'https://www.nvidia.com/en-us/design-visualization/rtx-a2000/';
const NVIDIA_RTX_40_LAPTOPS = 'https://www.nvidia.com/en-us/geforce/laptops/compare/';
const JETSON_ORIN = 'https://www.nvidia.com/en-us/autonomous-machines/embedded-systems/jetson-orin/';
const ORIN_NX_DATASHEET =
  'https://github.com/icub-tech-iit/cad-libraries/files/13056089/JETSON-ORIN-NX-DATASHEET.pdf';

function ase(
  id: 'ase-pro-2-64g2t' | 'ase-pro-2-128g4t1gpu' | 'ase-pro-2-256g6t2gpu',
  model: string,
  usableGiB: number,
  usableStorageGB: number,
  gpus: 0 | 1 | 2,
): Device {
  return {
    id,
    name: `Azure Stack Edge Pro 2 ${model} (Linux VM${gpus > 0 ? `, ${gpus}× NVIDIA A2` : ', no GPU'})`,
    deviceClass: 'edge-server',
    architectures: ['amd64'],
    cpu: 'Intel Xeon Gold 6209U, 20 cores / 40 vCPU (32 vCPU usable)',
    cores: 32,
    refCores: ref(32, CORE_FACTORS.xeonCascadeLakePerVcpu),
    ramMiB: usableGiB * GiB,
    storageGB: usableStorageGB,
    storageNote: `≈ ${usableStorageGB >= 1000 ? `${usableStorageGB / 1000} TB` : `${usableStorageGB} GB`} usable (mirrored SSDs). ${ASE_VM_NOTE}`,
    accelerator:
      gpus === 0
        ? null
        : {
            kind: 'gpu',
            name: `${gpus}× NVIDIA A2 (${36 * gpus} INT8 TOPS dense, ${72 * gpus} sparse)`,
            tops: 72 * gpus,
          },
    powerW: 550,
    ...price(id, 'Power: 550 W supply.'),
    ...ASE_PLATFORM,
    sources: gpus === 0 ? [ASE_SPECS] : [ASE_SPECS, NVIDIA_A2],
    // Specs H (Microsoft's technical specifications); the price and the per-vCPU factor are EST.
    confidence: 'M',
  };
}

/**
 * The first 22 classes (Raspberry Pi 3 … Azure Stack Edge Pro 2). `powerW` is the upper bound of sustained draw: the
 * vendor's power-supply rating or highest power mode, without peripherals.
 */
const FIRST_CLASSES: readonly Device[] = [
  {
    id: 'rpi3b-1gb',
    name: 'Raspberry Pi 3 Model B (1 GB)',
    deviceClass: 'sbc',
    architectures: ['arm32v7', 'arm64'],
    cpu: 'Broadcom BCM2837, 4× Cortex-A53 @ 1.2 GHz (ARMv8)',
    cores: 4,
    refCores: ref(4, CORE_FACTORS.a53At1200),
    ramMiB: 1 * GiB,
    storageGB: 32,
    storageNote: PI_SD_NOTE,
    accelerator: null,
    powerW: 12.5,
    ...price('rpi3b-1gb', 'Power: 5 V 2.5 A supply (≈ 2 W bare board idle).'),
    ...platform('rpi3b-1gb'),
    sources: [PI_DOCS, GEEKBENCH_PI],
    confidence: 'H',
  },
  {
    id: 'rpi3bplus-1gb',
    name: 'Raspberry Pi 3 Model B+ (1 GB)',
    deviceClass: 'sbc',
    architectures: ['arm32v7', 'arm64'],
    cpu: 'Broadcom BCM2837B0, 4× Cortex-A53 @ 1.4 GHz (ARMv8)',
    cores: 4,
    refCores: ref(4, CORE_FACTORS.a53At1400),
    ramMiB: 1 * GiB,
    storageGB: 32,
    storageNote: PI_SD_NOTE,
    accelerator: null,
    powerW: 12.5,
    ...price('rpi3bplus-1gb', 'Power: 5 V 2.5 A supply.'),
    ...platform('rpi3bplus-1gb'),
    sources: [PI_DOCS, PI_PRICES_OCT_2025, GEEKBENCH_PI],
    confidence: 'H',
  },
  {
    id: 'coral-dev-board-1gb',
    name: 'Google Coral Dev Board (1 GB, Edge TPU)',
    deviceClass: 'ai-module',
    architectures: ['arm64'],
    cpu: 'NXP i.MX 8M, 4× Cortex-A53 @ 1.5 GHz + Cortex-M4F',
    cores: 4,
    refCores: ref(4, CORE_FACTORS.a53At1500),
    ramMiB: 1 * GiB,
    storageGB: 8,
    storageNote: '8 GB eMMC on board (a microSD slot adds more)',
    accelerator: { kind: 'npu', name: 'Google Edge TPU', tops: 4 },
    powerW: 15,
    ...price('coral-dev-board-1gb', 'Power: 5 V 3 A USB-C (EST).'),
    ...platform('coral-dev-board-1gb'),
    sources: ['https://coral.ai/technology', 'https://cnblogs.com/siahekai/p/11000783.html'],
    confidence: 'M',
  },
  {
    id: 'siemens-iot2050-advanced',
    name: 'Siemens SIMATIC IOT2050 Advanced (2 GB)',
    deviceClass: 'industrial-gateway',
    architectures: ['arm64'],
    cpu: 'TI AM6548, 4× Cortex-A53 @ up to 1.1 GHz (clock L)',
    cores: 4,
    refCores: ref(4, CORE_FACTORS.a53At1100),
    ramMiB: 2 * GiB,
    storageGB: 16,
    storageNote: '16 GB eMMC on board (plus SD slot)',
    accelerator: null,
    powerW: 10,
    ...price('siemens-iot2050-advanced', 'Power: 24 V industrial supply, draw EST.'),
    ...platform('siemens-iot2050-advanced'),
    sources: [
      'https://github.com/SIMATICmeetsLinux/IOT2050-SmartFarming-Application/blob/main/docs/SIMATIC_IOT2050_setting_up.md',
    ],
    confidence: 'M',
  },
  {
    id: 'rpi4b-2gb',
    name: 'Raspberry Pi 4 Model B (2 GB)',
    deviceClass: 'sbc',
    architectures: ['arm32v7', 'arm64'],
    cpu: 'Broadcom BCM2711, 4× Cortex-A72 @ 1.5 GHz (1.8 GHz on C0 boards)',
    cores: 4,
    refCores: ref(4, CORE_FACTORS.a72At1500),
    ramMiB: 2 * GiB,
    storageGB: 32,
    storageNote: PI_SD_NOTE,
    accelerator: null,
    powerW: 15,
    ...price('rpi4b-2gb', 'Power: 5 V 3 A supply.'),
    ...platform('rpi4b-2gb'),
    sources: [
      PI_DOCS,
      'https://www.zdnet.com/article/raspberry-pi-makes-its-first-ever-price-increase-global-chip-shortage-to-blame/',
    ],
    confidence: 'H',
  },
  {
    id: 'rpi4b-4gb',
    name: 'Raspberry Pi 4 Model B (4 GB)',
    deviceClass: 'sbc',
    architectures: ['arm32v7', 'arm64'],
    cpu: 'Broadcom BCM2711, 4× Cortex-A72 @ 1.5 GHz (1.8 GHz on C0 boards)',
    cores: 4,
    refCores: ref(4, CORE_FACTORS.a72At1500),
    ramMiB: 4 * GiB,
    storageGB: 32,
    storageNote: PI_SD_NOTE,
    accelerator: null,
    powerW: 15,
    ...price('rpi4b-4gb', 'Power: 5 V 3 A supply.'),
    ...platform('rpi4b-4gb'),
    sources: [PI_DOCS, PI_PRICES_2025, PI_PRICES_FEB_2026],
    confidence: 'H',
  },
  {
    id: 'rpi4b-4gb-coral-usb',
    name: 'Raspberry Pi 4 Model B (4 GB) + Coral USB Accelerator',
    deviceClass: 'sbc',
    architectures: ['arm32v7', 'arm64'],
    cpu: 'Broadcom BCM2711, 4× Cortex-A72 @ 1.5 GHz; Edge TPU on USB 3.0',
    cores: 4,
    refCores: ref(4, CORE_FACTORS.a72At1500),
    ramMiB: 4 * GiB,
    storageGB: 32,
    storageNote: PI_SD_NOTE,
    // An add-on, modelled as a bundle: the Pi's figures plus the stick's 4 TOPS (datasheet) and ≈ 2 W.
    accelerator: { kind: 'npu', name: 'Google Coral USB Accelerator (Edge TPU, add-on)', tops: 4 },
    powerW: 17,
    ...price('rpi4b-4gb-coral-usb', ''),
    ...platform('rpi4b-4gb-coral-usb'),
    sources: [
      PI_DOCS,
      PI_PRICES_2025,
      PI_PRICES_FEB_2026,
      'https://coral.ai/static/files/Coral-USB-Accelerator-datasheet.pdf',
    ],
    confidence: 'M',
  },
  {
    id: 'rpi-cm4-4gb-32gb',
    name: 'Raspberry Pi Compute Module 4 (4 GB, 32 GB eMMC)',
    deviceClass: 'sbc',
    architectures: ['arm32v7', 'arm64'],
    cpu: 'Broadcom BCM2711, 4× Cortex-A72 @ 1.5 GHz',
    cores: 4,
    refCores: ref(4, CORE_FACTORS.a72At1500),
    ramMiB: 4 * GiB,
    storageGB: 32,
    storageNote: '32 GB eMMC on the module (carrier board not included)',
    accelerator: null,
    powerW: 15,
    ...price('rpi-cm4-4gb-32gb', 'Power: carrier-dependent (EST 15 W).'),
    ...platform('rpi-cm4-4gb-32gb'),
    sources: [
      PI_DOCS,
      PI_PRICES_OCT_2025,
      PI_PRICES_FEB_2026,
      'https://forums.raspberrypi.com/viewtopic.php?t=291107',
    ],
    confidence: 'M',
  },
  {
    id: 'rpi5-4gb',
    name: 'Raspberry Pi 5 (4 GB)',
    deviceClass: 'sbc',
    architectures: ['arm32v7', 'arm64'],
    cpu: 'Broadcom BCM2712, 4× Cortex-A76 @ 2.4 GHz',
    cores: 4,
    refCores: ref(4, CORE_FACTORS.a76At2400),
    ramMiB: 4 * GiB,
    storageGB: 32,
    storageNote: `${PI_SD_NOTE}; NVMe via a PCIe HAT is possible`,
    accelerator: null,
    powerW: 25,
    ...price('rpi5-4gb', 'Power: 5 V 5 A supply.'),
    ...platform('rpi5-4gb'),
    sources: [
      PI_DOCS,
      PI_PRICES_2025,
      PI_PRICES_FEB_2026,
      'https://docs.zephyrproject.org/4.0.0/boards/raspberrypi/rpi_5/doc/index.html',
    ],
    confidence: 'H',
  },
  {
    id: 'rpi4b-8gb',
    name: 'Raspberry Pi 4 Model B (8 GB)',
    deviceClass: 'sbc',
    architectures: ['arm32v7', 'arm64'],
    cpu: 'Broadcom BCM2711, 4× Cortex-A72 @ 1.5 GHz (1.8 GHz on C0 boards)',
    cores: 4,
    refCores: ref(4, CORE_FACTORS.a72At1500),
    ramMiB: 8 * GiB,
    storageGB: 32,
    storageNote: PI_SD_NOTE,
    accelerator: null,
    powerW: 15,
    ...price('rpi4b-8gb', 'Power: 5 V 3 A supply.'),
    ...platform('rpi4b-8gb'),
    sources: [PI_DOCS, PI_PRICES_2025, PI_PRICES_FEB_2026],
    confidence: 'H',
  },
  {
    id: 'up-squared-6000-8gb',
    name: 'AAEON UP Squared 6000 industrial x86 gateway (8 GB)',
    deviceClass: 'industrial-gateway',
    architectures: ['amd64'],
    cpu: 'Intel Atom x6000E series, e.g. x6425E (Elkhart Lake): 4 cores, 2.0 GHz base / 3.0 GHz burst (model L)',
    cores: 4,
    refCores: ref(4, CORE_FACTORS.tremontAt3000),
    ramMiB: 8 * GiB,
    storageGB: 64,
    storageNote: '64 GB eMMC on board (M.2 SSD optional)',
    accelerator: null,
    powerW: 24,
    ...price('up-squared-6000-8gb', 'Power: 12 V supply; draw EST.'),
    ...platform('up-squared-6000-8gb'),
    sources: ['https://github.com/up-board/up-community/wiki/UP-Squared-6000'],
    confidence: 'M',
  },
  {
    id: 'rpi5-8gb',
    name: 'Raspberry Pi 5 (8 GB)',
    deviceClass: 'sbc',
    architectures: ['arm32v7', 'arm64'],
    cpu: 'Broadcom BCM2712, 4× Cortex-A76 @ 2.4 GHz',
    cores: 4,
    refCores: ref(4, CORE_FACTORS.a76At2400),
    ramMiB: 8 * GiB,
    storageGB: 32,
    storageNote: `${PI_SD_NOTE}; NVMe via a PCIe HAT is possible`,
    accelerator: null,
    powerW: 25,
    ...price('rpi5-8gb', 'Power: 5 V 5 A supply.'),
    ...platform('rpi5-8gb'),
    sources: [PI_DOCS, PI_PRICES_2025, PI_PRICES_FEB_2026],
    confidence: 'H',
  },
  {
    id: 'jetson-orin-nano-super-8gb',
    name: 'NVIDIA Jetson Orin Nano Super Developer Kit (8 GB)',
    deviceClass: 'ai-module',
    architectures: ['arm64'],
    cpu: '6× Cortex-A78AE @ 1.7 GHz',
    cores: 6,
    refCores: ref(6, CORE_FACTORS.a78aeAt1700),
    ramMiB: 8 * GiB,
    storageGB: 128,
    storageNote:
      '128 GB NVMe SSD assumed (the dev kit has microSD and M.2 slots; SSD bought separately, ≈ $20 EST)',
    accelerator: { kind: 'gpu', name: 'Ampere GPU, 1024 CUDA / 32 Tensor cores', tops: 67 },
    powerW: 25,
    ...price('jetson-orin-nano-super-8gb', 'Power: 7–25 W modes. 67 TOPS is sparse INT8.'),
    ...platform('jetson-orin-nano-super-8gb'),
    sources: [
      'https://www.brojogopalsapui.com/ai-foundations/sub_contents/AI_hardware/jetson_orin_nano_light.html',
    ],
    confidence: 'M',
  },
  {
    id: 'rpi5-16gb',
    name: 'Raspberry Pi 5 (16 GB)',
    deviceClass: 'sbc',
    architectures: ['arm32v7', 'arm64'],
    cpu: 'Broadcom BCM2712, 4× Cortex-A76 @ 2.4 GHz',
    cores: 4,
    refCores: ref(4, CORE_FACTORS.a76At2400),
    ramMiB: 16 * GiB,
    storageGB: 32,
    storageNote: `${PI_SD_NOTE}; NVMe via a PCIe HAT is possible`,
    accelerator: null,
    powerW: 25,
    ...price('rpi5-16gb', 'Power: 5 V 5 A supply.'),
    ...platform('rpi5-16gb'),
    sources: [PI_DOCS, PI_PRICES_2025, PI_PRICES_FEB_2026],
    confidence: 'M',
  },
  {
    id: 'jetson-orin-nx-16gb',
    name: 'NVIDIA Jetson Orin NX 16 GB (module on a carrier, e.g. reComputer-class)',
    deviceClass: 'ai-module',
    architectures: ['arm64'],
    cpu: '8× Cortex-A78AE @ 2.0 GHz (L)',
    cores: 8,
    refCores: ref(8, CORE_FACTORS.a78aeAt2000),
    ramMiB: 16 * GiB,
    storageGB: 128,
    storageNote: '128 GB NVMe SSD assumed on the carrier',
    accelerator: { kind: 'gpu', name: 'Ampere GPU + 2× DLA (100 TOPS; 157 in Super mode, L)', tops: 100 },
    powerW: 25,
    ...price('jetson-orin-nx-16gb', 'Power: 10–25 W modes.'),
    ...platform('jetson-orin-nx-16gb'),
    sources: ['https://github.com/icub-tech-iit/cad-libraries/files/13056089/JETSON-ORIN-NX-DATASHEET.pdf'],
    confidence: 'M',
  },
  {
    id: 'nuc-core-i5-16gb',
    name: 'NUC-class mini PC, Core i5 (16 GB, 512 GB NVMe)',
    deviceClass: 'mini-pc',
    architectures: ['amd64'],
    cpu: 'Intel Core i5-1340P-class, 12 cores (4 P + 8 E), 16 threads',
    cores: 12,
    refCores: ref(12, CORE_FACTORS.coreI5Mobile),
    ramMiB: 16 * GiB,
    storageGB: 512,
    storageNote: '512 GB NVMe SSD assumed',
    // The Iris Xe iGPU has no published INT8 TOPS figure, so it is not counted as an accelerator.
    accelerator: null,
    powerW: 40,
    ...price('nuc-core-i5-16gb', 'Power: EST.'),
    ...platform('nuc-core-i5-16gb'),
    sources: [NUC_LINE],
    confidence: 'EST',
  },
  {
    id: 'nuc-core-ultra5-32gb',
    name: 'NUC-class mini PC, Core Ultra 5 with NPU (32 GB, 1 TB NVMe)',
    deviceClass: 'mini-pc',
    architectures: ['amd64'],
    cpu: 'Intel Core Ultra 5 125H-class, 14 cores (4 P + 8 E + 2 LP-E), 18 threads',
    cores: 14,
    refCores: ref(14, CORE_FACTORS.coreUltra5Mobile),
    ramMiB: 32 * GiB,
    storageGB: 1000,
    storageNote: '1 TB NVMe SSD assumed',
    // ≈ 11 INT8 TOPS from memory (L): see the price note.
    accelerator: { kind: 'npu', name: 'Intel AI Boost NPU', tops: 11 },
    powerW: 65,
    ...price('nuc-core-ultra5-32gb', 'NPU TOPS from memory (L); usable through OpenVINO. Power: EST.'),
    ...platform('nuc-core-ultra5-32gb'),
    sources: [NUC_LINE],
    confidence: 'EST',
  },
  ase('ase-pro-2-64g2t', '64G2T', 48, 720, 0),
  {
    id: 'jetson-agx-orin-64gb',
    name: 'NVIDIA Jetson AGX Orin 64 GB Developer Kit',
    deviceClass: 'ai-module',
    architectures: ['arm64'],
    cpu: '12× Cortex-A78AE @ 2.2 GHz (L)',
    cores: 12,
    refCores: ref(12, CORE_FACTORS.a78aeAt2200),
    ramMiB: 64 * GiB,
    storageGB: 64,
    storageNote: '64 GB eMMC on board (NVMe slot for more)',
    accelerator: { kind: 'gpu', name: 'Ampere GPU + 2× DLA', tops: 275 },
    powerW: 60,
    ...price('jetson-agx-orin-64gb', 'Power: 15–60 W modes. 275 TOPS is sparse INT8.'),
    ...platform('jetson-agx-orin-64gb'),
    sources: ['https://blog.us.fixstars.com/?p=1855'],
    confidence: 'M',
  },
  {
    id: 'dell-poweredge-xr-class',
    name: 'Rugged edge server, Dell PowerEdge XR11-class (64 GB)',
    deviceClass: 'edge-server',
    architectures: ['amd64'],
    cpu: 'Intel Xeon Silver 4314-class, 16 cores / 32 threads',
    cores: 16,
    refCores: ref(16, CORE_FACTORS.xeonIceLakePerCore),
    ramMiB: 64 * GiB,
    storageGB: 960,
    storageNote: '2× 960 GB SSD in RAID 1 assumed (960 GB usable)',
    // GPUs are optional on this class; the base configuration has none.
    accelerator: null,
    powerW: 400,
    ...price('dell-poweredge-xr-class', 'Power: EST (150–800 W class).'),
    ...platform('dell-poweredge-xr-class'),
    // Class figures are estimates: no XR11 datasheet was in the corpus (the live web was not available).
    sources: [
      'https://www.dell.com/en-us/shop/ipovw/poweredge-xr11',
      'https://www.scribd.com/document/663889729/Dell-PowerEdge-Concepts-and-Features-Participant-Guide',
    ],
    confidence: 'EST',
  },
  ase('ase-pro-2-128g4t1gpu', '128G4T1GPU', 96, 1600, 1),
  ase('ase-pro-2-256g6t2gpu', '256G6T2GPU', 224, 2500, 2),
];

/**
 * Classes added on 2026-12-04 (issue 19, "A catalog that covers what architects buy"): fanless industrial gateways
 * (Arm and x86), Windows-capable x86 boxes, Jetson-based industrial boxes, x86 PCs with an NVIDIA GPU, and rugged
 * edge servers with a T4, A2 or L4.
 *
 * What is sourced and how well: GPU and Jetson figures are NVIDIA's (product pages and the Orin NX datasheet).
 * CPU models, memory and storage are the configuration named, from the vendor's product line as recalled (L): the
 * vendor pages in `sources` could not be read from the research tools on 2026-12-04, so check them before buying.
 * Every price but the ROG NUC's is an Edge Sizer estimate for the configuration (./prices.ts, L). Per-core factors
 * follow the method above (EST). `powerW` is the upper sustained draw: power supply or TDP sum, EST where marked.
 */
const ADDED_2026_12: readonly Device[] = [
  {
    id: 'moxa-uc-8220-2gb',
    name: 'Moxa UC-8220 Arm industrial gateway (2 GB)',
    deviceClass: 'industrial-gateway',
    architectures: ['arm32v7'],
    cpu: 'Armv7 Cortex-A7 dual-core @ 1.0 GHz (L)',
    cores: 2,
    refCores: ref(2, CORE_FACTORS.a7At1000),
    ramMiB: 2 * GiB,
    storageGB: 8,
    storageNote: '8 GB eMMC on board (SD slot for more; L)',
    accelerator: null,
    powerW: 10,
    ...price('moxa-uc-8220-2gb', 'Power: 12–48 V DC; draw EST (with a cellular module).'),
    ...platform('moxa-uc-8220-2gb'),
    sources: [VENDOR.moxaUc8200],
    confidence: 'L',
  },
  {
    id: 'onlogic-fr201-4gb',
    name: 'OnLogic Factor 201 industrial Raspberry Pi CM4 gateway (4 GB, 32 GB eMMC)',
    deviceClass: 'industrial-gateway',
    architectures: ['arm32v7', 'arm64'],
    cpu: 'Raspberry Pi CM4: Broadcom BCM2711, 4× Cortex-A72 @ 1.5 GHz',
    cores: 4,
    refCores: ref(4, CORE_FACTORS.a72At1500),
    ramMiB: 4 * GiB,
    storageGB: 32,
    storageNote: '32 GB eMMC on the CM4 (configuration assumed)',
    accelerator: null,
    powerW: 15,
    ...price('onlogic-fr201-4gb', 'Power: 12–24 V DC; draw EST.'),
    ...platform('onlogic-fr201-4gb'),
    sources: [VENDOR.onlogicFr201, PI_DOCS],
    confidence: 'L',
  },
  {
    id: 'advantech-uno-2271g-v2-8gb',
    name: 'Advantech UNO-2271G V2 fanless x86 DIN-rail gateway (8 GB)',
    deviceClass: 'industrial-gateway',
    architectures: ['amd64'],
    cpu: 'Intel Atom x5-E3940 (Apollo Lake), 4 cores, 1.6 GHz / 1.8 GHz burst (L)',
    cores: 4,
    refCores: ref(4, CORE_FACTORS.goldmontAt1800),
    ramMiB: 8 * GiB,
    storageGB: 64,
    storageNote: '64 GB eMMC on board (mSATA optional; L)',
    accelerator: null,
    powerW: 15,
    ...price('advantech-uno-2271g-v2-8gb', 'Power: 12–24 V DC; 9.5 W processor, draw EST.'),
    ...platform('advantech-uno-2271g-v2-8gb'),
    sources: [VENDOR.advantechUno2271gV2],
    confidence: 'L',
  },
  {
    id: 'asus-nuc-14-essential-n150-8gb',
    name: 'ASUS NUC 14 Essential, Intel N150 (8 GB, 256 GB, Windows 11)',
    deviceClass: 'mini-pc',
    architectures: ['amd64'],
    cpu: 'Intel N150 (Twin Lake), 4 E-cores up to 3.6 GHz, 6 W (L)',
    cores: 4,
    refCores: ref(4, CORE_FACTORS.gracemontN150),
    ramMiB: 8 * GiB,
    storageGB: 256,
    storageNote: '256 GB SSD (configuration assumed)',
    // The UHD iGPU has no published INT8 TOPS figure: not counted as an accelerator.
    accelerator: null,
    powerW: 25,
    ...price('asus-nuc-14-essential-n150-8gb', 'Power: 6 W processor; draw EST.'),
    ...platform('asus-nuc-14-essential-n150-8gb'),
    sources: [VENDOR.asusNuc14Essential],
    confidence: 'L',
  },
  {
    id: 'lenovo-thinkedge-se30-16gb',
    name: 'Lenovo ThinkEdge SE30 fanless edge PC, Core i5 (16 GB, 512 GB)',
    deviceClass: 'industrial-gateway',
    architectures: ['amd64'],
    cpu: 'Intel Core i5-1145G7E (Tiger Lake), 4 cores / 8 threads (L)',
    cores: 4,
    refCores: ref(4, CORE_FACTORS.tigerLakeFanless),
    ramMiB: 16 * GiB,
    storageGB: 512,
    storageNote: '512 GB M.2 SSD (configuration assumed)',
    accelerator: null,
    powerW: 45,
    ...price('lenovo-thinkedge-se30-16gb', 'Power: 12–48 V DC; 28 W processor, draw EST.'),
    ...platform('lenovo-thinkedge-se30-16gb'),
    sources: [VENDOR.lenovoSe30],
    confidence: 'L',
  },
  {
    id: 'advantech-mic-711-orin-nx-16gb',
    name: 'Advantech MIC-711 fanless Jetson Orin NX box (16 GB, 128 GB NVMe)',
    deviceClass: 'ai-module',
    architectures: ['arm64'],
    cpu: '8× Cortex-A78AE @ 2.0 GHz (Jetson Orin NX 16 GB)',
    cores: 8,
    refCores: ref(8, CORE_FACTORS.a78aeAt2000),
    ramMiB: 16 * GiB,
    storageGB: 128,
    storageNote: '128 GB NVMe SSD (configuration assumed)',
    accelerator: {
      kind: 'gpu',
      name: 'Ampere GPU + 2× DLA (Orin NX 16 GB: 100 TOPS; 157 in Super mode)',
      tops: 100,
    },
    powerW: 40,
    ...price(
      'advantech-mic-711-orin-nx-16gb',
      'Power: module 10–25 W modes; box draw EST. 100 TOPS is sparse INT8.',
    ),
    ...platform('advantech-mic-711-orin-nx-16gb'),
    sources: [VENDOR.advantechMic711, ORIN_NX_DATASHEET],
    confidence: 'M',
  },
  {
    id: 'lenovo-thinkcentre-m70q-gen5-16gb',
    name: 'Lenovo ThinkCentre M70q Gen 5 Tiny, Core i5 (16 GB, 512 GB, Windows 11 Pro)',
    deviceClass: 'mini-pc',
    architectures: ['amd64'],
    cpu: 'Intel Core i5-14400T, 10 cores (6 P + 4 E), 16 threads, 35 W (L)',
    cores: 10,
    refCores: ref(10, CORE_FACTORS.raptorLakeDesktopT),
    ramMiB: 16 * GiB,
    storageGB: 512,
    storageNote: '512 GB NVMe SSD (configuration assumed)',
    accelerator: null,
    powerW: 65,
    ...price('lenovo-thinkcentre-m70q-gen5-16gb', 'Power: 35 W processor, external adapter; draw EST.'),
    ...platform('lenovo-thinkcentre-m70q-gen5-16gb'),
    sources: [VENDOR.lenovoM70qGen5],
    confidence: 'L',
  },
  {
    id: 'asus-rog-nuc-rtx4060-16gb',
    name: 'ASUS ROG NUC with GeForce RTX 4060 Laptop GPU (16 GB, 512 GB)',
    deviceClass: 'mini-pc',
    architectures: ['amd64'],
    cpu: 'Intel Core Ultra 7 155H, 16 cores (6 P + 8 E + 2 LP-E), 22 threads (L)',
    cores: 16,
    refCores: ref(16, CORE_FACTORS.coreUltra7Mobile),
    ramMiB: 16 * GiB,
    storageGB: 512,
    storageNote: '512 GB NVMe SSD (entry model; L)',
    // NVIDIA's "AI TOPS" for the RTX 4060 Laptop GPU (Ada: with sparsity), as for the Jetsons and the A2.
    accelerator: { kind: 'gpu', name: 'NVIDIA GeForce RTX 4060 Laptop GPU, 8 GB (233 AI TOPS)', tops: 233 },
    powerW: 200,
    ...price(
      'asus-rog-nuc-rtx4060-16gb',
      'Power: external adapter; CPU and GPU at full load EST 200 W. A consumer (gaming) product: no extended temperature range.',
    ),
    ...platform('asus-rog-nuc-rtx4060-16gb'),
    sources: [VENDOR.asusRogNuc, NVIDIA_RTX_40_LAPTOPS, PRICES['asus-rog-nuc-rtx4060-16gb'].source],
    confidence: 'L',
  },
  {
    id: 'jetson-agx-orin-32gb-industrial',
    name: 'Jetson AGX Orin 32 GB in a fanless industrial box (e.g. Neousys NRU-220S-class)',
    deviceClass: 'ai-module',
    architectures: ['arm64'],
    cpu: '8× Cortex-A78AE @ 2.2 GHz (Jetson AGX Orin 32 GB)',
    cores: 8,
    refCores: ref(8, CORE_FACTORS.a78aeAt2200),
    ramMiB: 32 * GiB,
    storageGB: 64,
    storageNote: '64 GB eMMC on the module (NVMe or SATA in the box for more)',
    accelerator: { kind: 'gpu', name: 'Ampere GPU + 2× DLA (AGX Orin 32 GB: 200 TOPS)', tops: 200 },
    powerW: 75,
    ...price(
      'jetson-agx-orin-32gb-industrial',
      'Power: module 15–40 W modes; box draw EST. 200 TOPS is sparse INT8.',
    ),
    ...platform('jetson-agx-orin-32gb-industrial'),
    sources: [JETSON_ORIN, VENDOR.neousysNru220s],
    confidence: 'M',
  },
  {
    id: 'onlogic-karbon-804-rtx-a2000',
    name: 'OnLogic Karbon 804 rugged PC with NVIDIA RTX A2000 12 GB (32 GB, 1 TB)',
    deviceClass: 'mini-pc',
    architectures: ['amd64'],
    cpu: 'Intel Core i7-12700E (Alder Lake-S), 12 cores (8 P + 4 E), 20 threads (L)',
    cores: 12,
    refCores: ref(12, CORE_FACTORS.alderLakeDesktopE),
    ramMiB: 32 * GiB,
    storageGB: 1000,
    storageNote: '1 TB NVMe SSD (configuration assumed)',
    // NVIDIA publishes 63.9 TFLOPS of sparse FP16 tensor throughput; INT8 runs at twice the FP16 rate on Ampere: EST.
    accelerator: { kind: 'gpu', name: 'NVIDIA RTX A2000 12 GB (EST 128 INT8 TOPS sparse)', tops: 128 },
    powerW: 200,
    ...price('onlogic-karbon-804-rtx-a2000', 'Power: 9–48 V DC; 65 W processor + 70 W GPU, draw EST.'),
    ...platform('onlogic-karbon-804-rtx-a2000'),
    sources: [VENDOR.onlogicK804, NVIDIA_RTX_A2000],
    confidence: 'L',
  },
  {
    id: 'lenovo-thinkedge-se350-v2-a2',
    name: 'Lenovo ThinkEdge SE350 V2 edge server with NVIDIA A2 (128 GB)',
    deviceClass: 'edge-server',
    architectures: ['amd64'],
    cpu: 'Intel Xeon D-2733NT (Ice Lake-D), 8 cores / 16 threads',
    cores: 8,
    refCores: ref(8, CORE_FACTORS.xeonIceLakeD),
    ramMiB: 128 * GiB,
    storageGB: 960,
    storageNote: '2× 960 GB SSD in RAID 1 assumed (960 GB usable)',
    accelerator: { kind: 'gpu', name: 'NVIDIA A2 (36 INT8 TOPS dense, 72 sparse)', tops: 72 },
    powerW: 300,
    ...price('lenovo-thinkedge-se350-v2-a2', 'Power: 100 W processor + 60 W GPU, draw EST.'),
    ...platform('lenovo-thinkedge-se350-v2-a2'),
    sources: [VENDOR.lenovoSe350V2, NVIDIA_A2],
    confidence: 'L',
  },
  {
    id: 'dell-poweredge-xr12-t4',
    name: 'Dell PowerEdge XR12 rugged server with NVIDIA T4 (128 GB)',
    deviceClass: 'edge-server',
    architectures: ['amd64'],
    cpu: 'Intel Xeon Silver 4314-class (Ice Lake), 16 cores / 32 threads (L)',
    cores: 16,
    refCores: ref(16, CORE_FACTORS.xeonIceLakePerCore),
    ramMiB: 128 * GiB,
    storageGB: 960,
    storageNote: '2× 960 GB SSD in RAID 1 assumed (960 GB usable)',
    accelerator: { kind: 'gpu', name: 'NVIDIA T4 16 GB (130 INT8 TOPS)', tops: 130 },
    powerW: 600,
    ...price('dell-poweredge-xr12-t4', 'Power: 135 W processor + 70 W GPU + drives and fans, draw EST.'),
    ...platform('dell-poweredge-xr12-t4'),
    sources: [VENDOR.dellXr12, NVIDIA_T4],
    confidence: 'L',
  },
  {
    id: 'hpe-edgeline-el8000-a2',
    name: 'HPE Edgeline EL8000-class converged edge system, one blade with NVIDIA A2 (128 GB)',
    deviceClass: 'edge-server',
    architectures: ['amd64'],
    cpu: 'Intel Xeon Scalable (Ice Lake) blade, 20 cores / 40 threads assumed (EST)',
    cores: 20,
    refCores: ref(20, CORE_FACTORS.xeonIceLakePerCore),
    ramMiB: 128 * GiB,
    storageGB: 960,
    storageNote: '2× 960 GB SSD in RAID 1 assumed (960 GB usable)',
    accelerator: { kind: 'gpu', name: 'NVIDIA A2 (36 INT8 TOPS dense, 72 sparse)', tops: 72 },
    powerW: 600,
    ...price('hpe-edgeline-el8000-a2', 'Power: chassis supply shared by up to 4 blades; one blade EST.'),
    ...platform('hpe-edgeline-el8000-a2'),
    sources: [VENDOR.hpeEl8000, NVIDIA_A2],
    confidence: 'EST',
  },
  {
    id: 'lenovo-thinkedge-se450-l4',
    name: 'Lenovo ThinkEdge SE450 edge server with NVIDIA L4 (128 GB)',
    deviceClass: 'edge-server',
    architectures: ['amd64'],
    cpu: 'Intel Xeon Gold 5318N (Ice Lake), 24 cores / 48 threads',
    cores: 24,
    refCores: ref(24, CORE_FACTORS.xeonIceLakePerCore),
    ramMiB: 128 * GiB,
    storageGB: 960,
    storageNote: '2× 960 GB SSD in RAID 1 assumed (960 GB usable)',
    accelerator: { kind: 'gpu', name: 'NVIDIA L4 24 GB (485 INT8 TOPS sparse)', tops: 485 },
    powerW: 700,
    ...price('lenovo-thinkedge-se450-l4', 'Power: 150 W processor + 72 W GPU + drives and fans, draw EST.'),
    ...platform('lenovo-thinkedge-se450-l4'),
    sources: [VENDOR.lenovoSe450, NVIDIA_L4],
    confidence: 'L',
  },
];

/** Smallest → largest: by RAM, then compute in reference cores, then storage (a stable sort keeps equal keys in order). */
function bySize(a: Device, b: Device): number {
  return a.ramMiB - b.ramMiB || a.refCores - b.refCores || a.storageGB - b.storageGB;
}

/** The catalog, smallest → largest. */
export const DEVICES: readonly Device[] = [...FIRST_CLASSES, ...ADDED_2026_12].sort(bySize);
