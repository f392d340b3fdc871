/**
 * The VM size and the Azure VM sizes in words, once, for the results, the report and the Markdown export
 * (src/domain/sizing/vm-size.ts, src/domain/catalog/suggest-azure-vms.ts). Pure.
 */
import { ASSUMPTIONS, type AssumptionId } from '../assumptions.ts';
import { AZURE_PRICE_TERMS, AZURE_VM_SIZES, type AzureVmSize } from '../catalog/azure-vms.ts';
import type { AzureVmResult } from '../catalog/suggest-azure-vms.ts';
import { formatVmRam, type VmSize } from '../sizing/vm-size.ts';
import type { Estimate, Grade } from '../types.ts';

const fmt = (x: number, digits = 0): string =>
  new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(x);

const GRADE_WORDS: Record<Grade, string> = { fit: 'Fit', tight: 'Tight', insufficient: 'Insufficient' };

/** One resource of the VM as a row: what it needs and what it is given. */
export interface VmRow {
  resource: string;
  /** The typical need with headroom. */
  typical: string;
  /** The high estimate before headroom. */
  high: string;
  given: string;
  how: string;
}

/** What the results and the report say about a VM size. */
export interface VmView {
  summary: string;
  hypervisor: string;
  rows: VmRow[];
  /** "The host must have room for this VM plus …" */
  hostRoom: string;
  overhead: string;
  accelerator: string | null;
  /** Sources of the constants the size used (unique, in order). */
  sources: string[];
}

const NEED_UNIT: Record<VmSize['lines'][number]['resource'], (x: number) => string> = {
  cpu: (x) => `${fmt(x, 2)} reference cores`,
  ram: (x) => `${fmt(x)} MiB`,
  disk: (x) => `${fmt(x, 1)} GB`,
};
const GIVEN: Record<VmSize['lines'][number]['resource'], (x: number) => string> = {
  cpu: (x) => `${x} vCPU`,
  ram: (x) => formatVmRam(x),
  disk: (x) => `${fmt(x)} GiB`,
};
const NAME: Record<VmSize['lines'][number]['resource'], string> = { cpu: 'CPU', ram: 'RAM', disk: 'Disk' };

function sourcesOf(ids: readonly string[]): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const a = ASSUMPTIONS[id as AssumptionId];
    if (a !== undefined && !out.includes(a.source)) out.push(a.source);
  }
  return out;
}

export function vmView(vm: VmSize): VmView {
  const rows = vm.lines.map((l) => ({
    resource: NAME[l.resource],
    typical: NEED_UNIT[l.resource](l.needs.typical),
    high: NEED_UNIT[l.resource](l.needs.high),
    given: GIVEN[l.resource](l.size),
    how: l.explanation,
  }));
  const o = vm.overhead;
  const hostRoom =
    `The host must have room for this VM plus ${vm.hypervisor}: at least ${vm.host.logicalProcessors} logical ` +
    `${vm.host.logicalProcessors === 1 ? 'processor' : 'processors'} for its vCPUs, ${fmt(vm.host.ramMiB)} MiB of RAM ` +
    `(${formatVmRam(vm.ramMiB)} for the VM + ${fmt(o.ramMiB)} MiB overhead) and ${fmt(vm.host.diskGiB, 1)} GiB of disk ` +
    `(${fmt(vm.diskGiB)} GiB virtual disk + ${fmt(o.diskGiB, 1)} GiB), besides what the host itself and its other VMs use.`;
  return {
    summary: vm.summary,
    hypervisor: vm.hypervisor,
    rows,
    hostRoom,
    overhead: o.explanation,
    accelerator: vm.accelerator,
    sources: sourcesOf(vm.assumptionIds),
  };
}

