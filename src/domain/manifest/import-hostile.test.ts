/**
 * Hostile and huge manifests (issue 20 items 1 and 2, and its fuzz run): every import finishes in time
 * linear in its size, for any file up to the largest one the app accepts (MAX_MANIFEST_CHARS).
 *
 * The budgets here are loose (2 s for 200 kB and 10 s for the 2 MB cap, where a linear read takes well under 0.3 s on a 2-core box) so
 * they never flake under load; the quadratic code they replace took 19–38 s on the same inputs. The bench
 * (scripts/bench.ts, "manifest import, worst case") measures the same cases against a 1 s goal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../answers.ts';
import {
  MAX_MANIFEST_CHARS,
  MAX_ROUTE_CHARS,
  parseManifest,
  splitRoute,
  stripJsonComments,
  type ManifestImportResult,
} from './import.ts';
import { manifestToAnswers } from './to-answers.ts';
import { jsonTooDeepAt } from '../json-depth.ts';
import { DEFAULT_ANSWERS, parseAnswers } from '../answers.ts';

const BUDGET_MS = 2_000;
/** For the files at the 2 MB cap: a linear read takes 0.1–0.4 s on a quiet 2-core machine; the quadratic one hours. */
const LARGEST_FILE_BUDGET_MS = 10_000;

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

/** A minimal deployment with the given routes and modules. */
function manifest(routes: Record<string, unknown>, modules: Record<string, unknown> = {}): string {
  return JSON.stringify({
    modulesContent: {
      $edgeAgent: { 'properties.desired': { schemaVersion: '1.1', modules } },
      $edgeHub: { 'properties.desired': { schemaVersion: '1.1', routes } },
    },
  });
}

const ok = (result: ManifestImportResult) => {
  if (!result.ok) throw new Error(`expected ok, got: ${result.error}`);
  return result;
};

describe('route parsing is linear (item 1)', () => {
  it('reads the issue’s route ("INTO a" + 200,000 spaces + "b") at once', { timeout: 30_000 }, () => {
    const route = `FROM /messages/* INTO a${' '.repeat(200_000)}b`;
    const { value, ms } = timed(() => parseManifest(manifest({ r: route })));
    expect(ms).toBeLessThan(BUDGET_MS);
    // Longer than any route: not read, and said so.
    expect(ok(value).manifest.routes).toEqual([]);
    expect(value.ok && value.warnings.join(' ')).toMatch(/Route "r" is 200,024 characters long/);
  });

  it('splits a route in linear time whatever its blanks', () => {
    const spaces = ' '.repeat(MAX_ROUTE_CHARS * 20);
    const cases = [
      `FROM /messages/* INTO a${spaces}b`,
      `FROM${spaces}/messages/*${spaces}INTO${spaces}$upstream${spaces}`,
      `FROM /m ${'INTO '.repeat(50_000)}`,
      `FROM /m ${'I'.repeat(100_000)}NTO x`,
      `${spaces}FROM`,
    ];
    for (const route of cases) expect(timed(() => splitRoute(route)).ms).toBeLessThan(BUDGET_MS);
    expect(splitRoute(`FROM${spaces}/messages/*${spaces}INTO${spaces}$upstream${spaces}`)).toEqual({
      source: '/messages/*',
      sink: '$upstream',
    });
  });

  it('reads routes as before', () => {
    expect(splitRoute('FROM /messages/modules/a/outputs/* INTO $upstream')).toEqual({
      source: '/messages/modules/a/outputs/*',
      sink: '$upstream',
    });
    expect(
      splitRoute('  from /messages/* WHERE temp > 20 into BrokeredEndpoint("/modules/b/inputs/in")  '),
    ).toEqual({ source: '/messages/*', sink: 'BrokeredEndpoint("/modules/b/inputs/in")' });
    expect(splitRoute('FROM /messages/*')).toBeNull();
    expect(splitRoute('FROM /messages/* INTO   ')).toBeNull();
    expect(splitRoute('SELECT * INTO x')).toBeNull();
    expect(splitRoute('FROM /messages/* WHERE INTOX = 1 INTO $upstream')?.sink).toBe('$upstream');
  });

  it('still reads a route just under the cap', () => {
    const route = `FROM /messages/modules/a/* INTO ${' '.repeat(MAX_ROUTE_CHARS - 50)}$upstream`;
    expect(route.length).toBeLessThanOrEqual(MAX_ROUTE_CHARS);
    const { manifest: m } = ok(parseManifest(manifest({ r: route }, {})));
    expect(m.routes[0]).toMatchObject({ toUpstream: true, sourceModule: 'a' });
  });
});

