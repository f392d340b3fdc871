/**
 * Azure VM sizes graded against the estimate (IoT Edge in an Azure VM), with the rule of
 * docs/decisions/006-grades-that-mean-their-words.md: per resource, the typical need before headroom, with headroom
 * and the high estimate (before headroom) against the size's capacity; fit: the last two fit; tight: only the first
 * fits; insufficient: not even that. A wrong architecture, a host OS Azure has no image for, or EFLOW on a size
 * without nested virtualization rules a size out.
 *
 * - CPU of a B-series (burstable) size is graded against its BASELINE (the CPU it may use all the time), not its
 *   vCPUs: above the baseline it spends credits, and an IoT Edge gateway runs all day. Microsoft: "When the credits
 *   are exhausted, the VM returns to the baseline performance" (B-series page, src/domain/catalog/azure-vms.ts).
 * - Memory: the size's GiB.
 * - Disk is not part of a size: the OS disk is a managed disk chosen (and billed) separately, so the result names the
 *   OS disk to give the VM instead of grading it.
 * - The accelerator: only a GPU size serves a GPU need; a GPU also serves an NPU or VPU need (INT8 TOPS).
 * - The budget is per month: a size with a listed monthly price above it is "over budget", kept apart from its
 *   capacity grade; a size whose price is not listed is "not checked". The recommendation is the cheapest fit size
 *   within the budget when every fit size has a price, else the smallest fit size (catalog order), and it says which.
 */
import type { Answers, Architecture } from '../answers.ts';
import { formatVmRam, gradedNeeds, roundVmDiskGiB } from '../sizing/vm-size.ts';
import type { Grade, GradedNeeds, NeedsFit, Range, Requirement, ResourceId } from '../types.ts';
import { AZURE_PRICE_TERMS, AZURE_VM_HOST_OSES, AZURE_VM_SIZES, type AzureVmSize } from './azure-vms.ts';

export interface AzureVmInput {
  requirements: Record<ResourceId, Requirement>;
  acceleratorTops: Range;
  acceleratorTopsBeforeHeadroom: Range;
  answers: Answers;
  /** Architectures the deployment's known modules run on; null when none is constrained. */
  moduleArchitectures?: { architectures: readonly Architecture[]; by: readonly string[] } | null;
}

/** One resource of one size, as graded. */
export interface AzureVmCheck {
  resource: 'cpu' | 'ram' | 'accelerator';
  unit: 'reference cores' | 'MiB' | 'TOPS';
  /** What the grade compares with: baseline or all vCPUs in reference cores, MiB, or the GPU's INT8 TOPS. */
  capacity: number;
  needs: GradedNeeds;
  fits: NeedsFit;
  grade: Grade;
  verdict: string;
}

export type AzureBudgetStatus = 'no-budget' | 'within' | 'over' | 'not-checked';

/** One size graded. */
export interface AzureVmSuggestion {
  sizeId: string;
  /** Capacity and platform grade (the budget is kept apart in `budget`). */
  grade: Grade;
  checks: AzureVmCheck[];
  /** Why the size is ruled out whatever its capacity (architecture, host OS, nested virtualization); empty when none. */
  ruledOut: string[];
  budget: { status: AzureBudgetStatus; overByUsd: number | null; text: string };
  /** The check sentences, then the platform reasons, then the budget. */
  reasons: string[];
}

export interface AzureVmResult {
  suggestions: AzureVmSuggestion[];
  /** The recommended size's id, or null when no size fits (within the budget). */
  recommendedId: string | null;
  /** How the recommendation was chosen: the cheapest fit, or the smallest fit because prices are not listed. */
  recommendedBy: 'price' | 'size' | null;
  /** The monthly budget, or null when none was set. */
  budgetUsdPerMonth: number | null;
  /** The OS disk to give the VM (GiB, 8 GiB steps) and why. */
  osDiskGiB: number;
  osDiskText: string;
  /** Sentence on prices: region, terms and whether they are listed. */
  priceNote: string;
  assumptionIds: string[];
}

const fmt = (x: number, digits = 0): string =>
  Number.isFinite(x)
    ? new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(x)
    : String(x);

const usd = (x: number): string => `$${fmt(x, 2)}`;

function fitsOf(needs: GradedNeeds, capacity: number): NeedsFit {
  return {
    typicalBeforeHeadroom: needs.typicalBeforeHeadroom <= capacity,
    typical: needs.typical <= capacity,
    high: needs.high <= capacity,
  };
}

function gradeOf(fits: NeedsFit): Grade {
  if (fits.typical && fits.high) return 'fit';
  return fits.typicalBeforeHeadroom ? 'tight' : 'insufficient';
}

const RANK: Record<Grade, number> = { fit: 0, tight: 1, insufficient: 2 };

