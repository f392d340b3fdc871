/**
 * Azure VM sizes for IoT Edge in an Azure virtual machine (issue 19, "Hosting in a VM or in the cloud"), graded on the
 * same requirements as the device catalog by ./suggest-azure-vms.ts.
 *
 * Sizes, vCPUs, memory, baselines, processors, GPUs and nested virtualization are from Microsoft's size pages
 * (MicrosoftDocs/azure-compute-docs, read 2026-12-04). Order: burstable B-series first (x64, then Arm64), then the
 * general-purpose D-series, then the GPU size, each by vCPUs and memory. The order is by size, not by price.
 *
 * Prices: the monthly pay-as-you-go Linux price (730 hours) in East US is the figure to compare with a monthly
 * budget. Neither Azure's price pages nor its Retail Prices API could be reached from where this catalog was made
 * (2026-12-04), so every price is "not listed" here (null) rather than guessed: fill `usdPerMonth`, `asOf` and
 * `source` of a row from https://azure.microsoft.com/pricing/details/virtual-machines/linux/ (or
 * https://prices.azure.com/api/retail/prices, priceType Consumption, armRegionName eastus, × 730) and the budget check
 * and "cheapest fit" use it at once.
 *
 * Searched again on 2026-12-04 (issue 19): the stored public pages hold no Azure price page and no dated Microsoft
 * figure for these sizes; the Retail Prices API docs (learn.microsoft.com/rest/api/cost-management/retail-prices/
 * azure-retail-prices) show the API, not these prices. The only figures found are responses captured in third-party
 * repositories' test fixtures (East US, Linux, pay-as-you-go per hour: B2s $0.0416, D2s_v5 $0.096, NC4as_T4_v3
 * $0.526), undated and not primary, so they are not used here.
 */
import type { Architecture, HostOs } from '../answers.ts';
import type { Confidence } from '../types.ts';

const SIZES = 'https://github.com/MicrosoftDocs/azure-compute-docs/blob/main/articles/virtual-machines/sizes';
export const BV1_SOURCE = `${SIZES}/general-purpose/bv1-series.md`;
export const BPSV2_SOURCE = `${SIZES}/general-purpose/bpsv2-series.md`;
export const DSV5_SOURCE = `${SIZES}/general-purpose/dsv5-series.md`;
export const NCAST4V3_SOURCE = `${SIZES}/gpu-accelerated/ncast4v3-series.md`;
/** The 2020 B-series page: base CPU performance on the 0 – (vCPUs × 100 %) scale (B2s 40 % = 0.4 vCPU). */
export const B_SERIES_2020_SOURCE =
  'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/virtual-machines/sizes-b-series-burstable.md';
/** NVIDIA T4: 130 INT8 TOPS (dense; Turing has no structured sparsity), 16 GB GDDR6, 70 W. */
export const NVIDIA_T4_SOURCE = 'https://www.nvidia.com/en-us/data-center/tesla-t4/';
/** Where to read a price today (the catalog lists none: see the file comment). */
export const AZURE_LINUX_PRICES = 'https://azure.microsoft.com/pricing/details/virtual-machines/linux/';

/** The region and terms every monthly price of this catalog is for. */
export const AZURE_PRICE_TERMS = {
  region: 'East US',
  os: 'Linux',
  terms: 'pay-as-you-go, 730 hours a month',
  /** When the prices were sought. */
  checkedOn: '2026-12-04',
} as const;

/** The monthly price of a size, or "not listed" (null) with why. */
export interface AzureVmPrice {
  usdPerMonth: number | null;
  /** When the price was read, or when it was sought and not found. */
  asOf: string;
  source: string;
  note: string;
}

/** An Azure VM size, with its sources. */
export interface AzureVmSize {
  /** The ARM size name, e.g. "Standard_B2s". */
  id: string;
  /** Short name as the portal shows it, e.g. "B2s". */
  name: string;
  series: string;
  architecture: Extract<Architecture, 'amd64' | 'arm64'>;
  processor: string;
  vcpus: number;
  memoryGiB: number;
  /**
   * B-series: the CPU the size may use all the time, in vCPUs (base CPU performance of the VM: B2s 40 % on the old
   * 0–200 % scale, 20 % of each of 2 vCPUs on the 2024 0–100 % scale = 0.4 vCPU). Null: not burstable (all vCPUs).
   */
  baselineVcpus: number | null;
  /** Reference cores of one vCPU of this size's processor, with the basis. */
  refCoresPerVcpu: { value: number; basis: string; confidence: Confidence };
  gpu: { name: string; memoryGB: number; tops: number; source: string } | null;
  /** Whether the size supports nested virtualization (needed for EFLOW on a Windows VM). */
  nestedVirtualization: boolean;
  price: AzureVmPrice;
  sources: string[];
}

const NOT_LISTED: AzureVmPrice = {
  usdPerMonth: null,
  asOf: AZURE_PRICE_TERMS.checkedOn,
  source: AZURE_LINUX_PRICES,
  note:
    "Not listed: Azure's price pages and Retail Prices API could not be reached when this catalog was made; " +
    'read the East US Linux pay-as-you-go price on the Azure pricing page.',
};

