/**
 * Every breakdown item cites what its value was computed from: change one assumption in the register, and every
 * item whose value moves must cite it. The register is replaced through a proxy that returns a changed copy of
 * one entry at a time, so any way an item reads it (a Reader, a helper, a direct ASSUMPTIONS lookup, a value
 * computed before the item) is caught.
 */
import { describe, expect, it, vi } from 'vitest';
import type * as AssumptionsModule from '../assumptions.ts';
import type { Answers } from '../answers.ts';
import type { Assumption, BreakdownItem, Estimate } from '../types.ts';

const changed = vi.hoisted(() => ({ id: null as string | null }));

vi.mock('../assumptions.ts', async (importOriginal) => {
  const original = await importOriginal<typeof AssumptionsModule>();
  const copies = new Map<string, Assumption>();
  const bump = (x: number) => x * 1.37 + 0.37;
  const ASSUMPTIONS = new Proxy(original.ASSUMPTIONS, {
    get(target, key, receiver) {
      const entry: unknown = Reflect.get(target, key, receiver);
      if (typeof key !== 'string' || key !== changed.id) return entry;
      let copy = copies.get(key);
      if (!copy) {
        const a = entry as Assumption;
        copy = {
          ...a,
          value: bump(a.value),
          ...(a.low === undefined ? {} : { low: bump(a.low) }),
          ...(a.high === undefined ? {} : { high: bump(a.high) }),
        };
        copies.set(key, copy);
      }
      return copy;
    },
  });
  return { ...original, ASSUMPTIONS };
});

const { ASSUMPTION_IDS } = await import('../assumptions.ts');
const { estimate } = await import('../estimate.ts');
const { PRESETS } = await import('../presets.ts');
const { DEFAULT_ANSWERS, DEFAULT_MODULE } = await import('../answers.ts');

/** The presets, each also on Windows (EFLOW) and with a GPU workload, and a list with stated and known modules. */
function scenarios(): Answers[] {
  const out: Answers[] = [];
  for (const p of PRESETS) {
    const a = p.answers;
    out.push(a);
    out.push({ ...a, platform: { ...a.platform, hostOs: 'windows-client', architecture: 'amd64' } });
    out.push({
      ...a,
      accelerator: {
        ...a.accelerator,
        kind: 'gpu',
        sizing: 'workload',
        gopsPerInference: 8.7,
        framesPerSecond: 15,
        streams: 2,
      },
    });
  }
  out.push({
    ...DEFAULT_ANSWERS,
    workload: {
      ...DEFAULT_ANSWERS.workload,
      mode: 'list',
      layerSharing: 'unknown',
      modules: [
        { ...DEFAULT_MODULE, name: 'db', image: 'influxdb:2.7', language: 'unknown', memoryLimitMb: 64 },
        { ...DEFAULT_MODULE, name: 'sql', image: 'mcr.microsoft.com/azure-sql-edge:latest' },
        { ...DEFAULT_MODULE, name: 'filter', language: 'node', imageSizeMb: 400, messagesPerSecond: 20 },
        { ...DEFAULT_MODULE, name: 'big', language: 'java', imageSizeMb: 30, memoryLimitMb: 2048 },
      ],
    },
  });
  return out;
}

type Row = { key: string; value: BreakdownItem['value']; cites: readonly string[] };

/** Every breakdown item of an estimate (requirements and storage wear), keyed by where it stands. */
function rows(e: Estimate): Row[] {
  const out: Row[] = [];
  for (const r of Object.values(e.requirements))
    for (const i of r.breakdown)
      if (i.id !== 'headroom')
        out.push({ key: `${r.resource}/${i.id}`, value: i.value, cites: i.assumptionIds });
  for (const i of e.storageWear?.breakdown ?? [])
    out.push({ key: `wear/${i.id}`, value: i.value, cites: i.assumptionIds });
  for (const m of e.memory.modules)
    out.push({ key: `memory/${m.index}`, value: m.need, cites: m.assumptionIds });
  return out;
}

const moved = (a: Row['value'], b: Row['value']) =>
  (['low', 'typical', 'high'] as const).some(
    (k) => Math.abs(a[k] - b[k]) > 1e-12 * Math.max(1, Math.abs(a[k])),
  );

describe('citations come from what an item reads', () => {
  it('an item whose value moves when one assumption changes cites that assumption', () => {
    const all = scenarios();
    changed.id = null;
    const before = all.map((a) => new Map(rows(estimate(a)).map((r) => [r.key, r])));
    const uncited: string[] = [];
    let movedCount = 0;
    for (const id of ASSUMPTION_IDS) {
      changed.id = id;
      all.forEach((answers, n) => {
        for (const after of rows(estimate(answers))) {
          const was = before[n]!.get(after.key);
          if (!was || !moved(was.value, after.value)) continue;
          movedCount++;
          if (!after.cites.includes(id)) uncited.push(`${after.key} (scenario ${n}) reads ${id}`);
        }
      });
    }
    changed.id = null;
    expect(uncited).toEqual([]);
    // The check bites: changing assumptions does move items (hundreds of times over these scenarios).
    expect(movedCount).toBeGreaterThan(500);
  });

  it('the register proxy is live: changing an assumption moves the items that cite it', () => {
    const answers = PRESETS[0]!.answers;
    changed.id = null;
    const base = estimate(answers).requirements.cpu.breakdown.find((i) => i.id === 'container-engine')!;
    changed.id = 'engine.cpu';
    const bumped = estimate(answers).requirements.cpu.breakdown.find((i) => i.id === 'container-engine')!;
    changed.id = null;
    expect(bumped.value.typical).toBeCloseTo(base.value.typical * 1.37 + 0.37, 9);
    expect(bumped.assumptionIds).toEqual(['engine.cpu']);
  });
});

describe('cited', () => {
  it('records each assumption read, once, in the order first read, with what helpers read', async () => {
    const { cited } = await import('./range.ts');
    const helper = cited((read) => read('engine.ram'));
    const c = cited((read) => {
      const a = read('engine.cpu').typical + read.scalar('daemons.cpu') + read('engine.cpu').low;
      return a + read.cite(helper).typical;
    });
    expect(c.assumptionIds).toEqual(['engine.cpu', 'daemons.cpu', 'engine.ram']);
    expect(cited(() => 1).assumptionIds).toEqual([]);
  });
});
