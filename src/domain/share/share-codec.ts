/**
 * Share-link codec: the whole state of a sizing (all answers, the view, the wizard step) in one URL-safe
 * string, and back.
 *
 *   payload = <format version> "." pack(JSON.stringify(wire))
 *
 *   format 2 (written today): pack = UTF-8 → raw DEFLATE (fflate) → base64url      (pack.ts)
 *   format 1 (read only):     pack = lz-string.compressToEncodedURIComponent       (pack.ts)
 *
 * - The format version sits OUTSIDE the compressed blob, so the compression or the layout can change
 *   later and old links are still recognised: the body is unpacked the way its format was packed, then
 *   the JSON is upgraded by the ordered migrations (migrations.ts), then validated.
 * - The model version sits INSIDE: links carry answers only, numbers are always recomputed, so a link
 *   made with another model says so instead of silently showing different numbers.
 * - `wire` is the compact positional form documented in wire-v1.ts.
 *
 * Decoding never throws. A link that is truncated, corrupted, tampered with or hostile gives a clear
 * message of what was wrong; whatever could be read is kept (every field is validated on its own with the
 * valibot schema) and everything else falls back to DEFAULT_ANSWERS.
 */
import * as v from 'valibot';
import {
  AnswersSchema,
  DEFAULT_ANSWERS,
  DEFAULT_MODULE,
  LIMITS,
  ModuleSchema,
  parseAnswers,
  type Answers,
  type ModuleSpec,
} from '../answers.ts';
import { MODEL_VERSION } from '../model-version.ts';
import { CURRENT_FORMAT_VERSION, migrateToCurrent } from './migrations.ts';
import { MAX_UNPACKED_BYTES, packV2, unpack } from './pack.ts';
import {
  WIRE_V1_ENUMS,
  WIRE_V1_MODULE_COLUMN_COUNT,
  WIRE_V1_MODULE_COLUMNS,
  WIRE_V1_SECTIONS,
  type WireField,
} from './wire-v1.ts';

/** What a share link carries. */
export interface ShareState {
  answers: Answers;
  /** The app view the link opens (for example "wizard" or "report"). */
  view: string;
  /** The wizard step the link opens, or null for the first step. */
  step: string | null;
  /** MODEL_VERSION of the app that made the link. */
  modelVersion: string;
}

/** Why a link could not be opened as it was made. */
export type DecodeFailure = 'empty' | 'too-long' | 'not-a-link' | 'unknown-version' | 'corrupt' | 'invalid';

export type DecodeResult =
  | {
      ok: true;
      state: ShareState;
      /** Things the user should know although the link is intact (another model version). */
      notices: string[];
    }
  | {
      ok: false;
      reason: DecodeFailure;
      /** One or two sentences for the user: what was wrong and what the app did about it. */
      error: string;
      /** Field-level problems (dot path: message), at most MAX_PROBLEMS_LISTED plus a summary line. */
      problems: string[];
      /** What could be read, with defaults for the rest; absent when nothing at all could be read. */
      partial?: ShareState;
      notices: string[];
    };

/**
 * Longest payload we try to unpack. A realistic 20-module link is under 800 characters (format 2).
 * lz-string output (format 1) can grow quadratically with its input (a 13,800-character payload unpacks to
 * 24.5 M characters in ~0.2 s, measured 2026-11-25 on this project's 2-core CI box), and DEFLATE (format 2)
 * expands up to ~1,000×, so a hostile, very long link is refused before it is decompressed; what it
 * unpacks to is capped too (MAX_UNPACKED_BYTES in pack.ts).
 */
export const MAX_PAYLOAD_LENGTH = 16_000;

/**
 * Whether a payload may be offered as a link. A valid state can encode to more than MAX_PAYLOAD_LENGTH
 * (200 modules with long, varied names and images), and decodeShareState refuses such a link; so the app
 * never offers one (Copy share link, the address bar, the report) and points to Export JSON instead.
 */
export function shareLinkFits(payload: string): boolean {
  return payload.length <= MAX_PAYLOAD_LENGTH;
}

/** Why there is no link, and what to do instead. */
export function tooLargeForLinkMessage(payloadLength: number): string {
  return `This scenario is too large for a share link (${payloadLength.toLocaleString('en-US')} characters; a link holds up to ${MAX_PAYLOAD_LENGTH.toLocaleString('en-US')}). Use Export JSON to share it as a file, which Import JSON opens.`;
}

