import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbAnswers } from '../../testing/arbitraries.ts';
import { createAnswers } from '../../testing/builders.ts';
import { DEFAULT_ANSWERS } from '../answers.ts';
import { findPreset } from '../presets.ts';
import { comparisonCsv, comparisonMarkdown, bestNames } from './compare-export.ts';
import { compareScenarios, type ComparedScenario } from './compare.ts';

const pi = findPreset('pi-telemetry')!;
const light: ComparedScenario = { name: 'Pi per line', answers: pi.answers };
const heavy: ComparedScenario = {
  name: 'Industrial PC per hall',
  answers: createAnswers({
    ...pi.answers,
    workload: { ...pi.answers.workload, moduleCount: 8 },
    data: { ...pi.answers.data, messagesPerSecondAvg: 200, messagesPerSecondPeak: 800 },
    budget: { maxDeviceUsd: null },
    platform: { ...pi.answers.platform, hostOs: 'ubuntu-24.04', architecture: 'amd64' },
  }),
};

const row = (id: string, c = compareScenarios([light, heavy])) => {
  const r = c.rows.find((x) => x.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
};

describe('compareScenarios', () => {
  it('lays out requirements, the device, its grade, price, binding constraint and findings', () => {
    const c = compareScenarios([light, heavy]);
    expect(c.names).toEqual(['Pi per line', 'Industrial PC per hall']);
    expect(c.rows.map((r) => r.id).slice(0, 9)).toEqual([
      'req-cpu',
      'req-ram',
      'req-storage',
      'req-buffer',
      'req-uplink',
      'device',
      'grade',
      'price',
      'binding',
    ]);
    expect(c.rows.find((r) => r.id === 'findings-count')).toBeDefined();
    for (const r of c.rows) expect(r.cells).toHaveLength(2);
  });

  it('marks the lower requirement as best, and the rows as differing', () => {
    for (const id of ['req-cpu', 'req-ram', 'req-uplink']) {
      const r = row(id);
      expect(r.differs).toBe(true);
      expect(r.cells.map((c) => c.best)).toEqual([true, false]);
    }
  });

  it('the cells of a requirement row share one unit: "low / typical / high"', () => {
    const r = row('req-ram');
    for (const cell of r.cells) expect(cell.text).toMatch(/^[\d.,]+ \/ [\d.,]+ \/ [\d.,]+$/);
    expect(r.unit).toMatch(/MiB|GiB/);
  });

  it('the cheaper recommended device is best on price; the device and binding rows are not ranked', () => {
    const c = compareScenarios([light, heavy]);
    const price = row('price', c);
    const prices = c.estimates.map((e) => e.recommendedDeviceId);
    expect(prices[0]).not.toBe(prices[1]);
    expect(price.cells.filter((x) => x.best)).toHaveLength(1);
    expect(row('device', c).cells.every((x) => !x.best)).toBe(true);
    expect(row('binding', c).cells.every((x) => !x.best)).toBe(true);
  });

  it('ties are all marked; a row whose values are all the same marks none', () => {
    const c = compareScenarios([light, { ...light, name: 'Copy' }, heavy]);
    const cpu = c.rows.find((r) => r.id === 'req-cpu')!;
    expect(cpu.cells.map((x) => x.best)).toEqual([true, true, false]);
    expect(bestNames(cpu, c.names)).toBe('Pi per line; Copy');
  });

  it('lists each finding that some but not all scenarios raise, by name', () => {
    const windows = createAnswers({
      ...light.answers,
      platform: { ...light.answers.platform, iotEdgeVersion: '1.1' },
    });
    const c = compareScenarios([light, { name: 'Old', answers: windows }]);
    const differing = c.rows.filter((r) => r.id.startsWith('finding-'));
    expect(differing.length).toBeGreaterThan(0);
    for (const r of differing) {
      expect(r.differs).toBe(true);
      expect(r.cells.some((x) => x.text === 'No')).toBe(true);
      expect(r.cells.some((x) => x.text.startsWith('Yes ('))).toBe(true);
    }
  });

  it('adds fleet rows when a scenario plans a fleet, and says which does not', () => {
    const fleet = createAnswers({
      ...light.answers,
      budget: { ...light.answers.budget, planFleet: true, sites: 20 },
    });
    const c = compareScenarios([light, { name: 'Fleet', answers: fleet }]);
    expect(row('fleet-devices', c).cells.map((x) => x.text)).toEqual(['No fleet planned', '20 + 1']);
    expect(row('fleet-total', c).cells[1]!.text).toMatch(/^\$[\d,]+ over \d+ years/);
  });

  it('an Azure VM scenario names the VM size, buys no device, and has no device price to rank', () => {
    const vm = createAnswers({
      ...heavy.answers,
      platform: { ...heavy.answers.platform, hosting: 'azure-vm' },
    });
    const c = compareScenarios([heavy, { name: 'In Azure', answers: vm }]);
    expect(row('device', c).cells[1]!.text).toMatch(
      /^(Azure VM .+|No Azure VM size fits) \(no device is bought\)$/,
    );
    expect(row('price', c).cells[1]!.text).toMatch(/^n\/a \(billed by the month/);
    expect(row('price', c).cells.every((x) => !x.best)).toBe(true);
  });

  it('a no-device scenario ranks last on grade', () => {
    const huge = createAnswers({
      ...light.answers,
      data: { ...light.answers.data, messagesPerSecondAvg: 50_000, messagesPerSecondPeak: 100_000 },
      workload: { ...light.answers.workload, moduleCount: 40 },
      budget: { maxDeviceUsd: null },
    });
    const c = compareScenarios([light, { name: 'Huge', answers: huge }]);
    const grade = row('grade', c);
    expect(grade.cells[0]!.best).toBe(true);
  });

  it('property: a scenario compared with itself marks no difference and no best', () => {
    fc.assert(
      fc.property(arbAnswers, (answers) => {
        const c = compareScenarios([
          { name: 'A', answers },
          { name: 'B', answers },
        ]);
        expect(c.differing).toBe(0);
        for (const r of c.rows) for (const cell of r.cells) expect(cell.best).toBe(false);
      }),
      { numRuns: 25 },
    );
  });

  it('property: a best cell always holds the row’s lowest rank, and every rank is finite', () => {
    fc.assert(
      fc.property(fc.array(arbAnswers, { minLength: 2, maxLength: 4 }), (list) => {
        const c = compareScenarios(list.map((answers, i) => ({ name: `S${i}`, answers })));
        for (const r of c.rows) {
          const ranks = r.cells.map((x) => x.rank).filter((x): x is number => x !== null);
          for (const x of ranks) expect(Number.isFinite(x) && x >= 0).toBe(true);
          for (const cell of r.cells) if (cell.best) expect(cell.rank).toBe(Math.min(...ranks));
        }
      }),
      { numRuns: 15 },
    );
  });
});

describe('comparison exports', () => {
  const c = compareScenarios([light, heavy]);
  it('CSV: a header with the scenario names, one line per row, and the best named in words', () => {
    const csv = comparisonCsv(c);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Row,Unit,Pi per line,Industrial PC per hall,Differs,Best,Rule');
    expect(lines).toHaveLength(c.rows.length + 1);
    expect(csv).toMatch(/RAM \(low \/ typical \/ high\),[^\r\n]*,yes,Pi per line,lowest is best/);
  });
  it('Markdown: the table marks the best in words and each row says whether it differs', () => {
    const md = comparisonMarkdown(c, { link: 'https://example.test/#/compare?c=3.x' });
    expect(md).toContain('| Row | Pi per line | Industrial PC per hall | Differs | Rule |');
    expect(md).toContain('**(best)**');
    expect(md).toContain('differs');
    expect(md).toContain('<https://example.test/#/compare?c=3.x>');
  });
  it('hostile scenario names are plain text in both', () => {
    const h = compareScenarios([
      { name: '=HYPERLINK("x")', answers: DEFAULT_ANSWERS },
      { name: '<img src=x>|', answers: DEFAULT_ANSWERS },
    ]);
    expect(comparisonCsv(h).split('\r\n')[0]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(comparisonMarkdown(h)).toContain('\\<img src=x\\>\\|');
  });
});
