/**
 * Lighthouse (npm package, Debian's Chromium) against a production build, on Lighthouse's default mobile
 * emulation (Moto G Power-class screen, 4× CPU slowdown, simulated slow 4G).
 *
 *   npx tsx scripts/lighthouse.ts [--dir dist-bench] [--runs 3] [--busy] [--port 4174]
 *
 * `--busy` runs Lighthouse while two CPU burners spin (child node processes in a busy loop, one per core of
 * the project's 2-core CI box), as on a shared machine under load; they are stopped in every case.
 *
 * Starts `vite preview` on port 4174 serving the build, runs Lighthouse `runs` times (the median run's scores are
 * reported, as Lighthouse's own docs recommend for variance), writes the median run's JSON and HTML reports to
 * bench-results/, and stops the server in every case. `npm run bench` calls runLighthouse() after its build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The port of `vite preview` while the bench measures; BENCH_PORT overrides it (parallel worktrees). */
export const LIGHTHOUSE_PORT = Number(process.env.BENCH_PORT) || 4174;
/** CPU burners of the busy mode: two, the cores of the project's CI box. */
export const BUSY_BURNERS = 2;
const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
].join(' ');

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  /** Lab metrics of the run, in ms (CLS unitless). */
  metrics: Record<string, number>;
  /** Accessibility audits that did not pass, by id. */
  failedA11yAudits: string[];
  /** What drives Total Blocking Time: the main thread's long tasks (ms, start ms, script) and its time by kind. */
  longTasks: { url: string; startTime: number; duration: number }[];
  mainThreadMs: Record<string, number>;
  reportJson: string;
}

export interface LighthouseResult {
  /** Median of the runs' performance scores (0–100). */
  performance: number;
  /** Minimum of the runs' accessibility scores (0–100): a11y does not vary by run, so any drop is real. */
  accessibility: number;
  runs: LighthouseRun[];
  /** The run whose performance score is the median; its reports are kept. */
  median: LighthouseRun;
}

export interface LighthouseOptions {
  /** The build folder to serve (relative to the repo root). */
  dir: string;
  runs: number;
  port?: number;
  /** Where the reports go (relative to the repo root). */
  outDir?: string;
  /** Run with this many CPU burners spinning (busy mode); 0 or absent: quiet. */
  burners?: number;
  /** Name of the kept median reports: `<name>.report.{json,html}` (default "lighthouse"). */
  reportName?: string;
  log?: (line: string) => void;
}

interface LighthouseJson {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<
    string,
    | {
        score: number | null;
        scoreDisplayMode?: string;
        numericValue?: number;
        title?: string;
        details?: { items?: Record<string, unknown>[] };
      }
    | undefined
  >;
}

/** The long tasks and main-thread work of a report (audits long-tasks and mainthread-work-breakdown). */
export function mainThreadDiagnostics(
  report: LighthouseJson,
): Pick<LighthouseRun, 'longTasks' | 'mainThreadMs'> {
  const items = (id: string) => report.audits[id]?.details?.items ?? [];
  const longTasks = items('long-tasks').map((item) => ({
    url: String(item['url'] ?? '').replace(/^https?:\/\/[^/]+/, ''),
    startTime: Math.round(Number(item['startTime'] ?? 0)),
    duration: Math.round(Number(item['duration'] ?? 0)),
  }));
  const mainThreadMs: Record<string, number> = {};
  for (const item of items('mainthread-work-breakdown')) {
    const label = String(item['groupLabel'] ?? item['group'] ?? '?');
    mainThreadMs[label] = Math.round(Number(item['duration'] ?? 0));
  }
  return { longTasks, mainThreadMs };
}

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;

function startPreview(dir: string, port: number): ChildProcess {
  const vite = resolve(ROOT, 'node_modules/vite/bin/vite.js');
  return spawn(
    process.execPath,
    [vite, 'preview', '--outDir', dir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
}

function stopProcess(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM'); // the whole group: vite may have children
  } catch {
    child.kill('SIGTERM');
  }
}

/**
 * `count` CPU burners: node processes spinning in a busy loop (each takes one core), in their own process
 * group so they can be stopped with everything they started. Stop them with stopBurners, in a finally.
 */
export function startBurners(count: number): ChildProcess[] {
  return Array.from({ length: count }, () =>
    spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore', detached: true }),
  );
}

export function stopBurners(burners: readonly ChildProcess[]): void {
  for (const burner of burners) {
    if (burner.pid === undefined || burner.exitCode !== null) continue;
    try {
      process.kill(burner.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}): ${stderr.trim()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`vite preview did not answer on ${url} within ${timeoutMs / 1000} s`);
}

function runCli(args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const cli = resolve(ROOT, 'node_modules/lighthouse/cli/index.js');
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`lighthouse exited ${code}: ${stderr.trim().slice(-800)}`)),
    );
  });
}

