/**
 * How much of a requirement rests on measurement (issue 12 §5): the share of its typical value, before headroom,
 * computed from constants the register marks as estimates (EST) or weak (L). The results and the report show a
 * "low confidence" mark next to a figure that is mostly estimated, so nobody reads it as measured.
 */
import type { Assumption, Requirement } from '../types.ts';

export type ConfidenceLevel = 'low' | 'medium' | 'high';

export interface RequirementConfidence {
  level: ConfidenceLevel;
  /** Share (0–1) of the typical value, before headroom, that rests on at least one EST or L constant. */
  estimatedShare: number;
  /** "Low confidence", "Medium confidence", "High confidence". */
  label: string;
  /** One sentence for a reader: what the figure rests on and what to do about it. */
  text: string;
}

const WEAK = new Set<Assumption['confidence']>(['EST', 'L']);

/** At or above this estimated share a figure is "low confidence"; at or above MEDIUM_SHARE, "medium". */
export const LOW_CONFIDENCE_SHARE = 0.5;
export const MEDIUM_CONFIDENCE_SHARE = 0.2;

const LEVEL_LABEL: Record<ConfidenceLevel, string> = {
  low: 'Low confidence',
  medium: 'Medium confidence',
  high: 'High confidence',
};

/**
 * What calibrated the CPU model, in one paragraph for the report (docs/sizing-model.md, "CPU: what it was
 * calibrated against").
 */
export const CPU_CALIBRATION_NOTE =
  'Only one public figure ties edgeHub CPU to a message rate: 200 % of a quad-core Celeron at about 1,200 routed msg/s (Azure/iotedge#6578, 2022). edgeHub’s cost per message was calibrated to it (1.5 ms of a reference core, 0.75–3). Every other CPU constant (OS, engine, daemons, edgeAgent, module processing, language factors) is an estimate with no measurement behind it. The model also has no input for leaf devices: a LoRaWAN gateway serving 900 devices through edgeHub used about 40 % of a 2-vCPU VM at about 5 msg/s (Azure/iotedge-lorawan-starterkit load tests), several times what the model gives for that rate. Measure CPU on a pilot device (edgeAgent_used_cpu_percent) before you buy at scale.';

/** The confidence of a requirement, from the register confidences of the constants its breakdown cites. */
export function requirementConfidence(
  requirement: Requirement,
  assumptions: readonly Assumption[],
): RequirementConfidence {
  const byId = new Map(assumptions.map((a) => [a.id, a]));
  let total = 0;
  let estimated = 0;
  for (const item of requirement.breakdown) {
    if (item.component === 'headroom') continue;
    const value = Math.max(0, item.value.typical);
    total += value;
    const weak = item.assumptionIds.some((id) => {
      const a = byId.get(id);
      return a !== undefined && WEAK.has(a.confidence);
    });
    if (weak) estimated += value;
  }
  const estimatedShare = total > 0 ? estimated / total : 0;
  const level: ConfidenceLevel =
    estimatedShare >= LOW_CONFIDENCE_SHARE
      ? 'low'
      : estimatedShare >= MEDIUM_CONFIDENCE_SHARE
        ? 'medium'
        : 'high';
  const percent = Math.round(estimatedShare * 100);
  const text =
    level === 'high'
      ? `${requirement.label} rests mostly on published or measured figures (${percent} % on estimates).`
      : `${percent} % of this ${requirement.label} figure rests on estimated or weakly sourced constants, not on measurements: treat it as a planning estimate and measure on a pilot device.`;
  return { level, estimatedShare, label: LEVEL_LABEL[level], text };
}
