/**
 * `npm run bench`: Edge Sizer's performance budgets, measured (see docs/performance.md).
 *
 *   npm run bench                      build into dist-bench, measure everything, Lighthouse 5 runs (the median
 *                                      is reported: Lighthouse's docs/variability.md, "Run Lighthouse multiple times")
 *   npm run bench -- --skip-lighthouse everything but Lighthouse (about 10 s)
 *   npm run bench -- --lighthouse-runs 9
 *   npm run bench -- --strict          exit 1 when a figure misses its goal
 *   npm run bench -- --skip-browser    without the figures measured in a real browser (JavaScript loaded,
 *                                      typing at 200 modules)
 *   npm run bench -- --busy            Lighthouse and the model's timings also under load: the same runs again
 *                                      while two CPU burners spin (busy figures printed next to the quiet ones)
 *   BENCH_PORT=4415 npm run bench      another port for vite preview than 4174 (worktrees side by side)
 *
 * Prints a table (figure, value, goal, pass/miss, change since the last run) and writes
 * bench-results/bench.json; the previous bench.json is the baseline of the "change" column. A figure whose
 * code has not landed yet, or that fails to measure, prints "n/a (reason)" instead of stopping the bench.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { build as esbuild } from 'esbuild';
import { build, preview } from 'vite';
import {
  median,
  scenarioVariant,
  type ModelTimings,
  type RepeatTimings,
  type TimingMode,
} from './model-timing.ts';
import {
  BUSY_BURNERS,
  LIGHTHOUSE_PORT,
  runLighthouse,
  startBurners,
  stopBurners,
  type LighthouseResult,
} from './lighthouse.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const OUT_DIR = 'dist-bench';
const RESULTS_DIR = resolve(ROOT, 'bench-results');
const RESULTS_FILE = resolve(RESULTS_DIR, 'bench.json');
/** The origin a share link is measured with: a typical static host (41 characters with the path). */
export const SHARE_ORIGIN = 'https://contoso.github.io/edge-sizer/';

// ---------------------------------------------------------------------------------------------------------
// Figures

export interface Figure {
  id: string;
  label: string;
  /** null: not measured; `note` says why. */
  value: number | null;
  unit: string;
  /** Human-readable goal with its unit, e.g. "≤ 100 kB". Empty: reported for information. */
  goal: string;
  /** true = meets the goal, false = misses it, null = no goal or not measured. */
  pass: boolean | null;
  note?: string;
  /** Which direction is better, for the change column. */
  better?: 'lower' | 'higher';
}

export interface BenchResults {
  generatedAt: string;
  commit: string | null;
  node: string;
  cpus: number;
  figures: Figure[];
  /** Approximate gzip kB of the first view's JavaScript by npm package / src folder, largest first. */
  firstViewBreakdown?: Record<string, number>;
}

const na = (id: string, label: string, unit: string, goal: string, reason: string): Figure => ({
  id,
  label,
  value: null,
  unit,
  goal,
  pass: null,
  note: `n/a (${reason})`,
});

const reason = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 160) ?? 'error';

// ---------------------------------------------------------------------------------------------------------
// 1. Bundle: what the first view loads, and what stays lazy

interface ChunkInfo {
  fileName: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  moduleIds: string[];
  /** Rendered (pre-minification) code of each module, for the attribution below. */
  moduleCode: Record<string, string>;
}

const kB = (bytes: number) => Math.round(bytes / 10) / 100; // 1 kB = 1000 B, two decimals
/** gzip at level 9, as a static host would serve it (Vite's own report uses the same zlib). */
const gzipBytes = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

async function buildForBench(): Promise<ChunkInfo[]> {
  const result = await build({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: OUT_DIR, emptyOutDir: true },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunks: ChunkInfo[] = [];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    for (const item of output.output) {
      if (item.type !== 'chunk') continue;
      chunks.push({
        fileName: item.fileName,
        isEntry: item.isEntry,
        isDynamicEntry: item.isDynamicEntry,
        imports: [...item.imports],
        dynamicImports: [...item.dynamicImports],
        moduleIds: [...(item.moduleIds ?? Object.keys(item.modules))],
        moduleCode: Object.fromEntries(
          Object.entries(item.modules).map(([id, module]) => [id, module.code ?? '']),
        ),
      });
    }
  }
  return chunks;
}

/** Script, modulepreload and stylesheet (linked or preloaded as a style) URLs that index.html loads eagerly. */
export function eagerAssets(html: string): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
    if (/^<script/i.test(tag)) {
      const src = attr('src');
      if (src && attr('type') === 'module') scripts.add(src);
    } else {
      const rel = attr('rel')?.toLowerCase();
      const href = attr('href');
      if (!href) continue;
      if (rel === 'modulepreload') scripts.add(href);
      // The entry's stylesheet is preloaded and applied by main.tsx before the first render (vite.config.ts).
      if (rel === 'stylesheet' || (rel === 'preload' && attr('as') === 'style')) styles.add(href);
    }
  }
  const clean = (url: string) => url.replace(/^\.?\//, '');
  return { scripts: [...scripts].map(clean), styles: [...styles].map(clean) };
}

/** The eager scripts plus everything they import statically (transitively): the first view's JavaScript. */
export function firstViewChunks(eager: string[], chunks: readonly ChunkInfo[]): Set<string> {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const seen = new Set<string>();
  const queue = [...eager];
  while (queue.length > 0) {
    const name = queue.pop();
    if (name === undefined || seen.has(name)) continue;
    seen.add(name);
    queue.push(...(byName.get(name)?.imports ?? []));
  }
  return seen;
}

/** Where a module comes from: its npm package, or its folder under src/ (two levels). */
export function moduleGroup(id: string): string {
  const path = id.replaceAll('\\', '/').replace(/^\0/, '');
  const pkg = /\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg?.[1]) return pkg[1];
  const src = /\/src\/([^/]+)(?:\/([^/]+)\/)?/.exec(path);
  if (src?.[1]) return src[2] ? `src/${src[1]}/${src[2]}` : `src/${src[1]}`;
  return path.startsWith('vite/') || path.includes('vite') ? 'vite runtime' : 'other';
}

/**
 * Approximate gzip share of each package / src folder in a set of chunks: each group's rendered code is
 * gzipped on its own, and the shares are scaled so they add up to the chunks' real gzip size. Good enough to
 * see what to lazy-load next.
 */
export function attribute(
  chunks: readonly ChunkInfo[],
  gzipOf: (fileName: string) => number,
): Record<string, number> {
  const code: Record<string, string> = {};
  let realTotal = 0;
  for (const chunk of chunks) {
    realTotal += gzipOf(chunk.fileName);
    for (const [id, text] of Object.entries(chunk.moduleCode)) {
      const group = moduleGroup(id);
      code[group] = (code[group] ?? '') + text;
    }
  }
  const raw = Object.entries(code).map(
    ([group, text]) => [group, gzipSync(text, { level: 9 }).length] as const,
  );
  const rawTotal = raw.reduce((sum, [, bytes]) => sum + bytes, 0) || 1;
  return Object.fromEntries(
    raw
      .map(([group, bytes]) => [group, kB((bytes * realTotal) / rawTotal)] as const)
      .filter(([, size]) => size >= 0.05)
      .sort((x, y) => y[1] - x[1]),
  );
}