/** At most this many field problems are listed; the rest are counted. */
export const MAX_PROBLEMS_LISTED = 12;

const TOKEN = /^[a-z][a-z0-9-]{0,40}$/;
const MODEL_VERSION_PATTERN = /^[0-9A-Za-z][0-9A-Za-z.+-]{0,31}$/;
/** `<format>.<body>`; the body's alphabet is checked per format (pack.ts). */
const PAYLOAD_PATTERN = /^(\d{1,6})\.([A-Za-z0-9+$_-]*)$/;
const DEFAULT_VIEW = 'wizard';

/** A ShareState for the current model version. */
export function createShareState(
  answers: Answers,
  view: string = DEFAULT_VIEW,
  step: string | null = null,
): ShareState {
  return { answers, view, step, modelVersion: MODEL_VERSION };
}

// ----- encode -----

function fieldToWire(field: WireField, value: unknown): unknown {
  if (field.enum === undefined) return value;
  const table: readonly string[] = WIRE_V1_ENUMS[field.enum];
  const index = table.indexOf(value as string);
  // A value missing from the table (answers.ts grew a value and the table was not appended) is written as
  // text, which the decoder also accepts; share-codec.test.ts fails until the table is extended.
  return index === -1 ? value : index;
}

const LANGUAGE_FIELD: WireField = { key: 'language', enum: 'language' };

/** Module rows → the columns of wire format 1 (see wire-v1.ts for the image split). */
export function modulesToWire(modules: readonly ModuleSpec[]): unknown[] {
  const registries: string[] = [];
  const imageRef: (number | null)[] = [];
  const imageTail: string[] = [];
  for (const module of modules) {
    if (module.image === '') {
      imageRef.push(null);
      imageTail.push('');
      continue;
    }
    // The image usually contains the module's name: split around it (prefix → registries, the rest → tail).
    const at = module.name === '' ? -1 : module.image.indexOf(module.name);
    const cut = at === -1 ? module.image.lastIndexOf('/') + 1 : at;
    const registry = module.image.slice(0, cut);
    let k = registries.indexOf(registry);
    if (k === -1) k = registries.push(registry) - 1;
    imageRef.push(at === -1 ? k : -k - 1);
    imageTail.push(module.image.slice(at === -1 ? cut : cut + module.name.length));
  }
  return [
    registries,
    modules.map((m) => m.name),
    modules.map((m) => fieldToWire(LANGUAGE_FIELD, m.language)),
    imageRef,
    imageTail,
    modules.map((m) => m.imageSizeMb),
    modules.map((m) => m.messagesPerSecond),
    modules.map((m) => m.memoryLimitMb),
  ];
}

/** Answers → the positional `answers` array of wire format 1. */
export function answersToWire(answers: Answers): unknown[] {
  const sections = WIRE_V1_SECTIONS.map((section) => {
    const values = answers[section.key] as unknown as Record<string, unknown>;
    return section.fields.map((field) =>
      field.key === 'modules'
        ? modulesToWire(answers.workload.modules)
        : fieldToWire(field, values[field.key]),
    );
  });
  return [answers.scenarioName, ...sections];
}

/** The JSON value inside a payload of the current format (layout: wire-v1.ts). */
export function stateToWire(state: ShareState): unknown[] {
  return [state.modelVersion, state.view, state.step, answersToWire(state.answers)];
}

/**
 * Encode a state as a share payload (`2.<deflate-raw, base64url>`). Pure and deterministic; the result
 * uses only A–Z a–z 0–9 - _ after the format tag, so it is safe in a URL fragment and in route.ts.
 */
export function encodeShareState(state: ShareState): string {
  return `${CURRENT_FORMAT_VERSION}.${packV2(JSON.stringify(stateToWire(state)))}`;
}

// ----- decode -----

/** Short, printable rendering of a value read from a link, for messages (never interpreted). */
function show(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value.slice(0, 41));
  else if (Array.isArray(value)) text = 'a list';
  else if (value === null) text = 'empty';
  else if (typeof value === 'object') text = 'an object';
  else text = String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

function describeDefault(value: unknown): string {
  if (value === null) return 'left unknown';
  if (Array.isArray(value)) return 'left empty';
  return `set to its default (${show(value)})`;
}

class Restorer {
  readonly problems: string[] = [];

