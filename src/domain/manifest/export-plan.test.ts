/**
 * The export against the sizing model: limits never under what the estimate counts (issue 19), edgeHub and
 * edgeAgent telling one story with the estimate (issue 12), and an imported manifest never exported with a module
 * twice (issue 20).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ANSWERS,
  DEFAULT_MODULE,
  effectiveModules,
  type Answers,
  type ModuleSpec,
} from '../answers.ts';
import { ASSUMPTIONS } from '../assumptions.ts';
import { DEVICES } from '../catalog/devices.ts';
import { estimate } from '../estimate.ts';
import { arbAnswers } from '../../testing/arbitraries.ts';
import { createAnswers, type DeepPartial } from '../../testing/builders.ts';
import { buildManifest, checkExport, manifestToJson, MIB, planExport } from './export.ts';
import { manifestToAnswers, parseManifest } from './import.ts';

const MB = 1e6 / MIB;

const listAnswers = (modules: DeepPartial<ModuleSpec>[]): Answers =>
  createAnswers({ workload: { mode: 'list', modules } });

const gpuVision = (modules: DeepPartial<ModuleSpec>[]): Answers =>
  createAnswers({
    workload: { mode: 'list', modules },
    accelerator: { kind: 'gpu', sizing: 'tops', tops: 10 },
    platform: { architecture: 'arm64' },
  });

describe('module limits against the estimate (the sizing model, not a fake)', () => {
  it('the Python inference module gets the inference runtime in its limit, not 65 MiB', () => {
    const answers = gpuVision([
      { name: 'camera', language: 'python', image: 'contoso.azurecr.io/camera:1.0' },
      { name: 'inference', language: 'python', image: 'contoso.azurecr.io/yolo-inference:2.1' },
      { name: 'uploader', language: 'node' },
    ]);
    const e = estimate(answers);
    const runtime = ASSUMPTIONS['accelerator.ram.gpu'];
    const inference = e.memory.modules[1];
    expect(inference?.inference).toEqual({ low: runtime.low, typical: runtime.value, high: runtime.high });
    expect(e.memory.modules[0]?.inference).toBeNull();
    const out = buildManifest(answers, e, 'jetson-orin-nano-super-8gb');
    const limit = out.limits[1]?.memoryMiB ?? 0;
    // At least the runtime's high end (2,000 MiB) × the 25 % headroom on top of the module's own need.
    expect(limit).toBeGreaterThanOrEqual(Math.ceil((runtime.high ?? 0) * 1.25));
    expect(out.limits[0]?.memoryMiB).toBeLessThan(200);
    expect(out.notes.some((n) => /"inference".*runs the inference/.test(n.text))).toBe(true);
    // The RAM row of the runtime names the module it is counted in.
    const row = e.requirements.ram.breakdown.find((i) => i.label.startsWith('Inference runtime'));
    expect(row?.explanation).toMatch(/counted in module "inference"/);
  });

  it('a DeepStream module is recognised by its image; in count mode the first module runs inference', () => {
    const deepstream = gpuVision([
      { name: 'telemetry', language: 'c' },
      { name: 'NVIDIADeepStreamSDK', language: 'c', image: 'nvcr.io/nvidia/deepstream-l4t:6.0.1-samples' },
    ]);
    const e = estimate(deepstream);
    expect(e.memory.modules[1]?.inference).not.toBeNull();
    const out = buildManifest(deepstream, e, 'jetson-orin-nano-super-8gb');
    expect(out.limits[1]?.memoryMiB).toBeGreaterThan(1000);

    const count = createAnswers({
      workload: { mode: 'count', moduleCount: 3, defaultLanguage: 'python' },
      accelerator: { kind: 'npu', sizing: 'tops', tops: 2 },
    });
    const c = estimate(count);
    expect(c.memory.modules.map((m) => m.inference !== null)).toEqual([true, false, false]);
    expect(c.memory.modules[0]?.inferenceReason).toMatch(/first module/);
    const limits = buildManifest(count, c, 'rpi5-8gb').limits;
    expect(limits[0]?.memoryMiB).toBeGreaterThan((limits[1]?.memoryMiB ?? 0) + 100);
  });

  it("a user's limit under the typical need is raised to it; one above it is kept", () => {
    const answers = gpuVision([{ name: 'detector', language: 'python', memoryLimitMb: 256 }]);
    const e = estimate(answers);
    const need = e.memory.modules[0]?.need.typical ?? 0;
    expect(need).toBeGreaterThan(256);
    const out = buildManifest(answers, e, 'jetson-orin-nano-super-8gb');
    expect(out.limits[0]).toMatchObject({ memoryMiB: Math.ceil(need), basis: 'user' });
    const generous = gpuVision([{ name: 'detector', language: 'python', memoryLimitMb: 4096 }]);
    expect(
      buildManifest(generous, estimate(generous), 'jetson-orin-nano-super-8gb').limits[0]?.memoryMiB,
    ).toBe(4096);
  });

  it('property: each module limit is at least what the estimate counts for it (typical), any answers', () => {
    fc.assert(
      fc.property(arbAnswers, fc.constantFrom(null, ...DEVICES.map((d) => d.id)), (answers, device) => {
        const e = estimate(answers);
        const out = buildManifest(answers, e, device);
        const specs = effectiveModules(answers.workload);
        expect(out.limits).toHaveLength(specs.length);
        out.limits.forEach((l, i) => {
          const need = e.memory.modules[i]?.need.typical ?? Infinity;
          expect(l.memoryMiB ?? 0).toBeGreaterThanOrEqual(need - 1e-9);
        });
        const [agent, hub] = out.systemLimits;
        expect(agent?.memoryMiB ?? 0).toBeGreaterThanOrEqual(e.memory.edgeAgent.high);
        expect(hub?.memoryMiB ?? 0).toBeGreaterThanOrEqual(e.memory.edgeHub.high);
        expect(hub?.memoryMiB ?? 0).toBeGreaterThanOrEqual(300 * MB);
      }),
      { numRuns: 120 },
    );
  });

  it('the plan gives every limit a reason and the assumption ids behind it, all in the register', () => {
    const answers = gpuVision([{ name: 'inference', language: 'python' }]);
    const plan = planExport(answers, estimate(answers), DEVICES.find((d) => d.id === 'rpi5-8gb') ?? null);
    for (const decision of [
      ...plan.modules,
      ...plan.systemLimits,
      plan.timeToLiveSecs,
      plan.optimizeForPerformance,
    ]) {
      expect(decision.reason.length).toBeGreaterThan(20);
      for (const id of decision.assumptionIds) expect(Object.keys(ASSUMPTIONS)).toContain(id);
    }
    expect(plan.modules[0]?.assumptionIds).toEqual(
      expect.arrayContaining(['accelerator.ram.gpu', 'export.min-module-memory-mib']),
    );
    expect(plan.systemLimits[1]?.assumptionIds).toContain('edge-hub.ram-min-mb');
    expect(plan.timeToLiveSecs.assumptionIds).toEqual(['export.min-ttl-s']);
    expect(plan.optimizeForPerformance.assumptionIds).toEqual(['export.low-memory-mib']);
  });
});

describe('edgeHub and edgeAgent: one story between the estimate and the export', () => {
  const router = (rate: number, sizeKb = 1) =>
    createAnswers({
      data: { messagesPerSecondAvg: rate, messagesPerSecondPeak: rate, messageSizeKb: sizeKb },
    });

  it.each([100, 200, 300, 500, 800])(
    "a busy router (%i msg/s) lands in the maintainers' busy band for edgeHub, 200–300 MB (Azure/iotedge#4545)",
    (rate) => {
      const e = estimate(router(rate));
      expect(e.memory.edgeHub.typical).toBeGreaterThanOrEqual(200 * MB);
      expect(e.memory.edgeHub.typical).toBeLessThanOrEqual(300 * MB + 1e-9);
    },
  );

  it('a light load counts edgeHub at the 300 MB minimum; the RAM row and the typed data agree', () => {
    const e = estimate(router(5));
    const row = e.requirements.ram.breakdown.find((i) => i.component === 'edge-hub');
    expect(row?.value).toEqual(e.memory.edgeHub);
    expect(e.memory.edgeHub.typical).toBeCloseTo(300 * MB, 6);
    expect(e.memory.edgeAgent.typical).toBeGreaterThanOrEqual(100 * MB);
    // The export's limits are the estimate's high end × headroom: what the estimate counts, and more.
    const out = buildManifest(router(5), e, 'rpi4b-4gb');
    expect(out.systemLimits.find((l) => l.name === 'edgeHub')?.memoryMiB).toBe(
      Math.ceil(e.memory.edgeHub.high * 1.25),
    );
  });

  it('a very busy router goes above the minimum with its traffic', () => {
    const e = estimate(router(2000, 4));
    expect(e.memory.edgeHub.typical).toBeGreaterThan(300 * MB);
  });

  it('warns when the limits together exceed the usable RAM of the device, and not when they fit', () => {
    const heavy = listAnswers(
      Array.from({ length: 6 }, (_, i) => ({
        name: `svc${i}`,
        language: 'java' as const,
        messagesPerSecond: 50,
      })),
    );
    const e = estimate(heavy);
    const small = buildManifest(heavy, e, 'rpi3b-1gb');
    const finding = small.findings.find((f) => f.id === 'export-limits-overcommit');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toMatch(/add up to .* MiB.*more than the .* MiB Raspberry Pi 3/);
    expect(buildManifest(heavy, e, 'nuc-core-i5-16gb').findings).toEqual([]);
  });
});

/** A deployment manifest with these custom module names (each a running module with a string createOptions). */
function manifestWith(names: readonly string[]): string {
  const modules: Record<string, unknown> = {};
  for (const name of names)
    Object.defineProperty(modules, name, {
      enumerable: true,
      value: {
        version: '1.0',
        type: 'docker',
        status: 'running',
        restartPolicy: 'always',
        settings: { image: 'contoso.azurecr.io/app:1.0', createOptions: '{}' },
      },
    });
  const system = {
    type: 'docker',
    settings: { image: 'mcr.microsoft.com/azureiotedge-agent:1.6', createOptions: '{}' },
  };
  return JSON.stringify({
    modulesContent: {
      $edgeAgent: {
        'properties.desired': {
          schemaVersion: '1.1',
          runtime: { type: 'docker', settings: { minDockerVersion: 'v1.41' } },
          systemModules: {
            edgeAgent: system,
            edgeHub: {
              ...system,
              status: 'running',
              restartPolicy: 'always',
              settings: { image: 'mcr.microsoft.com/azureiotedge-hub:1.6', createOptions: '{}' },
            },
          },
          modules,
        },
      },
      $edgeHub: {
        'properties.desired': {
          schemaVersion: '1.1',
          routes: { r: 'FROM /messages/* INTO $upstream' },
          storeAndForwardConfiguration: { timeToLiveSecs: 7200 },
        },
      },
    },
  });
}