function bundleFigures(chunks: readonly ChunkInfo[]): {
  figures: Figure[];
  firstViewBreakdown: Record<string, number>;
} {
  const dist = resolve(ROOT, OUT_DIR);
  const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
  const eager = eagerAssets(html);
  const firstView = firstViewChunks(eager.scripts, chunks);
  const sizeOf = (names: Iterable<string>) => {
    let total = 0;
    for (const name of names) total += gzipBytes(resolve(dist, name));
    return total;
  };
  const allJs = chunks.map((chunk) => chunk.fileName);
  const containing = (pattern: RegExp) =>
    chunks.filter((chunk) => chunk.moduleIds.some((id) => pattern.test(id.replaceAll('\\', '/'))));
  const lazyFigure = (id: string, label: string, pattern: RegExp, missing: string): Figure => {
    const found = containing(pattern);
    if (found.length === 0) return na(id, label, 'kB', 'not in first view', missing);
    const eagerOnes = found.filter((chunk) => firstView.has(chunk.fileName));
    return {
      id,
      label,
      value: kB(sizeOf(found.map((chunk) => chunk.fileName))),
      unit: 'kB',
      goal: 'not in first view',
      pass: eagerOnes.length === 0,
      note:
        eagerOnes.length === 0
          ? `outside the first view (${found.length} chunk${found.length > 1 ? 's' : ''})`
          : `IN the first view: ${eagerOnes.map((chunk) => chunk.fileName).join(', ')}`,
      better: 'lower',
    };
  };
  const firstViewKb = kB(sizeOf(firstView));
  const firstViewBreakdown = attribute(
    chunks.filter((chunk) => firstView.has(chunk.fileName)),
    (name) => gzipBytes(resolve(dist, name)),
  );
  const sw = ['sw.js', ...readdirNames(dist).filter((name) => /^workbox-.*\.js$/.test(name))];
  const figures: Figure[] = [
    {
      id: 'firstViewJsGzip',
      label: 'First-view JavaScript (gzip)',
      value: firstViewKb,
      unit: 'kB',
      goal: '≤ 100 kB',
      pass: firstViewKb <= 100,
      note: `${firstView.size} file${firstView.size > 1 ? 's' : ''}: ${[...firstView].join(', ')}`,
      better: 'lower',
    },
    {
      id: 'firstViewCssGzip',
      label: 'First-view CSS (gzip)',
      value: kB(sizeOf(eager.styles)),
      unit: 'kB',
      goal: '',
      pass: null,
      better: 'lower',
    },
    lazyFigure(
      'rechartsGzip',
      'Charts: recharts chunk(s) (gzip)',
      /\/node_modules\/recharts\//,
      'no recharts',
    ),
    lazyFigure(
      'reportGzip',
      'Report chunk(s) (gzip)',
      /\/src\/features\/report\//,
      'src/features/report not in the build yet',
    ),
    {
      id: 'totalJsGzip',
      label: 'All app JavaScript (gzip)',
      value: kB(sizeOf(allJs)),
      unit: 'kB',
      goal: '',
      pass: null,
      note: `${allJs.length} chunks, precached for offline`,
      better: 'lower',
    },
    {
      id: 'serviceWorkerGzip',
      label: 'Service worker + Workbox (gzip)',
      value: existsSync(resolve(dist, 'sw.js')) ? kB(sizeOf(sw)) : null,
      unit: 'kB',
      goal: '',
      pass: null,
      note: existsSync(resolve(dist, 'sw.js'))
        ? 'loaded after the page, off the critical path'
        : 'n/a (no sw.js)',
      better: 'lower',
    },
  ];
  return { figures, firstViewBreakdown };
}