/** One Azure size as a row. */
export interface AzureRow {
  id: string;
  name: string;
  series: string;
  /** "2 vCPU (baseline 0.4)" */
  cpu: string;
  memory: string;
  gpu: string;
  architecture: string;
  grade: Grade;
  gradeLabel: string;
  recommended: boolean;
  /** "$30.37 per month" or "not listed". */
  price: string;
  /** The budget check in words (per month). */
  budget: string;
  /** The budget check in a few words: "within", "over by $10 per month", "not checked", "no budget". */
  budgetShort: string;
  overBudget: boolean;
  /** The checks and the reasons a size is ruled out. */
  reasons: string[];
  sources: string[];
}

export interface AzureView {
  /** "Recommended Azure VM size: B2s (Standard_B2s)" or the none-fits sentence. */
  headline: string;
  /** How the recommendation was chosen (price or size), in one sentence. */
  basis: string;
  recommended: AzureRow | null;
  rows: AzureRow[];
  osDisk: string;
  priceNote: string;
  budget: string;
}

function cpuText(size: AzureVmSize): string {
  return size.baselineVcpus === null
    ? `${size.vcpus} vCPU`
    : `${size.vcpus} vCPU (baseline ${fmt(size.baselineVcpus, 2)} vCPU)`;
}

export function azureView(
  result: AzureVmResult,
  catalog: readonly AzureVmSize[] = AZURE_VM_SIZES,
): AzureView {
  const rows: AzureRow[] = result.suggestions.map((s) => {
    const size = catalog.find((c) => c.id === s.sizeId)!;
    const usd = size.price.usdPerMonth;
    return {
      id: size.id,
      name: size.name,
      series: size.series,
      cpu: cpuText(size),
      memory: `${fmt(size.memoryGiB, 1)} GiB`,
      gpu: size.gpu === null ? 'none' : `${size.gpu.name}, ${fmt(size.gpu.tops)} INT8 TOPS`,
      architecture: size.architecture,
      grade: s.grade,
      gradeLabel: GRADE_WORDS[s.grade],
      recommended: s.sizeId === result.recommendedId,
      price: usd === null ? 'not listed' : `$${fmt(usd, 2)} per month`,
      budget: s.budget.text,
      budgetShort:
        s.budget.status === 'over'
          ? `over by $${fmt(s.budget.overByUsd ?? 0, 2)} per month`
          : s.budget.status === 'within'
            ? 'within the monthly budget'
            : s.budget.status === 'not-checked'
              ? 'not checked'
              : 'no budget set',
      overBudget: s.budget.status === 'over',
      reasons: [...s.checks.map((c) => c.verdict), ...s.ruledOut],
      sources: size.sources,
    };
  });
  const recommended = rows.find((r) => r.recommended) ?? null;
  const budget =
    result.budgetUsdPerMonth === null
      ? 'No monthly budget set.'
      : `Budget: $${fmt(result.budgetUsdPerMonth, 2)} per month for the VM.`;
  const basis =
    result.recommendedBy === 'price'
      ? `The cheapest size that fits within the budget (${AZURE_PRICE_TERMS.region}, ${AZURE_PRICE_TERMS.os}, ${AZURE_PRICE_TERMS.terms}).`
      : result.recommendedBy === 'size'
        ? 'The smallest size that fits (sizes in catalog order: burstable B-series, then D-series, then GPU); monthly prices are not listed here, so "cheapest" could not be checked.'
        : 'No size of the catalog fits these requirements (within the budget); the table says what each lacks.';
  return {
    headline:
      recommended === null
        ? 'No Azure VM size in the catalog fits these requirements.'
        : `Recommended Azure VM size: ${recommended.name} (${recommended.id})`,
    basis,
    recommended,
    rows,
    osDisk: result.osDiskText,
    priceNote: result.priceNote,
    budget,
  };
}

/** The hosting headline of an estimate, or null on bare metal (the device ladder's recommendation then stands). */
export function hostingHeadline(estimate: Estimate): string | null {
  if (estimate.vmSize) return estimate.vmSize.summary;
  if (estimate.azureVms) return azureView(estimate.azureVms).headline;
  return null;
}