function readRun(jsonPath: string): LighthouseRun {
  const report = JSON.parse(readFileSync(jsonPath, 'utf8')) as LighthouseJson;
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const metrics: Record<string, number> = {};
  for (const id of METRICS) {
    const value = report.audits[id]?.numericValue;
    if (value !== undefined) metrics[id] = id === 'cumulative-layout-shift' ? value : Math.round(value);
  }
  const a11yRefs = (
    report.categories.accessibility as { auditRefs?: { id: string; weight: number }[] } | undefined
  )?.auditRefs;
  const failedA11yAudits = (a11yRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .filter((ref) => {
      const audit = report.audits[ref.id];
      return audit !== undefined && audit.score !== null && audit.score < 1;
    })
    .map((ref) => ref.id);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    metrics,
    failedA11yAudits,
    ...mainThreadDiagnostics(report),
    reportJson: jsonPath,
  };
}

/** Serve `dir` with vite preview, run Lighthouse `runs` times on mobile emulation, stop the server. */
export async function runLighthouse(options: LighthouseOptions): Promise<LighthouseResult> {
  const port = options.port ?? LIGHTHOUSE_PORT;
  const outDir = resolve(ROOT, options.outDir ?? 'bench-results');
  const log = options.log ?? (() => undefined);
  const reportName = options.reportName ?? 'lighthouse';
  if (!existsSync(resolve(ROOT, options.dir, 'index.html'))) {
    throw new Error(`no build in ${options.dir} (run npm run bench, or vite build --outDir ${options.dir})`);
  }
  mkdirSync(outDir, { recursive: true }); // Lighthouse cannot create its output folder itself
  const url = `http://127.0.0.1:${port}/`;
  const server = startPreview(options.dir, port);
  let burners: ChildProcess[] = [];
  const stop = () => {
    stopBurners(burners);
    stopProcess(server);
  };
  process.once('SIGINT', stop);
  try {
    await waitForServer(url, server, 30_000);
    if (options.burners) {
      burners = startBurners(options.burners);
      log(`${burners.length} CPU burners running (pids ${burners.map((b) => b.pid).join(', ')})`);
    }
    const runs: LighthouseRun[] = [];
    for (let i = 1; i <= options.runs; i += 1) {
      const base = resolve(outDir, `${reportName}-run-${i}`);
      rmSync(`${base}.report.json`, { force: true });
      rmSync(`${base}.report.html`, { force: true });
      log(`lighthouse run ${i}/${options.runs}…`);
      await runCli([
        url,
        '--only-categories=performance,accessibility',
        `--chrome-flags=${CHROME_FLAGS}`,
        '--output=json',
        '--output=html',
        `--output-path=${base}`,
        '--quiet',
      ]);
      const run = readRun(`${base}.report.json`);
      log(`  performance ${run.performance}, accessibility ${run.accessibility}`);
      runs.push(run);
    }
    const sorted = [...runs].sort((a, b) => a.performance - b.performance);
    const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? sorted[0];
    if (!median) throw new Error('no Lighthouse run');
    // Keep the median run's reports under stable names, drop the others.
    for (const run of runs) {
      const base = run.reportJson.replace(/\.report\.json$/, '');
      if (run === median) {
        renameSync(`${base}.report.json`, resolve(outDir, `${reportName}.report.json`));
        renameSync(`${base}.report.html`, resolve(outDir, `${reportName}.report.html`));
        run.reportJson = resolve(outDir, `${reportName}.report.json`);
      } else {
        rmSync(`${base}.report.json`, { force: true });
        rmSync(`${base}.report.html`, { force: true });
      }
    }
    return {
      performance: median.performance,
      accessibility: Math.min(...runs.map((run) => run.accessibility)),
      runs,
      median,
    };
  } finally {
    process.removeListener('SIGINT', stop);
    stop();
  }
}

function argValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = argValue('--dir') ?? 'dist-bench';
  const runs = Number(argValue('--runs') ?? 3);
  const busy = process.argv.includes('--busy');
  const port = Number(argValue('--port')) || LIGHTHOUSE_PORT;
  const reportName = busy ? 'lighthouse-busy' : 'lighthouse';
  runLighthouse({
    dir,
    runs,
    port,
    reportName,
    burners: busy ? BUSY_BURNERS : 0,
    log: (line) => console.log(line),
  })
    .then((result) => {
      const metrics = Object.entries(result.median.metrics)
        .map(([id, value]) => `${id} ${value}`)
        .join(', ');
      console.log(
        `${busy ? 'busy' : 'quiet'}: performance ${result.performance} (median of ${runs}: ` +
          `${result.runs.map((run) => run.performance).join('/')}; ${metrics}), accessibility ` +
          `${result.accessibility}; report: bench-results/${reportName}.report.html`,
      );
      const tasks = result.median.longTasks
        .map((task) => `${task.duration} ms at ${task.startTime} (${task.url || '?'})`)
        .join('; ');
      console.log(`long tasks of the median run: ${tasks || 'none'}`);
      console.log(
        `main thread: ${Object.entries(result.median.mainThreadMs)
          .map(([kind, ms]) => `${kind} ${ms} ms`)
          .join(', ')}`,
      );
      if (result.median.failedA11yAudits.length > 0) {
        console.log(`failed accessibility audits: ${result.median.failedA11yAudits.join(', ')}`);
      }
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
