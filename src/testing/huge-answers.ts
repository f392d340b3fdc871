/**
 * The largest answers the schema accepts, for tests, the bench and journeys about size (issue 20 items 3,
 * 9, 10): 200 module rows whose names (80 characters, no spaces: one unbroken word) and images (300
 * characters) are as long as allowed and different from each other, so they neither compress nor wrap.
 * Deterministic (a fixed pseudo-random sequence), so every run builds the same answers.
 */
import { DEFAULT_ANSWERS, DEFAULT_MODULE, LIMITS, type Answers } from '../domain/answers.ts';

/** The module-name characters the wizard accepts (answers.ts MODULE_NAME_CHARACTERS), minus quotes. */
const NAME_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-:.+%_#*?!(),=@';
const IMAGE_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789-._/';

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function text(next: () => number, chars: string, length: number, prefix: string): string {
  let out = prefix;
  while (out.length < length) out += chars[Math.floor(next() * chars.length)];
  return out;
}

/** Answers with `count` (default 200) module rows at the maximum field lengths. */
export function hugeAnswers(count: number = LIMITS.modules.max, seed = 20): Answers {
  const next = random(seed);
  const modules = Array.from({ length: count }, (_, i) => ({
    ...DEFAULT_MODULE,
    name: text(next, NAME_CHARS, LIMITS.nameLength, `m${i}-`),
    image: text(next, IMAGE_CHARS, LIMITS.imageLength, `registry${i}.example/`),
    messagesPerSecond: 1 + (i % 7),
  }));
  return {
    ...DEFAULT_ANSWERS,
    scenarioName: text(next, NAME_CHARS, LIMITS.nameLength, 'Scenario-'),
    workload: { ...DEFAULT_ANSWERS.workload, mode: 'list', moduleCount: count, modules },
  };
}
