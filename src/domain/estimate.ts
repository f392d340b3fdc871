/**
 * estimate(answers): the sizing model's single entry point.
 *
 * Turns valid Answers into requirements (CPU, RAM, storage, store-and-forward buffer, uplink), each a low / typical
 * / high range with a breakdown that adds up to it; the accelerator throughput needed; the EFLOW VM size on Windows;
 * the assumptions used; compatibility and model findings; and the catalog's devices graded against it all.
 * Pure and deterministic: the same answers always give the same estimate. See docs/sizing-model.md.
 */
import { effectiveModules, type Answers } from './answers.ts';
import { ASSUMPTION_IDS, ASSUMPTIONS, type AssumptionId } from './assumptions.ts';
import { DEVICES } from './catalog/devices.ts';
import { RAM_RESERVATION_ASSUMPTIONS, recommendDevice, suggestDevices } from './catalog/suggest-devices.ts';
import { buildVerdict } from './catalog/verdict.ts';
import { checkCompatibility } from './compat/check-compatibility.ts';
import { gatewayFindings } from './compat/gateway-findings.ts';
import { lifecycleFinding } from './compat/lifecycle.ts';
import { attestationFindings, clockFindings, deploymentLimitFindings } from './compat/platform-checks.ts';
import { waveAnswers } from './compat/wave-answers.ts';
import { MODEL_VERSION } from './model-version.ts';
import {
  acceleratorAssumptionIds,
  acceleratorTops,
  acceleratorTopsBeforeHeadroom,
} from './sizing/accelerator.ts';
import { bufferRequirement } from './sizing/buffer.ts';
import { buildContext, moduleKnowledge, type Downstream, type SizingContext } from './sizing/context.ts';
import { cpuRequirement } from './sizing/cpu.ts';
import { eflowVmSize } from './sizing/eflow.ts';
import { modelFindings } from './sizing/model-findings.ts';
import { deploymentNeeds, knownModuleFindings, withModuleNeeds } from './sizing/known-needs.ts';
import { ramEstimate } from './sizing/ram.ts';
import { storageRequirement } from './sizing/storage.ts';
import { uplinkRequirement } from './sizing/uplink.ts';
import { storageWear, WEAR_ASSUMPTION_USES, wearFindings, wearOptions } from './sizing/wear.ts';
import { VM_ASSUMPTION_USES, vmSize } from './sizing/vm-size.ts';
import { gradeAzureVms } from './catalog/suggest-azure-vms.ts';
import { TOPOLOGY_ASSUMPTION_USES } from './assumptions/topology.ts';
import type { Assumption, Device, Estimate, Finding, Requirement, ResourceId } from './types.ts';

const SEVERITY_ORDER: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

interface OutsideUse {
  /** Where the constant is used. */
  where: string;
  /**
   * When an estimate lists it: always, on Windows hosts (EFLOW VM), when an inference workload is sized, never
   * (the export's), when the VM size or the Azure VM grading uses it (hosting in a VM), on a gateway (downstream
   * devices > 0), or never (the layered topology's: src/domain/topology/ cites them in its own results).
   */
  when: 'always' | 'eflow' | 'accelerator-workload' | 'export' | 'vm' | 'gateway' | 'topology';
}

/**
 * Register constants used outside any breakdown item (in findings, the EFLOW VM size, the accelerator need or an
 * explanation), with where. Every other constant is cited by at least one breakdown item (tested).
 */