  note(problem: string): void {
    this.problems.push(problem);
  }

  /** Read one field: enum index → value, then validate with its schema; fall back to `fallback`. */
  field(path: string, field: WireField, raw: unknown, schema: v.GenericSchema, fallback: unknown): unknown {
    if (raw === undefined) {
      this.note(`${path} was missing and was ${describeDefault(fallback)}.`);
      return fallback;
    }
    let value: unknown = raw;
    if (field.enum !== undefined && typeof raw === 'number') {
      const table: readonly string[] = WIRE_V1_ENUMS[field.enum];
      value = Number.isInteger(raw) && raw >= 0 && raw < table.length ? table[raw] : undefined;
      if (value === undefined) {
        this.note(`${path}: choice number ${show(raw)} does not exist; it was ${describeDefault(fallback)}.`);
        return fallback;
      }
    }
    const result = v.safeParse(schema, value);
    if (result.success) return result.output;
    // A picklist's own message lists every choice; for a link, "not a known choice" says enough.
    const message =
      field.enum !== undefined
        ? 'not one of the known choices'
        : (result.issues[0]?.message ?? 'invalid value');
    this.note(`${path}: ${message} (the link had ${show(raw)}); it was ${describeDefault(fallback)}.`);
    return fallback;
  }

  /** Expect an array of `length` positions; report a wrong type or extra positions. */
  array(path: string, raw: unknown, length: number | null): readonly unknown[] | null {
    if (!Array.isArray(raw)) {
      if (raw === undefined) this.note(`${path} was missing; defaults were used.`);
      else this.note(`${path} should be a list but the link had ${show(raw)}; defaults were used.`);
      return null;
    }
    if (length !== null && raw.length > length) {
      this.note(`${path} had ${raw.length - length} unknown extra value(s), which were ignored.`);
    }
    return raw;
  }
}

function entriesOf(schema: unknown): Record<string, v.GenericSchema> {
  return (schema as { entries: Record<string, v.GenericSchema> }).entries;
}

/** The module columns of wire format 1 → module rows, field by field. */
function restoreModules(r: Restorer, path: string, raw: unknown): ModuleSpec[] {
  const columns = r.array(path, raw, WIRE_V1_MODULE_COLUMN_COUNT);
  if (!columns) return [];
  const C = WIRE_V1_MODULE_COLUMNS;
  const column = (index: number, name: string): readonly unknown[] => {
    const value = columns[index];
    if (Array.isArray(value)) return value;
    r.note(
      `${path}: the ${name} column ${value === undefined ? 'was missing' : 'was unreadable'}; defaults were used.`,
    );
    return [];
  };
  const registries = column(C.registries, 'registries');
  const names = column(C.name, 'name');
  const languages = column(C.language, 'language');
  const refs = column(C.imageRef, 'image');
  const tails = column(C.imageTail, 'image');
  const sizes = column(C.imageSizeMb, 'imageSizeMb');
  const rates = column(C.messagesPerSecond, 'messagesPerSecond');
  const memories = column(C.memoryLimitMb, 'memoryLimitMb');
  const count = Math.max(
    names.length,
    languages.length,
    refs.length,
    sizes.length,
    rates.length,
    memories.length,
  );
  const max = LIMITS.modules.max;
  if (count > max) r.note(`${path} had ${count} modules; only the first ${max} were kept.`);
  const entries = entriesOf(ModuleSchema);
  const schemaOf = (key: keyof ModuleSpec): v.GenericSchema => entries[key] as v.GenericSchema;
  const modules: ModuleSpec[] = [];
  for (let i = 0; i < Math.min(count, max); i++) {
    const at = `${path}[${i}]`;
    const name = r.field(
      `${at}.name`,
      { key: 'name' },
      names[i],
      schemaOf('name'),
      DEFAULT_MODULE.name,
    ) as string;
    const language = r.field(
      `${at}.language`,
      LANGUAGE_FIELD,
      languages[i],
      schemaOf('language'),
      DEFAULT_MODULE.language,
    );
    const image = r.field(
      `${at}.image`,
      { key: 'image' },
      restoreImage(registries, refs[i], tails[i], name),
      schemaOf('image'),
      DEFAULT_MODULE.image,
    );
    modules.push({
      name,
      language: language as ModuleSpec['language'],
      image: image as string,
      imageSizeMb: r.field(
        `${at}.imageSizeMb`,
        { key: 'imageSizeMb' },
        sizes[i],
        schemaOf('imageSizeMb'),
        null,
      ) as number | null,
      messagesPerSecond: r.field(
        `${at}.messagesPerSecond`,
        { key: 'messagesPerSecond' },
        rates[i],
        schemaOf('messagesPerSecond'),
        null,
      ) as number | null,
      memoryLimitMb: r.field(
        `${at}.memoryLimitMb`,
        { key: 'memoryLimitMb' },
        memories[i],
        schemaOf('memoryLimitMb'),
        null,
      ) as number | null,
    });
  }
  return modules;
}

