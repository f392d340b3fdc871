/**
 * Share-link codec: every answer of a sizing in one URL-safe string, and back. The view and the wizard step
 * are in the fragment's path (`#/<view>/<step>?s=<payload>`, src/store/route.ts), not in the payload.
 *
 *   payload = <format version> "." pack(JSON.stringify(wire))
 *
 *   format 3 (written today): pack = UTF-8 → raw DEFLATE (fflate) → base64url      (pack.ts)
 *   format 2 (read only):     the same packing, with a copy of the view and step   (migrations.ts)
 *   format 1 (read only):     pack = lz-string.compressToEncodedURIComponent       (pack.ts)
 *
 * - The format version sits OUTSIDE the compressed blob, so the compression or the layout can change
 *   later and old links are still recognised: the body is unpacked the way its format was packed, then
 *   the JSON is upgraded by the ordered migrations (migrations.ts), then validated.
 * - The model version sits INSIDE: links carry answers only, numbers are always recomputed, so a link
 *   made with another model says so instead of silently showing different numbers.
 * - `wire` is the compact positional form documented in wire.ts, derived from each field's description.
 *   A field added after a link was made is simply absent from it and opens with its default.
 *
 * Decoding never throws. A link that is truncated, corrupted, tampered with or hostile gives a clear
 * message of what was wrong; whatever could be read is kept (every field is validated on its own with the
 * valibot schema) and everything else falls back to DEFAULT_ANSWERS.
 */
import * as v from 'valibot';
import { DEFAULT_ANSWERS, LIMITS, parseAnswers, type Answers, type ModuleSpec } from '../answers.ts';
import { MODULE_FIELDS, SCENARIO_NAME, type FieldSpec } from '../fields/index.ts';
import { MODEL_VERSION } from '../model-version.ts';
import { CURRENT_FORMAT_VERSION, migrateToCurrent } from './migrations.ts';
import { MAX_UNPACKED_BYTES, packV2, unpack } from './pack.ts';
import { answersToWire } from './answers-wire.ts';
import {
  APPENDABLE_SINCE_FORMAT,
  WIRE_FIELDS,
  WIRE_MODULE_COLUMN_COUNT,
  WIRE_MODULE_COLUMNS,
  WIRE_SECTIONS,
  valueFromWire,
} from './wire.ts';

/** What a share link's payload carries (the view and step are in the fragment's path). */
export interface ShareState {
  answers: Answers;
  /** MODEL_VERSION of the app that made the link. */
  modelVersion: string;
}

/** Why a link could not be opened as it was made. */
export type DecodeFailure = 'empty' | 'too-long' | 'not-a-link' | 'unknown-version' | 'corrupt' | 'invalid';

