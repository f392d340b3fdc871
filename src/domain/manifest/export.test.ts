import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ANSWERS,
  DEFAULT_MODULE,
  effectiveModules,
  LANGUAGES,
  type Answers,
  type ModuleSpec,
} from '../answers.ts';
import type { BreakdownItem, Estimate, Range, Requirement, ResourceId } from '../types.ts';
import { estimate } from '../estimate.ts';
import { buildVerdict } from '../catalog/verdict.ts';
import { DEVICES } from '../catalog/devices.ts';
import { buildManifest, chunkCreateOptions, manifestToJson, MIB, toModuleName } from './export.ts';
import { parseManifest } from './import.ts';
import { manifestToAnswers } from './to-answers.ts';
import { validateManifest } from './schema.ts';

const range = (typical: number, spread = 0.2): Range => ({
  low: typical * (1 - spread),
  typical,
  high: typical * (1 + spread),
});

function requirement(resource: ResourceId, unit: Requirement['unit'], items: BreakdownItem[]): Requirement {
  const sum = (k: keyof Range) => items.reduce((s, i) => s + i.value[k], 0);
  const total = { low: sum('low'), typical: sum('typical'), high: sum('high') };
  return {
    resource,
    label: resource,
    unit,
    total,
    beforeHeadroom: total,
    breakdown: items,
    explanation: '',
  };
}

const item = (id: string, component: BreakdownItem['component'], value: Range): BreakdownItem => ({
  id,
  label: id,
  component,
  value,
  assumptionIds: [],
  explanation: '',
});

/**
 * A hand-built estimate in the shape of src/domain/types.ts (module RAM items are "module:<index>", as the
 * model writes them), so these tests pin the export's arithmetic independently of the model's constants.
 */
function fakeEstimate(
  answers: Answers,
  opts: {
    moduleHighMiB?: number[];
    bufferGB?: number;
    otherStorageGB?: number;
    recommended?: string | null;
  } = {},
): Estimate {
  const n = answers.workload.mode === 'list' ? answers.workload.modules.length : answers.workload.moduleCount;
  const moduleItems = Array.from({ length: n }, (_, i) => {
    const high = opts.moduleHighMiB?.[i] ?? 100;
    return item(`module:${i}`, 'module', { low: high / 2, typical: high * 0.75, high });
  });
  const bufferGB = opts.bufferGB ?? 0.5;
  const names = answers.workload.mode === 'list' ? answers.workload.modules.map((m) => m.name) : [];
  return {
    modelVersion: 'test',
    memory: {
      edgeHub: range(150),
      edgeAgent: range(90),
      modules: moduleItems.map((m, index) => ({
        index,
        name: names[index] ?? `module-${index + 1}`,
        need: m.value,
        inference: null,
        inferenceReason: null,
        assumptionIds: [],
      })),
      unattachedInference: null,
      host: range(200),
    },
    requirements: {
      cpu: requirement('cpu', 'ref-cores', [item('os', 'os', range(0.2))]),
      ram: requirement('ram', 'MiB', [
        item('os', 'os', range(200)),
        item('edge-hub', 'edge-hub', range(150)),
        ...moduleItems,
      ]),
      storage: requirement('storage', 'GB', [
        item('os', 'os', range(opts.otherStorageGB ?? 4, 0)),
        item('buffer', 'message-buffer', range(bufferGB, 0)),
      ]),
      buffer: requirement('buffer', 'GB', [item('buffer', 'message-buffer', range(bufferGB, 0))]),
      uplink: requirement('uplink', 'GB/month', [item('up', 'module', range(1))]),
    },
    acceleratorTops: { low: 0, typical: 0, high: 0 },
    acceleratorTopsBeforeHeadroom: { low: 0, typical: 0, high: 0 },
    eflowVm: null,
    assumptions: [],
    findings: [],
    suggestions: [],
    recommendedDeviceId: opts.recommended === undefined ? 'rpi4b-4gb' : opts.recommended,
    verdict: buildVerdict([], DEVICES, null, answers),
  };
}

const listAnswers = (modules: Partial<ModuleSpec>[], overrides: Partial<Answers> = {}): Answers => ({
  ...DEFAULT_ANSWERS,
  ...overrides,
  workload: {
    ...DEFAULT_ANSWERS.workload,
    mode: 'list',
    modules: modules.map((m) => ({ ...DEFAULT_MODULE, ...m })),
  },
});

const desired = (m: ReturnType<typeof buildManifest>) =>
  m.manifest.modulesContent.$edgeAgent['properties.desired'];

