/**
 * Per device: the host operating systems it can run IoT Edge on, its TPM and its real-time clock, each with a source.
 * Checked 2026-12-04 (the date in src/domain/compat/os-support.ts SUPPORT_DATA_CHECKED).
 *
 * Host OS lists name the Edge Sizer host OS choices (src/domain/answers.ts HOST_OSES) the vendor or the OS ships an
 * image for on that board. Whether IoT Edge supports that OS is a separate question (src/domain/compat/os-support.ts).
 */
import type { HostOs } from '../answers.ts';
import type { Device, DeviceFact, RtcSupport, TpmSupport } from '../types.ts';

type Platform = Pick<Device, 'hostOses' | 'tpm' | 'rtc'>;

const PI_OS_DOCS =
  'https://github.com/raspberrypi/documentation/blob/develop/documentation/asciidoc/computers/os.adoc';
const UBUNTU_PI = 'https://ubuntu.com/download/raspberry-pi';
const DEBIAN_PI = 'https://raspi.debian.net/tested-images/';
const PI_OVERLAYS = 'https://github.com/raspberrypi/firmware/blob/master/boot/overlays/README';
const PI_HW_DOCS =
  'https://github.com/raspberrypi/documentation/blob/develop/documentation/asciidoc/computers/raspberry-pi/raspberry-pi.adoc';
const JETPACK = 'https://developer.nvidia.com/embedded/jetpack';
const ASE_IOT_EDGE_VM =
  'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/databox-online/azure-stack-edge-gpu-deploy-iot-edge-linux-vm.md';

/** Every Linux choice with amd64 images, plus Windows (EFLOW) where the vendor supports Windows. */
const X86_LINUX: HostOs[] = [
  'debian-12',
  'debian-13',
  'debian-11',
  'ubuntu-24.04',
  'ubuntu-22.04',
  'ubuntu-20.04',
  'ubuntu-core',
  'rhel-9',
  'rhel-8',
  'azure-linux-3',
  'yocto',
  'other-linux',
];

/** Raspberry Pi 3 / 4 / CM4: Pi OS, Ubuntu Server 22.04 and 24.04, Ubuntu Core, Debian's own Pi images. */
const PI34_OSES: HostOs[] = [
  'raspberry-pi-os-bookworm',
  'raspberry-pi-os-trixie',
  'debian-12',
  'debian-13',
  'ubuntu-22.04',
  'ubuntu-24.04',
  'ubuntu-core',
  'yocto',
  'other-linux',
];

/** Raspberry Pi 5: Pi OS, Ubuntu 24.04 (22.04 predates the board), Ubuntu Core; no Debian Pi 5 image is listed. */
const PI5_OSES: HostOs[] = [
  'raspberry-pi-os-bookworm',
  'raspberry-pi-os-trixie',
  'ubuntu-24.04',
  'ubuntu-core',
  'yocto',
  'other-linux',
];

const piHostOses = (oses: HostOs[], pi5: boolean): Platform['hostOses'] => ({
  oses,
  note: pi5
    ? 'Raspberry Pi OS (Bookworm or Trixie), Ubuntu 24.04 and Ubuntu Core; Ubuntu 22.04 predates the Pi 5 and Debian lists no Pi 5 image. No Windows, RHEL or Azure Linux.'
    : 'Raspberry Pi OS (Bookworm or Trixie), Ubuntu Server 22.04 / 24.04, Ubuntu Core and Debian 12 / 13 Pi images. No Windows, RHEL or Azure Linux.',
  source: `${PI_OS_DOCS} ; ${UBUNTU_PI} ; ${DEBIAN_PI}`,
});

const PI_TPM: DeviceFact<TpmSupport> = {
  kind: 'add-on',
  note: 'No TPM on the board; SPI TPM 2.0 modules (Infineon SLB9670) are supported by the tpm-slb9670 overlay.',
  source: PI_OVERLAYS,
};

const PI_NO_RTC: DeviceFact<RtcSupport> = {
  kind: 'no',
  note: 'No real-time clock: the board gets the time from the network (NTP) at boot.',
  source: PI_HW_DOCS,
};

