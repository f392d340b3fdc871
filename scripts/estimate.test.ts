import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../src/domain/answers.ts';
import { estimate } from '../src/domain/estimate.ts';
import { DEVICES } from '../src/domain/catalog/devices.ts';
import type { Device, Estimate } from '../src/domain/types.ts';

/** Run the CLI as a user would (slow: one tsx start per case, so only a few cases). */
function run(args: string[], input?: string, timeout = 60_000) {
  const result = spawnSync('npx', ['tsx', 'scripts/estimate.ts', ...args], {
    encoding: 'utf8',
    input: input ?? '',
    timeout,
    maxBuffer: 16 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, error: result.error };
}

const EXAMPLES = ['pi3-telemetry-gateway', 'vision-inference-box', 'factory-gateway'] as const;
const load = (name: string): unknown => JSON.parse(readFileSync(`examples/${name}.json`, 'utf8'));

describe('examples', () => {
  it.each(EXAMPLES.map((e) => [e]))('%s is a complete, valid answers file', (name) => {
    const parsed = parseAnswers(load(name));
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    expect(parsed.answers.workload.modules.length).toBeGreaterThan(0);
  });

  it('the Pi 3 gateway recommends a Raspberry Pi 3', () => {
    const parsed = parseAnswers(load('pi3-telemetry-gateway'));
    if (!parsed.ok) throw new Error('invalid example');
    expect(estimate(parsed.answers).recommendedDeviceId).toBe('rpi3b-1gb');
  });

  it.each([
    ['vision-inference-box', 'a device with a GPU', (d: Device) => d.accelerator?.kind === 'gpu'],
    [
      'factory-gateway',
      'an amd64 device with at least 2 GB',
      (d: Device) => d.architectures.includes('amd64') && d.ramMiB >= 2048,
    ],
  ] as const)('%s recommends %s', (name, _what, check) => {
    const parsed = parseAnswers(load(name));
    if (!parsed.ok) throw new Error('invalid example');
    const id = estimate(parsed.answers).recommendedDeviceId;
    const device = DEVICES.find((d) => d.id === id);
    expect(device).toBeDefined();
    if (device !== undefined) expect(check(device)).toBe(true);
  });

  it('the vision box needs an accelerator; the others do not', () => {
    const tops = (name: string) => {
      const parsed = parseAnswers(load(name));
      if (!parsed.ok) throw new Error('invalid example');
      return estimate(parsed.answers).acceleratorTops.typical;
    };
    expect(tops('vision-inference-box')).toBeGreaterThan(1);
    expect(tops('pi3-telemetry-gateway')).toBe(0);
    expect(tops('factory-gateway')).toBe(0);
  });
});

describe('docs/sizing-model.md', () => {
  it('the worked Pi 3 example shows the numbers the model prints', () => {
    const parsed = parseAnswers(load('pi3-telemetry-gateway'));
    if (!parsed.ok) throw new Error('invalid example');
    const e = estimate(parsed.answers);
    const doc = readFileSync('docs/sizing-model.md', 'utf8');
    const r = (x: number, digits: number) => x.toFixed(digits);
    const ram = e.requirements.ram.total;
    const cpu = e.requirements.cpu.total;
    const storage = e.requirements.storage.total;
    const documented = [
      `**${r(ram.typical, 1)}**`,
      `**${r(ram.low, 1)}**`,
      `**${r(ram.high, 1)}**`,
      `**${r(cpu.typical, 2)}** reference cores (low ${r(cpu.low, 2)}, high ${r(cpu.high, 2)})`,
      `**${r(storage.typical, 2)} GB** (low ${r(storage.low, 2)}, high ${r(storage.high, 2)})`,
      `**${r(e.requirements.buffer.total.typical, 2)} GB**`,
      `**${r(e.requirements.uplink.total.typical, 2)} GB/month**`,
    ];
    for (const text of documented) expect(doc).toContain(text);
  });
});

describe('npm run estimate', { timeout: 120_000 }, () => {
  it('prints the estimate of an example file as JSON', () => {
    const { status, stdout } = run(['examples/pi3-telemetry-gateway.json']);
    expect(status).toBe(0);
    const e = JSON.parse(stdout) as Estimate;
    expect(e.recommendedDeviceId).toBe('rpi3b-1gb');
    expect(Object.keys(e.requirements)).toEqual(['cpu', 'ram', 'storage', 'buffer', 'uplink']);
  });

  it('reads partial answers from stdin, fills in defaults and warns about unknown fields', () => {
    const { status, stdout, stderr } = run(['-'], '{"workload":{"moduleCount":4,"defaultLanguge":"c"}}');
    expect(status).toBe(0);
    const e = JSON.parse(stdout) as Estimate;
    expect(e.requirements.ram.breakdown.filter((i) => i.component === 'module')).toHaveLength(4);
    expect(stderr).toContain('warning: Unknown field workload.defaultLanguge was ignored.');
  });

  it('names every wrong field and exits 1', () => {
    const { status, stdout, stderr } = run([], '{"data":{"messageSizeKb":999},"platform":{"hostOs":"beos"}}');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('data.messageSizeKb: Message size (KB) must be at most 256');
    expect(stderr).toContain('platform.hostOs:');
  });

  it('refuses a deployment manifest or an object with no answers fields instead of sizing the defaults', () => {
    const manifest = run(['-'], '{"modulesContent":{"$edgeAgent":{},"$edgeHub":{}}}');
    expect(manifest.status).toBe(1);
    expect(manifest.stdout).toBe('');
    expect(manifest.stderr).toMatch(/deployment manifest/);
    expect(manifest.stderr).toContain('npm run estimate -- --manifest');
    const stranger = run(['-'], '{"answers":{"workload":{}}}');
    expect(stranger.status).toBe(1);
    expect(stranger.stderr).toMatch(/not an Edge Sizer answers file/);
  });

  it('rejects invalid JSON and explains --help', () => {
    const bad = run(['-'], '{"workload": ');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/standard input is not valid JSON/);
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/partial answers/);
  });

  // Issue 20 item 8: an endless input made both commands hang; the size limit now applies while reading.
  it.runIf(existsSync('/dev/zero'))(
    'stops reading an endless input (/dev/zero) at the size limit, for answers and manifests',
    () => {
      for (const args of [['/dev/zero'], ['--manifest', '/dev/zero']]) {
        const { status, stdout, stderr, error } = run(args, undefined, 30_000);
        expect(error).toBeUndefined(); // not killed by the timeout
        expect(status).toBe(1);
        expect(stdout).toBe('');
        expect(stderr).toMatch(/\/dev\/zero is too large .* not read to the end/);
      }
    },
  );

  it('prints a file name with terminal escape codes with the codes made visible', () => {
    const name = 'x\u001b]0;pwned\u0007\u001b[2J\u202egnp.json';
    const { status, stderr } = run([name]);
    expect(status).toBe(1);
    // eslint-disable-next-line no-control-regex
    expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    expect(stderr).toContain('no such file: x\\u{001b}]0;pwned\\u{0007}\\u{001b}[2J\\u{202e}gnp.json');
  });
});