/** Import `text` into the wizard and export the tuned manifest. */
function roundTrip(text: string) {
  const imported = parseManifest(text);
  if (!imported.ok) throw new Error(imported.error);
  const answers = manifestToAnswers(imported.manifest, DEFAULT_ANSWERS).answers;
  const out = buildManifest(answers, estimate(answers), 'nuc-core-i5-16gb', undefined, {
    base: imported.document,
  });
  const modules = (out.manifest.modulesContent.$edgeAgent['properties.desired'].modules ?? {}) as Record<
    string,
    unknown
  >;
  return { answers, out, names: Object.keys(modules) };
}

describe('an imported manifest is never exported with a module twice', () => {
  it('keeps a valid 100-character name once (the wizard shows it shortened), with no truncated copy', () => {
    const long = `m${'x'.repeat(99)}`;
    const { answers, out, names } = roundTrip(manifestWith([long, 'b']));
    expect(answers.workload.modules[0]?.name).toHaveLength(80);
    expect(names).toEqual([long, 'b']);
    expect(out.renamed).toEqual([]);
    expect(out.leftOut).toEqual([]);
    expect(out.changes.some((c) => c.to.startsWith('added'))).toBe(false);
    expect(out.limits[0]?.name).toBe(long);
    expect(checkExport(out).ok).toBe(true);
  });

  it('renames a blank name once and lists it, instead of keeping it and adding a new "module"', () => {
    const { out, names } = roundTrip(manifestWith([' ', 'b']));
    expect(names).toEqual(['module', 'b']);
    expect(out.renamed).toEqual([{ from: ' ', to: 'module' }]);
    expect(out.notes.some((n) => /Renamed.*" " → "module"/.test(n.text))).toBe(true);
    expect(out.notes[0]?.text).toMatch(/1 module was renamed/);
    expect(checkExport(out).ok).toBe(true);
  });

  it('leaves out, with a note, the modules beyond the 200 it sized (10,000 imported)', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => `m${i}`);
    const { answers, out, names } = roundTrip(manifestWith(many));
    expect(answers.workload.modules).toHaveLength(200);
    expect(names).toEqual(many.slice(0, 200));
    expect(out.leftOut).toHaveLength(9_800);
    const note = out.notes.find((n) => n.text.startsWith('Left out 9,800 modules'));
    expect(note?.text).toMatch(/"m200", "m201".*and 9,780 more.*at most 200 modules/);
    expect(out.notes[0]?.text).toMatch(/every sized module.*9,800 modules that were not sized were left out/);
    expect(checkExport(out).ok).toBe(true);
  });

  it('leaves out a module removed in the wizard, and adds one the wizard added', () => {
    const imported = parseManifest(manifestWith(['a', 'b']));
    if (!imported.ok) throw new Error(imported.error);
    const answers = manifestToAnswers(imported.manifest, DEFAULT_ANSWERS).answers;
    const edited: Answers = {
      ...answers,
      workload: {
        ...answers.workload,
        modules: [answers.workload.modules[0] ?? DEFAULT_MODULE, { ...DEFAULT_MODULE, name: 'c' }],
      },
    };
    const out = buildManifest(edited, estimate(edited), 'rpi5-8gb', undefined, { base: imported.document });
    expect(Object.keys(out.manifest.modulesContent.$edgeAgent['properties.desired'].modules)).toEqual([
      'a',
      'c',
    ]);
    expect(out.leftOut).toEqual(['b']);
  });

  it('property: the export holds each sized module exactly once and nothing else, under valid names', () => {
    const name = fc.oneof(
      fc.constantFrom(' ', '', 'module', 'module-2', 'a b', '$x', '0', '__proto__', `n${'y'.repeat(127)}`),
      fc.string({ maxLength: 140 }),
    );
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 12 }), (names) => {
        const { answers, out, names: written } = roundTrip(manifestWith(names));
        const sized = effectiveModules(answers.workload).length;
        expect(written).toHaveLength(sized);
        expect(new Set(written).size).toBe(written.length);
        expect(written.length + out.leftOut.length).toBe(names.length);
        expect(out.renamed.length).toBeLessThanOrEqual(names.length);
        expect(checkExport(out).ok).toBe(true);
        expect(manifestToJson(out).length).toBeGreaterThan(0);
      }),
      { numRuns: 80 },
    );
  });
});