const PI5_RTC: DeviceFact<RtcSupport> = {
  kind: 'battery-needed',
  note: 'A real-time clock is built in, but it keeps time while unpowered only with a backup battery fitted to the J5 connector.',
  source: PI_HW_DOCS,
};

const X86_RTC: DeviceFact<RtcSupport> = {
  kind: 'yes',
  note: 'PC-class board with a battery-backed real-time clock (CMOS).',
  source: 'https://github.com/up-board/up-community/wiki/UP-Squared-6000',
};

const WINDOWS: HostOs[] = ['windows-client', 'windows-server'];

/**
 * An x86 NUC-class mini PC (the two NUC classes share it): Windows client and server, every amd64 Linux, a firmware
 * TPM, a battery-backed clock. The host OSes are Microsoft's lists: Windows IoT Enterprise's x64 hardware
 * requirements, and IoT Edge's amd64 Linux platforms.
 */
const NUC_CLASS: Platform = {
  hostOses: {
    oses: [...X86_LINUX, ...WINDOWS],
    note: 'x86 mini PC: Windows 10/11, Windows Server and every amd64 Linux.',
    source:
      'https://learn.microsoft.com/windows/iot/iot-enterprise/Hardware/System_Requirements ; https://learn.microsoft.com/azure/iot-edge/support',
  },
  tpm: {
    kind: 'tpm2',
    note: 'Firmware TPM 2.0 (Intel PTT) in the class (M).',
    source: 'https://learn.microsoft.com/windows/iot/iot-enterprise/Hardware/System_Requirements',
  },
  rtc: X86_RTC,
};

/** Platform data by device id. */
/** Every Jetson Orin: the fTPM that Jetson Linux documents, not confirmed for DPS attestation. */
const JETSON_TPM: DeviceFact<TpmSupport> = {
  kind: 'unknown',
  note: 'Jetson Linux documents a firmware TPM (fTPM) for Orin; its use for DPS TPM attestation is not confirmed here.',
  source: JETPACK,
};

/** A Jetson developer kit: the module's RTC keeps time unpowered only with a backup battery fitted. */
const JETSON_DEVKIT_RTC: DeviceFact<RtcSupport> = {
  kind: 'battery-needed',
  note: 'The module has an RTC; the developer kit keeps time while unpowered only with a backup battery fitted.',
  source: JETPACK,
};

/** Windows 11 requires TPM 2.0, so a PC sold with Windows 11 has one (firmware or discrete). */
const WINDOWS_11_REQUIREMENTS = 'https://learn.microsoft.com/windows/whats-new/windows-11-requirements';

/** An x86 PC sold with Windows 11 (Pro or IoT Enterprise): Windows and every amd64 Linux, TPM 2.0, a CMOS clock. */
function windows11Pc(what: string, vendorSource: string): Platform {
  return {
    hostOses: {
      oses: [...X86_LINUX, ...WINDOWS],
      note: `${what}: sold with Windows 11; Windows 10/11, Windows Server and every amd64 Linux run on it.`,
      source: `${vendorSource} ; ${WINDOWS_11_REQUIREMENTS}`,
    },
    tpm: {
      kind: 'tpm2',
      note: 'TPM 2.0: Windows 11, which the vendor ships on it, requires one.',
      source: WINDOWS_11_REQUIREMENTS,
    },
    rtc: X86_RTC,
  };
}

/** An x86 edge server: Windows Server and every amd64 Linux, a TPM 2.0 module, a battery-backed clock. */
function x86Server(what: string, vendorSource: string): Platform {
  return {
    hostOses: {
      oses: [...X86_LINUX, 'windows-server'],
      note: `${what}: Windows Server and every amd64 Linux (RHEL, Ubuntu, Debian).`,
      source: vendorSource,
    },
    tpm: { kind: 'tpm2', note: 'TPM 2.0 module in the class (M).', source: vendorSource },
    rtc: { kind: 'yes', note: 'Server hardware with a battery-backed clock.', source: vendorSource },
  };
}