/**
 * Rebuild one image reference from its split form; an unreadable one gives a value the schema rejects
 * (so the field falls back with a message), never an exception.
 */
function restoreImage(registries: readonly unknown[], ref: unknown, tail: unknown, name: string): unknown {
  if (ref === null) return '';
  if (ref === undefined || tail === undefined) return undefined;
  if (typeof ref !== 'number' || !Number.isInteger(ref) || typeof tail !== 'string') return { ref, tail };
  const index = ref < 0 ? -ref - 1 : ref;
  const registry = registries[index];
  if (typeof registry !== 'string') return { ref, tail };
  return ref < 0 ? registry + name + tail : registry + tail;
}

/** The positional `answers` array of wire format 1 → Answers, field by field. */
function restoreAnswers(r: Restorer, raw: unknown): Answers {
  const parts = r.array('answers', raw, WIRE_V1_SECTIONS.length + 1);
  if (!parts) return DEFAULT_ANSWERS;
  const top = entriesOf(AnswersSchema);
  const candidate: Record<string, unknown> = {
    scenarioName: r.field(
      'scenarioName',
      { key: 'scenarioName' },
      parts[0],
      top.scenarioName as v.GenericSchema,
      DEFAULT_ANSWERS.scenarioName,
    ),
  };
  WIRE_V1_SECTIONS.forEach((section, s) => {
    const defaults = DEFAULT_ANSWERS[section.key] as unknown as Record<string, unknown>;
    const values = r.array(section.key, parts[s + 1], section.fields.length);
    const entries = entriesOf(top[section.key]);
    const out: Record<string, unknown> = {};
    section.fields.forEach((field: WireField, i) => {
      const path = `${section.key}.${field.key}`;
      if (!values) out[field.key] = defaults[field.key];
      else if (field.key === 'modules') out[field.key] = restoreModules(r, path, values[i]);
      else {
        const schema = entries[field.key];
        if (schema) out[field.key] = r.field(path, field, values[i], schema, defaults[field.key]);
      }
    });
    candidate[section.key] = out;
  });
  // Belt and braces: the assembled object must pass the whole schema (it does when every field did).
  const parsed = parseAnswers(candidate);
  if (parsed.ok) return parsed.answers;
  r.note('The answers read from the link did not fit together; the defaults were used.');
  return DEFAULT_ANSWERS;
}

function fail(reason: DecodeFailure, error: string): DecodeResult {
  return { ok: false, reason, error, problems: [], notices: [] };
}

function cleanPayload(input: string): string {
  let text = input.replace(/\s+/g, '');
  // Some mail and chat apps percent-encode "$" or "+"; undo that when the result is well formed.
  if (text.includes('%')) {
    try {
      text = decodeURIComponent(text);
    } catch {
      /* keep it as it is: the pattern check below reports it */
    }
  }
  return text;
}

/** The notice shown when a link was made with another sizing model. */
export function modelVersionNotice(linkVersion: string): string | null {
  if (linkVersion === MODEL_VERSION) return null;
  return `This link was made with sizing model ${linkVersion}; the numbers shown are today's model ${MODEL_VERSION}.`;
}

/**
 * Decode a share payload. Never throws, for any input.
 *
 * - ok: true: the link opened exactly as it was made (notices may still say the model version differs).
 * - ok: false with `partial`: the link was damaged; `partial` holds what could be read, defaults elsewhere,
 *   and `problems` lists each field that was replaced.
 * - ok: false without `partial`: nothing could be read (not a link, unknown format, cut off, garbled).
 */
export function decodeShareState(payload: string): DecodeResult {
  try {
    return decodeUnsafe(payload);
  } catch {
    // Defensive: every step below already handles its own failures.
    return fail('corrupt', 'This share link could not be read.');
  }
}

