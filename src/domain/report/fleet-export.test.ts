import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWERS, type Answers } from '../answers.ts';
import { DEVICES } from '../catalog/devices.ts';
import { estimate } from '../estimate.ts';
import { toCsv } from './to-csv.ts';
import { toMarkdown } from './to-markdown.ts';

const fleet: Answers = {
  ...DEFAULT_ANSWERS,
  budget: { ...DEFAULT_ANSWERS.budget, planFleet: true, sites: 20, devicesPerSite: 5, energyUsdPerKwh: 0.25 },
};
const META = {
  shareUrl: 'https://example.test/#/results?s=3.x',
  generatedAt: new Date('2026-12-04T10:00:00Z'),
};

describe('exports: the fleet plan', () => {
  it('CSV: a fleet section at the end with numbers as numbers', () => {
    const csv = toCsv(estimate(fleet), fleet, DEVICES);
    const lines = csv.split('\r\n');
    const start = lines.indexOf('Fleet and cost over 5 years');
    expect(start).toBeGreaterThan(0);
    const section = lines.slice(start);
    expect(section).toContain('Devices deployed,100');
    expect(section).toContain('Spare devices,5');
    expect(section).toContain('Metered messages a day (4 KB blocks),43200000');
    expect(section).toContain('IoT Hub edition,S2');
    expect(section).toContain('IoT Hub units,8');
    expect(section.find((l) => l.startsWith('IoT Hub,'))).toMatch(/^IoT Hub,,,price not listed,/);
    expect(section.find((l) => l.startsWith('Energy,'))).toMatch(/^Energy,\d+(\.\d+)?,\d+(\.\d+)?,,/);
  });

  it('CSV and Markdown of a single device say nothing about a fleet', () => {
    expect(toCsv(estimate(DEFAULT_ANSWERS), DEFAULT_ANSWERS, DEVICES)).not.toMatch(/Fleet and cost/);
    expect(toMarkdown(estimate(DEFAULT_ANSWERS), DEFAULT_ANSWERS, META, DEVICES)).not.toMatch(
      /Fleet and cost/,
    );
  });

  it('Markdown: the section with the edition, the cost table and the sources as links', () => {
    const md = toMarkdown(estimate(fleet), fleet, META, DEVICES);
    const section = md.slice(md.indexOf('## Fleet and cost over 5 years'));
    expect(section).toContain('IoT Hub: **S2 × 8 units** (standard tier)');
    expect(section).toMatch(/\| IoT Hub \| price not listed \| price not listed \|/);
    expect(section).toContain(
      '<https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/iot-hub/iot-hub-scaling.md>',
    );
    expect(section).toMatch(/\| Start \(purchase\) \|/);
  });
});