/** A Jetson Orin in a vendor's industrial box: JetPack 6 (Ubuntu 22.04), the module's fTPM, the box's RTC. */
function jetsonBox(vendorSource: string): Platform {
  return {
    hostOses: {
      oses: ['ubuntu-22.04', 'yocto', 'other-linux'],
      note: "JetPack 6 (Jetson Linux 36, Ubuntu 22.04 based) in the vendor's board support package. No Windows.",
      source: `${JETPACK} ; ${vendorSource}`,
    },
    tpm: JETSON_TPM,
    rtc: {
      kind: 'unknown',
      note: "The module's RTC keeps time unpowered only with the carrier's backup battery; not confirmed for this box.",
      source: vendorSource,
    },
  };
}

/** Vendor pages of the classes added on 2026-12-04 (figures L where the page was not reachable; see devices.ts). */
export const VENDOR = {
  moxaUc8200: 'https://www.moxa.com/en/products/industrial-computing/arm-based-computers/uc-8200-series',
  onlogicFr201: 'https://www.onlogic.com/fr201/',
  advantechUno2271gV2: 'https://www.advantech.com/en/search/?q=UNO-2271G%20V2',
  asusNuc14Essential: 'https://www.asus.com/displays-desktops/nucs/nuc-mini-pcs/asus-nuc-14-essential/',
  lenovoSe30: 'https://psref.lenovo.com/Product/ThinkEdge/ThinkEdge_SE30',
  advantechMic711: 'https://www.advantech.com/en/search/?q=MIC-711',
  lenovoM70qGen5: 'https://psref.lenovo.com/Product/ThinkCentre/ThinkCentre_M70q_Gen_5',
  asusRogNuc: 'https://rog.asus.com/desktops/mini-pc/rog-nuc-2024/',
  neousysNru220s: 'https://www.neousys-tech.com/en/product/product-lines/in-vehicle-computing/nru-220s',
  onlogicK804: 'https://www.onlogic.com/k804/',
  lenovoSe350V2: 'https://pubs.lenovo.com/se350-v2/',
  dellXr12: 'https://www.dell.com/en-us/shop/ipovw/poweredge-xr12',
  hpeEl8000:
    'https://www.hpe.com/us/en/product-catalog/servers/edgeline-systems/pip.hpe-edgeline-el8000-converged-edge-system.1012569633.html',
  lenovoSe450: 'https://pubs.lenovo.com/se450/',
} as const;

