/**
 * Accelerator requirement in INT8 TOPS, compared with a device's published peak TOPS.
 *
 * - Stated directly ("tops"): the stated figure, taken as the peak TOPS class the user wants.
 * - As a workload: raw need = GOPs per inference × frames per second × streams / 1000 (GOPS → TOPS); published
 *   peaks are rarely reached (they are often sparse INT8), so the need is raw / efficiency, where efficiency is the
 *   share of peak achieved in practice (EST: 0.5 for the low end, 0.25 typical, 0.1 for the high end).
 * Typical and high include the user's headroom, like every other requirement.
 */
import type { Answers } from '../answers.ts';
import type { Range } from '../types.ts';
import { fromAssumption, map, ZERO } from './range.ts';

/** Raw inference throughput (TOPS) a stated workload performs. */
export function rawInferenceTops(answers: Answers): number {
  const { gopsPerInference, framesPerSecond, streams } = answers.accelerator;
  return (gopsPerInference * framesPerSecond * streams) / 1000;
}

/** Frames per second the host must prepare for inference (0 when inference is stated in TOPS). */
export function inferenceFramesPerSecond(answers: Answers): number {
  const acc = answers.accelerator;
  if (acc.kind === 'none' || acc.sizing !== 'workload') return 0;
  return acc.framesPerSecond * acc.streams;
}

/**
 * Required accelerator throughput in INT8 TOPS before the user's headroom (all zero when no accelerator is
 * needed): the stated figure at all three points, or raw / efficiency.
 */
export function acceleratorTopsBeforeHeadroom(answers: Answers): Range {
  const acc = answers.accelerator;
  if (acc.kind === 'none') return ZERO;
  if (acc.sizing === 'tops') return { low: acc.tops, typical: acc.tops, high: acc.tops };
  const raw = rawInferenceTops(answers);
  const eff = fromAssumption('accelerator.efficiency');
  // Higher efficiency means a smaller need, so the low end divides by the high efficiency.
  return { low: raw / eff.high, typical: raw / eff.typical, high: raw / eff.low };
}

/** Required accelerator throughput in INT8 TOPS: typical and high carry the user's headroom, low does not. */
export function acceleratorTops(answers: Answers): Range {
  const need = acceleratorTopsBeforeHeadroom(answers);
  if (answers.accelerator.kind === 'none') return need;
  const h = 1 + answers.performance.headroomPercent / 100;
  return { low: need.low, typical: need.typical * h, high: need.high * h };
}

/** Ids of the assumptions the accelerator requirement uses. */
export function acceleratorAssumptionIds(answers: Answers): ['accelerator.efficiency'] | [] {
  return answers.accelerator.kind !== 'none' && answers.accelerator.sizing === 'workload'
    ? ['accelerator.efficiency']
    : [];
}

/** Rounded copy for messages. */
export function roundTops(r: Range): Range {
  return map(r, (x) => Math.round(x * 10) / 10);
}
