/** Words for the answer field a finding points at, for "Change …" buttons: each field's description says them. */
import { SECTIONS, fieldAt, type SectionKey } from '../../domain/fields/index.ts';

export function fieldLabel(path: string): string {
  // A module row's field ("workload.modules.3.language") is changed in the module list: "modules".
  if (/^workload\.modules\./.test(path)) return fieldAt('workload.modules')?.short ?? path;
  const parts = path.split('.');
  for (let i = parts.length; i > 0; i--) {
    const prefix = parts.slice(0, i).join('.');
    const spec = fieldAt(prefix);
    if (spec) return spec.short;
    if (i === 1 && prefix in SECTIONS) return SECTIONS[prefix as SectionKey].short;
  }
  return path;
}
