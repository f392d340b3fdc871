import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACCELERATORS,
  ARCHITECTURES,
  ATTESTATIONS,
  CONTAINER_ENGINES,
  CONTAINER_OSES,
  DEFAULT_ANSWERS,
  HOSTINGS,
  HOST_OSES,
  IOT_EDGE_VERSIONS,
  type Answers,
  type Platform,
} from '../answers.ts';
import { arbAnswers } from '../../testing/arbitraries.ts';
import type { Finding } from '../types.ts';
import { SUPPORT_DATA_CHECKED } from './os-support.ts';
import { checkCompatibility } from './check-compatibility.ts';

function answers(
  platform: Partial<Platform> = {},
  accelerator: Answers['accelerator']['kind'] = 'none',
): Answers {
  return {
    ...DEFAULT_ANSWERS,
    platform: { ...DEFAULT_ANSWERS.platform, ...platform },
    accelerator: { ...DEFAULT_ANSWERS.accelerator, kind: accelerator },
  };
}

const byId = (findings: Finding[], id: string) => findings.find((f) => f.id === id);
const ids = (findings: Finding[]) => findings.map((f) => f.id);

describe('checkCompatibility: defaults', () => {
  it('gives only info findings for the recommended platform (1.6, Debian 12 arm64, moby, bare metal)', () => {
    const findings = checkCompatibility(DEFAULT_ANSWERS);
    expect(ids(findings)).toEqual(['version-supported', 'os-tier-1', 'engine-moby']);
    expect(findings.every((f) => f.severity === 'info')).toBe(true);
  });
});

describe('architecture', () => {
  it('armv6 is an error citing the compatibility script', () => {
    const f = byId(checkCompatibility(answers({ architecture: 'armv6' })), 'architecture-armv6');
    expect(f).toMatchObject({ severity: 'error', field: 'platform.architecture' });
    expect(f?.message).toContain('.NET incompatibility');
    expect(f?.source).toContain('aziot-compatibility.sh');
  });
});

describe('IoT Edge version', () => {
  it.each([
    ['1.6', 'version-supported', 'info'],
    ['1.5', 'version-end-of-support', 'error'],
    ['1.4', 'version-end-of-support', 'error'],
    ['1.1', 'version-end-of-support', 'error'],
  ] as const)('%s → %s (%s)', (version, id, severity) => {
    const f = byId(checkCompatibility(answers({ iotEdgeVersion: version })), id);
    expect(f?.severity).toBe(severity);
    expect(f?.field).toBe('platform.iotEdgeVersion');
    if (severity === 'error') expect(f?.remedy).toContain('1.6');
  });

  it('states the end dates', () => {
    expect(
      byId(checkCompatibility(answers({ iotEdgeVersion: '1.5' })), 'version-end-of-support')?.message,
    ).toContain('2026-11-10');
    expect(
      byId(checkCompatibility(answers({ iotEdgeVersion: '1.6' })), 'version-supported')?.message,
    ).toContain('2028-11-14');
  });

  it('dates its "now" as the day the support data was checked, never as "today"', () => {
    for (const version of ['1.1', '1.5', '1.6'] as const) {
      const f = checkCompatibility(answers({ iotEdgeVersion: version })).find((x) =>
        x.id.startsWith('version-'),
      );
      expect(f?.message).toContain(`Microsoft's lifecycle as checked on ${SUPPORT_DATA_CHECKED}`);
      expect(f?.message).not.toMatch(/today/i);
    }
  });
});