export const ASSUMPTIONS_USED_OUTSIDE_BREAKDOWNS = {
  'accelerator.efficiency': {
    where:
      'sizing/accelerator.ts: TOPS needed = raw TOPS / share of peak achieved (estimate.acceleratorTops)',
    when: 'accelerator-workload',
  },
  'eflow.vm-min-ram': { where: 'sizing/eflow.ts: EFLOW VM memory (minimum)', when: 'eflow' },
  'eflow.vm-ram-step': { where: 'sizing/eflow.ts: EFLOW VM memory (rounding step)', when: 'eflow' },
  'eflow.vm-default-cpus': { where: 'sizing/eflow.ts: EFLOW VM vCPUs (minimum)', when: 'eflow' },
  'eflow.vm-default-disk': {
    where: 'sizing/eflow.ts: EFLOW VM disk (default, the smallest suggested)',
    when: 'eflow',
  },
  'eflow.vm-min-disk': { where: 'sizing/eflow.ts: EFLOW VM disk (smallest accepted)', when: 'eflow' },
  'eflow.vm-max-disk': { where: 'sizing/eflow.ts: EFLOW VM disk (largest accepted)', when: 'eflow' },
  'gateway.max-connected-clients': {
    where: "compat/gateway-findings.ts: edgeHub's default client limit (the more-than-100-clients finding)",
    when: 'gateway',
  },
  'iothub.meter-kb': {
    where:
      'sizing/uplink.ts: IoT Hub metered messages per day, in the uplink explanation (blocksPerMessage in fleet/iot-hub.ts)',
    when: 'always',
  },
  'buffer.default-ttl-hours': {
    where: 'sizing/model-findings.ts: the time-to-live finding when the offline hours exceed it',
    when: 'always',
  },
  'ram.safety-margin-percent': {
    where: 'sizing/model-findings.ts: the low-headroom finding',
    when: 'always',
  },
  // The manifest export's own policy (never listed in an estimate: the export cites them in its plan).
  'export.low-memory-mib': {
    where: 'manifest/export-plan.ts: edgeHub OptimizeForPerformance',
    when: 'export',
  },
  'export.min-module-memory-mib': {
    where: 'manifest/export-plan.ts: the smallest module memory limit',
    when: 'export',
  },
  'export.min-ttl-s': { where: 'manifest/export-plan.ts: the shortest timeToLiveSecs', when: 'export' },
  ...WEAR_ASSUMPTION_USES,
  ...VM_ASSUMPTION_USES,
  ...TOPOLOGY_ASSUMPTION_USES,
} as const satisfies Partial<Record<AssumptionId, OutsideUse>>;

/** Size an IoT Edge device for the answers and grade the catalog's devices against it. */
export function estimate(userAnswers: Answers, catalog: readonly Device[] = DEVICES): Estimate {
  return estimateWithContext(userAnswers, catalog).estimate;
}

/**
 * estimate(), with the sizing context it was computed from (for the layered topology, which reads the lower layers'
 * module images from it instead of building each layer's context again: src/domain/topology/topology.ts).
 * `downstream`, when given, replaces the traffic the gateway answers give (a layer's leaf devices and IoT Edge
 * children, each flow at its own size: sizing/context.ts).
 */
