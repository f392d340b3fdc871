/**
 * Answers as a JSON file: the same format `npm run estimate` reads (scripts/estimate.ts), so a file exported
 * from the app can be sized on the command line and a file written for the CLI can be imported.
 *
 * Export writes the full Answers object. Import accepts full or partial answers like the CLI: fields left out
 * take their defaults, each module row is completed from the default module (the CLI's mergeOntoDefaults),
 * unknown keys are ignored with a warning, and any wrong field makes the whole import fail with its path and
 * message (nothing changes). A JSON object that holds none of the answers' top-level fields is not an answers
 * file at all (it would otherwise import as "every answer at its default"): it is refused, and an IoT Edge
 * deployment manifest is pointed to the manifest import.
 */
import { DEFAULT_ANSWERS, parseAnswers, type Answers, type AnswerIssue } from '../answers.ts';
import { MAX_JSON_DEPTH, jsonTooDeepAt } from '../json-depth.ts';
import { mergeOntoDefaults } from '../merge-answers.ts';

/** Largest file accepted (a 200-module file with long names is about 100 kB). */
export const MAX_ANSWERS_FILE_BYTES = 1_000_000;

/** At most this many unknown fields are named; the rest are counted. */
export const MAX_UNKNOWN_LISTED = 12;

export type AnswersFileResult =
  { ok: true; answers: Answers; warnings: string[] } | { ok: false; error: string; issues: AnswerIssue[] };

/** The text of an exported file: pretty JSON of the full answers, with a final newline. */
export function answersToFileText(answers: Answers): string {
  return `${JSON.stringify(answers, null, 2)}\n`;
}

/** A file name for the export: the scenario name in kebab-case, plus `.answers.json`. */
export function answersFileName(answers: Answers): string {
  const slug = answers.scenarioName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'edge-sizer-scenario'}.answers.json`;
}

/** The top-level fields of an answers object (scenarioName, workload, data, …). */
export const ANSWERS_TOP_LEVEL_KEYS: readonly string[] = Object.keys(DEFAULT_ANSWERS);

/** Keys under which a deployment manifest holds its module twins (as the manifest import tolerates them). */
const MODULES_CONTENT_KEYS = [
  'modulesContent',
  'moduleContent',
  'modulescontent',
  'modules_content',
  'modulesContents',
];

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * True when a JSON object is an IoT Edge deployment manifest: `modulesContent` at its root or under `content`
 * (az CLI and layered deployments), or `$edgeAgent` / `$edgeHub` at its root.
 */
export function looksLikeDeploymentManifest(json: Record<string, unknown>): boolean {
  const holders = [json, isRecord(json['content']) ? json['content'] : {}];
  if (holders.some((holder) => MODULES_CONTENT_KEYS.some((key) => key in holder))) return true;
  return '$edgeAgent' in json || '$edgeHub' in json;
}

/** Read an imported file's text. Never throws. */
export function parseAnswersFile(text: string, fileName = 'The file'): AnswersFileResult {
  if (text.length > MAX_ANSWERS_FILE_BYTES) {
    return {
      ok: false,
      error: `${fileName} is too large (${text.length.toLocaleString('en-US')} characters) to be an answers file.`,
      issues: [],
    };
  }
  if (jsonTooDeepAt(text) !== null) {
    return {
      ok: false,
      error: `${fileName} nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep; an answers file nests 4. Nothing was changed.`,
      issues: [],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'syntax error';
    return {
      ok: false,
      error: `${fileName} is not valid JSON (${detail}). Nothing was changed.`,
      issues: [],
    };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return {
      ok: false,
      error: `${fileName} does not hold an answers object. Nothing was changed.`,
      issues: [],
    };
  }
  if (looksLikeDeploymentManifest(json as Record<string, unknown>)) {
    return {
      ok: false,
      error: `${fileName} is an IoT Edge deployment manifest, not an answers file: use “Import a deployment manifest” (Deployment manifests, in the header). Nothing was changed.`,
      issues: [],
    };
  }
  const keys = Object.keys(json);
  if (!keys.some((key) => ANSWERS_TOP_LEVEL_KEYS.includes(key))) {
    const found = keys.length === 0 ? 'it is an empty object' : `its fields are ${quoteList(keys)}`;
    return {
      ok: false,
      error: `${fileName} is not an Edge Sizer answers file: ${found}, and an answers file has at least one of ${quoteList(ANSWERS_TOP_LEVEL_KEYS)}. Nothing was changed.`,
      issues: [],
    };
  }
  const { merged, unknownKeys } = mergeOntoDefaults(json);
  const parsed = parseAnswers(merged);
  if (!parsed.ok) {
    const first = parsed.issues[0];
    const where = first ? ` ${first.path}: ${first.message}.` : '';
    const more = parsed.issues.length > 1 ? ` (${parsed.issues.length} problems in all.)` : '';
    return {
      ok: false,
      error: `${fileName} has answers the sizer cannot use.${where}${more} Nothing was changed.`,
      issues: parsed.issues,
    };
  }
  // A file of 80,000 unknown keys gave 80,000 sentences: list a few, count the rest.
  const listed = unknownKeys
    .slice(0, MAX_UNKNOWN_LISTED)
    .map((k) => `Unknown field ${k.slice(0, 80)} was ignored.`);
  if (unknownKeys.length > MAX_UNKNOWN_LISTED)
    listed.push(
      `${(unknownKeys.length - MAX_UNKNOWN_LISTED).toLocaleString('en-US')} more unknown fields were ignored.`,
    );
  return { ok: true, answers: parsed.answers, warnings: listed };
}

function quoteList(keys: readonly string[], max = 8): string {
  const shown = keys.slice(0, max).map((k) => `"${k.slice(0, 40)}"`);
  return keys.length > max ? `${shown.join(', ')} and ${keys.length - max} more` : shown.join(', ');
}