describe('buildManifest', () => {
  it('writes the documented shape, with per-module memory = high × headroom rounded up to MiB', () => {
    const answers = listAnswers([
      { name: 'filter', language: 'c', image: 'contoso.azurecr.io/filter:1.0' },
      { name: 'classifier', language: 'python', image: 'contoso.azurecr.io/classifier:2.1' },
    ]);
    const out = buildManifest(answers, fakeEstimate(answers, { moduleHighMiB: [60, 301] }));
    expect(validateManifest(out.manifest)).toEqual({ ok: true });
    // 25 % headroom (the default): 60 × 1.25 = 75; 301 × 1.25 = 376.25 → 377.
    expect(out.limits.map((l) => [l.name, l.memoryMiB, l.basis])).toEqual([
      ['filter', 75, 'estimate'],
      ['classifier', 377, 'estimate'],
    ]);
    const classifier = desired(out).modules['classifier'];
    const options = JSON.parse(classifier?.settings.createOptions ?? '') as {
      HostConfig: { Memory: number; LogConfig: unknown };
    };
    expect(options.HostConfig.Memory).toBe(377 * MIB);
    expect(options.HostConfig.LogConfig).toEqual({
      Type: 'json-file',
      Config: { 'max-size': '10m', 'max-file': '3' },
    });
    expect(classifier?.settings.image).toBe('contoso.azurecr.io/classifier:2.1');
    // IoT Edge 1.6 uses Docker Engine API v1.41 (Azure/iotedge#7510); "v1.25" from old templates is too old.
    expect(desired(out).runtime.settings.minDockerVersion).toBe('v1.41');
    const hub = desired(out).systemModules.edgeHub;
    expect(hub.settings.image).toBe('mcr.microsoft.com/azureiotedge-hub:1.6');
    expect(JSON.parse(hub.settings.createOptions)).toMatchObject({
      HostConfig: { LogConfig: { Type: 'json-file' } },
    });
    expect(out.manifest.modulesContent.$edgeHub['properties.desired'].routes).toEqual({
      upstream: 'FROM /messages/modules/* INTO $upstream',
    });
  });

  it('turns OptimizeForPerformance off on a 1 GiB device and on a 32-bit OS, and leaves it on otherwise', () => {
    const answers = listAnswers([{ name: 'a' }]);
    const ofp = (a: Answers, device: string) =>
      desired(buildManifest(a, fakeEstimate(a), device)).systemModules.edgeHub.env?.['OptimizeForPerformance']
        ?.value;
    expect(ofp(answers, 'rpi3bplus-1gb')).toBe('false');
    expect(ofp(answers, 'rpi4b-4gb')).toBe('true');
    const arm32 = { ...answers, platform: { ...answers.platform, architecture: 'arm32v7' as const } };
    expect(ofp(arm32, 'rpi4b-4gb')).toBe('false');
    const out = buildManifest(answers, fakeEstimate(answers), 'rpi3bplus-1gb');
    expect(out.notes.find((n) => n.topic === 'edgeHub.env.OptimizeForPerformance')?.text).toMatch(/≤ 1 GiB/);
  });

  it('sets timeToLiveSecs to the offline hours when the buffer fits, and caps it to the free storage when not', () => {
    const answers = {
      ...listAnswers([{ name: 'a' }]),
      performance: { ...DEFAULT_ANSWERS.performance, headroomPercent: 25, offlineHours: 24 },
    };
    // Pi 4 (32 GB): 4 GB for everything else, 2 GB of buffer for 24 h → fits.
    expect(buildManifest(answers, fakeEstimate(answers, { bufferGB: 2 }), 'rpi4b-4gb').timeToLiveSecs).toBe(
      86_400,
    );
    // Coral Dev Board (8 GB): 4 GB for the rest leaves 4 GB; 24 h needs 12 GB → 24 × 4 / 12 = 8 h.
    const capped = buildManifest(answers, fakeEstimate(answers, { bufferGB: 12 }), 'coral-dev-board-1gb');
    expect(capped.timeToLiveSecs).toBe(8 * 3600);
    expect(
      capped.manifest.modulesContent.$edgeHub['properties.desired'].storeAndForwardConfiguration
        .timeToLiveSecs,
    ).toBe(8 * 3600);
    expect(capped.notes.some((n) => /instead of 86400/.test(n.text))).toBe(true);
    // No room at all: the floor, with a note.
    const full = buildManifest(
      answers,
      fakeEstimate(answers, { bufferGB: 12, otherStorageGB: 9 }),
      'coral-dev-board-1gb',
    );
    expect(full.timeToLiveSecs).toBe(300);
  });

  it("counts the buffer's headroom once, and scales only the queue with the offline hours", () => {
    const answers = {
      ...listAnswers([{ name: 'a' }]),
      performance: { ...DEFAULT_ANSWERS.performance, headroomPercent: 25, offlineHours: 24 },
    };
    // Storage as the model builds it: OS 2 GB + buffer (queue q + cleanup lag and RocksDB log 1 GB) + 25 % headroom.
    const withBuffer = (queueGB: number): Estimate => {
      const e = fakeEstimate(answers);
      const bufferItems = [
        item('message-buffer', 'message-buffer', range(queueGB, 0)),
        item('edge-hub', 'edge-hub', range(1, 0)),
      ];
      const b = queueGB + 1;
      return {
        ...e,
        requirements: {
          ...e.requirements,
          buffer: requirement('buffer', 'GB', [
            ...bufferItems,
            item('headroom', 'headroom', range(b * 0.25, 0)),
          ]),
          storage: requirement('storage', 'GB', [
            item('os', 'os', range(2, 0)),
            item('message-buffer', 'message-buffer', range(b, 0)),
            item('headroom', 'headroom', range((2 + b) * 0.25, 0)),
          ]),
        },
      };
    };
    // Coral Dev Board, 8 GB. Queue 3 GB: storage 7.5 GB ≤ 8 → the full 24 h. (Counting the buffer's headroom twice,
    // as before, made it 8.5 GB and cut the time to live.)
    expect(buildManifest(answers, withBuffer(3), 'coral-dev-board-1gb').timeToLiveSecs).toBe(86_400);
    // Queue 5 GB: 8 GB − 2.5 GB (OS with headroom) = 5.5 GB free = 4.4 GB before headroom; 1 GB of it is fixed,
    // 3.4 GB of queue at 5/24 GB per hour → 16.32 h.
    expect(buildManifest(answers, withBuffer(5), 'coral-dev-board-1gb').timeToLiveSecs).toBe(
      Math.floor(16.32 * 3600),
    );
  });

  it('keeps a memory limit the user set, and says when the estimate wants more', () => {
    const answers = listAnswers([{ name: 'a', memoryLimitMb: 64 }]);
    // Typical need 60 MiB (under the user's 64), high end 80 MiB × 1.25 = 100 MiB (over it).
    const out = buildManifest(answers, fakeEstimate(answers, { moduleHighMiB: [80] }));
    expect(out.limits[0]).toMatchObject({ memoryMiB: 64, basis: 'user' });
    expect(
      out.notes.some((n) =>
        /Kept at 64 MiB: the estimate puts this module's high end at 80 MiB \(100 MiB with your 25% headroom\)/.test(
          n.text,
        ),
      ),
    ).toBe(true);
    // A user's limit under the typical need is raised to it: a limit never goes below what the estimate counts.
    const under = buildManifest(answers, fakeEstimate(answers, { moduleHighMiB: [200] }));
    expect(under.limits[0]).toMatchObject({ memoryMiB: 150, basis: 'user' });
    expect(
      under.notes.some((n) => /Raised your memory limit for "a" from 64 MiB to 150 MiB/.test(n.text)),
    ).toBe(true);
  });

  it('names count-mode modules, fills image placeholders and sanitises names', () => {
    const count = buildManifest(DEFAULT_ANSWERS, fakeEstimate(DEFAULT_ANSWERS), null);
    expect(Object.keys(desired(count).modules)).toEqual(['module-1', 'module-2']);
    expect(desired(count).modules['module-1']?.settings.image).toBe('${MODULES.module-1}');
    expect(validateManifest(count.manifest)).toEqual({ ok: true });
    expect(toModuleName('My filter (v2)', 0)).toBe('My-filter-(v2)');
    expect(toModuleName('  ', 3)).toBe('module4');
    expect(toModuleName('$edgeHub', 0)).toBe('edgeHub');
    const dup = listAnswers([{ name: 'a b' }, { name: 'a-b' }]);
    expect(Object.keys(desired(buildManifest(dup, fakeEstimate(dup))).modules)).toEqual(['a-b', 'a-b-2']);
  });

  it('splits long createOptions into ≤ 512-character chunks that join back', () => {
    const json = JSON.stringify({
      Env: Array.from({ length: 80 }, (_, i) => `VARIABLE_${i}=${'x'.repeat(10)}`),
    });
    const chunks = chunkCreateOptions(json);
    expect(Object.keys(chunks).slice(0, 3)).toEqual(['createOptions', 'createOptions01', 'createOptions02']);
    expect(Object.values(chunks).every((c) => c.length <= 512)).toBe(true);
    expect(Object.values(chunks).join('')).toBe(json);
  });
});

