import { describe, expect, it } from 'vitest';
import { CONTAINER_ENGINES, HOST_OSES, IOT_EDGE_VERSIONS } from '../answers.ts';
import {
  CONTAINER_ENGINE_SUPPORT,
  IOT_EDGE_RELEASES,
  isReleaseSupported,
  OS_SUPPORT,
  osTier,
  REFERENCE_DATE,
} from './os-support.ts';

describe('OS_SUPPORT', () => {
  it('covers every host OS with a label, family, tiers and a source', () => {
    for (const os of HOST_OSES) {
      const s = OS_SUPPORT[os];
      expect(s.label.length).toBeGreaterThan(0);
      expect(['linux', 'windows']).toContain(s.family);
      expect(Object.keys(s.tiers).sort()).toEqual(['amd64', 'arm32v7', 'arm64']);
      expect(s.source).toMatch(/^https:\/\//);
    }
  });

  it.each([
    ['debian-12', 'amd64', 'tier1'],
    ['debian-12', 'arm64', 'tier1'],
    ['debian-12', 'arm32v7', 'tier1'],
    ['ubuntu-24.04', 'arm64', 'tier1'],
    ['ubuntu-24.04', 'arm32v7', 'not-listed'],
    ['ubuntu-22.04', 'arm32v7', 'not-listed'],
    ['ubuntu-core', 'arm64', 'tier1'],
    ['rhel-8', 'amd64', 'tier1'],
    ['rhel-9', 'arm64', 'unsupported'],
    ['azure-linux-3', 'arm64', 'tier1'],
    ['debian-11', 'arm32v7', 'unsupported'],
    ['ubuntu-20.04', 'amd64', 'unsupported'],
    ['debian-13', 'arm64', 'not-listed'],
    ['raspberry-pi-os-trixie', 'arm64', 'not-listed'],
    ['raspberry-pi-os-bookworm', 'arm64', 'not-listed'],
    ['windows-client', 'amd64', 'unsupported'],
    ['windows-client', 'arm64', 'unsupported'],
    ['windows-server', 'amd64', 'unsupported'],
    ['yocto', 'arm64', 'tier2'],
    ['other-linux', 'amd64', 'not-listed'],
    ['debian-12', 'armv6', 'unsupported'],
  ] as const)('%s on %s is %s for IoT Edge 1.6', (os, arch, tier) => {
    expect(osTier(os, arch)).toBe(tier);
  });

  it('lists Windows hosts as the windows family (EFLOW)', () => {
    expect(OS_SUPPORT['windows-client'].family).toBe('windows');
    expect(OS_SUPPORT['windows-server'].notes).toMatch(/EFLOW/);
  });
});

describe('IOT_EDGE_RELEASES', () => {
  it('has the lifecycle dates Microsoft published', () => {
    expect(IOT_EDGE_RELEASES['1.6'].endOfSupport).toBe('2028-11-14');
    expect(IOT_EDGE_RELEASES['1.5'].endOfSupport).toBe('2026-11-10');
    expect(IOT_EDGE_RELEASES['1.4'].endOfSupport).toBe('2024-11-12');
    expect(IOT_EDGE_RELEASES['1.1'].endOfSupport).toBe('2022-12-13');
  });

  it('only 1.1 had Windows containers', () => {
    for (const v of IOT_EDGE_VERSIONS) expect(IOT_EDGE_RELEASES[v].windowsContainers).toBe(v === '1.1');
  });

  it(`only 1.6 is supported on ${REFERENCE_DATE}`, () => {
    expect(IOT_EDGE_VERSIONS.filter((v) => isReleaseSupported(v))).toEqual(['1.6']);
    expect(isReleaseSupported('1.5', '2026-11-10')).toBe(true);
    expect(isReleaseSupported('1.5', '2026-11-11')).toBe(false);
  });
});

describe('CONTAINER_ENGINE_SUPPORT', () => {
  it('recommends moby and gives Docker CE/EE best effort', () => {
    expect(CONTAINER_ENGINE_SUPPORT.moby.level).toBe('recommended');
    expect(CONTAINER_ENGINE_SUPPORT['docker-ce'].level).toBe('best-effort');
    expect(CONTAINER_ENGINE_SUPPORT['docker-ee'].level).toBe('best-effort');
    expect(CONTAINER_ENGINE_SUPPORT['docker-snap'].level).toBe('ubuntu-core-production');
    for (const e of CONTAINER_ENGINES) expect(CONTAINER_ENGINE_SUPPORT[e].source).toMatch(/^https:\/\//);
  });
});
