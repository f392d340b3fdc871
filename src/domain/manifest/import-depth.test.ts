/** Issue 20 item 5: a manifest nested absurdly deep is refused at import with a clear message, not later. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWERS } from '../answers.ts';
import { estimate } from '../estimate.ts';
import { buildManifest, manifestToJson } from './export.ts';
import { MAX_JSON_DEPTH, parseManifest } from './import.ts';
import { manifestToAnswers } from './to-answers.ts';

/** A deployment manifest whose one module has this createOptions string. */
const withCreateOptions = (createOptions: string, twin: unknown = {}) =>
  JSON.stringify({
    modulesContent: {
      $edgeAgent: {
        'properties.desired': {
          schemaVersion: '1.1',
          runtime: { type: 'docker', settings: {} },
          systemModules: {
            edgeAgent: { type: 'docker', settings: { image: 'mcr.microsoft.com/azureiotedge-agent:1.6' } },
            edgeHub: {
              type: 'docker',
              status: 'running',
              restartPolicy: 'always',
              settings: { image: 'mcr.microsoft.com/azureiotedge-hub:1.6' },
            },
          },
          modules: {
            deep: {
              version: '1.0',
              type: 'docker',
              status: 'running',
              restartPolicy: 'always',
              settings: { image: 'contoso.azurecr.io/deep:1.0', createOptions },
            },
          },
        },
      },
      $edgeHub: { 'properties.desired': { schemaVersion: '1.1', routes: {}, twin } },
    },
  });

const nested = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

describe('import: nesting depth', () => {
  it('refuses createOptions nested 100,000 levels with a clear message (it used to import, then crash the export)', () => {
    const result = parseManifest(withCreateOptions(nested(100_000)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(
      /createOptions at modulesContent\.\$edgeAgent\.properties\.desired\.modules\.deep\.settings nests deeper than 64 levels/,
    );
  });

  it('refuses a document nested 100,000 levels deep anywhere (here in a twin property)', () => {
    const twin = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`;
    const result = parseManifest(withCreateOptions('{}', 'TWIN').replace('"TWIN"', twin));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/more than 64 levels deep|deeper than 64 levels/);
  });

  it(`imports createOptions nested ${MAX_JSON_DEPTH - 1} levels, and exports it`, () => {
    const text = withCreateOptions(
      JSON.stringify({ HostConfig: JSON.parse(nested(MAX_JSON_DEPTH - 2)) as unknown }),
    );
    const result = parseManifest(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const answers = manifestToAnswers(result.manifest, DEFAULT_ANSWERS).answers;
    const out = buildManifest(answers, estimate(answers), null, undefined, { base: result.document });
    expect(manifestToJson(out)).toContain('deep');
  });

  it('counts brackets inside string literals as text, not nesting', () => {
    const text = withCreateOptions(JSON.stringify({ Cmd: ['{'.repeat(500)], Env: ['A=[[[[[[[[\\"'] }));
    expect(parseManifest(text).ok).toBe(true);
  });
});
