/**
 * Import an Azure IoT Edge deployment manifest (deployment.json, deployment.template.json or a layered
 * deployment) and read the facts the sizer needs: the custom modules (name, image, language where it can be
 * shown, restart policy, status, memory limit, GPU hints) and the runtime settings (edgeAgent/edgeHub images,
 * edgeHub's OptimizeForPerformance, store-and-forward timeToLiveSecs, routes to $upstream).
 *
 * Pure and total: `parseManifest` never throws; bad input gives `{ ok: false, error }` with a message that
 * names what was wrong.
 *
 * Shape: https://learn.microsoft.com/azure/iot-edge/module-composition (modulesContent, $edgeAgent,
 * $edgeHub, routes), https://learn.microsoft.com/azure/iot-edge/module-edgeagent-edgehub (desired
 * properties), https://learn.microsoft.com/azure/iot-edge/how-to-use-create-options (createOptions as an
 * object in templates, a string in deployed manifests). Chunked createOptions (createOptions01…) are joined
 * in order as the edge agent does (Azure/iotedge `ChunkedValue`). Read 2026-11.
 */
import { LANGUAGES, LIMITS, type Language } from '../answers.ts';
import { inferLanguage, type LanguageGuess } from '../modules/languages.ts';
import { MAX_JSON_DEPTH, jsonTooDeepAt } from '../json-depth.ts';
import { deploymentLimitWarnings } from './limits.ts';

/** Which kind of file was imported. */
export type ManifestKind = 'deployment' | 'template' | 'layered';

/** How a module asks for a GPU. */
export type GpuHint = 'nvidia-runtime' | 'device-requests' | 'nvidia-devices' | 'nvidia-env';

/** How createOptions was written. */
export type CreateOptionsForm = 'object' | 'string' | 'chunked' | 'empty' | 'absent' | 'invalid';

/** One custom module found in the manifest. */
export interface ImportedModule {
  name: string;
  image: string;
  /** The build-tool placeholder the image is (for example `${MODULES.filter}` → "filter"), if any. */
  imagePlaceholder: string | null;
  language: Language;
  /** How the language was found ('none' when unknown, so the wizard asks). */
  languageBasis: LanguageGuess['basis'];
  languageNote: string;
  /** The well-known server application the module runs (for example "InfluxDB (time-series database)"). */
  application: string | null;
  restartPolicy: string | null;
  status: string | null;
  version: string | null;
  createOptionsForm: CreateOptionsForm;
  /** createOptions.HostConfig.Memory in bytes; null when not set (or 0, which Docker reads as "no limit"). */
  memoryLimitBytes: number | null;
  /** The same limit in MiB (1 MiB = 1,048,576 bytes), rounded UP to 0.1 so the limit is never lowered. */
  memoryLimitMiB: number | null;
  gpuHints: GpuHint[];
  /** True when a route sends this module's messages to $upstream. */
  sendsUpstream: boolean;
}

/** edgeAgent or edgeHub as the manifest configures it. */
export interface ImportedSystemModule {
  image: string;
  /** The image tag when it is a plain version (for example "1.5"); null for placeholders or digests. */
  version: string | null;
  memoryLimitBytes: number | null;
  /** Environment variables as strings (`env.<name>.value`). */
  env: Record<string, string>;
}

export interface ImportedRoute {
  name: string;
  expression: string;
  toUpstream: boolean;
  /** Module named in `FROM /messages/modules/<name>/…`; '*' for all modules or all messages; null if unreadable. */
  sourceModule: string | null;
  /** For a module source: whether that module is in this manifest (case-sensitive, as edgeHub matches it). */
  sourceDeployed: boolean;
}

export interface ImportedManifest {
  kind: ManifestKind;
  /** The `$schema-template` value of a deployment.template.json, if any. */
  schemaTemplate: string | null;
  schemaVersion: { edgeAgent: string | null; edgeHub: string | null };
  modules: ImportedModule[];
  edgeAgent: ImportedSystemModule | null;
  edgeHub: ImportedSystemModule | null;
  /** edgeHub env OptimizeForPerformance; null when not set (edgeHub's default is true). */
  optimizeForPerformance: boolean | null;
  /** edgeHub env amqpSettings__enabled / mqttSettings__enabled / httpSettings__enabled; null = default (on). */
  protocolHeads: { amqp: boolean | null; mqtt: boolean | null; http: boolean | null };
  /** storeAndForwardConfiguration.timeToLiveSecs; null when not set (edgeHub's default is 7200 s). */
  timeToLiveSecs: number | null;
  routes: ImportedRoute[];
  /** Names of the routes that send to $upstream. */
  upstreamRoutes: string[];
  /** Distinct placeholders left for a build tool or a person to fill in. */
  placeholders: string[];
  /** Module-twin sections for custom modules (names), besides $edgeAgent and $edgeHub. */
  moduleTwins: string[];
}

/**
 * `document` is the parsed file itself (comments removed), untouched: the export tunes it in place of a
 * generated manifest, so every setting the user wrote survives (see buildManifest's `base` option).
 */
export type ManifestImportResult =
  | { ok: true; manifest: ImportedManifest; warnings: string[]; document: JsonObject }
  | { ok: false; error: string };

