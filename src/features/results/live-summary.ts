import type { Device, Estimate } from '../../domain/types.ts';
import { formatPercent, formatRange } from '../../domain/vocabulary/format.ts';
import { CONSTRAINT_LABELS } from '../../domain/vocabulary/labels.ts';

/** The figure as read out: "1.17 GiB" (typical only; ranges are on screen). */
function typical(estimate: Estimate, id: 'cpu' | 'ram' | 'storage'): string {
  const r = estimate.requirements[id];
  const f = formatRange(r.total, r.unit);
  return `${f.typical} ${f.scale.unitLong}`;
}

/**
 * One sentence or two for the live region: the recommendation and its binding constraint, then the three
 * key figures. Short on purpose: it is read out after every change.
 */
export function liveSummaryText(estimate: Estimate, devices: readonly Device[]): string {
  const figures = `CPU ${typical(estimate, 'cpu')}, RAM ${typical(estimate, 'ram')}, storage ${typical(estimate, 'storage')}.`;
  const id = estimate.recommendedDeviceId;
  const errors = estimate.findings.filter((f) => f.severity === 'error').length;
  const errorText = errors > 0 ? ` ${errors} compatibility ${errors === 1 ? 'error' : 'errors'}.` : '';
  if (estimate.vmSize) return `${estimate.vmSize.summary}. Needs ${figures}${errorText}`;
  if (estimate.azureVms) {
    const size = estimate.azureVms.recommendedId;
    return `${size === null ? 'No Azure VM size fits.' : `Recommended Azure VM size: ${size.replace(/^Standard_/, '')}.`} Needs ${figures}${errorText}`;
  }
  if (id === null) {
    const tight = estimate.suggestions.find((x) => x.grade === 'tight');
    const name = tight ? (devices.find((d) => d.id === tight.deviceId)?.name ?? tight.deviceId) : null;
    return `No device fits.${name ? ` Closest: ${name}, tight.` : ''} Needs ${figures}${errorText}`;
  }
  const device = devices.find((d) => d.id === id);
  const s = estimate.suggestions.find((x) => x.deviceId === id);
  const name = device ? device.name : id;
  let binding = '';
  const check = s?.checks.find((c) => c.resource === s.binding);
  if (s?.binding && check && check.unavailable === null) {
    const high = formatPercent(check.needs.high / check.usableCapacity);
    binding = `, nearest its limit: ${CONSTRAINT_LABELS[s.binding]} at ${formatPercent(check.utilisation)} typical, ${high} high`;
  }
  return `Recommended: ${name}${binding}. Needs ${figures}${errorText}`;
}
