/**
 * Size an IoT Edge deployment manifest from the command line.
 *
 *   npm run estimate -- --manifest deployment.json            # via scripts/estimate.ts
 *   npx tsx scripts/estimate-manifest.ts deployment.json      # directly
 *
 * Reads the manifest (deployment.json, deployment.template.json or a layered deployment), maps it onto the
 * wizard's default answers (or an answers file given with --answers), and prints the estimate as JSON on
 * stdout; what the manifest left open (languages, offline hours, …) goes to stderr as "note:" lines.
 * --emit manifest prints the tuned deployment manifest instead (for --device, or the recommended device).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DEFAULT_ANSWERS, parseAnswers, type Answers } from '../src/domain/answers.ts';
import { estimate } from '../src/domain/estimate.ts';
import { buildManifest, manifestToJson } from '../src/domain/manifest/export.ts';
import { manifestToAnswers, parseManifest, type JsonObject } from '../src/domain/manifest/import.ts';
import type { Estimate } from '../src/domain/types.ts';

export const MANIFEST_HELP = `Usage: npm run estimate -- --manifest <deployment.json | -> [options]

Size the IoT Edge device for a deployment manifest: its custom modules (name, image, language where
it can be shown, memory limits), edgeHub's timeToLiveSecs (offline hours) and GPU requests are mapped
onto the wizard's answers, and the estimate is printed as JSON. Notes on what the manifest leaves open
go to standard error.

Options:
  --answers <file>        Start from these answers instead of the defaults (full answers JSON).
  --emit estimate         Print the estimate (default).
  --emit answers          Print the answers the manifest was mapped to.
  --emit manifest         Print the manifest tuned (memory limits, edgeHub, TTL, log rotation); every other
                          setting of the file is kept.
  --device <id>           Device to tune the manifest for (default: the recommended one).
  -h, --help              Show this help.

Exit codes: 0 printed; 1 bad arguments, unreadable file, or a manifest that cannot be read.`;

export interface ManifestSizing {
  answers: Answers;
  estimate: Estimate;
  warnings: string[];
  questions: string[];
  /** The parsed manifest file, which --emit manifest tunes. */
  document: JsonObject;
}

/** Parse a manifest and size it on top of `base`. Never throws. */
export function sizeManifest(
  text: string,
  base: Answers = DEFAULT_ANSWERS,
): { ok: true; sizing: ManifestSizing } | { ok: false; error: string } {
  const imported = parseManifest(text);
  if (!imported.ok) return imported;
  const { answers, questions } = manifestToAnswers(imported.manifest, base);
  return {
    ok: true,
    sizing: {
      answers,
      estimate: estimate(answers),
      warnings: imported.warnings,
      questions,
      document: imported.document,
    },
  };
}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => string;
}

const NODE_IO: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
};

/** Run the manifest CLI on `argv` (without the node/script prefix). Returns the exit code. */
export function runManifestCli(argv: readonly string[], io: Io = NODE_IO): number {
  let manifestPath: string | null = null;
  let answersPath: string | null = null;
  let emit: 'estimate' | 'answers' | 'manifest' = 'estimate';
  let device: string | null = null;
  const fail = (message: string) => {
    io.stderr(`error: ${message}\n`);
    return 1;
  };
  if (argv.includes('-h') || argv.includes('--help')) {
    io.stdout(`${MANIFEST_HELP}\n`);
    return 0;
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = () => {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) return undefined;
      i++;
      return next;
    };
    if (arg === '--manifest' || arg === '--answers' || arg === '--device') {
      const v = value();
      if (v === undefined) return fail(`${arg} needs a value\n\n${MANIFEST_HELP}`);
      if (arg === '--manifest') manifestPath = v;
      else if (arg === '--answers') answersPath = v;
      else device = v;
    } else if (arg === '--emit') {
      const v = value();
      if (v !== 'estimate' && v !== 'answers' && v !== 'manifest')
        return fail(`--emit takes estimate, answers or manifest, not ${v ?? 'nothing'}`);
      emit = v;
    } else if (!arg.startsWith('-') || arg === '-') {
      if (manifestPath !== null) return fail(`one manifest at a time (got ${manifestPath} and ${arg})`);
      manifestPath = arg;
    } else return fail(`unknown option ${arg}\n\n${MANIFEST_HELP}`);
  }
  if (manifestPath === null) return fail(`no manifest given\n\n${MANIFEST_HELP}`);

  const read = (path: string): string | null => {
    try {
      return io.readFile(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      io.stderr(
        `error: ${code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${(error as Error).message}`}\n`,
      );
      return null;
    }
  };

  let base = DEFAULT_ANSWERS;
  if (answersPath !== null) {
    const text = read(answersPath);
    if (text === null) return 1;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return fail(`${answersPath} is not valid JSON: ${(error as Error).message}`);
    }
    const parsed = parseAnswers(json);
    if (!parsed.ok)
      return fail(
        [`invalid answers in ${answersPath}:`, ...parsed.issues.map((i) => `  ${i.path}: ${i.message}`)].join(
          '\n',
        ),
      );
    base = parsed.answers;
  }

  const text = read(manifestPath);
  if (text === null) return 1;
  const result = sizeManifest(text, base);
  if (!result.ok) return fail(`${manifestPath}: ${result.error}`);
  const { sizing } = result;
  for (const w of sizing.warnings) io.stderr(`warning: ${w}\n`);
  for (const q of sizing.questions) io.stderr(`note: ${q}\n`);

  if (emit === 'answers') io.stdout(`${JSON.stringify(sizing.answers, null, 2)}\n`);
  else if (emit === 'manifest') {
    const exported = buildManifest(sizing.answers, sizing.estimate, device, undefined, {
      base: sizing.document,
    });
    if (device !== null && exported.device === null) return fail(`unknown device ${device}`);
    for (const f of exported.findings) io.stderr(`${f.severity}: ${f.title}. ${f.message}\n`);
    for (const r of exported.renamed) io.stderr(`note: module "${r.from}" exported as "${r.to}"\n`);
    if (exported.leftOut.length > 0)
      io.stderr(
        `note: ${exported.leftOut.length} module(s) of the manifest were not sized and are left out of the export\n`,
      );
    io.stdout(manifestToJson(exported));
  } else io.stdout(`${JSON.stringify(sizing.estimate, null, 2)}\n`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = runManifestCli(process.argv.slice(2));
