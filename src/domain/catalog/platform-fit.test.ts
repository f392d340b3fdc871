import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWERS, HOST_OSES, type Answers, type HostOs } from '../answers.ts';
import type { Device, Range, Requirement, ResourceId } from '../types.ts';
import { DEVICES } from './devices.ts';
import { platformFit } from './platform-fit.ts';
import { gradeDevice, recommendDevice, suggestDevices } from './suggest-devices.ts';

const device = (id: string): Device => {
  const d = DEVICES.find((x) => x.id === id);
  if (d === undefined) throw new Error(`no device ${id}`);
  return d;
};

const withHost = (hostOs: HostOs, architecture: Answers['platform']['architecture']): Answers => ({
  ...DEFAULT_ANSWERS,
  platform: { ...DEFAULT_ANSWERS.platform, hostOs, architecture },
});

const req = (resource: ResourceId, typical: number): Requirement => ({
  resource,
  label: resource,
  unit: 'MiB',
  total: { low: typical, typical, high: typical },
  beforeHeadroom: { low: typical, typical, high: typical },
  breakdown: [],
  explanation: 'test',
});
const SMALL = {
  cpu: req('cpu', 0.1),
  ram: req('ram', 100),
  storage: req('storage', 1),
  buffer: req('buffer', 0),
  uplink: req('uplink', 0),
};
const NO_TOPS: Range = { low: 0, typical: 0, high: 0 };

describe('platformFit: host OS', () => {
  it.each([
    ['jetson-orin-nano-super-8gb', 'windows-client', false],
    ['jetson-orin-nano-super-8gb', 'raspberry-pi-os-bookworm', false],
    ['jetson-orin-nano-super-8gb', 'ubuntu-22.04', true],
    ['jetson-orin-nano-super-8gb', 'ubuntu-24.04', false],
    ['rpi4b-4gb', 'windows-client', false],
    ['rpi4b-4gb', 'windows-server', false],
    ['rpi4b-4gb', 'raspberry-pi-os-bookworm', true],
    ['rpi4b-4gb', 'debian-12', true],
    ['rpi4b-4gb', 'rhel-9', false],
    ['rpi5-8gb', 'ubuntu-22.04', false],
    ['rpi5-8gb', 'ubuntu-24.04', true],
    ['coral-dev-board-1gb', 'debian-12', false],
    ['nuc-core-i5-16gb', 'windows-client', true],
    ['nuc-core-i5-16gb', 'rhel-9', true],
    ['dell-poweredge-xr-class', 'windows-server', true],
    ['ase-pro-2-128g4t1gpu', 'ubuntu-22.04', true],
    ['ase-pro-2-128g4t1gpu', 'windows-server', false],
  ] as const)('%s with %s → %s', (id, hostOs, ok) => {
    const fit = platformFit(device(id), withHost(hostOs, 'arm64'), 'symmetric-key');
    expect(fit.ok).toBe(ok);
    expect(fit.constraint).toBe(ok ? null : 'host-os');
    if (!ok) expect(fit.reasons[0]).toMatch(/^Host OS ruled out: /);
  });

  it('every device lists at least one host OS, each a known choice, with a source', () => {
    for (const d of DEVICES) {
      expect(d.hostOses.oses.length, d.id).toBeGreaterThan(0);
      for (const os of d.hostOses.oses) expect(HOST_OSES).toContain(os);
      expect(d.hostOses.source).toMatch(/^https:\/\//);
      expect(d.tpm.source).toMatch(/^https:\/\//);
      expect(d.rtc.source).toMatch(/^https:\/\//);
    }
  });

  it('no Jetson and no Raspberry Pi lists Windows', () => {
    for (const d of DEVICES.filter((x) => x.id.startsWith('jetson') || x.id.startsWith('rpi'))) {
      expect(d.hostOses.oses).not.toContain('windows-client');
      expect(d.hostOses.oses).not.toContain('windows-server');
    }
  });
});

describe('platformFit: TPM attestation', () => {
  it.each([
    ['nuc-core-i5-16gb', true, /on board/],
    ['rpi4b-4gb', true, /add-on module/],
    ['coral-dev-board-1gb', false, /has none/],
    ['jetson-orin-nano-super-8gb', false, /none is documented/],
  ] as const)('%s → ok %s', (id, ok, text) => {
    const d = device(id);
    const fit = platformFit(d, withHost(d.hostOses.oses[0]!, 'arm64'), 'tpm');
    expect(fit.ok).toBe(ok);
    expect(fit.reasons.join(' ')).toMatch(text);
    if (!ok) expect(fit.constraint).toBe('tpm');
  });

  it('symmetric keys and X.509 need no TPM', () => {
    for (const attestation of ['symmetric-key', 'x509'] as const) {
      const fit = platformFit(device('coral-dev-board-1gb'), withHost('other-linux', 'arm64'), attestation);
      expect(fit).toEqual({ ok: true, constraint: null, reasons: [] });
    }
  });
});

describe('the grader rules out a device that cannot run the host', () => {
  it('a Windows host never gets an ARM or Jetson device, whatever the architecture', () => {
    for (const architecture of ['amd64', 'arm64', 'arm32v7'] as const) {
      const all = suggestDevices({
        requirements: SMALL,
        acceleratorTops: NO_TOPS,
        acceleratorTopsBeforeHeadroom: NO_TOPS,
        answers: withHost('windows-client', architecture),
      });
      for (const s of all) {
        const d = device(s.deviceId);
        if (d.id.startsWith('jetson') || d.id.startsWith('rpi') || !d.architectures.includes('amd64')) {
          expect(s.grade, d.id).toBe('insufficient');
        }
      }
      const rec = recommendDevice(all);
      if (rec !== null) expect(device(rec).architectures).toEqual(['amd64']);
    }
  });

  it('a ruled-out device names the host OS as the binding constraint and says why', () => {
    const s = gradeDevice(device('jetson-orin-nano-super-8gb'), {
      requirements: SMALL,
      acceleratorTops: NO_TOPS,
      acceleratorTopsBeforeHeadroom: NO_TOPS,
      answers: withHost('windows-client', 'arm64'),
    });
    expect(s.grade).toBe('insufficient');
    expect(s.binding).toBe('host-os');
    expect(s.reasons[0]).toMatch(/Windows 10\/11.*does not run on this device/);
  });
});