export function estimateWithContext(
  userAnswers: Answers,
  catalog: readonly Device[] = DEVICES,
  downstream?: Downstream,
): { estimate: Estimate; context: SizingContext } {
  // Known modules may need a GPU or an architecture (sizing/known-needs.ts): a GPU need is sized as if the user
  // had chosen a GPU accelerator, and a finding says so.
  const needs = deploymentNeeds(
    effectiveModules(userAnswers.workload).map((m, index) => {
      const k = moduleKnowledge(m.image, m.name);
      return { index, name: m.name, application: k.application, known: k.known, needs: k.needs };
    }),
  );
  const answers = withModuleNeeds(userAnswers, needs);
  const ctx = buildContext(answers, downstream);
  const ram = ramEstimate(ctx);
  const requirements: Record<ResourceId, Requirement> = {
    cpu: cpuRequirement(ctx),
    ram: ram.requirement,
    storage: storageRequirement(ctx),
    buffer: bufferRequirement(ctx),
    uplink: uplinkRequirement(ctx),
  };
  const tops = acceleratorTops(answers);
  const topsBeforeHeadroom = acceleratorTopsBeforeHeadroom(answers);
  const eflowVm = eflowVmSize(ctx, requirements);
  const vm = vmSize({
    requirements,
    hosting: answers.platform.hosting,
    architecture: answers.platform.architecture,
    acceleratorKind: answers.accelerator.kind,
  });

  // The cited ids, marked by their place in the register (sorted once): no set of strings, no sort per estimate.
  const used = new IdMarks();
  // Items of modules with the same inputs share one list of ids (range.ts, itemFrom): each list is added once.
  const lists = new Set<readonly string[]>();
  for (const req of Object.values(requirements))
    for (const i of req.breakdown) {
      const ids = i.assumptionIds;
      if (lists.has(ids)) continue;
      lists.add(ids);
      for (const id of ids) used.add(id);
    }
  for (const id of acceleratorAssumptionIds(answers)) used.add(id);
  for (const [id, use] of Object.entries(ASSUMPTIONS_USED_OUTSIDE_BREAKDOWNS) as [AssumptionId, OutsideUse][])
    if (
      use.when === 'always' ||
      (use.when === 'eflow' && eflowVm !== null) ||
      (use.when === 'gateway' && answers.data.downstreamDevices > 0)
    )
      used.add(id);
  const moduleArchitectures =
    needs.architectures === null
      ? null
      : {
          architectures: needs.architectures,
          by: needs.architectureBy.map((b) => b.module.known?.entry.name ?? b.module.name),
        };
  const azureVms = gradeAzureVms({
    requirements,
    acceleratorTops: tops,
    acceleratorTopsBeforeHeadroom: topsBeforeHeadroom,
    answers,
    moduleArchitectures,
  });
  for (const id of [...(vm?.assumptionIds ?? []), ...(azureVms?.assumptionIds ?? [])]) used.add(id);
  const assumptions: Assumption[] = used.sorted().map((id) => ASSUMPTIONS[id]);
  // The grader deducts firmware-reserved RAM on some devices; its constants belong in the register too.
  assumptions.push(...Object.values(RAM_RESERVATION_ASSUMPTIONS));

  const wave = waveAnswers(answers);
  // In an Azure VM the budget is per month and is checked against the Azure sizes, not hardware prices.
  const boardAnswers = answers.platform.hosting === 'azure-vm' ? withoutHardwareBudget(answers) : answers;
  const suggestions = suggestDevices(
    {
      requirements,
      acceleratorTops: tops,
      acceleratorTopsBeforeHeadroom: topsBeforeHeadroom,
      answers: boardAnswers,
      moduleArchitectures,
    },
    catalog,
  );
  const recommendedDeviceId = recommendDevice(suggestions, catalog);
  const verdict = buildVerdict(suggestions, catalog, recommendedDeviceId, boardAnswers);
  // In an Azure VM no board is bought: the board's clock, TPM and flash findings do not apply.
  const recommended =
    answers.platform.hosting === 'azure-vm' ? undefined : catalog.find((d) => d.id === recommendedDeviceId);
  const wear = storageWear(ctx, catalog, wearOptions(answers));
  const findings = [
    ...checkCompatibility(answers),
    ...deploymentLimitFindings(answers),
    ...gatewayFindings(answers),
    lifecycleFinding(answers, wave.serviceLifeYears),
    ...clockFindings(recommended, wave.mayBootOffline),
    ...attestationFindings(recommended, wave.attestation),
    ...modelFindings(ctx, requirements),
    ...knownModuleFindings(ctx.modules, needs, userAnswers),
    ...wearFindings(wear, recommended),
  ].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const result: Estimate = {
    modelVersion: MODEL_VERSION,
    requirements,
    memory: ram.memory,
    acceleratorTops: tops,
    acceleratorTopsBeforeHeadroom: topsBeforeHeadroom,
    eflowVm,
    assumptions,
    findings,
    suggestions,
    recommendedDeviceId,
    verdict,
    storageWear: wear,
    vmSize: vm,
    azureVms,
  };
  return { estimate: result, context: ctx };
}

/**
 * The register's ids an estimate cites, in the order `Array.prototype.sort` puts them (UTF-16 code units): each id
 * is marked at its place in the register sorted once, and read back in that order. Sorting the estimate's ids as
 * strings cost more than the lookups; a set of strings and a sort of ranks, more than the marks.
 */
class IdMarks {
  private readonly order = (ID_ORDER ??= [...ASSUMPTION_IDS].sort());
  private readonly rankOf = (ID_RANK ??= new Map(this.order.map((id, rank) => [id, rank])));
  private readonly marks = new Uint8Array(this.order.length);

  /** Mark an id; an id the register does not hold is left out (as the register would have none for it). */
  add(id: string): void {
    const rank = this.rankOf.get(id);
    if (rank !== undefined) this.marks[rank] = 1;
  }

  /** The marked ids, in the register's sorted order. */
  sorted(): AssumptionId[] {
    const ids: AssumptionId[] = [];
    for (let rank = 0; rank < this.marks.length; rank += 1)
      if (this.marks[rank] === 1) ids.push(this.order[rank]!);
    return ids;
  }
}

let ID_ORDER: AssumptionId[] | null = null;
let ID_RANK: Map<string, number> | null = null;

/** The answers without a hardware budget (an Azure VM's budget is per month: suggest-azure-vms.ts checks it). */
function withoutHardwareBudget(answers: Answers): Answers {
  return { ...answers, budget: { ...answers.budget, maxDeviceUsd: null } };
}
