/**
 * Every answer field's description (field.ts explains the idea), grouped by the section of Answers it
 * belongs to, in the order the wizard asks and the report lists them.
 */
import { ACCELERATOR_FIELDS } from './accelerator.ts';
import { BUDGET_FIELDS } from './budget.ts';
export { budgetFieldFor, formatMonthlyBudget, MONTHLY_BUDGET } from './budget.ts';
import { DATA_FIELDS } from './data.ts';
import type { FieldSpec } from './field.ts';
import { PERFORMANCE_FIELDS } from './performance.ts';
import { PLATFORM_FIELDS } from './platform.ts';
import { MODULE_FIELDS, SCENARIO_NAME, WORKLOAD_FIELDS } from './workload.ts';

export * from './field.ts';
export * from './choices.ts';
export { LIMITS } from './limits.ts';
export { CONTAINER_ENGINE, HOST_OS, PLATFORM_FIELDS } from './platform.ts';
export { ACCELERATOR_FIELDS, BUDGET_FIELDS, DATA_FIELDS, MODULE_FIELDS, PERFORMANCE_FIELDS };
export { SCENARIO_NAME, WORKLOAD_FIELDS };

/** The sections of Answers (after scenarioName), with their title and a few words for "Change …". */
export const SECTIONS = {
  workload: { title: 'Workload', short: 'workload', fields: WORKLOAD_FIELDS },
  data: { title: 'Data', short: 'data volume', fields: DATA_FIELDS },
  accelerator: { title: 'Accelerator', short: 'accelerator', fields: ACCELERATOR_FIELDS },
  performance: { title: 'Performance', short: 'performance targets', fields: PERFORMANCE_FIELDS },
  budget: { title: 'Budget', short: 'budget', fields: BUDGET_FIELDS },
  platform: { title: 'Platform', short: 'platform', fields: PLATFORM_FIELDS },
} as const;
export type SectionKey = keyof typeof SECTIONS;
export const SECTION_KEYS = Object.keys(SECTIONS) as SectionKey[];

/** Every answer field by its dot path ("scenarioName", "platform.hostOs", "workload.modules.*.name"). */
export const ANSWER_FIELDS: ReadonlyMap<string, FieldSpec> = new Map<string, FieldSpec>([
  ['scenarioName', SCENARIO_NAME as FieldSpec],
  ...SECTION_KEYS.flatMap((section) =>
    Object.entries(SECTIONS[section].fields as Record<string, FieldSpec>).map(
      ([key, spec]) => [`${section}.${key}`, spec] as const,
    ),
  ),
  ...Object.entries(MODULE_FIELDS as Record<string, FieldSpec>).map(
    ([key, spec]) => [`workload.modules.*.${key}`, spec] as const,
  ),
]);

/** The description of the field at a dot path; module rows ("workload.modules.3.language") included. */
export function fieldAt(path: string): FieldSpec | undefined {
  return ANSWER_FIELDS.get(path.replace(/^workload\.modules\.\d+\./, 'workload.modules.*.'));
}