function decodeUnsafe(payload: unknown): DecodeResult {
  if (typeof payload !== 'string' || payload.trim() === '') {
    return fail('empty', 'The share link is empty.');
  }
  if (payload.length > MAX_PAYLOAD_LENGTH * 3) {
    return fail(
      'too-long',
      `This share link is too long to be an Edge Sizer link (${payload.length} characters).`,
    );
  }
  const text = cleanPayload(payload);
  if (text.length > MAX_PAYLOAD_LENGTH) {
    return fail(
      'too-long',
      `This share link is too long to be an Edge Sizer link (${text.length} characters).`,
    );
  }
  const match = PAYLOAD_PATTERN.exec(text);
  if (!match) {
    return /^\d{1,6}\./.test(text)
      ? fail(
          'corrupt',
          'This share link contains characters an Edge Sizer link never has: it was changed or damaged.',
        )
      : fail('not-a-link', 'This is not an Edge Sizer share link (it has no format version).');
  }
  const version = Number(match[1]);
  const body = match[2] ?? '';
  if (version < 1 || version > CURRENT_FORMAT_VERSION) {
    const migrated = migrateToCurrent(version, null);
    return fail('unknown-version', migrated.ok ? 'Unknown link format.' : migrated.error);
  }
  const unpacked = unpack(version, body);
  if (!unpacked.ok) {
    if (unpacked.problem === 'too-large') {
      return fail(
        'too-long',
        `This share link unpacks to more than ${MAX_UNPACKED_BYTES / 1_048_576} MB of data: no Edge Sizer link is that large, so it was not opened.`,
      );
    }
    return unpacked.problem === 'foreign-characters'
      ? fail(
          'corrupt',
          'This share link contains characters an Edge Sizer link never has: it was changed or damaged.',
        )
      : fail(
          'corrupt',
          'This share link is incomplete or damaged (it may have been cut off when it was copied): its data could not be unpacked.',
        );
  }
  const json = unpacked.json;
  let wire: unknown;
  try {
    wire = JSON.parse(json);
  } catch {
    return fail(
      'corrupt',
      'This share link is damaged (it may have been cut off or edited): its data could not be unpacked.',
    );
  }
  const migrated = migrateToCurrent(version, wire);
  if (!migrated.ok) return fail('unknown-version', migrated.error);
  return restoreState(migrated.wire);
}

function restoreState(wire: unknown): DecodeResult {
  if (!Array.isArray(wire)) {
    return fail('invalid', 'This share link does not hold Edge Sizer answers (it was changed or damaged).');
  }
  const r = new Restorer();
  if (wire.length > 4) r.note(`The link had ${wire.length - 4} unknown extra value(s), which were ignored.`);
  const [rawModel, rawView, rawStep, rawAnswers] = wire as unknown[];
  let modelVersion = MODEL_VERSION;
  if (typeof rawModel === 'string' && MODEL_VERSION_PATTERN.test(rawModel)) modelVersion = rawModel;
  else r.note(`The link's model version was unreadable (${show(rawModel)}).`);
  let view = DEFAULT_VIEW;
  if (typeof rawView === 'string' && TOKEN.test(rawView)) view = rawView;
  else r.note(`The link's view was unreadable (${show(rawView)}); the wizard is shown.`);
  let step: string | null = null;
  if (typeof rawStep === 'string' && TOKEN.test(rawStep)) step = rawStep;
  else if (rawStep !== null)
    r.note(`The link's wizard step was unreadable (${show(rawStep)}); the first step is shown.`);
  const answers = restoreAnswers(r, rawAnswers);
  const state: ShareState = { answers, view, step, modelVersion };
  const notice = modelVersionNotice(modelVersion);
  const notices = notice ? [notice] : [];
  if (r.problems.length === 0) return { ok: true, state, notices };
  const count = r.problems.length;
  const problems = r.problems.slice(0, MAX_PROBLEMS_LISTED);
  if (count > MAX_PROBLEMS_LISTED) problems.push(`… and ${count - MAX_PROBLEMS_LISTED} more.`);
  return {
    ok: false,
    reason: 'invalid',
    error:
      count === 1
        ? 'This share link was changed or damaged: one value could not be read and was replaced by its default. Everything else was kept.'
        : `This share link was changed or damaged: ${count} values could not be read and were replaced by their defaults. Everything else was kept.`,
    problems,
    partial: state,
    notices,
  };
}