export const DEVICE_PLATFORMS: Readonly<Record<string, Platform>> = {
  'rpi3b-1gb': { hostOses: piHostOses(PI34_OSES, false), tpm: PI_TPM, rtc: PI_NO_RTC },
  'rpi3bplus-1gb': { hostOses: piHostOses(PI34_OSES, false), tpm: PI_TPM, rtc: PI_NO_RTC },
  'rpi4b-2gb': { hostOses: piHostOses(PI34_OSES, false), tpm: PI_TPM, rtc: PI_NO_RTC },
  'rpi4b-4gb': { hostOses: piHostOses(PI34_OSES, false), tpm: PI_TPM, rtc: PI_NO_RTC },
  'rpi4b-4gb-coral-usb': { hostOses: piHostOses(PI34_OSES, false), tpm: PI_TPM, rtc: PI_NO_RTC },
  'rpi4b-8gb': { hostOses: piHostOses(PI34_OSES, false), tpm: PI_TPM, rtc: PI_NO_RTC },
  'rpi-cm4-4gb-32gb': {
    hostOses: piHostOses(PI34_OSES, false),
    tpm: PI_TPM,
    rtc: {
      kind: 'carrier',
      note: 'The module has no real-time clock; the CM4 IO board carries a PCF85063A RTC with a battery holder. Depends on your carrier.',
      source:
        'https://github.com/raspberrypi/documentation/blob/develop/documentation/asciidoc/computers/compute-module/cmio-cm4.adoc',
    },
  },
  'rpi5-4gb': { hostOses: piHostOses(PI5_OSES, true), tpm: PI_TPM, rtc: PI5_RTC },
  'rpi5-8gb': { hostOses: piHostOses(PI5_OSES, true), tpm: PI_TPM, rtc: PI5_RTC },
  'rpi5-16gb': { hostOses: piHostOses(PI5_OSES, true), tpm: PI_TPM, rtc: PI5_RTC },
  'coral-dev-board-1gb': {
    hostOses: {
      oses: ['other-linux', 'yocto'],
      note: 'Runs Mendel Linux, a Debian derivative by Google (or a Yocto build); not a Debian or Ubuntu release that IoT Edge packages target.',
      source: 'https://coral.ai/docs/dev-board/reflash/',
    },
    tpm: {
      kind: 'none',
      note: 'A Microchip ATECC608A secure element, not a TPM 2.0.',
      source: 'https://coral.ai/docs/dev-board/datasheet/',
    },
    rtc: {
      kind: 'unknown',
      note: 'No real-time clock battery is documented.',
      source: 'https://coral.ai/docs/dev-board/datasheet/',
    },
  },
  'siemens-iot2050-advanced': {
    hostOses: {
      oses: ['debian-12', 'other-linux', 'yocto'],
      note: "Siemens' Example Image and SIMATIC Industrial OS are Debian-based (built with isar); M.",
      source: 'https://github.com/siemens/meta-iot2050',
    },
    tpm: {
      kind: 'tpm2',
      note: 'TPM 2.0 on the board (Siemens product data; M).',
      source: 'https://github.com/siemens/meta-iot2050',
    },
    rtc: {
      kind: 'yes',
      note: 'Battery-backed real-time clock (industrial controller; M).',
      source: 'https://github.com/siemens/meta-iot2050',
    },
  },
  'up-squared-6000-8gb': {
    hostOses: {
      oses: [...X86_LINUX, ...WINDOWS],
      note: 'x86 board: Windows 10/11 IoT Enterprise, Ubuntu, Yocto and other amd64 Linux.',
      source: 'https://github.com/up-board/up-community/wiki/UP-Squared-6000',
    },
    tpm: {
      kind: 'tpm2',
      note: 'TPM 2.0 on the board (M).',
      source: 'https://github.com/up-board/up-community/wiki/UP-Squared-6000',
    },
    rtc: X86_RTC,
  },
  'jetson-orin-nano-super-8gb': {
    hostOses: {
      oses: ['ubuntu-22.04', 'yocto', 'other-linux'],
      note: 'JetPack 6 (Jetson Linux 36, Ubuntu 22.04 based) is the supported OS; NVIDIA ships no Windows or Raspberry Pi OS for Jetson.',
      source: JETPACK,
    },
    tpm: JETSON_TPM,
    rtc: JETSON_DEVKIT_RTC,
  },
  'jetson-orin-nx-16gb': {
    hostOses: {
      oses: ['ubuntu-22.04', 'yocto', 'other-linux'],
      note: 'JetPack 6 (Jetson Linux 36, Ubuntu 22.04 based). No Windows.',
      source: JETPACK,
    },
    tpm: JETSON_TPM,
    rtc: { kind: 'carrier', note: 'The RTC backup battery is on the carrier board.', source: JETPACK },
  },
  'jetson-agx-orin-64gb': {
    hostOses: {
      oses: ['ubuntu-22.04', 'yocto', 'other-linux'],
      note: 'JetPack 6 (Jetson Linux 36, Ubuntu 22.04 based). No Windows.',
      source: JETPACK,
    },
    tpm: JETSON_TPM,
    rtc: JETSON_DEVKIT_RTC,
  },
  'moxa-uc-8220-2gb': {
    hostOses: {
      oses: ['debian-11', 'other-linux'],
      note: 'Moxa Industrial Linux 3 (Debian 11 based, arm32 / armhf; L), for which IoT Edge 1.6 builds no packages (1.5 did). No Raspberry Pi OS, Ubuntu or Windows.',
      source: VENDOR.moxaUc8200,
    },
    tpm: { kind: 'tpm2', note: 'TPM 2.0 on the board (vendor product page; L).', source: VENDOR.moxaUc8200 },
    rtc: {
      kind: 'yes',
      note: 'Battery-backed real-time clock (industrial computer; L).',
      source: VENDOR.moxaUc8200,
    },
  },
  'onlogic-fr201-4gb': {
    hostOses: piHostOses(PI34_OSES, false),
    tpm: {
      kind: 'unknown',
      note: 'A TPM for the Factor 201 is not confirmed in the sources read; the CM4 itself has none.',
      source: VENDOR.onlogicFr201,
    },
    rtc: {
      kind: 'unknown',
      note: 'The CM4 has no real-time clock; whether the Factor 201 carrier has one with a battery is not confirmed here.',
      source: VENDOR.onlogicFr201,
    },
  },
  'advantech-uno-2271g-v2-8gb': {
    hostOses: {
      oses: [...X86_LINUX, ...WINDOWS],
      note: 'x86 DIN-rail PC: Windows 10/11 IoT Enterprise and amd64 Linux (L).',
      source: VENDOR.advantechUno2271gV2,
    },
    tpm: {
      kind: 'unknown',
      note: 'A TPM 2.0 on this model is not confirmed in the sources read.',
      source: VENDOR.advantechUno2271gV2,
    },
    rtc: X86_RTC,
  },
  'asus-nuc-14-essential-n150-8gb': windows11Pc('Intel N150 mini PC', VENDOR.asusNuc14Essential),
  'lenovo-thinkedge-se30-16gb': windows11Pc('Fanless Core i5 edge PC', VENDOR.lenovoSe30),
  'advantech-mic-711-orin-nx-16gb': jetsonBox(VENDOR.advantechMic711),
  'lenovo-thinkcentre-m70q-gen5-16gb': windows11Pc('Tiny desktop PC', VENDOR.lenovoM70qGen5),
  'asus-rog-nuc-rtx4060-16gb': windows11Pc('Mini PC with a GeForce laptop GPU', VENDOR.asusRogNuc),
  'jetson-agx-orin-32gb-industrial': jetsonBox(VENDOR.neousysNru220s),
  'onlogic-karbon-804-rtx-a2000': windows11Pc('Rugged industrial PC with a PCIe GPU', VENDOR.onlogicK804),
  'lenovo-thinkedge-se350-v2-a2': x86Server('Compact edge server', VENDOR.lenovoSe350V2),
  'dell-poweredge-xr12-t4': x86Server('Rugged 2U edge server', VENDOR.dellXr12),
  'hpe-edgeline-el8000-a2': x86Server('Converged edge system (blade chassis)', VENDOR.hpeEl8000),
  'lenovo-thinkedge-se450-l4': x86Server('Short-depth 2U edge server', VENDOR.lenovoSe450),
  'nuc-core-i5-16gb': NUC_CLASS,
  'nuc-core-ultra5-32gb': NUC_CLASS,
  'dell-poweredge-xr-class': {
    hostOses: {
      oses: [...X86_LINUX, 'windows-server'],
      note: 'x86 server: Windows Server and every amd64 Linux (RHEL, Ubuntu, Debian).',
      source: 'https://www.dell.com/en-us/shop/ipovw/poweredge-xr11',
    },
    tpm: {
      kind: 'tpm2',
      note: 'TPM 2.0 module in the class (M).',
      source: 'https://www.dell.com/en-us/shop/ipovw/poweredge-xr11',
    },
    rtc: X86_RTC,
  },
};

/** Azure Stack Edge Pro 2: IoT Edge runs in a Linux VM that you create on the device. */
export const ASE_PLATFORM: Platform = {
  hostOses: {
    oses: ['ubuntu-24.04', 'ubuntu-22.04', 'debian-12', 'rhel-9', 'rhel-8', 'other-linux'],
    note: "IoT Edge runs in a Linux VM on the device (Microsoft's guide deploys it into an Ubuntu VM), so the host OS is the VM's. EFLOW in a Windows VM on ASE is not documented.",
    source: ASE_IOT_EDGE_VM,
  },
  tpm: {
    kind: 'unknown',
    note: 'A virtual TPM for VMs on Azure Stack Edge is not documented.',
    source: ASE_IOT_EDGE_VM,
  },
  rtc: { kind: 'yes', note: 'Server hardware with a battery-backed clock.', source: ASE_IOT_EDGE_VM },
};