/**
 * The largest file read: 2 MB. IoT Hub accepts at most 50 modules in a deployment, and limits each module twin's
 * desired properties to 32 KB ($edgeAgent's and $edgeHub's included; see limits.ts and
 * https://learn.microsoft.com/azure/iot-edge/iot-edge-limits-and-restrictions), so the content it can take is
 * about 52 × 32 KB ≈ 1.7 MB; 2 MB leaves room for indentation and comments. Real manifests are a few KB. Every
 * import path stays linear up to this size (import-hostile.test.ts, and the bench's worst cases).
 */
export const MAX_MANIFEST_CHARS = 2_000_000;

/** A JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** A JSON object. */
export type JsonObject = { [key: string]: Json };

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  return `a ${typeof value}`;
};

/** Position in a text as "line L, column C" (1-based). */
function lineColumn(text: string, position: number): string {
  const before = text.slice(0, Math.max(0, Math.min(position, text.length)));
  const lines = before.split('\n');
  return `line ${lines.length}, column ${(lines[lines.length - 1]?.length ?? 0) + 1}`;
}

const QUOTE = 0x22;
const SLASH = 0x2f;
const STAR = 0x2a;
const COMMA = 0x2c;
const BACKSLASH = 0x5c;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
/** JSON's four blanks: space, tab, line feed, carriage return. */
const isJsonSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/** The index just past the string literal that opens at `start` (a `"`), or the text's length if unclosed. */
function stringEnd(text: string, start: number): number {
  let j = start + 1;
  for (;;) {
    const quote = text.indexOf('"', j);
    if (quote < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    j = quote + 1;
  }
}

/** The index just past the comment that opens at `start`, or `start` if there is none. */
function commentEnd(text: string, start: number): number {
  if (text.charCodeAt(start) !== SLASH) return start;
  const next = text.charCodeAt(start + 1);
  if (next === SLASH) {
    const end = text.indexOf('\n', start + 2);
    return end < 0 ? text.length : end;
  }
  if (next === STAR) {
    const end = text.indexOf('*/', start + 2);
    return end < 0 ? text.length : end + 2;
  }
  return start;
}

/**
 * Remove // and /* *\/ comments and trailing commas outside strings (JSON with comments, as VS Code writes
 * templates). Returns null when there was nothing to remove.
 *
 * One pass, linear in the text: every character is looked at a bounded number of times (a comma looks ahead
 * over the blanks and comments that follow it, which the main loop then skips), and the output is built from
 * slices of the input. The previous version trimmed the whole output at every comma, so a 200 kB array took
 * 27 s.
 */
export function stripJsonComments(text: string): string | null {
  let out = '';
  let changed = false;
  /** Start of the input not yet copied to `out`. */
  let copied = 0;
  /** The last character kept that is neither a blank nor inside a comment (0 at the start). */
  let previous = 0;
  let i = 0;
  const length = text.length;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      i = stringEnd(text, i);
      previous = QUOTE;
    } else if (code === SLASH && commentEnd(text, i) !== i) {
      out += text.slice(copied, i);
      const block = text.charCodeAt(i + 1) === STAR;
      i = commentEnd(text, i);
      if (block) out += ' ';
      copied = i;
      changed = true;
    } else if (code === COMMA) {
      // Look past blanks and comments: a comma before } or ] is a trailing comma (unless it follows { [ or ,,
      // which strict JSON.parse should still reject with its own message).
      let j = i + 1;
      for (;;) {
        while (j < length && isJsonSpace(text.charCodeAt(j))) j++;
        const end = commentEnd(text, j);
        if (end === j) break;
        j = end;
      }
      const after = text.charCodeAt(j);
      if (
        (after === CLOSE_BRACE || after === CLOSE_BRACKET) &&
        previous !== OPEN_BRACE &&
        previous !== OPEN_BRACKET &&
        previous !== COMMA
      ) {
        out += text.slice(copied, i);
        copied = i + 1;
        changed = true;
      } else previous = COMMA;
      i++;
    } else {
      if (!isJsonSpace(code)) previous = code;
      i++;
    }
  }
  if (!changed) return null;
  return out + text.slice(copied);
}

function jsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(message);
  const position = at?.[1] === undefined ? null : Number(at[1]);
  const atEnd =
    /end of (JSON )?input/i.test(message) || (position !== null && position >= text.trimEnd().length);
  const where = atEnd
    ? ` at the end of the text (${lineColumn(text, text.trimEnd().length)})`
    : position !== null
      ? ` at ${lineColumn(text, position)}`
      : '';
  const reason = message.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/s, '');
  const why = atEnd ? `the text stops before the JSON is complete (parser: ${reason})` : reason;
  return `This is not valid JSON${where}: ${why}. A deployment manifest is a JSON file (deployment.json or deployment.template.json).`;
}

/** Parse JSON, falling back to JSON-with-comments. Never throws. */
function parseJson(
  text: string,
  warnings: string[],
): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (strictError) {
    const stripped = stripJsonComments(text);
    if (stripped !== null) {
      try {
        const value: unknown = JSON.parse(stripped);
        warnings.push(
          'The file has comments or trailing commas (JSON with comments, as VS Code allows in templates); they were ignored. IoT Hub itself accepts only strict JSON.',
        );
        return { ok: true, value };
      } catch {
        // Report the strict parser's position: it refers to the text the user has.
      }
    }
    return { ok: false, error: jsonError(text, strictError) };
  }
}

