import { describe, expect, it } from 'vitest';
import { ARCHITECTURES } from '../answers.ts';
import { CORE_FACTORS, DEVICES } from './devices.ts';
import { formatDevicePrice, PRICES, PRICES_AS_OF } from './prices.ts';
import { usableRam } from './suggest-devices.ts';

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

describe('Azure Stack Edge Pro 2: three models, NVIDIA A2, sized as the Linux VM', () => {
  it.each([
    ['ase-pro-2-64g2t', 48, 720, null],
    ['ase-pro-2-128g4t1gpu', 96, 1600, 72],
    ['ase-pro-2-256g6t2gpu', 224, 2500, 144],
  ] as const)('%s: %s GiB usable, %s GB, %s TOPS', (id, gib, gb, tops) => {
    const d = DEVICES.find((x) => x.id === id)!;
    expect(d.ramMiB).toBe(gib * 1024);
    expect(d.storageGB).toBe(gb);
    expect(d.accelerator?.tops ?? null).toBe(tops);
    if (tops !== null) expect(d.accelerator?.name).toMatch(/NVIDIA A2 \(\d+ INT8 TOPS dense, \d+ sparse\)/);
    expect(d.storageNote).toMatch(/Linux VM/);
    expect(d.hostOses.oses).not.toContain('windows-server');
  });

  it('no T4 on an Azure Stack Edge Pro 2 and no single 102 GB model is left', () => {
    const ase = DEVICES.filter((d) => d.id.startsWith('ase-pro-2'));
    expect(ase).toHaveLength(3);
    expect(ase.some((d) => /T4/.test(d.accelerator?.name ?? ''))).toBe(false);
    expect(DEVICES.some((d) => d.id === 'azure-stack-edge-pro-2')).toBe(false);
  });
});

describe('prices: one dated table', () => {
  it('every device takes its price and date from PRICES', () => {
    for (const d of DEVICES) {
      const row = PRICES[d.id as keyof typeof PRICES];
      expect(row, d.id).toBeDefined();
      expect(d.priceUsd).toBe(row.usd);
      expect(d.priceAsOf).toBe(row.asOf);
      expect(row.asOf <= PRICES_AS_OF).toBe(true);
      expect(d.priceNote).toContain(`Price as of ${row.asOf}`);
    }
    expect(Object.keys(PRICES).sort()).toEqual(DEVICES.map((d) => d.id).sort());
  });

  it('a price with no list price behind it is marked as an estimate wherever it is shown', () => {
    for (const d of DEVICES) {
      const estimated = PRICES[d.id as keyof typeof PRICES].source.startsWith('Edge Sizer estimate');
      expect(d.priceEstimated, d.id).toBe(estimated);
      expect(formatDevicePrice(d).endsWith('(estimate)'), d.id).toBe(estimated);
    }
    expect(formatDevicePrice(DEVICES.find((d) => d.id === 'rpi4b-2gb')!)).toBe('$55');
    expect(DEVICES.filter((d) => d.priceEstimated === true).length).toBeGreaterThan(0);
  });

  it.each([
    ['rpi4b-2gb', 55],
    ['rpi4b-4gb', 75],
    ['rpi4b-8gb', 115],
    ['rpi5-4gb', 85],
    ['rpi5-8gb', 125],
    ['rpi5-16gb', 205],
    ['rpi-cm4-4gb-32gb', 95],
    ['rpi3b-1gb', 35],
    ['rpi3bplus-1gb', 40],
  ] as const)('%s costs $%s after the 2026-02-03 rise (Pi 3 unchanged)', (id, usd) => {
    expect(PRICES[id].usd).toBe(usd);
    expect(PRICES[id].asOf).toBe('2026-02-03');
  });
});

describe('a catalog that covers what architects buy (issue 19)', () => {
  const amd64 = (d: (typeof DEVICES)[number]) => d.architectures.includes('amd64');
  const arm = (d: (typeof DEVICES)[number]) => d.architectures.some((a) => a !== 'amd64');

  it('has at least 35 classes', () => {
    expect(DEVICES.length).toBeGreaterThanOrEqual(35);
  });

  it('has x86 PCs with an NVIDIA GPU that are not servers, under $8,000', () => {
    const pcs = DEVICES.filter(
      (d) =>
        amd64(d) && d.accelerator?.kind === 'gpu' && d.deviceClass !== 'edge-server' && d.priceUsd < 8000,
    );
    expect(pcs.map((d) => d.id)).toEqual(
      expect.arrayContaining(['asus-rog-nuc-rtx4060-16gb', 'onlogic-karbon-804-rtx-a2000']),
    );
  });

  it('has fanless industrial gateways on Arm and on x86', () => {
    const gateways = DEVICES.filter((d) => d.deviceClass === 'industrial-gateway');
    expect(gateways.filter(arm).length).toBeGreaterThanOrEqual(3);
    expect(gateways.filter(amd64).length).toBeGreaterThanOrEqual(3);
  });

  it.each(['T4', 'A2', 'L4'])('has an edge server with an NVIDIA %s', (gpu) => {
    const servers = DEVICES.filter(
      (d) =>
        d.deviceClass === 'edge-server' && new RegExp(`NVIDIA ${gpu}\\b`).test(d.accelerator?.name ?? ''),
    );
    expect(servers.length).toBeGreaterThan(0);
  });

  it('has several Windows-capable x86 boxes below edge-server prices, each with a TPM 2.0', () => {
    const windows = DEVICES.filter(
      (d) => amd64(d) && d.deviceClass !== 'edge-server' && d.hostOses.oses.includes('windows-client'),
    );
    expect(windows.length).toBeGreaterThanOrEqual(6);
    expect(windows.filter((d) => d.tpm.kind === 'tpm2').length).toBeGreaterThanOrEqual(5);
  });

  it('has Jetson-based industrial boxes, which keep the Orin memory carve-out', () => {
    const boxes = DEVICES.filter((d) => /Orin/.test(d.cpu + d.name) && !d.id.startsWith('jetson-orin'));
    expect(boxes.length).toBeGreaterThanOrEqual(3);
    for (const d of boxes) expect(usableRam(d).reservedMiB, d.id).toBeGreaterThan(0);
  });

  it('every price is dated and says what it rests on: a published figure, or an estimate marked EST', () => {
    for (const d of DEVICES) {
      const row = PRICES[d.id as keyof typeof PRICES];
      expect(row.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.basis.length).toBeGreaterThan(10);
      if (/Edge Sizer estimate/.test(row.source)) expect(row.basis).toMatch(/EST/);
    }
  });

  it('every new class states its upper sustained power draw', () => {
    for (const d of DEVICES) {
      expect(d.powerW, d.id).toBeGreaterThan(0);
      if (d.deviceClass === 'edge-server') expect(d.powerW, d.id).toBeGreaterThanOrEqual(300);
    }
  });
});