/** Reference cores per vCPU (docs/decisions/003-reference-cores.md). */
const INTEL_MIXED = {
  value: 1.3,
  basis:
    'B-series v1 runs on Haswell to Ice Lake Xeons (E5-2673 v3 … Platinum 8370C); EST about 2.2 Cortex-A72 cores per physical core on the oldest, +20 % for Hyper-Threading, ÷ 2 threads ≈ 1.3 per vCPU.',
  confidence: 'EST' as const,
};
const INTEL_ICE_LAKE_OR_LATER = {
  value: 1.8,
  basis:
    'Dsv5 runs on Ice Lake, Sapphire Rapids or Emerald Rapids Xeons; EST 3.0 Cortex-A72 cores per Ice Lake core at all-core clocks, +20 % for Hyper-Threading, ÷ 2 threads = 1.8 per vCPU.',
  confidence: 'EST' as const,
};
const AMPERE_ALTRA = {
  value: 2.5,
  basis:
    'Ampere Altra (Neoverse N1, 3.0 GHz; one core per vCPU, no SMT): EST N1 ≈ Cortex-A76 per clock, which is 2.0 reference cores at 2.4 GHz (Pi 5), × 3.0 / 2.4 = 2.5.',
  confidence: 'EST' as const,
};
const AMD_ROME = {
  value: 1.6,
  basis:
    'AMD EPYC 7V12 (Rome): EST 2.7 Cortex-A72 cores per physical core at all-core clocks, +20 % for SMT, ÷ 2 threads ≈ 1.6 per vCPU.',
  confidence: 'EST' as const,
};

const BV1_CPU =
  'Intel Xeon Platinum 8370C (Ice Lake), 8272CL (Cascade Lake), 8171M (Skylake), E5-2673 v4 (Broadwell) or v3 (Haswell)';

const bv1 = (name: string, vcpus: number, memoryGiB: number, baselineVcpus: number): AzureVmSize => ({
  id: `Standard_${name}`,
  name,
  series: 'Bv1 (burstable)',
  architecture: 'amd64',
  processor: BV1_CPU,
  vcpus,
  memoryGiB,
  baselineVcpus,
  refCoresPerVcpu: INTEL_MIXED,
  gpu: null,
  nestedVirtualization: false,
  price: NOT_LISTED,
  sources: [BV1_SOURCE, B_SERIES_2020_SOURCE],
});

const bpsv2 = (name: string, vcpus: number, memoryGiB: number, baselineVcpus: number): AzureVmSize => ({
  id: `Standard_${name}`,
  name,
  series: 'Bpsv2 (burstable, Arm64)',
  architecture: 'arm64',
  processor: 'Ampere Altra (Arm64)',
  vcpus,
  memoryGiB,
  baselineVcpus,
  refCoresPerVcpu: AMPERE_ALTRA,
  gpu: null,
  nestedVirtualization: false,
  price: NOT_LISTED,
  sources: [BPSV2_SOURCE],
});

const dsv5 = (name: string, vcpus: number, memoryGiB: number): AzureVmSize => ({
  id: `Standard_${name}`,
  name,
  series: 'Dsv5 (general purpose)',
  architecture: 'amd64',
  processor: 'Intel Xeon Platinum 8370C (Ice Lake), 8473C (Sapphire Rapids) or 8573C (Emerald Rapids)',
  vcpus,
  memoryGiB,
  baselineVcpus: null,
  refCoresPerVcpu: INTEL_ICE_LAKE_OR_LATER,
  gpu: null,
  nestedVirtualization: true,
  price: NOT_LISTED,
  sources: [DSV5_SOURCE],
});

/**
 * The catalog. Base CPU performance (Microsoft's 2024 0–100 % scale × vCPUs): B1s 10 % × 1, B1ms 20 % × 1,
 * B2s 20 % × 2, B2ms 30 % × 2, B4ms 22.5 % × 4; B2pls_v2 30 % × 2, B2ps_v2 40 % × 2, B4ps_v2 40 % × 4.
 */
export const AZURE_VM_SIZES: readonly AzureVmSize[] = [
  bv1('B1s', 1, 1, 0.1),
  bv1('B1ms', 1, 2, 0.2),
  bv1('B2s', 2, 4, 0.4),
  bv1('B2ms', 2, 8, 0.6),
  bv1('B4ms', 4, 16, 0.9),
  bpsv2('B2pls_v2', 2, 4, 0.6),
  bpsv2('B2ps_v2', 2, 8, 0.8),
  bpsv2('B4ps_v2', 4, 16, 1.6),
  dsv5('D2s_v5', 2, 8),
  dsv5('D4s_v5', 4, 16),
  dsv5('D8s_v5', 8, 32),
  {
    id: 'Standard_NC4as_T4_v3',
    name: 'NC4as_T4_v3',
    series: 'NCasT4_v3 (GPU)',
    architecture: 'amd64',
    processor: 'AMD EPYC 7V12 (Rome)',
    vcpus: 4,
    memoryGiB: 28,
    baselineVcpus: null,
    refCoresPerVcpu: AMD_ROME,
    gpu: { name: 'NVIDIA Tesla T4 (16 GB)', memoryGB: 16, tops: 130, source: NVIDIA_T4_SOURCE },
    nestedVirtualization: false,
    price: NOT_LISTED,
    sources: [NCAST4V3_SOURCE, NVIDIA_T4_SOURCE],
  },
];

/**
 * Host OSes Azure runs IoT Edge on in a VM: the Linux distributions with Azure Marketplace images that IoT Edge 1.6
 * packages (Ubuntu, Debian, RHEL, Azure Linux). Raspberry Pi OS, Ubuntu Core and Yocto are for boards, not Azure VMs;
 * Windows runs IoT Edge only through EFLOW, which needs a size with nested virtualization.
 */
export const AZURE_VM_HOST_OSES: readonly HostOs[] = [
  'debian-12',
  'debian-11',
  'debian-13',
  'ubuntu-24.04',
  'ubuntu-22.04',
  'ubuntu-20.04',
  'rhel-9',
  'rhel-8',
  'azure-linux-3',
  'other-linux',
  'windows-client',
  'windows-server',
];