export type DecodeResult =
  | {
      ok: true;
      state: ShareState;
      /** Things the user should know although the link is intact (another model version, a newer app). */
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
 * Longest payload we try to unpack. A realistic 20-module link is under 800 characters (formats 2 and 3).
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

const MODEL_VERSION_PATTERN = /^[0-9A-Za-z][0-9A-Za-z.+-]{0,31}$/;
/** `<format>.<body>`; the body's alphabet is checked per format (pack.ts). */
const PAYLOAD_PATTERN = /^(\d{1,6})\.([A-Za-z0-9+$_-]*)$/;

/** A ShareState for the current model version. */
export function createShareState(answers: Answers): ShareState {
  return { answers, modelVersion: MODEL_VERSION };
}

// ----- encode -----

// The positional form of the answers is answers-wire.ts (the first view compares answers with it, without
// this codec); it is re-exported here for the codec's users.
export { answersToWire, modulesToWire } from './answers-wire.ts';

/** The JSON value inside a payload of the current format (layout: wire.ts). */
export function stateToWire(state: ShareState): unknown[] {
  return [state.modelVersion, answersToWire(state.answers)];
}

/**
 * Encode a state as a share payload (`3.<deflate-raw, base64url>`). Pure and deterministic; the result
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
  /** Positions this version does not know (a link from a newer version): not damage. */
  unknownFromNewer = 0;

  note(problem: string): void {
    this.problems.push(problem);
  }

  /** Read one field: choice index → value, then validate with its schema; fall back to `fallback`. */
  field(path: string, spec: FieldSpec, raw: unknown, fallback: unknown = spec.default): unknown {
    if (raw === undefined) {
      this.note(`${path} was missing and was ${describeDefault(fallback)}.`);
      return fallback;
    }
    const value = valueFromWire(spec, raw);
    if (value === undefined) {
      this.note(`${path}: choice number ${show(raw)} does not exist; it was ${describeDefault(fallback)}.`);
      return fallback;
    }
    const result = v.safeParse(spec.schema, value);
    if (result.success) return result.output;
    // A picklist's own message lists every choice; for a link, "not a known choice" says enough.
    const message =
      spec.wire.as === 'choice'
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

/** The module columns → module rows, field by field. */
function restoreModules(r: Restorer, path: string, raw: unknown): ModuleSpec[] {
  const columns = r.array(path, raw, WIRE_MODULE_COLUMN_COUNT);
  if (!columns) return [];
  const C = WIRE_MODULE_COLUMNS;
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
  const F = MODULE_FIELDS as Record<keyof ModuleSpec, FieldSpec>;
  const modules: ModuleSpec[] = [];
  for (let i = 0; i < Math.min(count, max); i++) {
    const at = `${path}[${i}]`;
    const name = r.field(`${at}.name`, F.name, names[i]) as string;
    modules.push({
      name,
      language: r.field(`${at}.language`, F.language, languages[i]) as ModuleSpec['language'],
      image: r.field(`${at}.image`, F.image, restoreImage(registries, refs[i], tails[i], name)) as string,
      imageSizeMb: r.field(`${at}.imageSizeMb`, F.imageSizeMb, sizes[i]) as number | null,
      messagesPerSecond: r.field(`${at}.messagesPerSecond`, F.messagesPerSecond, rates[i]) as number | null,
      memoryLimitMb: r.field(`${at}.memoryLimitMb`, F.memoryLimitMb, memories[i]) as number | null,
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

/** The positions of a section this version knows, and how many a link must have (the `since 1` ones). */
function sectionShape(section: (typeof WIRE_SECTIONS)[number]): { known: number; required: number } {
  const fields = WIRE_FIELDS[section];
  return {
    known: fields.length,
    required: fields.filter(({ spec }) => spec.wire.since < APPENDABLE_SINCE_FORMAT).length,
  };
}

/** The positional `answers` array (wire.ts) → Answers, field by field. */
function restoreAnswers(r: Restorer, raw: unknown): Answers {
  const parts = r.array('answers', raw, null);
  if (!parts) return DEFAULT_ANSWERS;
  if (parts.length > WIRE_SECTIONS.length + 1) r.unknownFromNewer += parts.length - WIRE_SECTIONS.length - 1;
  const candidate: Record<string, unknown> = {
    scenarioName: r.field('scenarioName', SCENARIO_NAME as FieldSpec, parts[0]),
  };
  WIRE_SECTIONS.forEach((section, s) => {
    const defaults = DEFAULT_ANSWERS[section] as unknown as Record<string, unknown>;
    const { known } = sectionShape(section);
    const values = r.array(section, parts[s + 1], null);
    if (values && values.length > known) r.unknownFromNewer += values.length - known;
    const out: Record<string, unknown> = {};
    for (const { key, spec } of WIRE_FIELDS[section]) {
      const path = `${section}.${key}`;
      const value = values?.[spec.wire.at];
      if (!values) out[key] = defaults[key];
      // A field added after the link was made: its default, and nothing to report.
      else if (value === undefined && spec.wire.since >= APPENDABLE_SINCE_FORMAT) out[key] = defaults[key];
      else if (spec.wire.as === 'modules') out[key] = restoreModules(r, path, value);
      else out[key] = r.field(path, spec, value, defaults[key]);
    }
    candidate[section] = out;
  });
  // Belt and braces: the assembled object must pass the whole schema (it does when every field did).
  const parsed = parseAnswers(candidate);
  if (parsed.ok) return parsed.answers;
  r.note('The answers read from the link did not fit together; the defaults were used.');
  return DEFAULT_ANSWERS;
}

/**
 * The positional `answers` array of a link → Answers, field by field, with what could not be read (each replaced
 * by its default). Used by topology links, which carry one such array per layer. Never throws.
 */
export function restoreAnswersFromWire(
  raw: unknown,
  path = 'answers',
): { answers: Answers; problems: string[]; unknownFromNewer: number } {
  const r = new Restorer();
  const answers = restoreAnswers(r, raw);
  return {
    answers,
    problems: r.problems.map((p) => (path === 'answers' ? p : `${path}: ${p}`)),
    unknownFromNewer: r.unknownFromNewer,
  };
}

function fail(reason: DecodeFailure, error: string): DecodeFailed {
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

/** The notice shown when a link holds answers this version does not know (it was made by a newer one). */
export function newerAppNotice(count: number): string {
  return `This link was made by a newer version of Edge Sizer: ${count === 1 ? 'one answer' : `${count} answers`} this page does not know ${count === 1 ? 'was' : 'were'} left out. Reload the page to get the latest version, then open the link again.`;
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
  const read = readPayloadJson(payload);
  if (!read.ok) return read.failure;
  const migrated = migrateToCurrent(read.version, read.wire);
  if (!migrated.ok) return fail('unknown-version', migrated.error);
  return restoreState(migrated.wire);
}

/** A result that says why a link could not be opened. */
export type DecodeFailed = Extract<DecodeResult, { ok: false }>;

/** A payload read up to its JSON, or why it could not be. */
export type PayloadJson = { ok: true; version: number; wire: unknown } | { ok: false; failure: DecodeFailed };

/**
 * Check, unpack and parse a payload (`<format>.<packed JSON>`) without interpreting the JSON: shared by share
 * links and topology links (src/domain/topology/topology-link.ts), so both fail the same way with the same words.
 * Never throws.
 */
export function readPayloadJson(payload: unknown): PayloadJson {
  try {
    return readPayloadUnsafe(payload);
  } catch {
    return { ok: false, failure: fail('corrupt', 'This share link could not be read.') };
  }
}

function readPayloadUnsafe(payload: unknown): PayloadJson {
  const failed = (failure: DecodeFailed): PayloadJson => ({ ok: false, failure });
  if (typeof payload !== 'string' || payload.trim() === '') {
    return failed(fail('empty', 'The share link is empty.'));
  }
  if (payload.length > MAX_PAYLOAD_LENGTH * 3) {
    return failed(
      fail(
        'too-long',
        `This share link is too long to be an Edge Sizer link (${payload.length} characters).`,
      ),
    );
  }
  const text = cleanPayload(payload);
  if (text.length > MAX_PAYLOAD_LENGTH) {
    return failed(
      fail('too-long', `This share link is too long to be an Edge Sizer link (${text.length} characters).`),
    );
  }
  const match = PAYLOAD_PATTERN.exec(text);
  if (!match) {
    return /^\d{1,6}\./.test(text)
      ? failed(
          fail(
            'corrupt',
            'This share link contains characters an Edge Sizer link never has: it was changed or damaged.',
          ),
        )
      : failed(fail('not-a-link', 'This is not an Edge Sizer share link (it has no format version).'));
  }
  const version = Number(match[1]);
  const body = match[2] ?? '';
  if (version < 1 || version > CURRENT_FORMAT_VERSION) {
    const migrated = migrateToCurrent(version, null);
    return failed(fail('unknown-version', migrated.ok ? 'Unknown link format.' : migrated.error));
  }
  const unpacked = unpack(version, body);
  if (!unpacked.ok) {
    if (unpacked.problem === 'too-large') {
      return failed(
        fail(
          'too-long',
          `This share link unpacks to more than ${MAX_UNPACKED_BYTES / 1_048_576} MB of data: no Edge Sizer link is that large, so it was not opened.`,
        ),
      );
    }
    if (unpacked.problem === 'reader-not-loaded') {
      return failed(
        fail(
          'corrupt',
          'This link is in the first link format, and its reader could not be loaded: open the link again once online.',
        ),
      );
    }
    return unpacked.problem === 'foreign-characters'
      ? failed(
          fail(
            'corrupt',
            'This share link contains characters an Edge Sizer link never has: it was changed or damaged.',
          ),
        )
      : failed(
          fail(
            'corrupt',
            'This share link is incomplete or damaged (it may have been cut off when it was copied): its data could not be unpacked.',
          ),
        );
  }
  const json = unpacked.json;
  let wire: unknown;
  try {
    wire = JSON.parse(json);
  } catch {
    return failed(
      fail(
        'corrupt',
        'This share link is damaged (it may have been cut off or edited): its data could not be unpacked.',
      ),
    );
  }
  return { ok: true, version, wire };
}

function restoreState(wire: unknown): DecodeResult {
  if (!Array.isArray(wire)) {
    return fail('invalid', 'This share link does not hold Edge Sizer answers (it was changed or damaged).');
  }
  const r = new Restorer();
  if (wire.length > 2) r.unknownFromNewer += wire.length - 2;
  const [rawModel, rawAnswers] = wire as unknown[];
  let modelVersion = MODEL_VERSION;
  if (typeof rawModel === 'string' && MODEL_VERSION_PATTERN.test(rawModel)) modelVersion = rawModel;
  else r.note(`The link's model version was unreadable (${show(rawModel)}).`);
  const answers = restoreAnswers(r, rawAnswers);
  const state: ShareState = { answers, modelVersion };
  const notice = modelVersionNotice(modelVersion);
  const notices = notice ? [notice] : [];
  if (r.unknownFromNewer > 0) notices.push(newerAppNotice(r.unknownFromNewer));
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
