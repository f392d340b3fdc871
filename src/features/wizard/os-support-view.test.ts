import { describe, expect, it } from 'vitest';
import { devicesRuledOutBy, hostOsSupport } from './os-support-view.ts';

describe('platform step: what the host OS means', () => {
  it('names the devices a host rules out, with why', () => {
    const windows = devicesRuledOutBy('windows-client');
    expect(windows.map((d) => d.id)).toEqual(
      expect.arrayContaining(['rpi5-8gb', 'jetson-orin-nano-super-8gb']),
    );
    expect(windows.map((d) => d.id)).not.toContain('nuc-core-i5-16gb');
    expect(windows.find((d) => d.id === 'jetson-orin-nano-super-8gb')?.why).toMatch(/JetPack 6/);
    expect(devicesRuledOutBy('other-linux')).toEqual([]);
  });

  it.each([
    ['raspberry-pi-os-bookworm', 'arm64', 'not-listed', /^Not listed by Microsoft/],
    ['debian-12', 'arm64', 'tier1', /^Tier 1/],
    ['windows-client', 'amd64', 'unsupported', /^Not supported/],
  ] as const)('%s on %s → %s', (os, arch, level, title) => {
    const view = hostOsSupport(os, arch);
    expect(view.level).toBe(level);
    expect(view.title).toMatch(title);
  });
});