function readdirNames(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

// ---------------------------------------------------------------------------------------------------------
// 2. Scenarios
//
// src/ is imported at run time by path (tsx compiles it): the scripts' tsconfig project does not include src/,
// and a figure whose module has not landed yet must print n/a rather than break the type check.

/** The slice of src/domain/answers.ts the bench uses. */
interface AnswersModule {
  DEFAULT_ANSWERS: Answers;
  DEFAULT_MODULE: Record<string, unknown>;
  parseAnswers(input: unknown): { ok: true; answers: Answers } | { ok: false; issues: unknown[] };
}
/** Answers as far as the bench builds them; the schema (parseAnswers) checks the whole object. */
interface Answers {
  platform: Record<string, unknown>;
  performance: Record<string, unknown>;
  [section: string]: unknown;
}

const LANGUAGE_CYCLE = ['dotnet', 'python', 'node', 'c', 'java', 'rust-go'] as const;
const MODULE_KINDS = [
  ['opc-publisher', 'mcr.microsoft.com/iotedge/opc-publisher:2.9.11'],
  ['modbus-adapter', 'contoso.azurecr.io/edge/modbus-adapter:1.4.2'],
  ['telemetry-filter', 'contoso.azurecr.io/edge/telemetry-filter:3.0.0'],
  ['anomaly-detector', 'contoso.azurecr.io/ml/anomaly-detector:0.9.1'],
  ['sql-edge-sink', 'mcr.microsoft.com/azure-sql-edge:2.0.0'],
  ['mqtt-bridge', 'contoso.azurecr.io/edge/mqtt-bridge:2.2.0'],
] as const;

async function importIfPresent(relativePath: string): Promise<Record<string, unknown> | null> {
  const path = resolve(ROOT, relativePath);
  if (!existsSync(path)) return null;
  return (await import(pathToFileURL(path).href)) as Record<string, unknown>;
}

/**
 * A valid Answers with `count` listed modules: realistic names and image references (they are what makes a
 * share link long), mixed languages, some known image sizes, rates and memory limits. Checked by the schema.
 */
export async function scenarioAnswers(count: number): Promise<Answers> {
  const domain = (await importIfPresent('src/domain/answers.ts')) as AnswersModule | null;
  if (!domain) throw new Error('src/domain/answers.ts is missing');
  const { DEFAULT_ANSWERS, DEFAULT_MODULE, parseAnswers } = domain;
  const modules = Array.from({ length: count }, (_, i) => {
    const [name, image] = MODULE_KINDS[i % MODULE_KINDS.length] ?? MODULE_KINDS[0];
    return {
      ...DEFAULT_MODULE,
      name: `${name}-${Math.floor(i / MODULE_KINDS.length) + 1}`,
      language: LANGUAGE_CYCLE[i % LANGUAGE_CYCLE.length] ?? 'unknown',
      image,
      imageSizeMb: i % 3 === 0 ? 120 + 10 * (i % 7) : null,
      messagesPerSecond: i % 2 === 0 ? 5 + (i % 11) : null,
      memoryLimitMb: i % 4 === 0 ? 256 : null,
    };
  });
  const answers: Answers = {
    ...structuredClone(DEFAULT_ANSWERS),
    scenarioName: `Factory gateway, ${count} modules`,
    workload: {
      mode: 'list',
      moduleCount: count,
      defaultLanguage: 'dotnet',
      modules,
      layerSharing: 'by-language',
    },
    data: {
      // Every data answer the bench does not set keeps its default (the gateway's: not a gateway).
      ...(DEFAULT_ANSWERS.data as Record<string, unknown>),
      messagesPerSecondAvg: 200,
      messagesPerSecondPeak: 800,
      messageSizeKb: 2,
      processing: 'moderate',
      upstreamPercent: 40,
    },
    performance: { ...DEFAULT_ANSWERS.performance, headroomPercent: 30, offlineHours: 24 },
    platform: { ...DEFAULT_ANSWERS.platform, architecture: 'amd64', hostOs: 'ubuntu-24.04' },
  };
  const parsed = parseAnswers(answers);
  if (!parsed.ok) throw new Error(`bench scenario is invalid: ${JSON.stringify(parsed.issues)}`);
  return parsed.answers;
}

// ---------------------------------------------------------------------------------------------------------
// 3. Model speed

// The estimate's timing and its helpers live in model-timing.ts (bundled and run in a child process).
export { freshScenarios, median } from './model-timing.ts';

type EstimateFn = (answers: Answers, catalog?: readonly unknown[]) => unknown;

/** The estimate's goal (issue 18): 100 modules against the whole catalog, median of the repeated scenario. */
export const ESTIMATE_GOAL_MS = 0.5;
/** The first estimate of a new scenario (docs/performance.md says why 2 ms). */
export const COLD_ESTIMATE_GOAL_MS = 2;

/**
 * Bundle scripts/model-timing.ts (with the model) the way the production build bundles the model: one file,
 * minified, ES2022. Returns the bundle's path.
 */
async function bundleModelTiming(): Promise<string> {
  const outfile = resolve(RESULTS_DIR, 'model-timing.mjs');
  mkdirSync(RESULTS_DIR, { recursive: true });
  await esbuild({
    stdin: {
      contents: "import { main } from './scripts/model-timing.ts';\nmain(process.argv);\n",
      resolveDir: ROOT,
      sourcefile: 'model-timing-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

/** The bundle, made once per bench run (the three rows share it; each runs it in its own fresh process). */
let bundled: Promise<string> | null = null;

/** Run the bundled model timing in a fresh node process for the 100-module scenario; its JSON output. */
async function runModelTiming<T>(mode: TimingMode): Promise<T> {
  bundled ??= bundleModelTiming();
  const bundle = await bundled;
  const answersFile = resolve(RESULTS_DIR, 'model-timing-answers.json');
  writeFileSync(answersFile, JSON.stringify(await scenarioAnswers(100)));
  return JSON.parse(
    execFileSync(process.execPath, [bundle, mode, answersFile], {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    }),
  ) as T;
}

/** Where the model's timings run, for the rows' notes. */
const BUNDLED_NOTE = 'the model bundled (esbuild, minified) in a fresh node process';

export async function modelFigures(): Promise<Figure[]> {
  const label = 'Estimate, 100 modules × whole catalog (median)';
  const goal = `≤ ${ESTIMATE_GOAL_MS} ms`;
  try {
    if (!existsSync(resolve(ROOT, 'src/domain/estimate.ts'))) {
      return [na('estimateMedianMs', label, 'ms', goal, 'src/domain/estimate.ts has no estimate() yet')];
    }
    // The model runs bundled, in a fresh node process (scripts/model-timing.ts says why).
    const timings = await runModelTiming<ModelTimings>('estimate');
    const { samples, coldSamples, warmRuns } = timings;
    const medianMs = median(samples);
    const sorted = [...samples].sort((a, b) => a - b);
    const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? NaN;
    const round = (ms: number) => Math.round(ms * 1000) / 1000;
    const catalogNote = `${timings.devices} devices`;
    const coldMedian = median(coldSamples);
    const coldSorted = [...coldSamples].sort((a, b) => a - b);
    const coldP95 = coldSorted[Math.floor(coldSorted.length * 0.95)] ?? NaN;
    return [
      {
        id: 'estimateMedianMs',
        label,
        value: round(medianMs),
        unit: 'ms',
        goal,
        pass: medianMs <= ESTIMATE_GOAL_MS,
        note: `${samples.length} runs of one scenario after ${warmRuns} warm-up, ${catalogNote}; ${BUNDLED_NOTE}`,
        better: 'lower',
      },
      {
        id: 'estimateP95Ms',
        label: 'Estimate, 100 modules (95th percentile)',
        value: round(p95),
        unit: 'ms',
        goal: '',
        pass: null,
        better: 'lower',
      },
      {
        id: 'estimateColdMedianMs',
        label: 'Estimate, first of a new scenario, 100 modules × whole catalog (median)',
        value: round(coldMedian),
        unit: 'ms',
        goal: `≤ ${COLD_ESTIMATE_GOAL_MS} ms`,
        pass: coldMedian <= COLD_ESTIMATE_GOAL_MS,
        note: `${coldSamples.length} fresh scenarios (new module names, one run each, JIT warm), ${catalogNote}; 95th percentile ${round(coldP95)} ms`,
        better: 'lower',
      },
    ];
  } catch (error) {
    return [na('estimateMedianMs', label, 'ms', goal, reason(error))];
  }
}

/**
 * `--busy`: the model's three timings again while BUSY_BURNERS CPU burners spin (as Lighthouse's busy runs), so
 * every timing has a quiet and a busy figure (issue 18). For information: the goals are the quiet figures'.
 */
export async function busyModelFigures(): Promise<Figure[]> {
  const rows: [TimingMode, string, string][] = [
    ['estimate', 'estimateMedianMsBusy', 'Estimate, 100 modules × whole catalog (median), busy'],
    ['topology', 'topologyMedianMsBusy', 'Topology estimate, 5 layers × 100 devices, median ms, busy'],
    ['compare', 'compareMedianMsBusy', 'Comparison of 3 scenarios with fleets, median ms, busy'],
  ];
  const burners = startBurners(BUSY_BURNERS);
  try {
    const figures: Figure[] = [];
    for (const [mode, id, label] of rows) {
      try {
        const { samples } = await runModelTiming<{ samples: number[] }>(mode);
        figures.push({
          id,
          label: `${label} (${BUSY_BURNERS} CPU burners)`,
          value: Math.round(median(samples) * 1000) / 1000,
          unit: 'ms',
          goal: '',
          pass: null,
          note: `${samples.length} runs, as the quiet row, while ${BUSY_BURNERS} burners spin (one per core of the CI box)`,
          better: 'lower',
        });
      } catch (error) {
        figures.push(na(id, label, 'ms', '', reason(error)));
      }
    }
    return figures;
  } finally {
    stopBurners(burners);
  }
}

/**
 * The fleet roll-up (src/domain/fleet/fleet.ts) for 10,000 devices (100 sites × 100) of the 100-module scenario,
 * from its estimate: arithmetic, so it should cost microseconds whatever the fleet's size.
 */
export async function fleetFigures(): Promise<Figure[]> {
  const label = 'Fleet roll-up, 10,000 devices (median)';
  const goal = '< 1 ms';
  try {
    const fleetModule = await importIfPresent('src/domain/fleet/fleet.ts');
    const estimateModule = await importIfPresent('src/domain/estimate.ts');
    const catalogModule = await importIfPresent('src/domain/catalog/devices.ts');
    const fleetPlan = fleetModule?.fleetPlan;
    const fleetInputOf = fleetModule?.fleetInputOf;
    const estimate = estimateModule?.estimate;
    if (
      typeof fleetPlan !== 'function' ||
      typeof fleetInputOf !== 'function' ||
      typeof estimate !== 'function'
    )
      return [na('fleetMedianMs', label, 'ms', goal, 'src/domain/fleet/fleet.ts has no fleetPlan() yet')];
    const base = await scenarioAnswers(100);
    const answers: Answers = {
      ...base,
      budget: {
        ...(base['budget'] as Record<string, unknown>),
        planFleet: true,
        sites: 100,
        devicesPerSite: 100,
        energyUsdPerKwh: 0.2,
        dataUsdPerGb: 2,
      },
    };
    const catalog = catalogModule?.DEVICES as readonly unknown[];
    const est = (estimate as EstimateFn)(answers, catalog);
    const input = (fleetInputOf as (a: Answers, e: unknown, c: readonly unknown[]) => unknown)(
      answers,
      est,
      catalog,
    );
    const once = fleetPlan as (input: unknown) => unknown;
    for (let i = 0; i < 2_000; i += 1) once(input);
    const samples: number[] = [];
    for (let i = 0; i < 2_000; i += 1) {
      const start = process.hrtime.bigint();
      once(input);
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    const medianMs = median(samples);
    return [
      {
        id: 'fleetMedianMs',
        label,
        value: Math.round(medianMs * 1000) / 1000,
        unit: 'ms',
        goal,
        pass: medianMs < 1,
        note: `${samples.length} runs after 2,000 warm-up; the estimate is made once, outside the timing`,
        better: 'lower',
      },
    ];
  } catch (error) {
    return [na('fleetMedianMs', label, 'ms', goal, reason(error))];
  }
}

/**
 * The layered topology (src/domain/topology/topology.ts) at its deepest: 5 layers, 100 devices per parent, every
 * layer the 100-module scenario against the whole catalog, with the registry on the top layer. The view sizes the
 * whole topology again on each edit, so it must stay well inside a frame (docs/performance.md).
 */
export async function topologyFigures(): Promise<Figure[]> {
  const label = 'Topology estimate, 5 layers × 100 devices, median ms';
  const goal = '≤ 8 ms';
  try {
    const topologyModule = await importIfPresent('src/domain/topology/topology.ts');
    const estimateTopology = topologyModule?.estimateTopology;
    if (typeof estimateTopology !== 'function')
      return [
        na(
          'topologyMedianMs',
          label,
          'ms',
          goal,
          'src/domain/topology/topology.ts has no estimateTopology()',
        ),
      ];
    // Bundled, in a fresh node process, as the estimate rows (scripts/model-timing.ts).
    const { samples, warmRuns } = await runModelTiming<RepeatTimings>('topology');
    const medianMs = median(samples);
    return [
      {
        id: 'topologyMedianMs',
        label,
        value: Math.round(medianMs * 1000) / 1000,
        unit: 'ms',
        goal,
        pass: medianMs <= 8,
        note: `${samples.length} runs after ${warmRuns} warm-up, each on fresh copies of the answers; 5 layers of the 100-module scenario, 100 devices per parent, registry on; ${BUNDLED_NOTE}`,
        better: 'lower',
      },
    ];
  } catch (error) {
    return [na('topologyMedianMs', label, 'ms', goal, reason(error))];
  }
}

/**
 * Scenarios side by side (src/domain/compare): the compare link's length for 3 scenarios of 10 modules each (the
 * issue's aim: under 2,000 characters), and the comparison of 3 scenarios of the 100-module scenario, each with a
 * fleet of 10,000 devices: the view compares again on each edit of the current scenario, so it must stay well
 * inside a frame (docs/performance.md).
 */
export async function compareFigures(): Promise<Figure[]> {
  const linkLabel = 'Compare link, 3 scenarios × 10 modules (characters)';
  const linkGoal = '< 2,000';
  const timeLabel = 'Comparison of 3 scenarios with fleets, median ms';
  const timeGoal = '≤ 8 ms';
  try {
    const compareModule = await importIfPresent('src/domain/compare/compare.ts');
    const linkModule = await importIfPresent('src/domain/compare/compare-link.ts');
    const compareScenarios = compareModule?.compareScenarios;
    const encodeComparison = linkModule?.encodeComparison;
    if (typeof compareScenarios !== 'function' || typeof encodeComparison !== 'function')
      return [
        na('compareLinkChars', linkLabel, 'chars', linkGoal, 'src/domain/compare has no comparison yet'),
        na('compareMedianMs', timeLabel, 'ms', timeGoal, 'src/domain/compare has no comparison yet'),
      ];
    // The same variants as the timed comparison (scripts/model-timing.ts); the bench's Answers is the loose form.
    const variant = scenarioVariant as unknown as (
      answers: Answers,
      name: string,
      rate: number,
      fleet: boolean,
    ) => unknown;
    const ten = await scenarioAnswers(10);
    const three = [
      variant(ten, 'Gateway per line', 5, false),
      variant(ten, 'Industrial PC per hall', 50, false),
      variant(ten, 'Industrial PC with a GPU', 50, false),
    ];
    const chars = (encodeComparison as (s: unknown[]) => string)(three).length;
    // The link's length is computed here; the comparison's timing runs bundled, in a fresh node process, as the
    // estimate rows (scripts/model-timing.ts).
    const { samples, warmRuns } = await runModelTiming<RepeatTimings>('compare');
    const medianMs = median(samples);
    return [
      {
        id: 'compareLinkChars',
        label: linkLabel,
        value: chars,
        unit: 'chars',
        goal: linkGoal,
        pass: chars < 2_000,
        note: 'the payload after c= (3 variants of the 10-module scenario, different message rates)',
        better: 'lower',
      },
      {
        id: 'compareMedianMs',
        label: timeLabel,
        value: Math.round(medianMs * 1000) / 1000,
        unit: 'ms',
        goal: timeGoal,
        pass: medianMs <= 8,
        note: `${samples.length} runs after ${warmRuns} warm-up, each on fresh copies; 3 scenarios of 100 modules, each a fleet of 10,000 devices; ${BUNDLED_NOTE}`,
        better: 'lower',
      },
    ];
  } catch (error) {
    return [
      na('compareLinkChars', linkLabel, 'chars', linkGoal, reason(error)),
      na('compareMedianMs', timeLabel, 'ms', timeGoal, reason(error)),
    ];
  }
}

// ---------------------------------------------------------------------------------------------------------
// 4. Share link

/** The share tests' worst case: 20 modules with every field filled (src/testing/golden/scenarios.ts). */
async function fullShareFigure(goal: string): Promise<Figure[]> {
  const label = 'Share link, 20 modules, every field filled';
  const golden = await importIfPresent('src/testing/golden/scenarios.ts');
  const measure = golden?.shareLinkLengthFor20Modules;
  if (typeof measure !== 'function')
    return [na('shareLinkCharsFull', label, 'chars', goal, 'helper missing')];
  const { link, payload } = (measure as () => { link: number; payload: number })();
  return [
    {
      id: 'shareLinkCharsFull',
      label,
      value: link,
      unit: 'chars',
      goal,
      pass: link <= 1000,
      note: `payload ${payload} chars, the share tests' scenario`,
      better: 'lower',
    },
  ];
}

/** The location.hash of a share link to `view` for `answers`, as the app writes it (src/store/url-sync.ts). */
async function shareHash(
  codec: Record<string, unknown> | null,
  answers: Answers,
  view: 'wizard' | 'report',
): Promise<{ hash: string; payload: string }> {
  const encode = codec?.encodeShareState;
  if (typeof encode !== 'function') throw new Error('src/domain/share/share-codec.ts not there yet');
  const route = await importIfPresent('src/store/route.ts');
  const formatHash =
    typeof route?.formatHash === 'function'
      ? (route.formatHash as (r: { view: string; step: string | null; payload: string }) => string)
      : (r: { view: string; payload: string }) => `#/${r.view}?s=${r.payload}`;
  const create = codec?.createShareState;
  const state =
    typeof create === 'function'
      ? (create as (answers: Answers, view: string, step: string | null) => unknown)(answers, view, null)
      : { answers, view, step: null };
  const payload = (encode as (state: unknown) => string)(state);
  return { hash: formatHash({ view, step: null, payload }), payload };
}

async function shareFigures(): Promise<Figure[]> {
  const label = 'Share link, 20-module scenario';
  // Issue #4: a realistic 20-module scenario stays under 1,000 characters.
  const goal = '≤ 1,000 chars';
  try {
    const codec = await importIfPresent('src/domain/share/share-codec.ts');
    const encode = codec?.encodeShareState;
    if (typeof encode !== 'function') {
      return [na('shareLinkChars', label, 'chars', goal, 'src/domain/share/share-codec.ts not there yet')];
    }
    const answers = await scenarioAnswers(20);
    const { hash, payload } = await shareHash(codec, answers, 'wizard');
    const url = `${SHARE_ORIGIN}${hash}`;
    let roundTrip = 'round trip not checked';
    const decode = codec?.decodeShareState;
    if (typeof decode === 'function') {
      const decoded = (decode as (payload: string) => { ok: boolean; state?: { answers?: unknown } })(
        payload,
      );
      const same = decoded.ok && isDeepStrictEqual(decoded.state?.answers, answers) ? 'ok' : 'FAILED';
      roundTrip = `round trip ${same}`;
    }
    const json = JSON.stringify(answers).length;
    return [
      {
        id: 'shareLinkChars',
        label,
        value: url.length,
        unit: 'chars',
        goal,
        pass: url.length <= 1000,
        note: `payload ${payload.length} chars (answers JSON ${json}), origin ${SHARE_ORIGIN}; ${roundTrip}`,
        better: 'lower',
      },
      ...(await fullShareFigure(goal)),
    ];
  } catch (error) {
    return [na('shareLinkChars', label, 'chars', goal, reason(error))];
  }
}

// ---------------------------------------------------------------------------------------------------------
// 4b. Imports: the worst case of each import path at the largest file the app accepts (issue 20)

/** Hostile inputs per import path, built at the path's size limit. Exported for scripts/bench.test.ts. */
export function worstImportCases(limits: {
  manifestChars: number;
  answersChars: number;
}): Record<'manifest' | 'answers', Record<string, string>> {
  const m = limits.manifestChars - 100;
  const a = limits.answersChars - 100;
  const block = Array.from({ length: 251 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
  const route = (text: string) =>
    JSON.stringify({
      modulesContent: {
        $edgeAgent: { 'properties.desired': { modules: {} } },
        $edgeHub: { 'properties.desired': { routes: { r: text } } },
      },
    });
  return {
    manifest: {
      'route of blanks': route(`FROM /messages/* INTO a${' '.repeat(m - 200)}b`),
      'comment + 1 M numbers': `// c\n[${'1,'.repeat(m / 2 - 8)}1]`,
      '400,000 trailing commas': `{"a":[${'[1,],'.repeat(m / 5 - 4)}1],}`,
      binary: block.repeat(Math.floor(m / block.length)),
      'nested brackets': `{"modulesContent":${'['.repeat(m / 2 - 20)}${']'.repeat(m / 2 - 20)}}`,
    },
    answers: {
      '330,000 empty module rows': `{"workload":{"mode":"list","modules":[${'{},'.repeat(a / 3 - 20)}{}]}}`,
      '80,000 unknown fields': `{"scenarioName":"x",${Array.from({ length: Math.floor(a / 12) }, (_, i) => `"k${i}":0`).join(',')}}`,
      'nested brackets': `{"workload":${'['.repeat(a / 2 - 10)}${']'.repeat(a / 2 - 10)}}`,
      'long name': `{"scenarioName":"${'a'.repeat(a - 30)}"}`,
    },
  };
}

/** The slowest of `cases` through `read`, in ms (best of `runs` per case, to see past a busy box). */
function slowestCase(
  cases: Record<string, string>,
  read: (text: string) => unknown,
  runs = 2,
): { ms: number; note: string } {
  const times = Object.entries(cases).map(([name, text]) => {
    let best = Infinity;
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      read(text);
      best = Math.min(best, performance.now() - start);
    }
    return [name, best] as const;
  });
  const ms = Math.max(...times.map(([, t]) => t));
  return {
    ms: Math.round(ms),
    note: times.map(([name, t]) => `${name} ${Math.round(t)} ms`).join('; '),
  };
}

async function importFigures(): Promise<Figure[]> {
  const goal = '≤ 1000 ms';
  const manifestLabel =
    'Manifest import, worst case at 2 MB, the largest accepted (slowest of 5 hostile files)';
  const answersLabel = 'Answers file import, worst case at 1 MB (slowest of 4 hostile files)';
  const shareLabel = 'Share link open, worst case at the 16,000-character cap';
  const figure = (id: string, label: string, measured: { ms: number; note: string }): Figure => ({
    id,
    label,
    value: measured.ms,
    unit: 'ms',
    goal,
    pass: measured.ms <= 1000,
    note: measured.note,
    better: 'lower',
  });
  const figures: Figure[] = [];
  try {
    const manifest = await importIfPresent('src/domain/manifest/import.ts');
    const answersFile = await importIfPresent('src/domain/share/answers-file.ts');
    const parseManifest = manifest?.parseManifest as ((text: string) => unknown) | undefined;
    const parseAnswersFile = answersFile?.parseAnswersFile as ((text: string) => unknown) | undefined;
    if (!parseManifest || !parseAnswersFile) throw new Error('import modules missing');
    const cases = worstImportCases({
      manifestChars: manifest?.MAX_MANIFEST_CHARS as number,
      answersChars: answersFile?.MAX_ANSWERS_FILE_BYTES as number,
    });
    figures.push(figure('manifestImportWorstMs', manifestLabel, slowestCase(cases.manifest, parseManifest)));
    figures.push(figure('answersImportWorstMs', answersLabel, slowestCase(cases.answers, parseAnswersFile)));
  } catch (error) {
    figures.push(na('manifestImportWorstMs', manifestLabel, 'ms', goal, reason(error)));
    figures.push(na('answersImportWorstMs', answersLabel, 'ms', goal, reason(error)));
  }
  try {
    const codec = await importIfPresent('src/domain/share/share-codec.ts');
    // The reader of format-1 links, as the app loads it before it opens one.
    await importIfPresent('src/domain/share/format-1.ts');
    const decode = codec?.decodeShareState as ((payload: string) => unknown) | undefined;
    const cap = codec?.MAX_PAYLOAD_LENGTH as number | undefined;
    if (!decode || !cap) throw new Error('share codec missing');
    // The largest valid link (a 200-module scenario grown until the next module would pass the cap), and
    // garbage of the same length in both formats.
    const largest = await largestLink(codec);
    const noise = Array.from({ length: cap - 2 }, (_, i) => 'Ab9_-xQ'[(i * 31) % 7]).join('');
    figures.push(
      figure(
        'shareOpenWorstMs',
        shareLabel,
        slowestCase(
          { 'largest valid link': largest, 'format 1 noise': `1.${noise}`, 'format 2 noise': `2.${noise}` },
          decode,
          3,
        ),
      ),
    );
  } catch (error) {
    figures.push(na('shareOpenWorstMs', shareLabel, 'ms', goal, reason(error)));
  }
  return figures;
}

/** The longest payload under the cap of scenarioAnswers(n) for growing n. */
async function largestLink(codec: Record<string, unknown> | null): Promise<string> {
  const fits = codec?.shareLinkFits as ((payload: string) => boolean) | undefined;
  let best = '';
  for (let count = 20; count <= 200; count += 20) {
    const { payload } = await shareHash(codec, await scenarioAnswers(count), 'wizard');
    if (fits ? !fits(payload) : payload.length > 16_000) break;
    best = payload;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------
// 5. JavaScript a real browser loads, no interaction
//
// The static first-view figure follows index.html and the static imports; chunks that the app fetches with
// import() right after its first paint escape it. These figures open the build in Chromium and count what was
// actually fetched.

/** The phone viewport of the browser figures (CSS px). */
export const BROWSER_VIEWPORT = { width: 412, height: 823 } as const;
/** Extra wait after 'networkidle', for imports started by timers or idle callbacks after the first paint. */
const BROWSER_SETTLE_MS = 1_500;
/** The same Chromium flags as playwright.config.ts (and Lighthouse's, minus --headless). */
const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The build files behind the responses' URLs: each URL whose path is under /assets/ and ends in .js, as
 * `assets/<name>.js` (relative to the build folder), once each, sorted. Other URLs are ignored.
 */
export function loadedJsFiles(urls: Iterable<string>): string[] {
  const files = new Set<string>();
  for (const url of urls) {
    let path: string;
    try {
      path = decodeURIComponent(new URL(url).pathname);
    } catch {
      continue;
    }
    if (path.startsWith('/assets/') && path.endsWith('.js') && !path.includes('/../')) {
      files.add(path.slice(1));
    }
  }
  return [...files].sort();
}

/**
 * gzip total of `files` in kB (1 kB = 1000 B); `gzipOf` returns a file's gzip size in bytes, or null when the
 * build has no such file (those are listed in `missing` and not counted).
 */
export function sumGzipKb(
  files: readonly string[],
  gzipOf: (file: string) => number | null,
): { kB: number; missing: string[] } {
  let total = 0;
  const missing: string[] = [];
  for (const file of files) {
    const bytes = gzipOf(file);
    if (bytes === null) missing.push(file);
    else total += bytes;
  }
  return { kB: kB(total), missing };
}

interface BrowserPage {
  id: string;
  label: string;
  /** What goes after the origin: "/" or "/#/report?s=…". */
  path: string | null;
  /** Why `path` is null. */
  unavailable?: string;
  /** Issue 18's goal, in kB gzip. */
  goalKb: number;
}

async function browserFigures(pages: readonly BrowserPage[], skip: string | null): Promise<Figure[]> {
  const goal = (page: BrowserPage) => `≤ ${page.goalKb} kB`;
  const pending = (why: string) => pages.map((page) => na(page.id, page.label, 'kB', goal(page), why));
  if (skip) return [...pending(skip), na(KEYSTROKE_ID, KEYSTROKE_LABEL, 'ms', KEYSTROKE_GOAL, skip)];
  const dist = resolve(ROOT, OUT_DIR);
  const gzipOf = (file: string) => {
    const path = resolve(dist, file);
    return path.startsWith(`${dist}/`) && existsSync(path) ? gzipBytes(path) : null;
  };
  let server: Awaited<ReturnType<typeof preview>> | undefined;
  let browser: Browser | undefined;
  try {
    // `vite preview` on the Lighthouse port (the two never run at the same time), in-process so it always stops.
    server = await preview({
      root: ROOT,
      logLevel: 'warn',
      build: { outDir: OUT_DIR },
      preview: { host: '127.0.0.1', port: LIGHTHOUSE_PORT, strictPort: true, open: false },
    });
    const origin = `http://127.0.0.1:${LIGHTHOUSE_PORT}`;
    const { chromium } = await import('@playwright/test');
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: BROWSER_ARGS,
    });
    const figures: Figure[] = [];
    for (const page of pages) {
      if (page.path === null) {
        figures.push(na(page.id, page.label, 'kB', goal(page), page.unavailable ?? 'no URL'));
        continue;
      }
      try {
        // A fresh context per page: empty HTTP cache and storage; no service worker, so the precache is not counted.
        const context = await browser.newContext({ viewport: BROWSER_VIEWPORT, serviceWorkers: 'block' });
        try {
          const tab = await context.newPage();
          const urls: string[] = [];
          const errors: string[] = [];
          tab.on('response', (response) => urls.push(response.url()));
          tab.on('pageerror', (error) => errors.push(error.message));
          await tab.goto(`${origin}${page.path}`, { waitUntil: 'networkidle', timeout: 30_000 });
          await tab.waitForTimeout(BROWSER_SETTLE_MS);
          const files = loadedJsFiles(urls);
          const { kB: total, missing } = sumGzipKb(files, gzipOf);
          const notes = [`${files.length} file${files.length === 1 ? '' : 's'}: ${files.join(', ')}`];
          if (missing.length > 0) notes.push(`not in ${OUT_DIR}, not counted: ${missing.join(', ')}`);
          if (errors.length > 0) notes.push(`page errors: ${errors.map((e) => e.slice(0, 80)).join('; ')}`);
          figures.push({
            id: page.id,
            label: page.label,
            value: total,
            unit: 'kB',
            goal: goal(page),
            pass: total <= page.goalKb,
            note: notes.join('; '),
            better: 'lower',
          });
        } finally {
          await context.close();
        }
      } catch (error) {
        figures.push(na(page.id, page.label, 'kB', goal(page), reason(error)));
      }
    }
    figures.push(await keystrokeFigure(browser, origin));
    return figures;
  } catch (error) {
    return [
      ...pending(reason(error)),
      na(KEYSTROKE_ID, KEYSTROKE_LABEL, 'ms', KEYSTROKE_GOAL, reason(error)),
    ];
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
  }
}

const KEYSTROKE_ID = 'moduleNameKeystrokeMs';
const KEYSTROKE_LABEL = 'Typing in a module name, 200 modules (median keystroke-to-paint)';
const KEYSTROKE_GOAL = '< 50 ms';
/** Timed keystrokes (a letter, then Backspace, alternately), after KEYSTROKE_WARMUP untimed ones. */
export const KEYSTROKES = 40;
const KEYSTROKE_WARMUP = 4;

/** The value at a quantile (0..1) of a list, nearest rank; NaN for an empty list. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

/**
 * The latency of each timed keystroke from Event Timing entries `[interactionId, startTime, duration]`:
 * an interaction's latency is its longest entry (keydown, keypress, input and keyup share one id); only
 * interactions that started at or after `since` count. The browser reports no entry under 16 ms, so
 * keystrokes without one count as 16 ms, up to `expected`.
 */
export function keystrokeLatencies(
  entries: readonly (readonly [number, number, number])[],
  since: number,
  expected: number,
): number[] {
  const perInteraction = new Map<number, number>();
  for (const [id, start, duration] of entries) {
    if (start < since) continue;
    perInteraction.set(id, Math.max(perInteraction.get(id) ?? 0, duration));
  }
  const latencies = [...perInteraction.values()].slice(0, expected);
  while (latencies.length < expected) latencies.push(16);
  return latencies;
}

/**
 * Issue 20 item 10: the 200-module scenario opened on the Workload step (desktop viewport), module 100's name
 * focused and scrolled to the bottom edge of the window (where the page leaves a field the user tabs or
 * clicks into; there a row with `content-visibility: auto` once kept each keystroke unpresented for about
 * 300 ms), then KEYSTROKE_WARMUP untimed and KEYSTROKES timed keystrokes (a letter, then Backspace).
 * Each keystroke's latency is the Event Timing API's duration for its interaction (from the key event to the
 * next paint, as INP measures it); entries under 16 ms are not reported by the browser and count as 16 ms.
 * The next key waits until the page is idle (the debounced URL write and the deferred results included). The
 * note adds p75, the slowest keystroke, the main-thread time per keystroke (Chrome's TaskDuration, which
 * includes that deferred work) and the machine's load average, since the box is shared.
 */
export async function keystrokeFigure(browser: Browser, origin: string): Promise<Figure> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block',
  });
  try {
    const codec = await importIfPresent('src/domain/share/share-codec.ts');
    const { payload } = await shareHash(codec, await scenarioAnswers(200), 'wizard');
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable');
    await tab.goto(`${origin}/#/wizard/workload?s=${payload}`, { waitUntil: 'networkidle', timeout: 60_000 });
    const input = tab.locator('#field-modules-99-name');
    await input.waitFor({ timeout: 60_000 });
    const idle = () =>
      tab.evaluate(
        () =>
          new Promise((done) =>
            setTimeout(() => requestIdleCallback(() => done(null), { timeout: 5_000 }), 300),
          ),
      );
    await idle();
    await input.focus();
    await input.evaluate((element) => element.scrollIntoView({ block: 'end' }));
    await tab.keyboard.press('End');
    await tab.evaluate(() => {
      const w = window as unknown as { __latency: [number, number, number][] };
      w.__latency = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const id = (entry as PerformanceEntry & { interactionId?: number }).interactionId;
          if (id) w.__latency.push([id, entry.startTime, entry.duration]);
        }
      }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    });
    const taskMs = async () => {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as {
        metrics: { name: string; value: number }[];
      };
      return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
    };
    const type = (i: number) => tab.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace');
    for (let i = 0; i < KEYSTROKE_WARMUP; i++) {
      await type(i);
      await idle();
    }
    const since = await tab.evaluate(() => performance.now());
    const busy: number[] = [];
    for (let i = 0; i < KEYSTROKES; i++) {
      const before = await taskMs();
      await type(i);
      await idle();
      busy.push((await taskMs()) - before);
    }
    const entries = await tab.evaluate(
      () => (window as unknown as { __latency: [number, number, number][] }).__latency,
    );
    const latencies = keystrokeLatencies(entries, since, KEYSTROKES);
    const value = median(latencies);
    return {
      id: KEYSTROKE_ID,
      label: KEYSTROKE_LABEL,
      value,
      unit: 'ms',
      goal: KEYSTROKE_GOAL,
      pass: value < 50,
      note:
        `${KEYSTROKES} keystrokes after ${KEYSTROKE_WARMUP} untimed, field at the window's bottom edge, Event Timing; ` +
        `p75 ${quantile(latencies, 0.75)} ms, slowest ${Math.max(...latencies)} ms; main-thread time per keystroke ` +
        `incl. deferred results and URL write: median ${Math.round(median(busy))} ms, p75 ${Math.round(quantile(busy, 0.75))} ms; ` +
        `load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} CPUs`,
      better: 'lower',
    };
  } catch (error) {
    return na(KEYSTROKE_ID, KEYSTROKE_LABEL, 'ms', KEYSTROKE_GOAL, reason(error));
  } finally {
    await context.close();
  }
}

/** The two pages of the browser figures: the landing page, and the report opened from a 20-module share link. */
async function browserPages(): Promise<BrowserPage[]> {
  const landing: BrowserPage = {
    id: 'landingJsGzip',
    label: 'JavaScript loaded by the landing page, no interaction (gzip)',
    path: '/',
    goalKb: 150,
  };
  const report: BrowserPage = {
    id: 'reportLinkJsGzip',
    label: 'JavaScript loaded by a report link, no interaction (gzip)',
    path: null,
    goalKb: 220,
  };
  try {
    const codec = await importIfPresent('src/domain/share/share-codec.ts');
    const { hash } = await shareHash(codec, await scenarioAnswers(20), 'report');
    report.path = `/${hash}`;
  } catch (error) {
    report.unavailable = `no share link: ${reason(error)}`;
  }
  return [landing, report];
}

// ---------------------------------------------------------------------------------------------------------
// 6. Lighthouse

/** The performance figure of a Lighthouse result: the median score, each run's, and the median run's metrics. */
function performanceFigure(
  id: string,
  label: string,
  result: LighthouseResult,
  runs: number,
  extra = '',
): Figure {
  const metrics = Object.entries(result.median.metrics)
    .map(([name, value]) => `${name.replace(/-/g, ' ')} ${value}`)
    .join(', ');
  const longest = [...result.median.longTasks].sort((a, b) => b.duration - a.duration).slice(0, 3);
  const tasks = longest.map((task) => `${task.duration} ms (${task.url || '?'})`).join(', ');
  return {
    id,
    label,
    value: result.performance,
    unit: 'score',
    goal: '≥ 98',
    pass: result.performance >= 98,
    note:
      `${extra}median of ${runs}: ${result.runs.map((run) => run.performance).join('/')} ` +
      `(total blocking time ${result.runs.map((run) => run.metrics['total-blocking-time'] ?? '?').join('/')} ms); ` +
      `the median run's ${metrics}; its longest tasks: ${tasks || 'none'}`,
    better: 'higher',
  };
}

async function lighthouseFigures(skip: boolean, runs: number, busy: boolean): Promise<Figure[]> {
  const perf = 'Lighthouse mobile: performance';
  const perfBusy = `Lighthouse mobile: performance, busy (${BUSY_BURNERS} CPU burners)`;
  const a11y = 'Lighthouse mobile: accessibility';
  if (skip) {
    return [
      na('lighthousePerformance', perf, 'score', '≥ 98', 'skipped: --skip-lighthouse'),
      ...(busy
        ? [na('lighthousePerformanceBusy', perfBusy, 'score', '≥ 98', 'skipped: --skip-lighthouse')]
        : []),
      na('lighthouseAccessibility', a11y, 'score', '= 100', 'skipped: --skip-lighthouse'),
    ];
  }
  const log = (line: string) => console.log(`  ${line}`);
  const figures: Figure[] = [];
  try {
    const result = await runLighthouse({ dir: OUT_DIR, runs, log });
    figures.push(performanceFigure('lighthousePerformance', perf, result, runs), {
      id: 'lighthouseAccessibility',
      label: a11y,
      value: result.accessibility,
      unit: 'score',
      goal: '= 100',
      pass: result.accessibility === 100,
      note:
        result.median.failedA11yAudits.length > 0
          ? `failed: ${result.median.failedA11yAudits.join(', ')}`
          : 'bench-results/lighthouse.report.html',
      better: 'higher',
    });
  } catch (error) {
    figures.push(
      na('lighthousePerformance', perf, 'score', '≥ 98', reason(error)),
      na('lighthouseAccessibility', a11y, 'score', '= 100', reason(error)),
    );
  }
  if (busy) {
    try {
      console.log(`  busy: the same runs with ${BUSY_BURNERS} CPU burners …`);
      const result = await runLighthouse({
        dir: OUT_DIR,
        runs,
        log,
        burners: BUSY_BURNERS,
        reportName: 'lighthouse-busy',
      });
      figures.splice(
        1,
        0,
        performanceFigure(
          'lighthousePerformanceBusy',
          perfBusy,
          result,
          runs,
          'bench-results/lighthouse-busy.report.html; ',
        ),
      );
    } catch (error) {
      figures.splice(1, 0, na('lighthousePerformanceBusy', perfBusy, 'score', '≥ 98', reason(error)));
    }
  }
  return figures;
}

// ---------------------------------------------------------------------------------------------------------
// Report

function formatValue(figure: Figure): string {
  if (figure.value === null) return figure.note ?? 'n/a';
  return `${figure.value.toLocaleString('en-US', { maximumFractionDigits: 3 })} ${figure.unit}`;
}

export function formatDelta(figure: Figure, previous: Figure | undefined): string {
  if (figure.value === null || previous?.value === null || previous?.value === undefined) return '';
  const delta = Math.round((figure.value - previous.value) * 1000) / 1000;
  if (delta === 0) return '=';
  const worse = figure.better === 'lower' ? delta > 0 : figure.better === 'higher' ? delta < 0 : false;
  const pct = previous.value !== 0 ? ` (${((delta / previous.value) * 100).toFixed(1)}%)` : '';
  return `${delta > 0 ? '+' : ''}${delta.toLocaleString('en-US', { maximumFractionDigits: 3 })}${pct}${worse ? ' worse' : ''}`;
}

function printTable(figures: readonly Figure[], previous: BenchResults | null): void {
  const prevById = new Map((previous?.figures ?? []).map((figure) => [figure.id, figure]));
  const rows = figures.map((figure) => [
    figure.label,
    formatValue(figure),
    figure.goal || '—',
    figure.pass === null
      ? figure.goal && figure.value === null
        ? 'n/a'
        : ''
      : figure.pass
        ? 'pass'
        : 'MISS',
    formatDelta(figure, prevById.get(figure.id)),
  ]);
  const header = [
    'figure',
    'value',
    'goal',
    'result',
    previous ? `vs ${previous.generatedAt.slice(0, 16)}` : 'change',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' │ ');
  console.log('');
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  for (const row of rows) console.log(line(row));
  console.log('');
  for (const figure of figures) {
    if (figure.value !== null && figure.note) console.log(`  ${figure.label}: ${figure.note}`);
  }
}

function readPrevious(): BenchResults | null {
  try {
    return JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as BenchResults;
  } catch {
    return null;
  }
}

function gitCommit(): string | null {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${sha}+dirty` : sha;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const skipLighthouse = args.includes('--skip-lighthouse');
  const busy = args.includes('--busy');
  const runsAt = args.indexOf('--lighthouse-runs');
  // Five runs by default: "The median Lighthouse score of 5 runs is twice as stable as 1 run" (Lighthouse's
  // docs/variability.md), and the busy runs spread widely (76–98 for one build on this box).
  const lighthouseRuns = runsAt === -1 ? 5 : Math.max(1, Number(args[runsAt + 1]) || 5);
  const previous = readPrevious();

  console.log(`Building into ${OUT_DIR}/ …`);
  const figures: Figure[] = [];
  let built = false;
  let firstViewBreakdown: Record<string, number> | undefined;
  try {
    const chunks = await buildForBench();
    built = true;
    const bundle = bundleFigures(chunks);
    figures.push(...bundle.figures);
    firstViewBreakdown = bundle.firstViewBreakdown;
  } catch (error) {
    figures.push(
      na(
        'firstViewJsGzip',
        'First-view JavaScript (gzip)',
        'kB',
        '≤ 100 kB',
        `build failed: ${reason(error)}`,
      ),
    );
  }
  console.log('Timing the model …');
  figures.push(...(await modelFigures()));
  figures.push(...(await fleetFigures()));
  figures.push(...(await topologyFigures()));
  figures.push(...(await compareFigures()));
  if (busy) {
    console.log(`Timing the model again with ${BUSY_BURNERS} CPU burners …`);
    figures.push(...(await busyModelFigures()));
  }
  figures.push(...(await shareFigures()));
  console.log('Timing the import paths on hostile files …');
  figures.push(...(await importFigures()));
  const skipBrowser = args.includes('--skip-browser') ? 'skipped: --skip-browser' : built ? null : 'no build';
  console.log(skipBrowser ? 'Browser figures skipped.' : 'Loading the build in Chromium …');
  figures.push(...(await browserFigures(await browserPages(), skipBrowser)));
  if (built || skipLighthouse) {
    console.log(
      skipLighthouse
        ? 'Lighthouse skipped.'
        : `Lighthouse (${lighthouseRuns} runs${busy ? ', then as many busy' : ''}) …`,
    );
    figures.push(...(await lighthouseFigures(skipLighthouse, lighthouseRuns, busy)));
  } else {
    figures.push(
      na('lighthousePerformance', 'Lighthouse mobile: performance', 'score', '≥ 98', 'no build'),
      na('lighthouseAccessibility', 'Lighthouse mobile: accessibility', 'score', '= 100', 'no build'),
    );
  }

  const results: BenchResults = {
    generatedAt: new Date().toISOString(),
    commit: gitCommit(),
    node: process.version,
    cpus: cpus().length,
    figures,
    ...(firstViewBreakdown ? { firstViewBreakdown } : {}),
  };
  printTable(figures, previous);
  if (firstViewBreakdown) {
    const top = Object.entries(firstViewBreakdown).slice(0, 12);
    console.log(
      `  First view by source (≈ gzip kB): ${top.map(([group, size]) => `${group} ${size}`).join(', ')}`,
    );
  }
  // A skipped Lighthouse keeps the last measured scores in the file, so the baseline is not lost.
  if (skipLighthouse && previous) {
    const listed = new Set(figures.map((figure) => figure.id));
    for (const old of previous.figures) {
      // A busy figure measured before survives a run without --busy, so its baseline is not lost either.
      if (old.id.startsWith('lighthouse') && !listed.has(old.id))
        figures.push({ ...old, value: null, pass: null });
    }
    results.figures = figures.map((figure) => {
      const old = previous.figures.find((candidate) => candidate.id === figure.id);
      if (!figure.id.startsWith('lighthouse') || figure.value !== null || !old || old.value === null)
        return figure;
      const kept = `kept from the run of ${previous.generatedAt}`;
      return { ...old, note: old.note?.startsWith('kept from') ? old.note : `${kept}; ${old.note ?? ''}` };
    });
  }
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    `Wrote ${RESULTS_FILE.replace(`${ROOT}/`, '')}${results.commit ? ` (commit ${results.commit})` : ''}.`,
  );
  if (args.includes('--strict') && figures.some((figure) => figure.pass === false)) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