/** The check in words, e.g. "CPU (baseline 0.4 vCPU = 0.52 reference cores): the typical need with 20 % headroom (0.3) fits, and so does the high estimate (0.4)." */
function verdict(label: string, unit: string, needs: GradedNeeds, fits: NeedsFit, headroom: number): string {
  const n = (x: number) => `${fmt(x, unit === 'MiB' ? 0 : 2)} ${unit}`;
  const typical =
    headroom > 0
      ? `the typical need with ${fmt(headroom, 1)} % headroom (${n(needs.typical)})`
      : `the typical need (${n(needs.typical)})`;
  const high = `the high estimate${headroom > 0 ? ' before headroom' : ''} (${n(needs.high)})`;
  const base = `the typical need before headroom (${n(needs.typicalBeforeHeadroom)})`;
  if (!fits.typicalBeforeHeadroom) return `${label}: even ${base} does not fit.`;
  if (fits.typical && fits.high) return `${label}: ${typical} fits, and so does ${high}.`;
  if (fits.typical) return `${label}: ${typical} fits, but ${high} does not.`;
  if (fits.high)
    return `${label}: ${base} and ${high} fit, but not with ${fmt(headroom, 1)} % headroom (${n(needs.typical)}).`;
  return `${label}: only ${base} fits.`;
}

function check(
  resource: AzureVmCheck['resource'],
  unit: AzureVmCheck['unit'],
  label: string,
  capacity: number,
  needs: GradedNeeds,
  headroom: number,
): AzureVmCheck {
  const fits = fitsOf(needs, capacity);
  return {
    resource,
    unit,
    capacity,
    needs,
    fits,
    grade: gradeOf(fits),
    verdict: verdict(label, unit, needs, fits, headroom),
  };
}

/** Grade one size. */
export function gradeAzureVm(size: AzureVmSize, input: AzureVmInput): AzureVmSuggestion {
  const { requirements, answers } = input;
  const headroom = answers.performance.headroomPercent;
  const perVcpu = size.refCoresPerVcpu.value;
  const cpuVcpus = size.baselineVcpus ?? size.vcpus;
  const cpuCapacity = cpuVcpus * perVcpu;
  const cpuLabel =
    size.baselineVcpus === null
      ? `CPU (${size.vcpus} vCPU = ${fmt(cpuCapacity, 1)} reference cores)`
      : `CPU (burstable: baseline ${fmt(size.baselineVcpus, 2)} of its ${size.vcpus} vCPU = ${fmt(cpuCapacity, 2)} reference cores; above it the size spends credits)`;
  const checks: AzureVmCheck[] = [
    check('cpu', 'reference cores', cpuLabel, cpuCapacity, gradedNeeds(requirements.cpu), headroom),
    check(
      'ram',
      'MiB',
      `RAM (${formatVmRam(size.memoryGiB * 1024)})`,
      size.memoryGiB * 1024,
      gradedNeeds(requirements.ram),
      headroom,
    ),
  ];
  const kind = answers.accelerator.kind;
  if (kind !== 'none') {
    const needs: GradedNeeds = {
      typicalBeforeHeadroom: input.acceleratorTopsBeforeHeadroom.typical,
      typical: input.acceleratorTops.typical,
      high: input.acceleratorTopsBeforeHeadroom.high,
    };
    if (size.gpu === null) {
      checks.push({
        resource: 'accelerator',
        unit: 'TOPS',
        capacity: 0,
        needs,
        fits: { typicalBeforeHeadroom: false, typical: false, high: false },
        grade: 'insufficient',
        verdict: `Accelerator missing: the workload needs a ${kind.toUpperCase()}; this size has no GPU.`,
      });
    } else {
      checks.push(
        check(
          'accelerator',
          'TOPS',
          `GPU (${size.gpu.name}, ${fmt(size.gpu.tops)} INT8 TOPS)`,
          size.gpu.tops,
          needs,
          headroom,
        ),
      );
    }
  }

  const { architecture, hostOs } = answers.platform;
  const ruledOut: string[] = [];
  if (size.architecture !== architecture) {
    ruledOut.push(
      `Architecture mismatch: ${size.name} runs ${size.architecture} images; ${architecture} was chosen.`,
    );
  }
  const moduleArch = input.moduleArchitectures ?? null;
  if (moduleArch !== null && !moduleArch.architectures.includes(size.architecture)) {
    ruledOut.push(
      `Architecture mismatch: ${moduleArch.by.join(', ')} ${moduleArch.by.length === 1 ? 'runs' : 'run'} only on ${moduleArch.architectures.join(' or ')}; ${size.name} is ${size.architecture}.`,
    );
  }
  if (!AZURE_VM_HOST_OSES.includes(hostOs)) {
    ruledOut.push(
      `Host OS: Azure has no VM image of the chosen host OS for ${size.name}; pick Ubuntu, Debian, RHEL or Azure Linux.`,
    );
  } else if ((hostOs === 'windows-client' || hostOs === 'windows-server') && !size.nestedVirtualization) {
    ruledOut.push(
      `Nested virtualization: EFLOW on a Windows VM needs it, and ${size.series} sizes do not support it (Microsoft's size page).`,
    );
  }

  const worst = checks.reduce<Grade>((acc, c) => (RANK[c.grade] > RANK[acc] ? c.grade : acc), 'fit');
  const grade: Grade = ruledOut.length > 0 ? 'insufficient' : worst;

  const budgetUsd = answers.budget.maxDeviceUsd;
  const price = size.price.usdPerMonth;
  let budget: AzureVmSuggestion['budget'];
  if (budgetUsd === null) {
    budget = {
      status: 'no-budget',
      overByUsd: null,
      text:
        price === null
          ? 'Price per month: not listed.'
          : `Price: ${usd(price)} per month (${AZURE_PRICE_TERMS.region}, ${AZURE_PRICE_TERMS.os}).`,
    };
  } else if (price === null) {
    budget = {
      status: 'not-checked',
      overByUsd: null,
      text: `Budget not checked: the monthly price of ${size.name} is not listed here; compare the ${AZURE_PRICE_TERMS.region} Linux pay-as-you-go price with your ${usd(budgetUsd)} per month.`,
    };
  } else if (price <= budgetUsd) {
    budget = {
      status: 'within',
      overByUsd: null,
      text: `Budget: ${usd(price)} per month is within ${usd(budgetUsd)} per month.`,
    };
  } else {
    budget = {
      status: 'over',
      overByUsd: price - budgetUsd,
      text: `Over budget by ${usd(price - budgetUsd)} per month: ${usd(price)} against ${usd(budgetUsd)} per month.`,
    };
  }

  return {
    sizeId: size.id,
    grade,
    checks,
    ruledOut,
    budget,
    reasons: [...checks.map((c) => c.verdict), ...ruledOut, budget.text],
  };
}

