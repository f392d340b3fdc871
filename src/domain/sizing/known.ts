/**
 * How a module recognised in the catalog of known modules (src/domain/modules/known-modules.ts) is sized: by its
 * entry's published figures (RAM, CPU, disk, image size), each a floor under what the language model computes;
 * where the entry publishes nothing, by its language, and the breakdown says so.
 */
import { ASSUMPTIONS, type AssumptionId } from '../assumptions.ts';
import type { KnownModule } from '../modules/known-modules.ts';
import type { Range } from '../types.ts';
import { fmt, type ModuleLoad } from './context.ts';
import { cited, fromAssumption, scale, type Cited } from './range.ts';

export type CatalogResource = 'ram' | 'cpu' | 'disk' | 'imageSize';

/** The register figure a module's catalog entry gives for a resource, or null. */
export function catalogFigureId(m: ModuleLoad, resource: CatalogResource): AssumptionId | null {
  const need = m.known?.entry[resource];
  return need?.kind === 'figure' ? need.id : null;
}

/** 10^6 bytes in MiB: vendors publish memory in MB. */
const MIB_PER_MB = 1e6 / 2 ** 20;

/** A catalog RAM figure in MiB (the register holds MB or MiB). */
export function catalogRamMiB(id: AssumptionId): Cited {
  return cited((read) => (ASSUMPTIONS[id].unit === 'MB' ? scale(read(id), MIB_PER_MB) : read(id)));
}

const entryLabel = (entry: KnownModule, fromName: boolean) =>
  `catalog entry “${entry.name}”${fromName ? ' (going by its name: confirm it)' : ''}`;

const rangeText = (r: Range, unit: string) =>
  r.low === r.high ? `${fmt(r.typical)} ${unit}` : `${fmt(r.low)}–${fmt(r.high)} ${unit}`;

/**
 * The sentence a breakdown row adds for a catalog module: which entry sized it, with the figure and its source,
 * or that the entry publishes nothing for this resource, so the language model's estimate stands.
 */
export function catalogSentence(
  m: ModuleLoad,
  resource: CatalogResource,
  shown?: Range,
  unit?: string,
): string {
  if (m.known === null) return '';
  const { entry, fromName } = m.known;
  const need = entry[resource];
  if (need.kind === 'figure' && need.id === m.application?.minRam)
    return ` Sized by ${entryLabel(entry, fromName)}.`;
  if (need.kind === 'figure') {
    const a = ASSUMPTIONS[need.id];
    const value = rangeText(shown ?? fromAssumption(need.id), unit ?? a.unit);
    return ` Sized by ${entryLabel(entry, fromName)}: ${a.label.replace(/^[^:]*:\s*/, '')}, never below ${value} (${a.source}).`;
  }
  return ` ${entryLabel(entry, fromName)[0]!.toUpperCase()}${entryLabel(entry, fromName).slice(1)}: ${need.note.replace(/\.$/, '')}, so its language sizes it (an estimate).`;
}
