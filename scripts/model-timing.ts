/**
 * The model's timing for the bench's estimate rows (issue 18), run the way the app runs the model.
 *
 * `npm run bench` does not time the model in its own process: there the model would run as tsx compiled it,
 * file by file (an ES module per source file, inline source maps, Node's source-map support switched on), in a
 * process whose heap also holds Vite, Rolldown and the build it just made. That read about 0.15 ms more than
 * the same code bundled (docs/performance.md, "Model speed"). The app runs the model as one minified bundle.
 * So the bench bundles this file with esbuild (bundle, minify, ES2022: as the production build), and runs the
 * bundle in a fresh `node` process, which prints the timings as JSON on stdout.
 *
 * Input: the path of a JSON file holding the scenario's answers (the bench's 100-module scenario). The answers
 * are checked by the schema again here, so the model sees exactly what the app would give it.
 */
import { readFileSync } from 'node:fs';
import { parseAnswers, type Answers } from '../src/domain/answers.ts';
import { DEVICES } from '../src/domain/catalog/devices.ts';
import { estimate } from '../src/domain/estimate.ts';

/** What the child prints: every sample, in ms (the bench computes the median and p95 itself). */
export interface ModelTimings {
  warmRuns: number;
  samples: number[];
  coldSamples: number[];
  devices: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/**
 * `count` copies of the answers whose modules all have new names: to the model each is a scenario it has never
 * seen (no module's image-and-name knowledge is cached), as when a link is opened or a preset picked.
 */
export function freshScenarios<A>(answers: A, count: number): A[] {
  return Array.from({ length: count }, (_, run) => {
    const copy = structuredClone(answers);
    const workload = (copy as { workload?: { modules?: { name: string }[] } }).workload;
    for (const m of workload?.modules ?? []) m.name = `${m.name}-r${run}`;
    return copy;
  });
}

/** Fresh scenarios the cold row estimates, one run each. */
export const COLD_RUNS = 300;

/**
 * Warm-up (≥ 200 runs and ≥ 0.5 s), then up to 2,000 timed runs of the same answers (≥ 2 s, ≥ 101 runs), then
 * COLD_RUNS fresh scenarios, one run each (JIT warm).
 */
export function timeEstimate(answers: Answers): ModelTimings {
  const once = () => estimate(answers, DEVICES);
  const warmUntil = performance.now() + 500;
  let warmRuns = 0;
  while (performance.now() < warmUntil || warmRuns < 200) {
    once();
    warmRuns += 1;
  }
  const samples: number[] = [];
  const measureUntil = performance.now() + 2_000;
  while (samples.length < 2_000 && (performance.now() < measureUntil || samples.length < 101)) {
    const start = process.hrtime.bigint();
    once();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  // Built before timing, one estimate each.
  const fresh = freshScenarios(answers, COLD_RUNS);
  const coldSamples = fresh.map((scenario) => {
    const start = process.hrtime.bigint();
    estimate(scenario, DEVICES);
    return Number(process.hrtime.bigint() - start) / 1e6;
  });
  return { warmRuns, samples, coldSamples, devices: DEVICES.length };
}

/** Run as the bundled child: `node model-timing.mjs <answers.json>`. */
export function main(argv: readonly string[]): void {
  const file = argv[2];
  if (!file) throw new Error('usage: node model-timing.mjs <answers.json>');
  const parsed = parseAnswers(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) throw new Error(`the answers are invalid: ${JSON.stringify(parsed.issues)}`);
  process.stdout.write(JSON.stringify(timeEstimate(parsed.answers)));
}