/*
 * MAX_JSON_DEPTH (json-depth.ts) is also the deepest nesting read inside a createOptions string. A real manifest
 * nests about 10 levels and Docker's create options about 6; JSON.stringify recurses, so a document nested
 * 100,000 levels would throw "Maximum call stack size exceeded" later, in the export.
 */
export { MAX_JSON_DEPTH };

/**
 * A clear message when the document, or a createOptions string in it, nests deeper than MAX_JSON_DEPTH; null
 * otherwise. Iterative: a document of any depth is checked without recursion.
 */
function nestingError(root: unknown): string | null {
  // A path is built only for the message: each entry links to its parent (a 2.5-million-number array once
  // spent most of a second building paths nobody read). Numbers, strings and the like are never pushed.
  interface Entry {
    value: object;
    depth: number;
    parent: Entry | null;
    key: string | number;
  }
  const where = (entry: Entry): string => {
    const parts: string[] = [];
    for (let e: Entry | null = entry; e !== null && e.parent !== null; e = e.parent)
      parts.push(typeof e.key === 'number' ? `[${e.key}]` : `.${e.key}`);
    const path = parts.reverse().join('').replace(/^\./, '');
    return path === '' ? 'the document' : path.slice(0, 160);
  };
  if (typeof root !== 'object' || root === null) return null;
  const stack: Entry[] = [{ value: root, depth: 1, parent: null, key: '' }];
  while (stack.length > 0) {
    const entry = stack.pop();
    if (entry === undefined) break;
    const { value, depth } = entry;
    if (depth > MAX_JSON_DEPTH)
      return `The manifest nests objects deeper than ${MAX_JSON_DEPTH} levels (at ${where(entry)}); a deployment manifest nests about 10. Is the file damaged? It was not imported.`;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'object' && item !== null)
          stack.push({ value: item, depth: depth + 1, parent: entry, key: i });
      }
      continue;
    }
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    const options = keys.filter((k) => /^createOptions(\d{2})?$/.test(k)).sort();
    const joined = options.map((k) => record[k]).filter((v): v is string => typeof v === 'string');
    if (joined.length > 0 && jsonTooDeepAt(joined.join('')) !== null)
      return `createOptions at ${where(entry)} nests deeper than ${MAX_JSON_DEPTH} levels; Docker's create options nest about 6. Is the file damaged? It was not imported.`;
    for (const key of keys) {
      const item = record[key];
      if (typeof item === 'object' && item !== null)
        stack.push({ value: item, depth: depth + 1, parent: entry, key });
    }
  }
  return null;
}

