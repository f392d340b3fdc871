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
 * The layered topology and the comparison of scenarios (issues 17 and 16) are timed the same way, each in its own
 * fresh process: `node model-timing.mjs <estimate|topology|compare> <answers.json>`.
 *
 * Input: the path of a JSON file holding the scenario's answers (the bench's 100-module scenario). The answers
 * are checked by the schema again here, so the model sees exactly what the app would give it.
 */
import { readFileSync } from 'node:fs';
import { parseAnswers, type Answers } from '../src/domain/answers.ts';
import { DEVICES } from '../src/domain/catalog/devices.ts';
import { estimate } from '../src/domain/estimate.ts';
import { estimateTopology, type Topology } from '../src/domain/topology/topology.ts';
import { compareScenarios, type ComparedScenario } from '../src/domain/compare/compare.ts';

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

/** What the child prints for the topology and the comparison: every sample, in ms. */
export interface RepeatTimings {
  warmRuns: number;
  samples: number[];
}

/**
 * The layered topology at its deepest: 5 layers, 100 devices per parent, every layer the given scenario against
 * the whole catalog, the registry on the top layer.
 */
export function benchTopology(answers: Answers): Topology {
  const layers = Array.from({ length: 5 }, (_, i) => ({
    name: `Layer ${i + 1}`,
    devicesPerParent: 100,
    answers,
  }));
  return { layers, registry: true };
}

/** A variant of the scenario: its name, its average message rate and, when asked, a fleet of 10,000 devices. */
export function scenarioVariant(
  answers: Answers,
  name: string,
  rate: number,
  fleet: boolean,
): ComparedScenario {
  return {
    name,
    answers: {
      ...answers,
      scenarioName: name,
      data: { ...answers.data, messagesPerSecondAvg: rate },
      budget: {
        ...answers.budget,
        ...(fleet ? { planFleet: true, sites: 100, devicesPerSite: 100, energyUsdPerKwh: 0.2 } : {}),
      },
    },
  };
}

/** The bench's comparison: 3 variants of the scenario (10, 20, 40 messages/s), each a fleet of 10,000 devices. */
export function benchComparison(answers: Answers): ComparedScenario[] {
  return [10, 20, 40].map((rate, i) => scenarioVariant(answers, `Design ${i + 1}`, rate, true));
}

/**
 * `warmRuns` runs of `once` on the input, then `runs` timed runs, each on a fresh copy (`copy`) made outside the
 * timing.
 */
function timeRepeated<T>(
  input: T,
  once: (input: T) => unknown,
  copy: (input: T) => T,
  warmRuns: number,
  runs: number,
): RepeatTimings {
  for (let i = 0; i < warmRuns; i += 1) once(input);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    // A fresh copy each run, as an edit in the view makes: nothing cached on the answers' identity helps.
    const fresh = copy(input);
    const start = process.hrtime.bigint();
    once(fresh);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { warmRuns, samples };
}

/** 50 warm-up runs, then 200 timed runs of the bench topology, each on a fresh copy. */
export function timeTopology(answers: Answers): RepeatTimings {
  const topology = benchTopology(answers);
  const first = estimateTopology(topology, DEVICES);
  if (!first.ok) throw new Error(`the topology was refused: ${first.error}`);
  // Each layer gets its own copy of the answers (an edit in the view gives each layer its own object).
  const copy = (t: Topology): Topology => ({
    ...t,
    layers: t.layers.map((l) => ({ ...l, answers: structuredClone(l.answers) })),
  });
  return timeRepeated(topology, (t) => estimateTopology(t, DEVICES), copy, 50, 200);
}

/** 20 warm-up runs, then 100 timed runs of the bench comparison, each on fresh copies. */
export function timeComparison(answers: Answers): RepeatTimings {
  const copy = (scenarios: ComparedScenario[]) => scenarios.map((s) => structuredClone(s));
  return timeRepeated(benchComparison(answers), (s) => compareScenarios(s), copy, 20, 100);
}

export type TimingMode = 'estimate' | 'topology' | 'compare';

/** Run as the bundled child: `node model-timing.mjs <estimate|topology|compare> <answers.json>`. */
export function main(argv: readonly string[]): void {
  const mode = argv[2];
  const file = argv[3];
  if ((mode !== 'estimate' && mode !== 'topology' && mode !== 'compare') || !file)
    throw new Error('usage: node model-timing.mjs <estimate|topology|compare> <answers.json>');
  const parsed = parseAnswers(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) throw new Error(`the answers are invalid: ${JSON.stringify(parsed.issues)}`);
  const timings =
    mode === 'estimate'
      ? timeEstimate(parsed.answers)
      : mode === 'topology'
        ? timeTopology(parsed.answers)
        : timeComparison(parsed.answers);
  process.stdout.write(JSON.stringify(timings));
}
