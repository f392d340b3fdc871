import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWERS, HOST_OSES, type Answers, type HostOs } from '../answers.ts';
import { estimate } from '../estimate.ts';
import { addYears, HOST_OS_LIFECYCLE, lifecycleFinding, supportWindows } from './lifecycle.ts';

const on = (hostOs: HostOs, iotEdgeVersion: Answers['platform']['iotEdgeVersion'] = '1.6'): Answers => ({
  ...DEFAULT_ANSWERS,
  platform: {
    ...DEFAULT_ANSWERS.platform,
    hostOs,
    iotEdgeVersion,
    architecture: hostOs.startsWith('windows') ? 'amd64' : 'arm64',
  },
});

describe('lifecycle alignment', () => {
  it.each([
    // host OS, service life (years), finding id, severity, what ends first
    ['debian-12', 5, 'lifecycle-ends-first', 'warning', /^Debian 12 LTS .* ends first, on 2028-06-30$/],
    ['debian-12', 1, 'lifecycle-covered', 'info', null],
    ['debian-12', 1.5, 'lifecycle-covered', 'info', null],
    ['debian-12', 2, 'lifecycle-ends-first', 'warning', /2028-06-30/],
    ['ubuntu-24.04', 1, 'lifecycle-covered', 'info', null],
    ['ubuntu-24.04', 2, 'lifecycle-ends-first', 'warning', /IoT Edge 1\.6 LTS servicing ends first/],
    [
      'ubuntu-24.04',
      3,
      'lifecycle-ends-first',
      'warning',
      /^IoT Edge 1\.6 LTS servicing ends first, on 2028-11-14$/,
    ],
    ['ubuntu-22.04', 1, 'lifecycle-ends-first', 'warning', /2027-04-30/],
    [
      'ubuntu-22.04',
      5,
      'lifecycle-ends-first',
      'warning',
      /^Ubuntu 22\.04 standard support \(Canonical lists Apr 2027.*\) ends first, on 2027-04-30$/,
    ],
    ['rhel-9', 5, 'lifecycle-ends-first', 'warning', /IoT Edge 1\.6/],
    ['windows-client', 1, 'lifecycle-ends-first', 'error', /^EFLOW 1\.5 LTS.* has ended$/],
    ['ubuntu-20.04', 1, 'lifecycle-ends-first', 'error', /has ended/],
  ] as const)('%s for %s years → %s (%s)', (hostOs, years, id, severity, title) => {
    const f = lifecycleFinding(on(hostOs), years);
    expect(f.id).toBe(id);
    expect(f.severity).toBe(severity);
    if (title !== null) expect(f.title).toMatch(title);
    expect(f.message).toMatch(/Support data checked on 2026-12-04/);
    expect(f.source).toMatch(/https:\/\//);
  });

  it('the default OS (Debian 12) ends before IoT Edge 1.6, and the default estimate says so', () => {
    const e = estimate(DEFAULT_ANSWERS);
    const f = e.findings.find((x) => x.id === 'lifecycle-ends-first');
    expect(f?.title).toMatch(/Debian 12/);
    expect(f?.message).toMatch(/2028-06-30; then IoT Edge 1\.6 LTS servicing ends on 2028-11-14/);
    expect(f?.remedy).toMatch(/OS upgrade/);
    expect(f?.remedy).toMatch(/next IoT Edge LTS/);
  });

  it('every host OS has a lifecycle row with a source; dates are ISO days', () => {
    for (const os of HOST_OSES) {
      const row = HOST_OS_LIFECYCLE[os];
      expect(row.source.length).toBeGreaterThan(0);
      if (row.endsOn !== null) expect(row.endsOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(HOST_OS_LIFECYCLE['debian-12'].endsOn).toBe('2028-06-30');
  });

  it('a Windows host has three windows: OS, IoT Edge and EFLOW; Linux two', () => {
    expect(supportWindows(on('windows-server')).map((w) => w.kind)).toEqual(['host-os', 'iot-edge', 'eflow']);
    expect(supportWindows(on('debian-12')).map((w) => w.kind)).toEqual(['host-os', 'iot-edge']);
  });

  it.each([
    ['2026-12-04', 5, '2031-12-04'],
    ['2026-12-04', 0.5, '2027-06-04'],
    ['2026-12-04', 15, '2041-12-04'],
  ] as const)('addYears(%s, %s) = %s', (from, years, to) => {
    expect(addYears(from, years)).toBe(to);
  });
});
