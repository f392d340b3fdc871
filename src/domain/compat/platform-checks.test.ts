import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWERS, DEFAULT_MODULE, type Answers } from '../answers.ts';
import { DEVICES } from '../catalog/devices.ts';
import { estimate } from '../estimate.ts';
import {
  attestationFindings,
  clockFindings,
  deploymentLimitFindings,
  networkRequirements,
  registryHosts,
} from './platform-checks.ts';

const withModules = (moduleCount: number): Answers => ({
  ...DEFAULT_ANSWERS,
  workload: { ...DEFAULT_ANSWERS.workload, mode: 'count', moduleCount },
});
const device = (id: string) => DEVICES.find((d) => d.id === id)!;

describe('deployment limits', () => {
  it.each([
    [2, 0],
    [50, 0],
    [51, 1],
    [200, 1],
  ])('%s modules → %s error(s)', (n, errors) => {
    const findings = deploymentLimitFindings(withModules(n));
    expect(findings).toHaveLength(errors);
    if (errors > 0) {
      expect(findings[0]?.severity).toBe('error');
      expect(findings[0]?.message).toMatch(/50 modules/);
      expect(findings[0]?.message).toMatch(/32 KB/);
      expect(findings[0]?.remedy).toMatch(/50 modules or fewer/);
      expect(findings[0]?.source).toMatch(/iot-edge-limits-and-restrictions/);
    }
  });

  it('the estimate carries the error', () => {
    expect(estimate(withModules(60)).findings[0]?.id).toBe('deployment-module-limit');
  });
});

describe('clock on an offline boot', () => {
  it.each([
    ['rpi4b-4gb', true, 1, /NTP/],
    ['rpi5-8gb', true, 1, /backup battery/],
    ['rpi-cm4-4gb-32gb', true, 1, /carrier board/],
    ['nuc-core-i5-16gb', true, 0, null],
    ['rpi4b-4gb', false, 0, null],
  ] as const)('%s, may boot offline %s → %s finding(s)', (id, offline, count, remedy) => {
    const findings = clockFindings(device(id), offline);
    expect(findings).toHaveLength(count);
    if (remedy !== null) {
      expect(findings[0]?.severity).toBe('warning');
      expect(findings[0]?.remedy).toMatch(remedy);
      expect(findings[0]?.source).toMatch(/^https:\/\//);
    }
  });

  it('no recommended device, no finding', () => {
    expect(clockFindings(undefined, true)).toEqual([]);
  });
});

describe('network requirements', () => {
  it('lists the ports and hosts, the proxy rule and Microsoft sources', () => {
    const net = networkRequirements(DEFAULT_ANSWERS);
    const all = net.rules.map((r) => `${r.ports} ${r.hosts}`).join('\n');
    for (const needle of [
      '443',
      '5671',
      '8883',
      'mcr.microsoft.com',
      '*.blob.core.windows.net',
      'your container registry',
    ])
      expect(all).toContain(needle);
    expect(net.proxy).toMatch(/basic authentication/);
    expect(net.proxy).toMatch(/NTLM/);
    expect(net.sources.every((s) => s.startsWith('https://learn.microsoft.com/'))).toBe(true);
  });

  it("names the user's registries from the module images", () => {
    const answers: Answers = {
      ...DEFAULT_ANSWERS,
      workload: {
        ...DEFAULT_ANSWERS.workload,
        mode: 'list',
        modules: [
          { ...DEFAULT_MODULE, name: 'a', image: 'contoso.azurecr.io/line/a:1.0' },
          {
            ...DEFAULT_MODULE,
            name: 'b',
            image: 'mcr.microsoft.com/azureiotedge-simulated-temperature-sensor:1.5',
          },
          { ...DEFAULT_MODULE, name: 'c', image: 'library/nginx:1' },
          { ...DEFAULT_MODULE, name: 'd', image: 'registry.local:5000/d' },
        ],
      },
    };
    expect(registryHosts(answers)).toEqual(['contoso.azurecr.io', 'registry.local:5000']);
    expect(
      networkRequirements(answers).rules.some((r) => r.hosts === 'contoso.azurecr.io, registry.local:5000'),
    ).toBe(true);
  });
});

describe('TPM attestation on the recommended device', () => {
  it.each([
    ['rpi4b-4gb', 'tpm', 1],
    ['rpi4b-4gb', 'x509', 0],
    ['nuc-core-i5-16gb', 'tpm', 0],
  ] as const)('%s with %s → %s finding(s)', (id, attestation, count) => {
    const findings = attestationFindings(device(id), attestation);
    expect(findings).toHaveLength(count);
    if (count > 0) expect(findings[0]?.remedy).toMatch(/TPM 2\.0 module/);
  });

  it('the estimate: TPM attestation on a Pi-sized workload recommends a board and says what to add', () => {
    const answers = {
      ...DEFAULT_ANSWERS,
      platform: { ...DEFAULT_ANSWERS.platform, attestation: 'tpm' },
    } as Answers;
    const e = estimate(answers);
    const rec = DEVICES.find((d) => d.id === e.recommendedDeviceId);
    expect(rec === undefined || rec.tpm.kind === 'tpm2' || rec.tpm.kind === 'add-on').toBe(true);
    if (rec?.tpm.kind === 'add-on')
      expect(e.findings.some((f) => f.id === 'attestation-tpm-add-on')).toBe(true);
  });
});
