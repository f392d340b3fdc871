import { describe, expect, it } from 'vitest';
import { ARCHITECTURES } from '../answers.ts';
import { CORE_FACTORS, DEVICES } from './devices.ts';

describe('DEVICES catalog', () => {
  it('has at least 15 device classes with unique ids', () => {
    expect(DEVICES.length).toBeGreaterThanOrEqual(15);
    expect(new Set(DEVICES.map((d) => d.id)).size).toBe(DEVICES.length);
  });

  it('is ordered smallest → largest by RAM, then reference cores, then storage', () => {
    for (let i = 1; i < DEVICES.length; i++) {
      const a = DEVICES[i - 1]!;
      const b = DEVICES[i]!;
      const key = (d: typeof a) => [d.ramMiB, d.refCores, d.storageGB] as const;
      const [ra, ca, sa] = key(a);
      const [rb, cb, sb] = key(b);
      const ordered = ra < rb || (ra === rb && (ca < cb || (ca === cb && sa <= sb)));
      expect(ordered, `${a.id} before ${b.id}`).toBe(true);
    }
  });

  it('starts with a Raspberry Pi 3 and ends with an edge server', () => {
    expect(DEVICES[0]?.id).toBe('rpi3b-1gb');
    expect(DEVICES.at(-1)?.deviceClass).toBe('edge-server');
  });

  it.each(DEVICES.map((d) => [d.id, d] as const))('%s has positive finite specs and a source', (_id, d) => {
    for (const n of [d.cores, d.refCores, d.ramMiB, d.storageGB, d.powerW, d.priceUsd]) {
      expect(Number.isFinite(n)).toBe(true);
      expect(n).toBeGreaterThan(0);
    }
    expect(d.sources.length).toBeGreaterThan(0);
    for (const url of d.sources) expect(url).toMatch(/^https:\/\//);
    expect(d.architectures.length).toBeGreaterThan(0);
    for (const arch of d.architectures) expect(ARCHITECTURES).toContain(arch);
    expect(d.architectures).not.toContain('armv6');
    expect(d.priceNote).toMatch(/±30 %|EST/);
    expect(d.storageNote.length).toBeGreaterThan(0);
    if (d.accelerator !== null) expect(d.accelerator.tops).toBeGreaterThan(0);
  });

  it('counts a Pi 4 core as one reference core (the unit itself)', () => {
    const pi4 = DEVICES.find((d) => d.id === 'rpi4b-4gb');
    expect(pi4?.refCores).toBe(4);
    expect(CORE_FACTORS.a72At1500.value).toBe(1);
  });

  it('runs Pis on arm32v7 and arm64, Jetsons on arm64, x86 on amd64', () => {
    for (const d of DEVICES) {
      if (d.id.startsWith('rpi')) expect(d.architectures).toEqual(['arm32v7', 'arm64']);
      if (d.id.startsWith('jetson')) expect(d.architectures).toEqual(['arm64']);
      if (d.deviceClass === 'mini-pc' || d.deviceClass === 'edge-server')
        expect(d.architectures).toEqual(['amd64']);
    }
  });

  it('every per-core factor states its basis and confidence', () => {
    for (const factor of Object.values(CORE_FACTORS)) {
      expect(factor.value).toBeGreaterThan(0);
      expect(factor.basis.length).toBeGreaterThan(20);
      expect(['H', 'M', 'L', 'EST']).toContain(factor.confidence);
    }
  });
});