describe('host OS tiers', () => {
  it.each([
    ['debian-12', 'arm32v7', 'os-tier-1', 'info'],
    ['debian-12', 'amd64', 'os-tier-1', 'info'],
    ['ubuntu-24.04', 'arm64', 'os-tier-1', 'info'],
    ['ubuntu-22.04', 'arm32v7', 'os-not-listed', 'warning'],
    ['ubuntu-core', 'amd64', 'os-tier-1', 'info'],
    ['ubuntu-core', 'arm32v7', 'os-unsupported', 'error'],
    ['rhel-9', 'amd64', 'os-tier-1', 'info'],
    ['rhel-8', 'arm64', 'os-rhel-arm', 'error'],
    ['rhel-9', 'arm32v7', 'os-rhel-arm', 'error'],
    ['azure-linux-3', 'arm64', 'os-tier-1', 'info'],
    ['ubuntu-20.04', 'amd64', 'os-removed', 'error'],
    ['debian-11', 'arm32v7', 'os-removed', 'error'],
    ['debian-13', 'arm64', 'os-debian-13', 'warning'],
    ['raspberry-pi-os-trixie', 'arm64', 'os-debian-13', 'warning'],
    ['raspberry-pi-os-bookworm', 'arm32v7', 'os-not-listed', 'warning'],
    ['raspberry-pi-os-bookworm', 'amd64', 'os-unsupported', 'error'],
    ['yocto', 'arm64', 'os-tier-2', 'warning'],
    ['other-linux', 'amd64', 'os-not-listed', 'warning'],
  ] as const)('%s on %s → %s (%s)', (hostOs, architecture, id, severity) => {
    const findings = checkCompatibility(answers({ hostOs, architecture }));
    const f = byId(findings, id);
    expect(f?.severity).toBe(severity);
    expect(f?.field).toBe('platform.hostOs');
    expect(findings.filter((x) => x.id.startsWith('os-'))).toHaveLength(1);
  });

  it('recommends Bookworm or Ubuntu 24.04 for the current (Trixie) Pi OS', () => {
    const f = byId(checkCompatibility(answers({ hostOs: 'raspberry-pi-os-trixie' })), 'os-debian-13');
    expect(f?.remedy).toMatch(/Bookworm/);
    expect(f?.remedy).toMatch(/Ubuntu Server 24\.04/);
  });
});

describe('container engine', () => {
  it.each([
    ['debian-12', 'moby', 'engine-moby', 'info'],
    ['debian-12', 'docker-ce', 'engine-docker-best-effort', 'warning'],
    ['ubuntu-24.04', 'docker-ee', 'engine-docker-best-effort', 'warning'],
    ['ubuntu-core', 'docker-snap', 'engine-docker-snap', 'info'],
    ['ubuntu-core', 'moby', 'engine-ubuntu-core-needs-snap', 'warning'],
    ['ubuntu-24.04', 'docker-snap', 'engine-docker-snap-outside-ubuntu-core', 'warning'],
    ['windows-client', 'docker-ce', 'engine-eflow', 'info'],
  ] as const)('%s + %s → %s (%s)', (hostOs, containerEngine, id, severity) => {
    const arch = hostOs.startsWith('windows') ? 'amd64' : 'arm64';
    const f = byId(checkCompatibility(answers({ hostOs, containerEngine, architecture: arch })), id);
    expect(f?.severity).toBe(severity);
    expect(f?.field).toBe('platform.containerEngine');
  });
});

describe('Docker engine version', () => {
  it('tells Docker CE users the oldest engine IoT Edge 1.6 can use (API v1.41, Docker 20.10)', () => {
    const f = byId(
      checkCompatibility(answers({ hostOs: 'debian-12', containerEngine: 'docker-ce' })),
      'engine-docker-best-effort',
    );
    expect(f?.remedy).toMatch(/20\.10/);
    expect(f?.remedy).toMatch(/v1\.41/);
  });
});