/**
 * Grade every size and recommend one, for an Azure VM hosting; null for any other hosting.
 * Pure: the same input always gives the same result.
 */
export function gradeAzureVms(
  input: AzureVmInput,
  catalog: readonly AzureVmSize[] = AZURE_VM_SIZES,
): AzureVmResult | null {
  if (input.answers.platform.hosting !== 'azure-vm') return null;
  const suggestions = catalog.map((size) => gradeAzureVm(size, input));
  const candidates = suggestions
    .map((s, index) => ({ s, index, size: catalog[index]! }))
    .filter(({ s }) => s.grade === 'fit' && s.budget.status !== 'over');
  const allPriced = candidates.length > 0 && candidates.every(({ size }) => size.price.usdPerMonth !== null);
  let recommended: (typeof candidates)[number] | undefined;
  if (allPriced) {
    recommended = candidates.reduce((best, c) =>
      c.size.price.usdPerMonth! < best.size.price.usdPerMonth! ? c : best,
    );
  } else {
    recommended = candidates[0];
  }

  const storage = gradedNeeds(input.requirements.storage);
  const diskNeedGB = Math.max(storage.typical, storage.high);
  const osDiskGiB = roundVmDiskGiB(diskNeedGB);
  const listed = catalog.filter((s) => s.price.usdPerMonth !== null).length;
  return {
    suggestions,
    recommendedId: recommended?.s.sizeId ?? null,
    recommendedBy: recommended === undefined ? null : allPriced ? 'price' : 'size',
    budgetUsdPerMonth: input.answers.budget.maxDeviceUsd,
    osDiskGiB,
    osDiskText:
      `Give it a managed OS disk of at least ${fmt(osDiskGiB)} GiB: ${fmt(diskNeedGB, 1)} GB needed ` +
      '(the larger of the typical need with headroom and the high estimate), in 8 GiB steps. ' +
      'The disk is billed separately from the VM size.',
    priceNote:
      listed === catalog.length
        ? `Prices per month: ${AZURE_PRICE_TERMS.region}, ${AZURE_PRICE_TERMS.os}, ${AZURE_PRICE_TERMS.terms}.`
        : `Prices per month not listed for ${catalog.length - listed} of ${catalog.length} sizes (${AZURE_PRICE_TERMS.region}, ` +
          `${AZURE_PRICE_TERMS.os}, ${AZURE_PRICE_TERMS.terms}; sought on ${AZURE_PRICE_TERMS.checkedOn}): ` +
          'sizes are recommended by size, smallest first, and a monthly budget cannot be checked against them.',
    assumptionIds: ['vm.disk-step'],
  };
}
