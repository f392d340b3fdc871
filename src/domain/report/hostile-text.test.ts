/**
 * Hostile text in names (issue 20 item 11): bidi controls are shown, control characters removed, and the
 * Markdown export neither renders entities nor autolinks; prototype keys in an answers file are reported.
 */
import { describe, expect, it } from 'vitest';
import { FIXTURE_ANSWERS, FIXTURE_DEVICES, FIXTURE_ESTIMATE } from '../../testing/report-fixture.ts';
import { parseAnswersFile } from '../share/answers-file.ts';
import { visibleText } from '../visible-text.ts';
import { buildReportModel } from './report-model.ts';
import { toCsv } from './to-csv.ts';
import { mdText, toMarkdown } from './to-markdown.ts';

const META = {
  shareUrl: 'https://sizer.example/#/report?s=1.abc',
  generatedAt: new Date('2026-12-04T10:00:00Z'),
};
const RLO = '\u202e';

const withName = (scenarioName: string) => ({ ...FIXTURE_ANSWERS, scenarioName });

describe('bidi controls', () => {
  it('are shown as a marker, so "invoice\\u202Egnp.exe" does not read "invoiceexe.png"', () => {
    expect(visibleText(`invoice${RLO}gnp.exe`)).toBe('invoice[U+202E]gnp.exe');
    expect(visibleText('a\u2066b\u2069c\u200fd\u061ce')).toBe('a[U+2066]b[U+2069]c[U+200F]d[U+061C]e');
    const model = buildReportModel(FIXTURE_ESTIMATE, withName(`invoice${RLO}gnp.exe`), FIXTURE_DEVICES, META);
    expect(model.title).toBe('Sizing report: invoice[U+202E]gnp.exe');
    expect(JSON.stringify(model)).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it('never reach the Markdown or CSV export', () => {
    const answers = withName(`invoice${RLO}gnp.exe`);
    expect(toMarkdown(FIXTURE_ESTIMATE, answers, META, FIXTURE_DEVICES)).not.toContain(RLO);
    expect(toCsv(FIXTURE_ESTIMATE, answers, FIXTURE_DEVICES, META)).not.toContain(RLO);
  });
});

describe('control characters', () => {
  it('NUL, BEL and ESC are removed from the CSV and Markdown', () => {
    const answers = withName('a\u0000b\u0007c\u001b[2Jd\u009be');
    const md = toMarkdown(FIXTURE_ESTIMATE, answers, META, FIXTURE_DEVICES);
    const csv = toCsv(FIXTURE_ESTIMATE, answers, FIXTURE_DEVICES, META);
    // eslint-disable-next-line no-control-regex
    const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
    expect(md).not.toMatch(controls);
    expect(csv).not.toMatch(controls);
    expect(md).toContain('# Sizing report: abc\\[2Jde');
    expect(csv).toContain('Scenario,abc[2Jde');
  });
});

describe('Markdown export', () => {
  it('escapes & so entities read as typed', () => {
    expect(mdText('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#60;')).toBe(
      '\\&lt;script\\&gt;alert(1)\\&lt;/script\\&gt; \\&amp; \\&#60;',
    );
  });

  it('neutralises bare URLs, www. addresses and e-mail addresses (GFM autolinks)', () => {
    expect(mdText('see https://evil.example/x and HTTP://a.b')).toBe(
      'see https\\://evil.example/x and HTTP\\://a.b',
    );
    expect(mdText('www.evil.example or WWW.x.y')).toBe('www\\.evil.example or WWW\\.x.y');
    expect(mdText('mail bob@evil.example')).toBe('mail bob\\@evil.example');
    const md = toMarkdown(FIXTURE_ESTIMATE, withName('https://evil.example'), META, FIXTURE_DEVICES);
    expect(md).toContain('# Sizing report: https\\://evil.example');
    // The app's own links stay links.
    expect(md).toContain('Share link: <https://sizer.example/#/report?s=1.abc>');
  });
});

describe('answers file', () => {
  it('reports __proto__, constructor and other prototype names as unknown fields', () => {
    const text = '{"scenarioName":"x","__proto__":{"a":1},"constructor":1,"workload":{"toString":2}}';
    const result = parseAnswersFile(text);
    if (!result.ok) throw new Error(result.error);
    expect([...result.warnings].sort()).toEqual([
      'Unknown field __proto__ was ignored.',
      'Unknown field constructor was ignored.',
      'Unknown field workload.toString was ignored.',
    ]);
    expect(Object.getPrototypeOf(result.answers)).toBe(Object.prototype);
    expect(result.answers.scenarioName).toBe('x');
  });
});