describe('memory limits a module can start with', () => {
  it("never writes a limit under 64 MiB, nor under a server application's published minimum", () => {
    const answers = listAnswers([
      { name: 'tiny', language: 'c', image: 'contoso.azurecr.io/tiny-c:1' },
      { name: 'influxdb', language: 'rust-go', image: '${MODULES.influxdb}' },
      { name: 'dash', language: 'unknown', image: 'grafana/grafana:10.4.2' },
      {
        name: 'sql',
        language: 'unknown',
        image: 'mcr.microsoft.com/azure-sql-edge:latest',
        memoryLimitMb: 256,
      },
    ]);
    // The estimate says 17 MiB for each (a small Go or C process): far too little for a database.
    const out = buildManifest(answers, fakeEstimate(answers, { moduleHighMiB: [17, 17, 17, 17] }));
    expect(out.limits.map((l) => [l.name, l.memoryMiB, l.basis])).toEqual([
      ['tiny', 64, 'estimate'],
      ['influxdb', 1908, 'estimate'], // 2,000 MB (InfluxData's low-load guideline) in MiB, rounded up
      ['dash', 489, 'estimate'], // Grafana's 512 MB
      ['sql', 477, 'user'], // Azure SQL Edge's ~500 MB at start; the user's 256 MiB is raised, with a note
    ]);
    expect(
      out.notes.some((n) => /Raised your memory limit for "sql" from 256 MiB to 477 MiB/.test(n.text)),
    ).toBe(true);
    expect(out.notes.some((n) => /"influxdb".*raised to 1908 MiB: InfluxData/.test(n.text))).toBe(true);
    // On a 2 GB Raspberry Pi 4 that limit is most of the RAM: said plainly.
    const pi = buildManifest(
      answers,
      fakeEstimate(answers, { moduleHighMiB: [17, 17, 17, 17] }),
      'rpi4b-2gb',
    );
    const half = pi.notes.find((n) => /^"influxdb" \(1908 MiB\) may use more than half of/.test(n.text));
    expect(half?.text).toContain(
      "a server application (a database, a dashboard) does use its vendor's figure",
    );
  });

  it('does not blame a server application for a large limit when none is involved', () => {
    const answers = listAnswers([
      { name: 'analytics', language: 'java', image: 'contoso.azurecr.io/analytics:1' },
    ]);
    const out = buildManifest(answers, fakeEstimate(answers, { moduleHighMiB: [1500] }), 'rpi4b-2gb');
    const half = out.notes.find((n) => /^"analytics" \(\d+ MiB\) may use more than half of/.test(n.text));
    expect(half?.text).toContain('A limit is a cap, not a reservation: check the module');
    expect(half?.text).not.toContain('server application');
  });

  it('rounds a limit the user set UP to whole MiB: an imported limit is never lowered', () => {
    const text = JSON.stringify({
      modulesContent: {
        $edgeAgent: {
          'properties.desired': {
            modules: {
              app: {
                type: 'docker',
                settings: {
                  image: 'contoso.azurecr.io/app-c:1',
                  createOptions: '{"HostConfig":{"Memory":100000000}}',
                },
              },
            },
          },
        },
      },
    });
    const imported = parseManifest(text);
    if (!imported.ok) throw new Error(imported.error);
    const answers = manifestToAnswers(imported.manifest, DEFAULT_ANSWERS).answers;
    const out = buildManifest(answers, estimate(answers), null, undefined, { base: imported.document });
    // 100,000,000 bytes = 95.37 MiB → 96 MiB (100,663,296 bytes); rounding to nearest gave 95 MiB = 99,614,720.
    expect(out.limits[0]).toMatchObject({ memoryMiB: 96, basis: 'user' });
    const app = out.manifest.modulesContent.$edgeAgent['properties.desired'].modules['app'];
    const memory = (JSON.parse(app?.settings.createOptions ?? '{}') as { HostConfig: { Memory: number } })
      .HostConfig.Memory;
    expect(memory).toBe(96 * MIB);
    expect(memory).toBeGreaterThanOrEqual(100_000_000);
  });

  it("property: every limit written is at least 64 MiB and at least the user's own limit", () => {
    fc.assert(
      fc.property(
        fc.array(arbModule, { minLength: 1, maxLength: 8 }),
        fc.array(fc.double({ min: 0.1, max: 4000, noNaN: true }), { minLength: 8, maxLength: 8 }),
        (modules, highs) => {
          const answers = listAnswers(modules);
          const out = buildManifest(answers, fakeEstimate(answers, { moduleHighMiB: highs }), null);
          out.limits.forEach((l, i) => {
            expect(l.memoryMiB ?? Infinity).toBeGreaterThanOrEqual(64);
            const own = modules[i]?.memoryLimitMb ?? null;
            if (own !== null) expect(l.memoryBytes ?? 0).toBeGreaterThanOrEqual(own * MIB);
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('edgeAgent and edgeHub memory limits', () => {
  const systemMemory = (out: ReturnType<typeof buildManifest>, name: 'edgeAgent' | 'edgeHub') => {
    const settings = desired(out).systemModules[name].settings;
    return (JSON.parse(settings.createOptions) as { HostConfig: { Memory?: number } }).HostConfig.Memory;
  };

  it("follow the estimate (its high end × headroom), which never counts them under the maintainers' minimums", () => {
    const out = buildManifest(DEFAULT_ANSWERS, fakeEstimate(DEFAULT_ANSWERS));
    expect(validateManifest(out.manifest)).toEqual({ ok: true });
    // The fake edgeHub's high end is 180 MiB, under the maintainers' 300 MB (286.1 MiB): × 1.25 = 358 MiB.
    // The fake edgeAgent's high end is 108 MiB, over 100 MB (96 MiB): 108 × 1.25 = 135 MiB.
    expect(out.systemLimits).toEqual([
      { name: 'edgeAgent', memoryBytes: 135 * MIB, memoryMiB: 135, basis: 'estimate' },
      { name: 'edgeHub', memoryBytes: 358 * MIB, memoryMiB: 358, basis: 'floor' },
    ]);
    expect(systemMemory(out, 'edgeHub')).toBeGreaterThanOrEqual(300_000_000);
    expect(systemMemory(out, 'edgeAgent')).toBeGreaterThanOrEqual(100_000_000);
    expect(out.notes.find((n) => n.topic === 'systemModules.*.HostConfig.Memory')?.text).toMatch(
      /300 MB.*iotedge#6983/,
    );
    // A busy edgeHub: the estimate's high end × headroom.
    const busy = fakeEstimate(DEFAULT_ANSWERS);
    busy.memory.edgeHub = { low: 400, typical: 600, high: 800 };
    expect(buildManifest(DEFAULT_ANSWERS, busy).systemLimits[1]).toMatchObject({
      memoryMiB: 1000,
      basis: 'estimate',
    });
  });

  it('raise an imported limit under the minimum, and keep one above what the sizing suggests', () => {
    const text = readFileSync(
      new URL('../../testing/fixtures/manifests/tight-limits.deployment.json', import.meta.url),
      'utf8',
    );
    const run = (doc: string) => {
      const imported = parseManifest(doc);
      if (!imported.ok) throw new Error(imported.error);
      const answers = manifestToAnswers(imported.manifest, DEFAULT_ANSWERS).answers;
      return buildManifest(answers, estimate(answers), 'rpi4b-4gb', undefined, { base: imported.document });
    };
    const out = run(text);
    // edgeHub was 140,000,000 bytes: under the 300 MB edgeHub needs at least, so it restarted under load.
    expect(systemMemory(out, 'edgeHub')).toBe(out.systemLimits[1]?.memoryBytes);
    expect(systemMemory(out, 'edgeHub')).toBeGreaterThanOrEqual(300_000_000);
    expect(out.changes).toContainEqual({
      path: 'systemModules.edgeHub.settings.createOptions.HostConfig.Memory',
      from: '140000000',
      to: String(out.systemLimits[1]?.memoryBytes),
    });
    const generous = run(text.replace('\\"Memory\\":140000000', '\\"Memory\\":3000000000'));
    expect(systemMemory(generous, 'edgeHub')).toBe(3_000_000_000);
  });
});

describe('protocol heads', () => {
  const headsNote = (out: ReturnType<typeof buildManifest>) =>
    out.notes.find((n) => n.topic === 'edgeHub.env.*Settings__enabled')?.text ?? '';

  it('a generated manifest leaves all three on and says so, port by port, and why', () => {
    const out = buildManifest(DEFAULT_ANSWERS, fakeEstimate(DEFAULT_ANSWERS));
    const hub = desired(out).systemModules.edgeHub;
    expect(
      Object.keys(
        (JSON.parse(hub.settings.createOptions) as { HostConfig: { PortBindings: object } }).HostConfig
          .PortBindings,
      ),
    ).toEqual(['5671/tcp', '8883/tcp', '443/tcp']);
    expect(headsNote(out)).toMatch(
      /left on.*AMQP on, port 5671 published; MQTT on, port 8883 published; HTTPS\/WebSocket on, port 443 published\..*do not say which protocol/,
    );
  });

  it('keeps heads an imported manifest turned off, and their missing port bindings', () => {
    const text = readFileSync(
      new URL('../../testing/fixtures/manifests/tight-limits.deployment.json', import.meta.url),
      'utf8',
    );
    const imported = parseManifest(text);
    if (!imported.ok) throw new Error(imported.error);
    const answers = manifestToAnswers(imported.manifest, DEFAULT_ANSWERS).answers;
    const out = buildManifest(answers, estimate(answers), 'rpi4b-4gb', undefined, {
      base: imported.document,
    });
    const hub = desired(out).systemModules.edgeHub;
    expect(hub.env?.['amqpSettings__enabled']).toEqual({ value: 'false' });
    expect(hub.env?.['httpSettings__enabled']).toEqual({ value: 'false' });
    const options = JSON.parse(hub.settings.createOptions) as { HostConfig: { PortBindings: object } };
    expect(Object.keys(options.HostConfig.PortBindings)).toEqual(['8883/tcp']);
    expect(headsNote(out)).toMatch(
      /kept as in your manifest: AMQP off; MQTT on, port 8883 published; HTTPS\/WebSocket off \(amqpSettings__enabled, httpSettings__enabled = false kept\)/,
    );
  });
});

describe('buildManifest with the sizing model', () => {
  it('takes each module limit from the RAM item module:<index> of the model', () => {
    const answers = listAnswers([
      { name: 'opc publisher', language: 'dotnet', image: 'mcr.microsoft.com/iotedge/opc-publisher:2.9' },
      { name: 'forwarder', language: 'rust-go' },
      { name: 'ml', language: 'python', memoryLimitMb: 900 },
    ]);
    const sized = estimate(answers);
    const out = buildManifest(answers, sized);
    expect(validateManifest(out.manifest)).toEqual({ ok: true });
    const high = (i: number) =>
      sized.requirements.ram.breakdown.find((b) => b.id === `module:${i}`)?.value.high ?? NaN;
    expect(out.limits.map((l) => [l.name, l.memoryMiB, l.basis])).toEqual([
      ['opc-publisher', Math.max(64, Math.ceil(high(0) * 1.25)), 'estimate'],
      ['forwarder', Math.max(64, Math.ceil(high(1) * 1.25)), 'estimate'],
      ['ml', 900, 'user'],
    ]);
    expect(out.device?.id).toBe(sized.recommendedDeviceId);
  });
});

describe('validateManifest (the schema can fail)', () => {
  const good = () =>
    JSON.parse(manifestToJson(buildManifest(DEFAULT_ANSWERS, fakeEstimate(DEFAULT_ANSWERS)))) as {
      modulesContent: Record<string, Record<string, Record<string, unknown>>>;
    };
  it.each([
    [
      'createOptions as an object',
      (m: ReturnType<typeof good>) => {
        const agent = m.modulesContent['$edgeAgent']?.['properties.desired'] as {
          modules: Record<string, { settings: Record<string, unknown> }>;
        };
        const first = Object.values(agent.modules)[0];
        if (first) first.settings['createOptions'] = { HostConfig: {} };
      },
      /createOptions/,
    ],
    [
      'createOptions that is not JSON',
      (m: ReturnType<typeof good>) => {
        const agent = m.modulesContent['$edgeAgent']?.['properties.desired'] as {
          modules: Record<string, { settings: Record<string, unknown> }>;
        };
        const first = Object.values(agent.modules)[0];
        if (first) first.settings['createOptions'] = '{"HostConfig":';
      },
      /must be a JSON object/,
    ],
    [
      'no minDockerVersion',
      (m: ReturnType<typeof good>) => {
        const agent = m.modulesContent['$edgeAgent']?.['properties.desired'] as {
          runtime: { settings: Record<string, unknown> };
        };
        delete agent.runtime.settings['minDockerVersion'];
      },
      /minDockerVersion/,
    ],
    [
      'a route without INTO',
      (m: ReturnType<typeof good>) => {
        const hub = m.modulesContent['$edgeHub']?.['properties.desired'] as {
          routes: Record<string, unknown>;
        };
        hub.routes['bad'] = 'FROM /messages/*';
      },
      /routes/,
    ],
    [
      'a module name with a space',
      (m: ReturnType<typeof good>) => {
        const agent = m.modulesContent['$edgeAgent']?.['properties.desired'] as {
          modules: Record<string, unknown>;
        };
        agent.modules['bad name'] = Object.values(agent.modules)[0];
      },
      /module names/,
    ],
    [
      'restartPolicy "sometimes"',
      (m: ReturnType<typeof good>) => {
        const agent = m.modulesContent['$edgeAgent']?.['properties.desired'] as {
          modules: Record<string, Record<string, unknown>>;
        };
        const first = Object.values(agent.modules)[0];
        if (first) first['restartPolicy'] = 'sometimes';
      },
      /restartPolicy/,
    ],
  ])('rejects %s', (_label, mutate, message) => {
    const manifest = good();
    expect(validateManifest(manifest)).toEqual({ ok: true });
    mutate(manifest);
    const result = validateManifest(manifest);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.join('\n')).toMatch(message);
  });
});

const arbModule: fc.Arbitrary<ModuleSpec> = fc.record({
  name: fc.string({ minLength: 0, maxLength: 30 }),
  language: fc.constantFrom(...LANGUAGES),
  image: fc.oneof(
    fc.constant(''),
    fc.constant('contoso.azurecr.io/app:1.0'),
    fc.constant('nodered/node-red:3.1'),
  ),
  imageSizeMb: fc.constant(null),
  messagesPerSecond: fc.constant(null),
  memoryLimitMb: fc.oneof(fc.constant(null), fc.integer({ min: 4, max: 65_536 })),
});

describe('export → import round trip', () => {
  it('gives back the same module names and memory limits, and re-exports identically (property)', () => {
    fc.assert(
      fc.property(
        fc.array(arbModule, { minLength: 1, maxLength: 12 }),
        fc.array(fc.double({ min: 1, max: 8000, noNaN: true }), { minLength: 12, maxLength: 12 }),
        fc.integer({ min: 0, max: 200 }),
        fc.constantFrom(null, 'rpi3b-1gb', 'rpi5-8gb', 'nuc-core-i5-16gb'),
        (modules, highs, headroomPercent, device) => {
          const answers = {
            ...listAnswers(modules),
            performance: { ...DEFAULT_ANSWERS.performance, headroomPercent, offlineHours: 2 },
          };
          const out = buildManifest(answers, fakeEstimate(answers, { moduleHighMiB: highs }), device);
          expect(validateManifest(out.manifest)).toEqual({ ok: true });
          const back = parseManifest(manifestToJson(out));
          expect(back.ok).toBe(true);
          if (!back.ok) return;
          // Compared as maps: JSON objects list integer-like keys ("0") first, and IoT Edge ignores key order.
          const byName = (pairs: [string, number | null][]) =>
            Object.fromEntries(pairs.sort(([a], [b]) => (a < b ? -1 : 1)));
          expect(back.manifest.modules).toHaveLength(out.limits.length);
          expect(byName(back.manifest.modules.map((m) => [m.name, m.memoryLimitBytes]))).toEqual(
            byName(out.limits.map((l) => [l.name, l.memoryBytes])),
          );
          expect(back.manifest.timeToLiveSecs).toBe(out.timeToLiveSecs);
          expect(back.manifest.optimizeForPerformance).toBe(out.optimizeForPerformance);
          // Import the export into the wizard and export again: the limits are kept, not inflated.
          const again = manifestToAnswers(back.manifest, answers).answers;
          // The same need per module (the import lists integer-like names such as "0" first).
          const highOf = new Map(out.limits.map((l, i) => [l.name, highs[i] ?? 100]));
          const againHighs = effectiveModules(again.workload).map((m) => highOf.get(m.name) ?? 100);
          const second = buildManifest(again, fakeEstimate(again, { moduleHighMiB: againHighs }), device);
          expect(byName(second.limits.map((l) => [l.name, l.memoryBytes]))).toEqual(
            byName(out.limits.map((l) => [l.name, l.memoryBytes])),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('buildManifest with an imported manifest as base (tune, do not replace)', () => {
  const fixture = (file: string) =>
    readFileSync(new URL(`../../testing/fixtures/manifests/${file}`, import.meta.url), 'utf8');
  const importAndExport = (file: string, device: string | null = 'rpi4b-4gb') => {
    const text = fixture(file);
    const imported = parseManifest(text);
    if (!imported.ok) throw new Error(imported.error);
    const answers = manifestToAnswers(imported.manifest, DEFAULT_ANSWERS).answers;
    const out = buildManifest(answers, estimate(answers), device, undefined, { base: imported.document });
    return { original: JSON.parse(text) as Record<string, unknown>, out };
  };
  /** Every path → value of a JSON document, with createOptions strings/chunks parsed so their keys count. */
  const flatten = (value: unknown, path = '', into = new Map<string, unknown>()): Map<string, unknown> => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const obj = value as Record<string, unknown>;
      const chunks = Object.keys(obj)
        .filter((k) => /^createOptions(\d{2})?$/.test(k))
        .sort();
      const joined = chunks.map((k) => obj[k]).join('');
      for (const [k, v] of Object.entries(obj)) {
        if (chunks.includes(k) && typeof v === 'string') continue;
        flatten(v, `${path}/${k}`, into);
      }
      if (chunks.length > 0 && typeof obj['createOptions'] === 'string')
        flatten(JSON.parse(joined) as unknown, `${path}/createOptions`, into);
    } else into.set(path, value);
    return into;
  };
  const TUNED = /HostConfig\/(Memory|LogConfig)|OptimizeForPerformance|timeToLiveSecs|minDockerVersion/;

  it('keeps every route, Binds, env, port, Cmd, credential and twin of the template; only tuned keys differ', () => {
    const { original, out } = importAndExport('dashboard-historian.template.json');
    expect(out.source).toBe('tuned');
    const before = flatten(original);
    const after = flatten(out.manifest);
    for (const [path, value] of before) if (!TUNED.test(path)) expect(after.get(path), path).toEqual(value);
    const added = [...after.keys()].filter(
      (p) => !before.has(p) || JSON.stringify(after.get(p)) !== JSON.stringify(before.get(p)),
    );
    expect(added.filter((p) => !TUNED.test(p))).toEqual([]);
    const desiredOut = out.manifest.modulesContent.$edgeAgent['properties.desired'];
    const hubOut = out.manifest.modulesContent.$edgeHub['properties.desired'];
    expect(hubOut.routes).toEqual({
      toCloud: 'FROM /messages/* INTO $upstream',
      collectorToFlows:
        'FROM /messages/modules/collector/* INTO BrokeredEndpoint("/modules/flows/inputs/input1")',
    });
    // Templates keep createOptions objects (the build tool stringifies them) and their placeholders.
    const historian = desiredOut.modules['historian']?.settings.createOptions as unknown as {
      HostConfig: { Binds: string[]; Memory: number; PortBindings: unknown };
    };
    expect(historian.HostConfig.Binds).toEqual(['/srv/historian:/var/lib/influxdb']);
    expect(historian.HostConfig.PortBindings).toEqual({ '8086/tcp': [{ HostPort: '8086' }] });
    expect(historian.HostConfig.Memory).toBeGreaterThan(0);
    expect(desiredOut.modules['historian']?.settings.image).toBe('${MODULES.historian}');
    expect(desiredOut.runtime.settings.registryCredentials?.['plantacr']?.username).toBe(
      '$CONTAINER_REGISTRY_USERNAME_plantacr',
    );
    expect(desiredOut.runtime.settings.minDockerVersion).toBe('v1.41');
    expect(desiredOut.modules['dashboard']?.env).toEqual({
      GF_INSTALL_PLUGINS: { value: 'grafana-clock-panel' },
    });
    expect(out.changes.length).toBeGreaterThan(0);
    for (const c of out.changes) expect(out.notes.some((n) => n.text.includes(c.path))).toBe(true);
  });

  it('rewrites string createOptions as strings (deployment.json) and still keeps every other key', () => {
    const { original, out } = importAndExport('tight-limits.deployment.json');
    const before = flatten(original);
    const after = flatten(out.manifest);
    for (const [path, value] of before) if (!TUNED.test(path)) expect(after.get(path), path).toEqual(value);
    const watchdog = out.manifest.modulesContent.$edgeAgent['properties.desired'].modules['watchdog'];
    expect(typeof watchdog?.settings.createOptions).toBe('string');
    expect(validateManifest(out.manifest)).toEqual({ ok: true });
  });

  it('without a base, the manifest is generated as before', () => {
    const out = buildManifest(DEFAULT_ANSWERS, fakeEstimate(DEFAULT_ANSWERS));
    expect(out.source).toBe('generated');
    expect(out.changes).toEqual([]);
  });
});