/** Set an own property, even one named "__proto__" (plain assignment would change the prototype). */
function setOwn(target: JsonObject, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const normaliseKey = (key: string) => key.toLowerCase().replace(/[^a-z$]/g, '');

/** Find a key by its exact name, else by a tolerated spelling (case, separators, known typos). */
function findKey(
  obj: JsonObject,
  exact: string,
  tolerated: readonly string[],
): { key: string; exact: boolean } | null {
  if (exact in obj) return { key: exact, exact: true };
  const wanted = new Set([normaliseKey(exact), ...tolerated.map(normaliseKey)]);
  const key = Object.keys(obj).find((k) => wanted.has(normaliseKey(k)));
  return key === undefined ? null : { key, exact: false };
}

/** Read a value as a string (twin env values may be numbers or booleans). */
function asText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

function asBoolean(value: string | undefined): boolean | null {
  if (value === undefined) return null;
  const v = value.trim().toLowerCase();
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  return null;
}

function readEnv(module: JsonObject): Record<string, string> {
  const env: Record<string, string> = {};
  const raw = module['env'];
  if (!isObject(raw)) return env;
  for (const [name, entry] of Object.entries(raw)) {
    const value = isObject(entry) ? asText(entry['value']) : asText(entry);
    if (value !== null) env[name] = value;
  }
  return env;
}

interface CreateOptionsRead {
  form: CreateOptionsForm;
  options: JsonObject | null;
}

/** Read createOptions: an object (templates), a JSON string (deployments), or string chunks createOptions01…. */
function readCreateOptions(settings: JsonObject, owner: string, warnings: string[]): CreateOptionsRead {
  const first = settings['createOptions'];
  const chunkKeys = Object.keys(settings)
    .filter((k) => /^createOptions\d{2}$/.test(k))
    .sort();
  if (first === undefined && chunkKeys.length === 0) return { form: 'absent', options: null };
  if (isObject(first) && chunkKeys.length === 0) return { form: 'object', options: first };
  if (first !== undefined && typeof first !== 'string') {
    warnings.push(
      `createOptions of ${owner} is ${describe(first)}, not an object or a JSON string; it was ignored.`,
    );
    return { form: 'invalid', options: null };
  }
  const parts = [first ?? '', ...chunkKeys.map((k) => settings[k])];
  if (parts.some((p) => typeof p !== 'string')) {
    warnings.push(`createOptions chunks of ${owner} are not all strings; createOptions was ignored.`);
    return { form: 'invalid', options: null };
  }
  const text = parts.join('');
  const form: CreateOptionsForm = chunkKeys.length > 0 ? 'chunked' : 'string';
  if (text.trim() === '') return { form: 'empty', options: null };
  try {
    const parsed: unknown = JSON.parse(text);
    if (isObject(parsed)) return { form, options: parsed };
    warnings.push(
      `createOptions of ${owner} is a JSON string holding ${describe(parsed)}, not an object; ignored.`,
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    warnings.push(
      `createOptions of ${owner} is not valid JSON (${message.slice(0, 120)}); its memory limit and GPU settings could not be read.`,
    );
  }
  return { form: 'invalid', options: null };
}

/** HostConfig.Memory in bytes. ShmSize, MemorySwap and Kubernetes sizeLimit are not memory limits. */
/** Marks a module whose HostConfig.Memory is a numeric string: one warning lists them all (groupStringMemory). */
const STRING_MEMORY = '\u0000string-memory:';

/**
 * Replace the per-module marks of numeric-string memory values with one warning that names the modules (a
 * 14-module manifest gave 16 near-identical lines), at the place of the first.
 */
function groupStringMemory(warnings: string[]): string[] {
  const owners = warnings
    .filter((w) => w.startsWith(STRING_MEMORY))
    .map((w) => w.slice(STRING_MEMORY.length));
  if (owners.length === 0) return warnings;
  const names = owners.length > 12 ? [...owners.slice(0, 12), `${owners.length - 12} more`] : owners;
  const grouped = `HostConfig.Memory is a string of digits, not a number, for ${owners.length === 1 ? owners[0] : `${owners.length} modules: ${names.join(', ')}`}. Read as bytes; Docker's API expects a number, so write it without quotes.`;
  const first = warnings.findIndex((w) => w.startsWith(STRING_MEMORY));
  const rest = warnings.filter((w) => !w.startsWith(STRING_MEMORY));
  rest.splice(first, 0, grouped);
  return rest;
}

function readMemory(options: JsonObject | null, owner: string, warnings: string[]): number | null {
  const host = options?.['HostConfig'];
  if (!isObject(host) || !('Memory' in host)) return null;
  const raw = host['Memory'];
  let bytes: number;
  if (typeof raw === 'number') bytes = raw;
  else if (typeof raw === 'string' && /^\s*\d+\s*$/.test(raw)) {
    bytes = Number(raw);
    warnings.push(`${STRING_MEMORY}${owner}`); // grouped into one warning by groupStringMemory
  } else {
    warnings.push(
      `${owner}: HostConfig.Memory is ${typeof raw === 'string' ? `"${raw.slice(0, 60)}"` : describe(raw)}, not a number of bytes; no memory limit was read.`,
    );
    return null;
  }
  if (!Number.isFinite(bytes) || bytes < 0) {
    warnings.push(`${owner}: HostConfig.Memory ${bytes} is not a valid number of bytes; ignored.`);
    return null;
  }
  return bytes === 0 ? null : Math.round(bytes);
}

const NVIDIA_DEVICE = /^\/dev\/(nvidia|nvhost|nvmap|dri\/renderD)/;

/** A key of a Docker API object, matched without regard to case as Docker's JSON decoder does ("runtime"). */
function field(object: JsonObject, key: string): unknown {
  if (key in object) return object[key];
  const lower = key.toLowerCase();
  const found = Object.keys(object).find((k) => k.toLowerCase() === lower);
  return found === undefined ? undefined : object[found];
}

function readGpuHints(options: JsonObject | null): GpuHint[] {
  const hints: GpuHint[] = [];
  const host = options === null ? undefined : field(options, 'HostConfig');
  if (isObject(host)) {
    const runtime = field(host, 'Runtime');
    if (typeof runtime === 'string' && runtime.toLowerCase() === 'nvidia') hints.push('nvidia-runtime');
    const requests = field(host, 'DeviceRequests');
    if (Array.isArray(requests) && requests.length > 0) {
      const text = JSON.stringify(requests).toLowerCase();
      if (text.includes('gpu') || text.includes('nvidia')) hints.push('device-requests');
    }
    const devices = field(host, 'Devices');
    if (Array.isArray(devices)) {
      const paths = devices.map((d) => (isObject(d) ? asText(d['PathOnHost']) : null));
      if (paths.some((p) => p !== null && NVIDIA_DEVICE.test(p))) hints.push('nvidia-devices');
    }
  }
  const env = options?.['Env'];
  if (
    Array.isArray(env) &&
    env.some((e) => typeof e === 'string' && /^NVIDIA_VISIBLE_DEVICES=(?!void|none)/.test(e))
  )
    hints.push('nvidia-env');
  return hints;
}

/** The tag of an image when it is a plain version, e.g. "mcr.microsoft.com/azureiotedge-hub:1.5" → "1.5". */
export function imageVersion(image: string): string | null {
  const lastPart = image.split('/').pop() ?? '';
  const at = lastPart.indexOf(':');
  if (at < 0) return null;
  const tag = lastPart.slice(at + 1);
  return /^\d+(\.\d+){0,3}$/.test(tag) ? tag : null;
}

const PLACEHOLDER_PATTERNS: readonly RegExp[] = [
  /\$\{[A-Za-z_][\w.-]*\}/g, // ${MODULES.x}, ${ACR_USER}
  /\$[A-Z][A-Z0-9_]*[A-Za-z0-9_]*/g, // $CONTAINER_REGISTRY_USERNAME_myacr
  /<[A-Za-z][^<>"]{0,80}>/g, // <Token>, <iot hub resource id>
];

/** Walk all strings (keys and values) and collect placeholders. */
function collectPlaceholders(value: unknown, found: Set<string>, depth = 0): void {
  if (depth > 64 || found.size > 500) return;
  if (typeof value === 'string') {
    for (const pattern of PLACEHOLDER_PATTERNS) for (const m of value.matchAll(pattern)) found.add(m[0]);
  } else if (Array.isArray(value)) {
    for (const item of value) collectPlaceholders(item, found, depth + 1);
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (key.startsWith('${')) found.add(key);
      collectPlaceholders(item, found, depth + 1);
    }
  }
}

/**
 * Longest route expression read. edgeHub routes are one line (`FROM … WHERE … INTO …`); Microsoft lists no
 * length limit, and real ones are well under 1,000 characters. A guard against a hostile file, not a rule.
 */
export const MAX_ROUTE_CHARS = 10_000;

const ROUTE_FROM = /^FROM\s/i;
const ROUTE_INTO = /\bINTO\s/gi;

/**
 * Split a route into its source and sink, in time linear in its length: `FROM <source> … INTO <sink>` (the
 * first INTO after the source, as edgeHub's grammar has it). No backtracking pattern: the old one,
 * `(.+?)\s*$`, took 24.7 s on a route with 200,000 spaces before its last character.
 */
export function splitRoute(expression: string): { source: string; sink: string } | null {
  const text = expression.trim();
  if (!ROUTE_FROM.test(text)) return null;
  const afterFrom = text.slice(4).trimStart();
  const blank = afterFrom.search(/\s/);
  if (blank < 0) return null;
  const source = afterFrom.slice(0, blank);
  ROUTE_INTO.lastIndex = blank;
  const into = ROUTE_INTO.exec(afterFrom);
  if (into === null) return null;
  const sink = afterFrom.slice(into.index + into[0].length).trim();
  return sink === '' ? null : { source, sink };
}

function parseRoute(
  name: string,
  raw: unknown,
  moduleNames: readonly string[],
  warnings: string[],
): ImportedRoute | null {
  const expression = typeof raw === 'string' ? raw : isObject(raw) ? asText(raw['route']) : null;
  if (expression === null) {
    warnings.push(`Route "${name}" is ${describe(raw)}, not a route string or { route: … }; ignored.`);
    return null;
  }
  if (expression.length > MAX_ROUTE_CHARS) {
    warnings.push(
      `Route "${name.slice(0, 100)}" is ${expression.length.toLocaleString('en-US')} characters long (a route is one line of a few hundred); it was not read.`,
    );
    return null;
  }
  const match = splitRoute(expression);
  // Linear: after INTO and its blanks the pattern either reads $upstream or fails at once.
  const toUpstream = /\bINTO\s+\$upstream\b/i.test(expression);
  if (match === null) {
    warnings.push(
      `Route "${name}" does not read as "FROM <source> … INTO <sink>": ${expression.slice(0, 120)}`,
    );
    return { name, expression, toUpstream, sourceModule: null, sourceDeployed: false };
  }
  const { source } = match;
  let sourceModule: string | null = null;
  const moduleSource = /^\/messages\/modules\/([^/\s]+)/.exec(source);
  if (moduleSource?.[1] !== undefined) sourceModule = moduleSource[1];
  else if (/^\/messages(\/\*)?$/.test(source)) sourceModule = '*';
  let sourceDeployed = sourceModule === '*';
  if (sourceModule !== null && sourceModule !== '*') {
    sourceDeployed = moduleNames.includes(sourceModule);
    if (!sourceDeployed) {
      const nearly = moduleNames.find((m) => m.toLowerCase() === sourceModule?.toLowerCase());
      warnings.push(
        nearly !== undefined
          ? `Route "${name}" reads from module "${sourceModule}", but the module is named "${nearly}"; edgeHub matches names case-sensitively, so this route never fires.`
          : `Route "${name}" reads from module "${sourceModule}", which is not in this manifest.`,
      );
    }
  }
  return { name, expression, toUpstream, sourceModule, sourceDeployed };
}

/**
 * Gather the desired properties of a module twin: the `properties.desired` object, merged with layered
 * keys such as `properties.desired.modules.<name>` or `properties.desired.routes.<name>`.
 */
function desiredOf(
  twin: JsonObject,
  twinName: string,
  warnings: string[],
): { desired: JsonObject; layered: boolean; full: boolean } {
  const found = findKey(twin, 'properties.desired', ['propertiesdesired']);
  let desired: JsonObject = {};
  let full = false;
  if (found !== null) {
    const value = twin[found.key];
    if (isObject(value)) {
      desired = { ...value };
      full = true;
      if (!found.exact)
        warnings.push(`${twinName} uses the key "${found.key}"; read as "properties.desired".`);
    } else warnings.push(`${twinName}["${found.key}"] is ${describe(value)}, not an object; ignored.`);
  } else if (isObject(twin['properties']) && isObject(twin['properties']['desired'])) {
    desired = { ...twin['properties']['desired'] };
    full = true;
    warnings.push(
      `${twinName} nests properties → desired; the documented key is "properties.desired". Read anyway.`,
    );
  }
  let layered = false;
  for (const [key, value] of Object.entries(twin)) {
    const m = /^properties\.desired\.(.+)$/.exec(key);
    if (m?.[1] === undefined) continue;
    layered = true;
    const [section, ...rest] = m[1].split('.');
    if (section === undefined) continue;
    if (rest.length === 0) {
      desired[section] = value;
      continue;
    }
    // Module and route names may contain dots: everything after the section is the name.
    const name = section === 'modules' || section === 'routes' ? [rest.join('.')] : rest;
    let target: JsonObject = desired;
    for (const part of [section, ...name.slice(0, -1)]) {
      const next = Object.hasOwn(target, part) ? target[part] : undefined;
      if (!isObject(next)) setOwn(target, part, {});
      target = target[part] as JsonObject;
    }
    setOwn(target, name[name.length - 1] ?? '', value);
  }
  return { desired, layered, full };
}

function readSystemModule(
  systemModules: JsonObject | null,
  name: 'edgeAgent' | 'edgeHub',
  warnings: string[],
): ImportedSystemModule | null {
  if (systemModules === null) return null;
  const module = systemModules[name];
  if (module === undefined) {
    warnings.push(`systemModules has no ${name}; a full deployment must configure it.`);
    return null;
  }
  if (!isObject(module)) {
    warnings.push(`systemModules.${name} is ${describe(module)}, not an object; ignored.`);
    return null;
  }
  const settings = isObject(module['settings']) ? module['settings'] : {};
  const image = asText(settings['image']) ?? '';
  const { options } = readCreateOptions(settings, name, warnings);
  return {
    image,
    version: imageVersion(image),
    memoryLimitBytes: readMemory(options, name, warnings),
    env: readEnv(module),
  };
}

const MODULE_NAME_OK = /^[A-Za-z0-9\-:.+%_#*?!(),=@;']{1,80}$/;

function readModule(
  name: string,
  raw: Json,
  warnings: string[],
): Omit<ImportedModule, 'sendsUpstream'> | null {
  if (!isObject(raw)) {
    warnings.push(`Module "${name}" is ${describe(raw)}, not an object; skipped.`);
    return null;
  }
  if (!MODULE_NAME_OK.test(name))
    warnings.push(`Module name "${name.slice(0, 100)}" has characters or a length IoT Edge does not accept.`);
  const settingsKey = findKey(raw, 'settings', ['setting']);
  const settings =
    settingsKey !== null && isObject(raw[settingsKey.key]) ? (raw[settingsKey.key] as JsonObject) : null;
  if (settingsKey !== null && !settingsKey.exact)
    warnings.push(`Module "${name}" uses the key "${settingsKey.key}"; read as "settings".`);
  if (settings === null)
    warnings.push(`Module "${name}" has no settings object, so no image or createOptions.`);
  let image = asText(settings?.['image']) ?? '';
  if (image === '') warnings.push(`Module "${name}" has no image.`);
  if (image.length > LIMITS.imageLength) {
    warnings.push(
      `Module "${name}": image reference is longer than ${LIMITS.imageLength} characters; shortened.`,
    );
    image = image.slice(0, LIMITS.imageLength);
  }
  const placeholder = /^\$\{MODULES\.([^}]+)\}$/.exec(image.trim());
  const { form, options } =
    settings === null
      ? { form: 'absent' as const, options: null }
      : readCreateOptions(settings, `module "${name}"`, warnings);
  const memoryLimitBytes = readMemory(options, `Module "${name}"`, warnings);
  const guess = inferLanguage(image, name, placeholder?.[1] ?? null);
  const type = asText(raw['type']);
  if (type !== null && type.toLowerCase() !== 'docker')
    warnings.push(`Module "${name}" has type "${type}"; IoT Edge runs only "docker" modules.`);
  return {
    name,
    image,
    imagePlaceholder: placeholder?.[1] ?? null,
    language: LANGUAGES.includes(guess.language) ? guess.language : 'unknown',
    languageBasis: guess.basis,
    languageNote: guess.note,
    application: guess.application?.what ?? null,
    restartPolicy: asText(raw['restartPolicy']),
    status: asText(raw['status']),
    version: asText(raw['version']),
    createOptionsForm: form,
    memoryLimitBytes,
    memoryLimitMiB: memoryLimitBytes === null ? null : Math.ceil((memoryLimitBytes / 1_048_576) * 10) / 10,
    gpuHints: readGpuHints(options),
  };
}

/** Locate modulesContent: at the root, under `content` (az CLI / layered files), or a tolerated misspelling. */
function findModulesContent(
  root: JsonObject,
  warnings: string[],
): { ok: true; content: JsonObject } | { ok: false; error: string } {
  const tolerated = ['moduleContent', 'modulescontent', 'modules_content', 'modulesContents'];
  for (const [holder, label] of [
    [root, ''],
    [isObject(root['content']) ? root['content'] : null, 'content.'],
  ] as const) {
    if (holder === null) continue;
    const found = findKey(holder, 'modulesContent', tolerated);
    if (found === null) continue;
    const content = holder[found.key];
    if (!isObject(content))
      return {
        ok: false,
        error: `${label}${found.key} is ${describe(content)}; it must be an object holding $edgeAgent and $edgeHub.`,
      };
    if (!found.exact)
      warnings.push(
        `The manifest's top-level key is "${label}${found.key}"; IoT Edge expects "modulesContent" and would not deploy this file as written. It was read as "modulesContent": fix the key before you deploy.`,
      );
    return { ok: true, content };
  }
  if ('$edgeAgent' in root || '$edgeHub' in root) {
    warnings.push(
      'The file holds $edgeAgent/$edgeHub at its top level without the "modulesContent" wrapper; read anyway.',
    );
    return { ok: true, content: root };
  }
  const keys = Object.keys(root).slice(0, 8);
  return {
    ok: false,
    error:
      `No "modulesContent" found. A deployment manifest has modulesContent → $edgeAgent and $edgeHub at its top level` +
      (keys.length > 0
        ? `; this file's top-level keys are ${keys.map((k) => `"${k}"`).join(', ')}.`
        : '; this object is empty.'),
  };
}

/**
 * Parse the text of a deployment manifest. Accepts deployment.json, deployment.template.json (placeholders
 * such as `${MODULES.x}`, `$CONTAINER_REGISTRY_USERNAME_x` and `<Token>` are understood, not rejected; JSON
 * with comments is accepted with a warning) and layered deployments. Never throws.
 */
export function parseManifest(text: string): ManifestImportResult {
  try {
    return parseManifestUnsafe(text);
  } catch (error) {
    // Defence in depth: a bug here must not take the page down.
    return {
      ok: false,
      error: `The manifest could not be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

function parseManifestUnsafe(input: string): ManifestImportResult {
  if (typeof input !== 'string')
    return { ok: false, error: 'Nothing to read: expected the text of a JSON file.' };
  const text = input.replace(/^\uFEFF/, '');
  if (text.trim() === '')
    return { ok: false, error: 'The manifest is empty: paste or drop a deployment.json.' };
  if (text.length > MAX_MANIFEST_CHARS)
    return {
      ok: false,
      error: `The file is ${(text.length / 1e6).toFixed(1)} MB; a deployment manifest is a few KB. Is this the right file?`,
    };
  const tooDeep = jsonTooDeepAt(text);
  if (tooDeep !== null)
    return {
      ok: false,
      error: `The file nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep (at ${lineColumn(text, tooDeep)}); a deployment manifest nests about 10. It was not read.`,
    };
  const warnings: string[] = [];
  const parsed = parseJson(text, warnings);
  if (!parsed.ok) return parsed;
  const root = parsed.value;
  const nested = nestingError(root);
  if (nested !== null) return { ok: false, error: nested };
  if (!isObject(root))
    return {
      ok: false,
      error: `The file is valid JSON but ${describe(root)}, not a deployment manifest (an object with "modulesContent").`,
    };

  const located = findModulesContent(root, warnings);
  if (!located.ok) return located;
  const content = located.content;

  const agentKey = findKey(content, '$edgeAgent', ['edgeAgent', '$edgeagent']);
  const hubKey = findKey(content, '$edgeHub', ['edgeHub', '$edgehub']);
  if (agentKey === null && hubKey === null)
    return {
      ok: false,
      error: `modulesContent has neither $edgeAgent nor $edgeHub (found: ${
        Object.keys(content)
          .slice(0, 8)
          .map((k) => `"${k}"`)
          .join(', ') || 'nothing'
      }); there are no modules to size.`,
    };
  if (agentKey !== null && !agentKey.exact)
    warnings.push(
      `modulesContent uses "${agentKey.key}"; read as "$edgeAgent". IoT Edge expects "$edgeAgent".`,
    );
  if (hubKey !== null && !hubKey.exact)
    warnings.push(`modulesContent uses "${hubKey.key}"; read as "$edgeHub". IoT Edge expects "$edgeHub".`);

  const agentTwin = agentKey === null ? null : content[agentKey.key];
  if (agentKey !== null && !isObject(agentTwin))
    return {
      ok: false,
      error: `modulesContent.${agentKey.key} is ${describe(agentTwin)}; it must be an object.`,
    };
  const hubTwin = hubKey === null ? null : content[hubKey.key];
  if (hubKey !== null && !isObject(hubTwin))
    return {
      ok: false,
      error: `modulesContent.${hubKey.key} is ${describe(hubTwin)}; it must be an object.`,
    };

  const agent = isObject(agentTwin) ? desiredOf(agentTwin, '$edgeAgent', warnings) : null;
  const hub = isObject(hubTwin) ? desiredOf(hubTwin, '$edgeHub', warnings) : null;
  const layered = (agent?.layered ?? false) || (hub?.layered ?? false);
  if (agent !== null && !agent.full && !agent.layered)
    return {
      ok: false,
      error: '$edgeAgent has no "properties.desired" (nor layered "properties.desired.modules.<name>" keys).',
    };

  const agentDesired = agent?.desired ?? {};
  const hubDesired = hub?.desired ?? {};

  // Modules.
  const modulesRaw = agentDesired['modules'];
  const moduleEntries: [string, Json][] = [];
  if (modulesRaw === undefined) {
    if (!layered) warnings.push('$edgeAgent declares no custom modules (no "modules" section).');
  } else if (!isObject(modulesRaw)) {
    return {
      ok: false,
      error: `$edgeAgent → properties.desired → modules is ${describe(modulesRaw)}; it must be an object of modules.`,
    };
  } else moduleEntries.push(...Object.entries(modulesRaw));
  if (moduleEntries.length > LIMITS.modules.max) {
    warnings.push(
      `The manifest has ${moduleEntries.length} modules; only the first ${LIMITS.modules.max} were read.`,
    );
    moduleEntries.length = LIMITS.modules.max;
  }
  const read = moduleEntries
    .map(([name, raw]) => readModule(name, raw, warnings))
    .filter((m): m is Omit<ImportedModule, 'sendsUpstream'> => m !== null);
  const names = read.map((m) => m.name);

  // System modules (absent by design in a layered deployment: they come from the base deployment).
  const systemRaw = agentDesired['systemModules'];
  const systemModules = isObject(systemRaw) ? systemRaw : null;
  if (systemRaw !== undefined && systemModules === null)
    warnings.push(`$edgeAgent systemModules is ${describe(systemRaw)}, not an object; ignored.`);
  if (systemModules === null && !layered && agent !== null)
    warnings.push('$edgeAgent has no systemModules (edgeAgent, edgeHub); a full deployment needs them.');
  const edgeAgent = readSystemModule(systemModules, 'edgeAgent', warnings);
  const edgeHub = readSystemModule(systemModules, 'edgeHub', warnings);
  const hubEnv = edgeHub?.env ?? {};
  const optimizeForPerformance = asBoolean(hubEnv['OptimizeForPerformance']);
  if (hubEnv['OptimizeForPerformance'] !== undefined && optimizeForPerformance === null)
    warnings.push(
      `edgeHub OptimizeForPerformance is "${hubEnv['OptimizeForPerformance']}", not true or false.`,
    );

  // Routes.
  const routesRaw = hubDesired['routes'];
  const routes: ImportedRoute[] = [];
  if (isObject(routesRaw)) {
    for (const [name, raw] of Object.entries(routesRaw)) {
      const route = parseRoute(name, raw, names, warnings);
      if (route !== null) routes.push(route);
    }
  } else if (routesRaw !== undefined)
    warnings.push(`$edgeHub routes is ${describe(routesRaw)}, not an object; ignored.`);
  else if (!layered && hub !== null) warnings.push('$edgeHub declares no routes.');
  if (hub === null && !layered)
    warnings.push('modulesContent has no $edgeHub: routes and store-and-forward are unknown.');
  const upstream = routes.filter((r) => r.toUpstream);
  if (routes.length > 0 && upstream.length > 0 && !upstream.some((r) => r.sourceDeployed))
    warnings.push(
      'No deployed module reaches $upstream: every route to $upstream reads from a module that is not in this manifest.',
    );

  // Store and forward.
  let timeToLiveSecs: number | null = null;
  const saf = hubDesired['storeAndForwardConfiguration'];
  if (isObject(saf) && 'timeToLiveSecs' in saf) {
    const ttl = saf['timeToLiveSecs'];
    const n =
      typeof ttl === 'number' ? ttl : typeof ttl === 'string' && /^\s*\d+\s*$/.test(ttl) ? Number(ttl) : NaN;
    if (Number.isFinite(n) && n >= 0) timeToLiveSecs = n;
    else
      warnings.push(
        `storeAndForwardConfiguration.timeToLiveSecs is ${describe(ttl)} "${String(ttl).slice(0, 40)}", not a number of seconds; ignored.`,
      );
  }

  const placeholders = new Set<string>();
  collectPlaceholders(root, placeholders);

  const schemaTemplate = asText(root['$schema-template']);
  const kind: ManifestKind =
    layered && !(agent?.full ?? false)
      ? 'layered'
      : schemaTemplate !== null || [...placeholders].some((p) => p.startsWith('${'))
        ? 'template'
        : 'deployment';

  const modules: ImportedModule[] = read.map((m) => ({
    ...m,
    sendsUpstream: upstream.some((r) => r.sourceModule === '*' || r.sourceModule === m.name),
  }));
  if (modules.length === 0 && (agent !== null || layered))
    warnings.push('No custom modules were found: the wizard keeps its module questions for you to answer.');
  warnings.push(...deploymentLimitWarnings(modules, agentDesired, content));

  return {
    ok: true,
    warnings: groupStringMemory(warnings),
    document: root,
    manifest: {
      kind,
      schemaTemplate,
      schemaVersion: {
        edgeAgent: asText(agentDesired['schemaVersion']),
        edgeHub: asText(hubDesired['schemaVersion']),
      },
      modules,
      edgeAgent,
      edgeHub,
      optimizeForPerformance,
      protocolHeads: {
        amqp: asBoolean(hubEnv['amqpSettings__enabled']),
        mqtt: asBoolean(hubEnv['mqttSettings__enabled']),
        http: asBoolean(hubEnv['httpSettings__enabled']),
      },
      timeToLiveSecs,
      routes,
      upstreamRoutes: upstream.map((r) => r.name),
      placeholders: [...placeholders].sort(),
      moduleTwins: Object.keys(content).filter(
        (k) => !k.startsWith('$') && k !== agentKey?.key && k !== hubKey?.key,
      ),
    },
  };
}
