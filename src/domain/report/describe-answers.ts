/**
 * The user's answers in readable words, grouped as the wizard asks them. The report view, the Markdown
 * export and the CSV header all render this one description, so the scenario reads the same everywhere.
 * Each row's label and words come from the field's description (src/domain/fields); this file only adds
 * the rows that combine fields (the number of modules, the module list, the host OS's support tier).
 */
import { recognizeModule } from '../modules/known-modules.ts';
import { effectiveModules, type Answers, type ModuleSpec } from '../answers.ts';
import { OS_SUPPORT, TIER_LABELS } from '../compat/os-support.ts';
import {
  LANGUAGE,
  SCENARIO_NAME,
  SECTIONS,
  SECTION_KEYS,
  budgetFieldFor,
  choiceWords,
  conditionsHold,
  type FieldSpec,
  type SectionKey,
} from '../fields/index.ts';
import { formatNumber, formatWithUnit } from '../vocabulary/format.ts';

/** One answer in words: "Host OS" → "Debian 12 (Bookworm)". */
export interface AnswerItem {
  label: string;
  value: string;
  /** Dot path of the answer in Answers (for example "platform.hostOs"). */
  path: string;
}

/** A group of answers, in the order the wizard asks them. */
export interface AnswerSection {
  id: 'scenario' | 'modules' | SectionKey;
  title: string;
  items: AnswerItem[];
}

/** A field's value in words, as its description says it. */
export function describeValue(spec: FieldSpec, value: unknown): string {
  const report = spec.report || {};
  if (report.value) return report.value(value);
  if (spec.choices) return choiceWords(spec.choices, value as string);
  if (typeof value === 'number') return spec.unit ? formatWithUnit(value, spec.unit) : formatNumber(value);
  return String(value);
}

/** The row of one field, or null when it does not apply to these answers or is composed elsewhere. */
function itemOf(field: FieldSpec, path: string, value: unknown, answers: Answers): AnswerItem | null {
  // In an Azure VM the budget is per month: the same answer, its own words (fields/budget.ts).
  const spec =
    path === 'budget.maxDeviceUsd' ? (budgetFieldFor(answers.platform.hosting) as FieldSpec) : field;
  if (spec.report === false || !conditionsHold(spec.shownWhen, answers)) return null;
  return { label: spec.report?.label ?? spec.label, value: describeValue(spec, value), path };
}

/** One module of the list in words: "Python; image mcr.microsoft.com/x:1; 300 MB image; 5 msg/s". */
export function describeModule(module: ModuleSpec): string {
  const parts = [choiceWords(LANGUAGE, module.language)];
  if (module.image.trim()) parts.push(`image ${module.image.trim()}`);
  parts.push(
    module.imageSizeMb === null
      ? 'image size not known'
      : `${formatWithUnit(module.imageSizeMb, 'MB')} image`,
  );
  parts.push(
    module.messagesPerSecond === null
      ? 'share of the workload rate'
      : `${formatNumber(module.messagesPerSecond)} msg/s`,
  );
  if (module.memoryLimitMb !== null) parts.push(`memory limit ${formatWithUnit(module.memoryLimitMb, 'MB')}`);
  const known = recognizeModule(module.image, module.name);
  if (known !== null)
    parts.push(`sized by catalog entry ${known.entry.name}${known.fromName ? ' (going by its name)' : ''}`);
  return parts.join('; ');
}

/** Rows that combine fields, placed after the row of the field they follow. */
function composedAfter(path: string, answers: Answers): AnswerItem[] {
  const { workload, platform } = answers;
  if (path === 'workload.mode') {
    return [
      {
        label: 'Number of custom modules',
        value: formatNumber(effectiveModules(workload).length),
        path: workload.mode === 'count' ? 'workload.moduleCount' : 'workload.modules',
      },
    ];
  }
  if (path === 'platform.hostOs') {
    return [
      {
        label: 'Support tier of this OS',
        value:
          platform.architecture === 'armv6'
            ? TIER_LABELS.unsupported
            : `${TIER_LABELS[OS_SUPPORT[platform.hostOs].tiers[platform.architecture]]} on ${platform.architecture}`,
        path: 'platform.hostOs',
      },
    ];
  }
  return [];
}

/** The module list in words (list mode only). */
function modulesSection(answers: Answers): AnswerSection {
  const { modules } = answers.workload;
  return {
    id: 'modules',
    title: 'Modules',
    items:
      modules.length === 0
        ? [{ label: 'Modules', value: 'No custom modules', path: 'workload.modules' }]
        : modules.map((module, i) => ({
            label: module.name.trim() || `Module ${i + 1}`,
            value: describeModule(module),
            path: `workload.modules.${i}`,
          })),
  };
}

/** Describe every answer in words, section by section. Pure; never returns an empty value. */
export function describeAnswers(answers: Answers): AnswerSection[] {
  const name = itemOf(SCENARIO_NAME as FieldSpec, 'scenarioName', answers.scenarioName, answers);
  const sections: AnswerSection[] = [{ id: 'scenario', title: 'Name', items: name ? [name] : [] }];
  for (const key of SECTION_KEYS) {
    const values = answers[key] as Record<string, unknown>;
    const items: AnswerItem[] = [];
    for (const [field, spec] of Object.entries(SECTIONS[key].fields as Record<string, FieldSpec>)) {
      const path = `${key}.${field}`;
      const item = itemOf(spec, path, values[field], answers);
      if (item) items.push(item);
      items.push(...composedAfter(path, answers));
    }
    sections.push({ id: key, title: SECTIONS[key].title, items });
    if (key === 'workload' && answers.workload.mode === 'list') sections.push(modulesSection(answers));
  }
  return sections;
}
