/**
 * The exports over the real model: every preset, a Windows host (EFLOW VM), an accelerator workload, and
 * random valid answers. Whatever the answers, the files carry no "undefined"/"NaN" and the screen's figures.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbAnswers } from '../../testing/arbitraries.ts';
import { createAnswers } from '../../testing/builders.ts';
import type { Answers } from '../answers.ts';
import { DEVICES } from '../catalog/devices.ts';
import { estimate } from '../estimate.ts';
import { PRESETS } from '../presets.ts';
import { formatRange } from '../vocabulary/format.ts';
import { buildReportModel } from './report-model.ts';
import { toCsv } from './to-csv.ts';
import { toMarkdown } from './to-markdown.ts';

const META = {
  shareUrl: 'https://sizer.example/#/report?s=1.x',
  generatedAt: new Date('2026-11-25T12:00:00Z'),
};
const BAD_TEXT = /undefined|NaN|Infinity|\[object|null/;

const CASES: [string, Answers][] = [
  ['defaults', createAnswers()],
  ...PRESETS.map((p): [string, Answers] => [`preset ${p.id}`, p.answers]),
  [
    'Windows host (EFLOW)',
    createAnswers({
      platform: { hostOs: 'windows-server', architecture: 'amd64' },
      budget: { maxDeviceUsd: 400 },
    }),
  ],
  [
    'vision workload on a GPU',
    createAnswers({
      accelerator: {
        kind: 'gpu',
        sizing: 'workload',
        gopsPerInference: 8.7,
        framesPerSecond: 15,
        streams: 4,
      },
    }),
  ],
];

describe.each(CASES)('exports of the real estimate: %s', (_name, answers) => {
  const result = estimate(answers);
  const csv = toCsv(result, answers, DEVICES, META);
  const md = toMarkdown(result, answers, META);

  it('carry every requirement with the formatter’s figures', () => {
    for (const requirement of Object.values(result.requirements)) {
      const f = formatRange(requirement.total, requirement.unit);
      // The CSV: the same digits as the screen, as plain numbers (no thousands separator, never quoted).
      const plain = [f.low, f.typical, f.high].map((c) => c.replaceAll(',', ''));
      const label = requirement.label.includes(',') ? `"${requirement.label}"` : requirement.label;
      expect(csv).toContain(`\r\n${[label, f.scale.unit, ...plain].join(',')}\r\n`);
      expect(md).toContain(`| ${f.low} | ${f.typical} | ${f.high} | ${f.scale.unit} |`);
    }
  });

  it('name the recommended device and never print undefined or NaN', () => {
    const recommended = DEVICES.find((d) => d.id === result.recommendedDeviceId);
    if (recommended) {
      expect(md).toContain(`**${recommended.name}**`);
      expect(csv).toContain(recommended.name);
    } else {
      expect(md).toContain('No device in the catalog fits');
    }
    expect(csv).not.toMatch(BAD_TEXT);
    expect(md).not.toMatch(BAD_TEXT);
    if (result.eflowVm) expect(md).toContain('### EFLOW Linux VM');
    if (result.acceleratorTops.typical > 0) expect(csv).toContain('Accelerator throughput');
  });
});

describe('the report model over random answers', () => {
  it('formats every field without undefined, NaN or empty figures', () => {
    fc.assert(
      fc.property(arbAnswers, (answers) => {
        const model = buildReportModel(estimate(answers), answers, DEVICES, META);
        const text = JSON.stringify(model);
        expect(text).not.toMatch(/undefined|NaN|Infinity|\[object/);
        for (const r of model.requirements) {
          for (const figure of [
            r.low,
            r.typical,
            r.high,
            ...r.breakdown.flatMap((b) => [b.low, b.typical, b.high]),
          ]) {
            expect(figure).toMatch(/^-?[\d,.]+$/);
          }
        }
        expect(model.ladder).toHaveLength(DEVICES.length);
      }),
      { numRuns: 60 },
    );
  });
});