describe('host and container OS families', () => {
  it('Windows containers are an error that explains the old rule and points to EFLOW', () => {
    const f = byId(
      checkCompatibility(
        answers({ hostOs: 'windows-server', architecture: 'amd64', containerOs: 'windows' }),
      ),
      'container-os-windows',
    );
    expect(f?.severity).toBe('error');
    expect(f?.message).toMatch(/process isolation/);
    expect(f?.message).toMatch(/1\.1 LTS/);
    expect(f?.message).toMatch(/1\.2/);
    expect(f?.remedy).toMatch(/EFLOW/);
  });

  it('a Linux host with Windows containers is also a family mismatch', () => {
    const findings = checkCompatibility(answers({ hostOs: 'debian-12', containerOs: 'windows' }));
    expect(byId(findings, 'host-container-family-mismatch')?.severity).toBe('error');
    expect(byId(findings, 'container-os-windows')?.severity).toBe('error');
  });

  it.each(['1.6', '1.5'] as const)(
    'a Windows host with IoT Edge %s is an error for a new deployment: date checked, source, Linux remedies',
    (iotEdgeVersion) => {
      const findings = checkCompatibility({
        ...answers({ hostOs: 'windows-client', architecture: 'amd64' }),
        platform: {
          ...answers({ hostOs: 'windows-client', architecture: 'amd64' }).platform,
          iotEdgeVersion,
        },
      });
      const f = byId(findings, 'windows-host-no-serviced-eflow');
      expect(f?.severity).toBe('error');
      expect(f?.message).toMatch(/Tier 1/);
      expect(f?.message).not.toMatch(/tier 2/i);
      expect(f?.message).toMatch(/2026-11-10/);
      expect(f?.message).toMatch(/Support data checked on 2026-12-04/);
      expect(f?.source).toMatch(/iotedge-eflow\/issues\/319/);
      expect(f?.remedy).toMatch(/Linux host/);
      expect(f?.remedy).toMatch(/Hyper-V or vSphere/);
      expect(findings[0]?.severity).toBe('error');
    },
  );

  it('the EFLOW VM parameters are stated as EFLOW accepts them', () => {
    const findings = checkCompatibility(answers({ hostOs: 'windows-server', architecture: 'amd64' }));
    const f = byId(findings, 'windows-host-eflow');
    expect(f?.severity).toBe('info');
    expect(f?.message).toMatch(/cpuCount/);
    expect(f?.message).toMatch(/even value of at least 1024/);
    expect(f?.message).toMatch(/21 GB to 2 TB, default 29 GB/);
    expect(f?.message).toMatch(/1 or 6 GB log partition/);
    expect(f?.message).toMatch(/1 GB free RAM and 10 GB free disk/);
    expect(byId(findings, 'host-container-family-mismatch')).toBeUndefined();
    expect(ids(findings).some((id) => id.startsWith('os-'))).toBe(false);
  });

  it('EFLOW on ARM64 shipped with 1.4 LTS, not as a preview', () => {
    const findings = checkCompatibility(answers({ hostOs: 'windows-client', architecture: 'arm64' }));
    expect(byId(findings, 'windows-host-eflow')?.message).toMatch(/1\.4 LTS shipped an ARM64 installer/);
    expect(findings.map((f) => f.message).join(' ')).not.toMatch(/was a public preview/);
    expect(byId(findings, 'eflow-arm-unsupported')).toBeUndefined();
  });

  it.each([
    ['windows-server', 'arm64', 'eflow-arm-unsupported', 'error'],
    ['windows-client', 'arm32v7', 'eflow-arm-unsupported', 'error'],
  ] as const)('%s on %s → %s (%s)', (hostOs, architecture, id, severity) => {
    expect(byId(checkCompatibility(answers({ hostOs, architecture })), id)?.severity).toBe(severity);
  });
});

describe('VM hosting', () => {
  it.each(['hyper-v', 'vsphere', 'kvm', 'azure-vm', 'other-vm'] as const)('Linux in %s → info', (hosting) => {
    const f = byId(checkCompatibility(answers({ hosting })), 'vm-hosting');
    expect(f?.severity).toBe('info');
    expect(f?.message).toMatch(/agnostic/);
  });

  it('bare metal has no hosting finding', () => {
    expect(ids(checkCompatibility(answers({ hosting: 'bare-metal' }))).some((id) => id.includes('vm'))).toBe(
      false,
    );
  });

  it.each([
    ['hyper-v', 'warning', /nested virtualization/],
    ['vsphere', 'warning', /Intel-based VMware ESXi 6\.7 and 7\.0/],
    ['azure-vm', 'info', /Azure VM/],
    ['kvm', 'warning', /KVM is not among them/],
  ] as const)('EFLOW in %s → %s', (hosting, severity, text) => {
    const f = byId(
      checkCompatibility(answers({ hostOs: 'windows-server', architecture: 'amd64', hosting })),
      'eflow-nested-virtualization',
    );
    expect(f?.severity).toBe(severity);
    expect(f?.message).toMatch(text);
  });
});

