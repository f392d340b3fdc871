/** A DOM id for a form path ("modules.2.name" → "field-modules-2-name"). */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}
