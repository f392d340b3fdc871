/**
 * estimate(answers): the sizing model's single entry point.
 *
 * Turns valid Answers into requirements (CPU, RAM, storage, store-and-forward buffer, uplink), each a low / typical
 * / high range with a breakdown that adds up to it; the accelerator throughput needed; the EFLOW VM size on Windows;
 * the assumptions used; compatibility and model findings; and the catalog's devices graded against it all.
 * Pure and deterministic: the same answers always give the same estimate. See docs/sizing-model.md.
 */
import type { Answers } from './answers.ts';
import { ASSUMPTIONS, type AssumptionId } from './assumptions.ts';
import { DEVICES } from './catalog/devices.ts';
import { RAM_RESERVATION_ASSUMPTIONS, recommendDevice, suggestDevices } from './catalog/suggest-devices.ts';
import { checkCompatibility } from './compat/check-compatibility.ts';
import { MODEL_VERSION } from './model-version.ts';
import { acceleratorAssumptionIds, acceleratorTops } from './sizing/accelerator.ts';
import { bufferRequirement } from './sizing/buffer.ts';
import { buildContext } from './sizing/context.ts';
import { cpuRequirement } from './sizing/cpu.ts';
import { eflowVmSize } from './sizing/eflow.ts';
import { modelFindings } from './sizing/model-findings.ts';
import { ramRequirement } from './sizing/ram.ts';
import { storageRequirement } from './sizing/storage.ts';
import { uplinkRequirement } from './sizing/uplink.ts';
import type { Assumption, Device, Estimate, Finding, Requirement, ResourceId } from './types.ts';

const SEVERITY_ORDER: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

/** Size an IoT Edge device for the answers and grade the catalog's devices against it. */
export function estimate(answers: Answers, catalog: readonly Device[] = DEVICES): Estimate {
  const ctx = buildContext(answers);
  const requirements: Record<ResourceId, Requirement> = {
    cpu: cpuRequirement(ctx),
    ram: ramRequirement(ctx),
    storage: storageRequirement(ctx),
    buffer: bufferRequirement(ctx),
    uplink: uplinkRequirement(ctx),
  };
  const tops = acceleratorTops(answers);
  const eflowVm = eflowVmSize(ctx, requirements);

  const used = new Set<string>();
  for (const req of Object.values(requirements))
    for (const i of req.breakdown) for (const id of i.assumptionIds) used.add(id);
  for (const id of acceleratorAssumptionIds(answers)) used.add(id);
  if (eflowVm !== null)
    for (const id of [
      'eflow.vm-min-ram',
      'eflow.vm-ram-step',
      'eflow.vm-default-cpus',
      'eflow.vm-default-disk',
    ])
      used.add(id);
  used.add('iothub.meter-kb');
  used.add('buffer.default-ttl-hours');
  used.add('ram.safety-margin-percent');
  const assumptions: Assumption[] = [...used]
    .filter((id): id is AssumptionId => id in ASSUMPTIONS)
    .sort()
    .map((id) => ASSUMPTIONS[id]);
  // The grader deducts firmware-reserved RAM on some devices; its constants belong in the register too.
  assumptions.push(...Object.values(RAM_RESERVATION_ASSUMPTIONS));

  const findings = [...checkCompatibility(answers), ...modelFindings(ctx, requirements)].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  const suggestions = suggestDevices({ requirements, acceleratorTops: tops, answers }, catalog);
  return {
    modelVersion: MODEL_VERSION,
    requirements,
    acceleratorTops: tops,
    eflowVm,
    assumptions,
    findings,
    suggestions,
    recommendedDeviceId: recommendDevice(suggestions, catalog),
  };
}
