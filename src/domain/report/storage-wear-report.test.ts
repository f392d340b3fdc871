import { describe, expect, it } from 'vitest';
import { DEVICES } from '../catalog/devices.ts';
import { estimate } from '../estimate.ts';
import { createAnswers } from '../../testing/builders.ts';
import { buildCpuConfidence, buildStorageWearReport } from './storage-wear-report.ts';
import { toCsv } from './to-csv.ts';
import { toMarkdown } from './to-markdown.ts';

const META = { shareUrl: 'https://example.com/#s=1', generatedAt: new Date('2026-12-04T05:00:00Z') };
const SD_GATEWAY = createAnswers({ scenarioName: 'SD-card gateway' });

describe('storage wear and CPU confidence in the report, the CSV and the Markdown', () => {
  const e = estimate(SD_GATEWAY);

  it('formats each device’s storage life and the recommended one', () => {
    const w = buildStorageWearReport(e, DEVICES);
    expect(w).not.toBeNull();
    expect(w!.rows).toHaveLength(DEVICES.length);
    expect(w!.serviceLife).toBe('5 years');
    expect(w!.writesPerDay.typical).toBe('4.01');
    expect(w!.recommended?.deviceId).toBe(e.recommendedDeviceId);
    expect(w!.recommended?.storage).toBe('32 GB microSD card');
    expect(w!.recommended?.life).toBe('10 months');
    expect(w!.recommended?.verdict).toBe('Wears out before the 5-year service life');
    expect(w!.summary).toMatch(/lasts about 10 months .*shorter than the planned 5-year service life/);
    const nuc = w!.rows.find((r) => r.deviceId === 'nuc-core-i5-16gb');
    expect(nuc?.verdict).toBe('Outlasts the 5-year service life');
    expect(nuc?.life).toBe('more than 100 years');
  });

  it('is null for an estimate made without storage wear', () => {
    const old = { ...e };
    delete old.storageWear;
    expect(buildStorageWearReport(old, DEVICES)).toBeNull();
  });

  it('marks CPU as low confidence and says what it was calibrated against', () => {
    const c = buildCpuConfidence(e);
    expect(c.label).toBe('Low confidence');
    expect(c.calibration).toMatch(/Azure\/iotedge#6578/);
    expect(c.calibration).toMatch(/no input for leaf devices/);
  });

  it('the CSV carries the CPU confidence and a storage-wear table', () => {
    const csv = toCsv(e, SD_GATEWAY, DEVICES);
    expect(csv).toContain('\r\nCPU confidence\r\nLevel,Low confidence\r\n');
    expect(csv).toContain('\r\nStorage wear\r\nPlanned service life (years),5\r\n');
    // Numbers as numbers: capacity 32 GB, 5.12 TB rated, 16 GB of flash writes a day, a life in years.
    const pi3 = csv.split('\r\n').find((line) => line.startsWith('Raspberry Pi 3 Model B (1 GB),microSD'));
    expect(pi3).toMatch(
      /^Raspberry Pi 3 Model B \(1 GB\),microSD card,32,5\.12,16,0\.\d+,0(\.\d+)?,\d+(\.\d+)?,/,
    );
    expect(csv).toMatch(
      /\r\nRaspberry Pi 4 Model B \(2 GB\),microSD card,32,5\.12,16,0\.\d+,[\d.]+,16\.9,Wears out before the 5-year service life,Yes\r\n/,
    );
    expect(csv).toMatch(/\r\nedgeHub message store \(RocksDB\),GB per day,[\d.]+,[\d.]+,[\d.]+\r\n/);
  });

  it('the Markdown carries the CPU confidence line and a storage-wear section', () => {
    const md = toMarkdown(e, SD_GATEWAY, META, DEVICES);
    expect(md).toContain('> **CPU: low confidence.**');
    expect(md).toContain('## Storage wear');
    expect(md).toMatch(
      /\| \*\*Raspberry Pi 4 Model B \(2 GB\)\*\* \(recommended\) \| 32 GB microSD card \| 5\.12 TB \| 16 GB \| 10 months \|/,
    );
    expect(md.indexOf('## Storage wear')).toBeLessThan(md.indexOf('## Compatibility findings'));
  });
});
