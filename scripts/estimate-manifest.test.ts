import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../src/domain/manifest/import.ts';
import { validateManifest } from '../src/domain/manifest/schema.ts';
import { runManifestCli, type Io } from './estimate-manifest.ts';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../src/testing/fixtures/manifests/${name}`, import.meta.url));

function run(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: (path) => {
      if (path in files) return files[path] as string;
      return readFileSync(path, 'utf8');
    },
  };
  const code = runManifestCli(argv, io);
  return { code, stdout, stderr };
}

describe('npm run estimate -- --manifest', () => {
  it('prints the estimate for a manifest, with notes on stderr', () => {
    const { code, stdout, stderr } = run(['--manifest', fixture('multi-module.template.json')]);
    expect(code).toBe(0);
    const estimate = JSON.parse(stdout) as { requirements: { ram: { breakdown: { id: string }[] } } };
    const moduleItems = estimate.requirements.ram.breakdown.filter((b) => b.id.startsWith('module:'));
    expect(moduleItems).toHaveLength(4);
    expect(stderr).toMatch(/note: Which language is module "filtermodule"/);
  });

  it('says on stderr which module it renamed and when the limits overcommit the device', () => {
    const text = readFileSync(fixture('simulated-temperature-sensor.deployment.json'), 'utf8').replace(
      '"SimulatedTemperatureSensor"',
      '" "',
    );
    const out = run(['--manifest', 'blank.json', '--emit', 'manifest', '--device', 'rpi3b-1gb'], {
      'blank.json': text,
    });
    expect(out.code).toBe(0);
    expect(out.stderr).toMatch(/note: module " " exported as "module"/);
    expect(out.stderr).toMatch(/warning: The memory limits together exceed Raspberry Pi 3/);
  });

  it('emits the mapped answers and the tuned manifest', () => {
    const answers = run([fixture('gpu-string-createoptions.deployment.json'), '--emit', 'answers']);
    expect(answers.code).toBe(0);
    expect(JSON.parse(answers.stdout)).toMatchObject({
      accelerator: { kind: 'gpu' },
      performance: { offlineHours: 24 },
    });

    const tuned = run([
      '--manifest',
      fixture('simulated-temperature-sensor.deployment.json'),
      '--emit',
      'manifest',
      '--device',
      'rpi3bplus-1gb',
    ]);
    expect(tuned.code).toBe(0);
    const manifest: unknown = JSON.parse(tuned.stdout);
    expect(validateManifest(manifest)).toEqual({ ok: true });
    const back = parseManifest(tuned.stdout);
    expect(back.ok && back.manifest.optimizeForPerformance).toBe(false);
    expect(back.ok && back.manifest.modules[0]?.memoryLimitBytes).toBeGreaterThan(0);
    // The file's own settings survive: the sensor's env and edgeHub's port bindings and routes.
    const original = JSON.parse(
      readFileSync(fixture('simulated-temperature-sensor.deployment.json'), 'utf8'),
    ) as {
      modulesContent: { $edgeHub: { 'properties.desired': { routes: unknown } } };
    };
    expect((manifest as typeof original).modulesContent.$edgeHub['properties.desired'].routes).toEqual(
      original.modulesContent.$edgeHub['properties.desired'].routes,
    );
  });

  it('fails with a clear message and exit code 1', () => {
    expect(run(['--manifest', 'bad.json'], { 'bad.json': '{"modulesContent": ' })).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/bad\.json: This is not valid JSON at the end of the text/),
    });
    expect(run(['--manifest', '/nonexistent/deployment.json'])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/no such file/),
    });
    expect(run([])).toMatchObject({ code: 1, stderr: expect.stringMatching(/no manifest given/) });
    expect(run(['--manifest', '--emit', 'answers'])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/--manifest needs a value/),
    });
    expect(run(['--manifest', '--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Usage: npm run estimate -- --manifest/),
    });
    expect(run(['x.json', '--emit', 'yaml'])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/--emit takes/),
    });
    expect(
      run([
        '--manifest',
        fixture('simulated-temperature-sensor.deployment.json'),
        '--emit',
        'manifest',
        '--device',
        'nope',
      ]),
    ).toMatchObject({ code: 1, stderr: expect.stringMatching(/unknown device nope/) });
  });
});
