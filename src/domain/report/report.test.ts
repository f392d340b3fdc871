import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACCELERATORS,
  ARCHITECTURES,
  CONTAINER_ENGINES,
  CONTAINER_OSES,
  DEFAULT_ANSWERS,
  HOSTINGS,
  HOST_OSES,
  INFERENCE_SIZING,
  IOT_EDGE_VERSIONS,
  LANGUAGES,
  LAYER_SHARING,
  PROCESSING,
  type Answers,
} from '../answers.ts';
import { describeAnswers } from './describe-answers.ts';
import { formatDateTime, formatPercent, formatRange } from '../vocabulary/format.ts';
import { FIXTURE_ANSWERS, FIXTURE_DEVICES, FIXTURE_ESTIMATE } from '../../testing/report-fixture.ts';
import { buildReportModel } from './report-model.ts';
import { csvCell, toCsv } from './to-csv.ts';
import { mdText, toMarkdown } from './to-markdown.ts';

const META = {
  shareUrl: 'https://sizer.example/#/report?s=1.abc_-',
  generatedAt: new Date('2026-11-25T15:33:00Z'),
};

/** A strict RFC 4180 reader, to check that what toCsv writes reads back cell for cell. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  expect(quoted, 'unterminated quoted field').toBe(false);
  expect(cell, 'text after the last CRLF').toBe('');
  return rows;
}

describe('describeAnswers', () => {
  const valueOf = (answers: Answers, path: string) =>
    describeAnswers(answers)
      .flatMap((s) => s.items)
      .find((i) => i.path === path)?.value;

  it('says the default answers in words', () => {
    const sections = describeAnswers(DEFAULT_ANSWERS);
    expect(sections.map((s) => s.title)).toEqual([
      'Name',
      'Workload',
      'Data',
      'Accelerator',
      'Performance',
      'Budget',
      'Platform',
    ]);
    expect(valueOf(DEFAULT_ANSWERS, 'platform.hostOs')).toBe('Debian 12 (Bookworm)');
    expect(valueOf(DEFAULT_ANSWERS, 'platform.iotEdgeVersion')).toBe('1.6 LTS');
    expect(valueOf(DEFAULT_ANSWERS, 'budget.maxDeviceUsd')).toBe('No budget set');
    expect(valueOf(DEFAULT_ANSWERS, 'performance.offlineHours')).toBe('2 hours');
    expect(valueOf(DEFAULT_ANSWERS, 'data.upstreamPercent')).toBe('100%');
  });

  it('lists named modules and the accelerator workload when given', () => {
    const answers: Answers = {
      ...FIXTURE_ANSWERS,
      accelerator: {
        kind: 'gpu',
        sizing: 'workload',
        tops: 0,
        gopsPerInference: 8.7,
        framesPerSecond: 15,
        streams: 1,
      },
    };
    const sections = describeAnswers(answers);
    const modules = sections.find((s) => s.id === 'modules');
    expect(modules?.items.map((i) => i.label)).toEqual(['+opc, "publisher"', '@line\nbreak']);
    expect(modules?.items[0]?.value).toBe(
      '.NET (C#); image mcr.microsoft.com/iotedge/opc-publisher:2.9; 310 MB image; 4 msg/s; memory limit 512 MB; sized by catalog entry OPC Publisher',
    );
    expect(valueOf(answers, 'accelerator.gopsPerInference')).toBe('8.7 GOPs per inference');
    expect(valueOf(answers, 'accelerator.streams')).toBe('1 stream');
    expect(valueOf(answers, 'budget.maxDeviceUsd')).toBe('$2,000');
  });

  it('has words for every value of every enum', () => {
    const enums = {
      language: LANGUAGES,
      layer: LAYER_SHARING,
      processing: PROCESSING,
      accelerator: ACCELERATORS,
      sizing: INFERENCE_SIZING,
      version: IOT_EDGE_VERSIONS,
      hostOs: HOST_OSES,
      arch: ARCHITECTURES,
      engine: CONTAINER_ENGINES,
      containerOs: CONTAINER_OSES,
      hosting: HOSTINGS,
    };
    const arbitraryAnswers = fc.record(
      Object.fromEntries(Object.entries(enums).map(([k, values]) => [k, fc.constantFrom(...values)])) as {
        [K in keyof typeof enums]: fc.Arbitrary<(typeof enums)[K][number]>;
      },
    );
    fc.assert(
      fc.property(arbitraryAnswers, fc.constantFrom('count', 'list' as const), (e, mode) => {
        const answers: Answers = {
          ...FIXTURE_ANSWERS,
          workload: { ...FIXTURE_ANSWERS.workload, mode, defaultLanguage: e.language, layerSharing: e.layer },
          data: { ...DEFAULT_ANSWERS.data, processing: e.processing },
          accelerator: { ...DEFAULT_ANSWERS.accelerator, kind: e.accelerator, sizing: e.sizing },
          platform: {
            ...DEFAULT_ANSWERS.platform,
            iotEdgeVersion: e.version,
            hostOs: e.hostOs,
            architecture: e.arch,
            containerEngine: e.engine,
            containerOs: e.containerOs,
            hosting: e.hosting,
          },
        };
        for (const item of describeAnswers(answers).flatMap((s) => s.items)) {
          expect(item.label).not.toBe('');
          expect(item.value).not.toBe('');
          expect(`${item.label} ${item.value}`).not.toMatch(/undefined|NaN|null|\[object/);
        }
      }),
    );
  });
});

describe('toCsv', () => {
  const csv = toCsv(FIXTURE_ESTIMATE, FIXTURE_ANSWERS, FIXTURE_DEVICES, META);
  const rows = parseCsv(csv);
  const model = buildReportModel(FIXTURE_ESTIMATE, FIXTURE_ANSWERS, FIXTURE_DEVICES, META);

  it('has every section and no undefined or NaN', () => {
    for (const heading of ['Requirements', 'Requirement breakdown', 'Device grades']) {
      expect(rows).toContainEqual([heading]);
    }
    expect(csv).not.toMatch(/undefined|NaN|Infinity/);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes the same figures as the formatter, in the display unit, as plain numbers', () => {
    const plain = (text: string) => text.replaceAll(',', '');
    const ram = FIXTURE_ESTIMATE.requirements.ram;
    const f = formatRange(ram.total, ram.unit);
    expect(rows).toContainEqual(['RAM', f.scale.unit, plain(f.low), plain(f.typical), plain(f.high)]);
    const cpu = formatRange(FIXTURE_ESTIMATE.requirements.cpu.total, 'ref-cores');
    expect(rows).toContainEqual(['CPU', 'ref. cores', cpu.low, cpu.typical, cpu.high]);
    // Shares are in their requirement's unit: 0.61 GB of a 3.26 GB total stays in GB.
    expect(rows).toContainEqual(['Storage', 'Images', 'Module', 'GB', '0.4', '0.61', '0.9']);
    // Utilisation in %, the price in USD: numbers, with the unit in the header.
    expect(rows).toContainEqual([
      'Big Box 9000',
      'Mini PC',
      'Fit',
      'RAM',
      String(Math.round(2.43)),
      String(Math.round(5.43)),
      String(Math.round(0.64)),
      '',
      'Not needed',
      '1249',
      'list',
      'Yes',
      'Yes',
    ]);
    const header = rows.find((row) => row[0] === 'Device' && row[1] === 'Class') ?? [];
    expect(header.filter((h) => h.endsWith('utilisation (%)'))).toHaveLength(4);
    expect(header).toContain('Price (USD)');
    expect(header).toContain('Price basis');
    for (const r of model.requirements)
      expect(rows).toContainEqual([r.label, r.unit, plain(r.low), plain(r.typical), plain(r.high)]);
  });

  it('never writes a number as quoted, formatted text: a value over 999 has no thousands separator', () => {
    expect(rows.some((row) => row.includes('1249'))).toBe(true); // the $1,249 price
    expect(csv).not.toMatch(/"\d{1,3}(,\d{3})+(\.\d+)?"/);
  });

  it('escapes commas, quotes and line breaks, and guards formula starts', () => {
    expect(rows).toContainEqual(['Scenario', `'=HYPERLINK("x"), line "A" | *bold*`]);
    expect(rows.some((row) => row[0] === 'CPU' && row[1] === `'+opc, "publisher"`)).toBe(true);
    expect(rows.some((row) => row[0] === 'RAM' && row[1] === "'@line break")).toBe(true);
    expect(rows).toContainEqual(expect.arrayContaining(['Tiny, "board"']));
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('plain')).toBe('plain');
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        (cells) => {
          const back = parseCsv(cells.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n');
          expect(back).toEqual(cells.map((row) => row.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c))));
        },
      ),
    );
  });
});

describe('toMarkdown', () => {
  const md = toMarkdown(FIXTURE_ESTIMATE, FIXTURE_ANSWERS, META, FIXTURE_DEVICES);

  it('has every section, the meta data and no undefined or NaN', () => {
    for (const heading of [
      '## Scenario',
      '### Platform',
      '## Requirements',
      '### RAM (MiB)',
      '## Recommended device',
      '## Device ladder',
      '## Compatibility findings',
      '## Assumptions and sources',
    ]) {
      expect(md).toContain(`\n${heading}\n`);
    }
    expect(md).not.toMatch(/undefined|NaN|Infinity/);
    expect(md).toContain('Share link: <https://sizer.example/#/report?s=1.abc_->');
    expect(md).toContain('Model version: fixture-1');
    expect(md).toContain(formatDateTime(META.generatedAt));
    expect(md).toContain('| Host OS | Debian 12 (Bookworm) |');
    expect(md).toContain('**Big Box 9000** (recommended)');
  });

  it('uses the formatter’s figures', () => {
    const ram = formatRange(FIXTURE_ESTIMATE.requirements.ram.total, 'MiB');
    expect(md).toContain(`| RAM | ${ram.low} | ${ram.typical} | ${ram.high} | ${ram.scale.unit} |`);
    const small = FIXTURE_ESTIMATE.suggestions.find((x) => x.deviceId === 'small');
    expect(md).toContain(`| ${formatPercent(small?.utilisation.ram ?? NaN)} |`);
  });

  it('escapes user text so it cannot break a table or add markup', () => {
    expect(mdText('a | b *c* <script>\nd')).toBe('a \\| b \\*c\\* \\<script\\> d');
    expect(md).toContain('# Sizing report: =HYPERLINK("x"), line "A" \\| \\*bold\\*');
    // Every table row has as many cells as its header.
    const lines = md.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? '';
      if (!line.startsWith('| ') || !(lines[i + 1] ?? '').startsWith('| ---')) continue;
      const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
      const width = cells(line);
      for (let j = i + 1; (lines[j] ?? '').startsWith('|'); j++) expect(cells(lines[j] ?? '')).toBe(width);
    }
  });
});