describe('accelerators', () => {
  it('an accelerator on arm32v7 is a warning', () => {
    const f = byId(checkCompatibility(answers({ architecture: 'arm32v7' }, 'gpu')), 'accelerator-arm32');
    expect(f?.severity).toBe('warning');
  });
  it('no accelerator finding on arm64', () => {
    expect(
      byId(checkCompatibility(answers({ architecture: 'arm64' }, 'gpu')), 'accelerator-arm32'),
    ).toBeUndefined();
  });
  it('an accelerator under EFLOW is explained', () => {
    const f = byId(
      checkCompatibility(answers({ hostOs: 'windows-client', architecture: 'amd64' }, 'gpu')),
      'eflow-accelerator',
    );
    expect(f?.severity).toBe('info');
  });
});

const arbPlatform: fc.Arbitrary<Platform> = fc.record({
  iotEdgeVersion: fc.constantFrom(...IOT_EDGE_VERSIONS),
  hostOs: fc.constantFrom(...HOST_OSES),
  architecture: fc.constantFrom(...ARCHITECTURES),
  containerEngine: fc.constantFrom(...CONTAINER_ENGINES),
  containerOs: fc.constantFrom(...CONTAINER_OSES),
  hosting: fc.constantFrom(...HOSTINGS),
  attestation: fc.constantFrom(...ATTESTATIONS),
  deploymentsPerMonth: fc.constantFrom(0, 2, 30),
});

describe('properties', () => {
  it('any valid answers: unique ids, and an armv6 error exactly when armv6 is chosen', () => {
    fc.assert(
      fc.property(arbAnswers, (a) => {
        const findings = checkCompatibility(a);
        expect(new Set(ids(findings)).size).toBe(findings.length);
        expect(findings.some((f) => f.id === 'architecture-armv6' && f.severity === 'error')).toBe(
          a.platform.architecture === 'armv6',
        );
      }),
      { numRuns: 200 },
    );
  });

  it('armv6 always produces an error finding, whatever the other answers', () => {
    fc.assert(
      fc.property(arbPlatform, fc.constantFrom(...ACCELERATORS), (platform, kind) => {
        const findings = checkCompatibility(answers({ ...platform, architecture: 'armv6' }, kind));
        expect(findings.some((f) => f.id === 'architecture-armv6' && f.severity === 'error')).toBe(true);
      }),
    );
  });

  it('every platform combination: unique ids, complete findings, errors first', () => {
    const order = { error: 0, warning: 1, info: 2 } as const;
    let combinations = 0;
    for (const iotEdgeVersion of IOT_EDGE_VERSIONS)
      for (const hostOs of HOST_OSES)
        for (const architecture of ARCHITECTURES)
          for (const containerEngine of CONTAINER_ENGINES)
            for (const containerOs of CONTAINER_OSES)
              for (const hosting of HOSTINGS) {
                combinations++;
                const findings = checkCompatibility(
                  answers({ iotEdgeVersion, hostOs, architecture, containerEngine, containerOs, hosting }),
                );
                const list = ids(findings);
                if (new Set(list).size !== list.length) throw new Error(`duplicate ids: ${list.join(', ')}`);
                for (const f of findings) {
                  if (!f.title || !f.message || !f.remedy || !f.field || !f.source?.startsWith('https://')) {
                    throw new Error(`incomplete finding ${f.id}`);
                  }
                }
                for (let i = 1; i < findings.length; i++) {
                  if (order[findings[i - 1]!.severity] > order[findings[i]!.severity])
                    throw new Error('not sorted');
                }
                const hasVersion =
                  list.includes('version-supported') || list.includes('version-end-of-support');
                if (!hasVersion) throw new Error('no version finding');
                if ((architecture === 'armv6') !== list.includes('architecture-armv6'))
                  throw new Error('armv6 rule');
              }
    expect(combinations).toBe(4 * 16 * 4 * 4 * 2 * 6);
  });
});