describe('comment stripping is linear (item 2)', () => {
  it('strips "// c" before an array of 100,000 numbers at once', { timeout: 30_000 }, () => {
    const text = `// c\n[${Array.from({ length: 100_000 }, (_, i) => i % 10).join(',')}]`;
    const { value, ms } = timed(() => parseManifest(text));
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(value).toMatchObject({ ok: false, error: expect.stringMatching(/valid JSON but an array/) });
  });

  it('handles the largest file accepted: JSONC, binary, and trailing commas', { timeout: 60_000 }, () => {
    const target = MAX_MANIFEST_CHARS - 10;
    const commas = `// c\n[${'1,'.repeat(target / 2 - 8)}]`;
    const block = Array.from({ length: 251 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    const binary = block.repeat(Math.floor(target / block.length));
    const trailing = `{"a":[${'[1,],'.repeat(target / 5 - 4)}1],}`;
    for (const text of [commas, binary, trailing]) {
      expect(text.length).toBeLessThanOrEqual(MAX_MANIFEST_CHARS);
      const { value, ms } = timed(() => parseManifest(text));
      expect(ms).toBeLessThan(LARGEST_FILE_BUDGET_MS);
      expect(value.ok).toBe(false);
    }
  });

  it('strips comments and trailing commas as before, and after a comment too', () => {
    expect(stripJsonComments('{"a": 1, // one\n "b": [1, 2,], /* x */ }')).toBe(
      '{"a": 1, \n "b": [1, 2]   }',
    );
    expect(JSON.parse(stripJsonComments('[1, // trailing\n]') ?? '')).toEqual([1]);
    expect(JSON.parse(stripJsonComments('{"a": "x // not a comment, ]",}') ?? '')).toEqual({
      a: 'x // not a comment, ]',
    });
    // Commas after { [ or , stay, so JSON.parse names the mistake.
    expect(stripJsonComments('[,]')).toBeNull();
    expect(stripJsonComments('[1,,]//')).toBe('[1,,]');
    expect(stripJsonComments('{"a":1}')).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------------------
// Fuzz: big and adversarial manifests.

const blanks = fc.integer({ min: 0, max: 40_000 }).map((n) => ' '.repeat(n));
const word = fc.constantFrom(
  'FROM',
  'INTO',
  'from',
  'into',
  '$upstream',
  '/messages/*',
  '/messages/modules/m0/outputs/*',
  'WHERE',
  'BrokeredEndpoint("/modules/m1/inputs/in")',
  '\t',
  '\n',
  '"',
  '\\',
);
const adversarialRoute = fc
  .array(fc.oneof(word, blanks, fc.string({ maxLength: 20 })), { maxLength: 12 })
  .map((parts) => parts.join(' '));

const longText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer({ min: 1, max: 20_000 }).map((n) => 'a'.repeat(n)),
  fc.integer({ min: 1, max: 5_000 }).map((n) => '${MODULES.'.repeat(n)),
  fc.integer({ min: 1, max: 5_000 }).map((n) => '$A'.repeat(n)),
  fc.integer({ min: 1, max: 2_000 }).map((n) => '<a'.repeat(n)),
);

const nested = fc.integer({ min: 1, max: 3_000 }).map((depth) => {
  let value: unknown = { HostConfig: { Memory: 1 } };
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
});

const createOptions = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 3 }),
  nested,
  longText,
  fc.record({ HostConfig: fc.record({ Memory: fc.oneof(fc.double(), longText, fc.nat()) }) }),
);

const moduleEntry = fc.record(
  {
    type: fc.oneof(fc.constant('docker'), longText),
    settings: fc.record({ image: longText, createOptions, createOptions01: longText }, { requiredKeys: [] }),
    env: fc.dictionary(fc.string({ maxLength: 8 }), fc.record({ value: longText }), { maxKeys: 4 }),
  },
  { requiredKeys: [] },
);

const modules = fc.oneof(
  fc.dictionary(longText, moduleEntry, { maxKeys: 6 }),
  // More than the wizard's limit, to exercise the cut.
  fc
    .integer({ min: LIMITS.modules.max - 5, max: LIMITS.modules.max + 300 })
    .map((n) =>
      Object.fromEntries(
        Array.from({ length: n }, (_, i) => [`m${i}`, { settings: { image: `r.io/m${i}:1` } }]),
      ),
    ),
);

const bigManifest = fc
  .record({
    modules,
    routes: fc.dictionary(
      fc.string({ maxLength: 10 }),
      fc.oneof(adversarialRoute, fc.record({ route: adversarialRoute })),
      {
        maxKeys: 5,
      },
    ),
    ttl: fc.oneof(fc.nat(), longText),
  })
  .map(({ modules: m, routes, ttl }) =>
    JSON.stringify({
      $schema: longText,
      modulesContent: {
        $edgeAgent: { 'properties.desired': { modules: m, systemModules: {} } },
        $edgeHub: {
          'properties.desired': { routes, storeAndForwardConfiguration: { timeToLiveSecs: ttl } },
        },
      },
    }),
  );

/** JSON with comments and commas in hostile places. */
const adversarialJsonc = fc
  .array(
    fc.oneof(
      fc.constantFrom('//', '/*', '*/', ',', ',]', ',}', '[', '{', '"', '\\"', '\n', ' '),
      blanks,
      fc.integer({ min: 1, max: 20_000 }).map((n) => '1,'.repeat(n)),
      fc.integer({ min: 1, max: 5_000 }).map((n) => '/*,*/'.repeat(n)),
    ),
    { maxLength: 20 },
  )
  .map((parts) => parts.join(''));

describe('fuzz: big and adversarial manifests', () => {
  it('never throws, never hangs, and what it reads the wizard accepts', { timeout: 20_000 }, () => {
    const start = performance.now();
    let slowest = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          { arbitrary: bigManifest, weight: 3 },
          { arbitrary: adversarialJsonc, weight: 1 },
          { arbitrary: adversarialJsonc.map((t) => `{"modulesContent": ${t}}`), weight: 1 },
        ),
        (text) => {
          const { value, ms } = timed(() => parseManifest(text));
          slowest = Math.max(slowest, ms);
          expect(ms).toBeLessThan(BUDGET_MS);
          if (!value.ok) {
            expect(value.error.length).toBeGreaterThan(0);
            return;
          }
          expect(value.manifest.modules.length).toBeLessThanOrEqual(LIMITS.modules.max);
          const answers = manifestToAnswers(value.manifest, DEFAULT_ANSWERS).answers;
          expect(parseAnswers(answers).ok).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
    // The whole run stays within its budget on a busy 2-core box.
    expect(performance.now() - start).toBeLessThan(15_000);
    expect(slowest).toBeLessThan(BUDGET_MS);
  });
});

describe('deep nesting', () => {
  it('refuses a manifest nested deeper than MAX_JSON_DEPTH before parsing it', { timeout: 30_000 }, () => {
    const half = (MAX_MANIFEST_CHARS - 100) / 2;
    const text = `{"modulesContent":${'['.repeat(half)}${']'.repeat(half)}}`;
    const { value, ms } = timed(() => parseManifest(text));
    expect(ms).toBeLessThan(LARGEST_FILE_BUDGET_MS);
    expect(value).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /nests arrays and objects more than 64 levels deep \(at line 1, column 82\)/,
      ),
    });
  });

  it('counts brackets outside strings and comments only', () => {
    const deepString = JSON.stringify({ a: '['.repeat(1_000) });
    expect(jsonTooDeepAt(deepString)).toBeNull();
    expect(jsonTooDeepAt(`// ${'['.repeat(100)}\n/* ${'{'.repeat(100)} */ {"a": "\\\\"}`)).toBeNull();
    expect(jsonTooDeepAt(`${'['.repeat(64)}${']'.repeat(64)}`)).toBeNull();
    expect(jsonTooDeepAt(`${'['.repeat(65)}${']'.repeat(65)}`)).toBe(64);
  });
});
