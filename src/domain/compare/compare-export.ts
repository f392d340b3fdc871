/** The comparison as CSV and Markdown (pure): the same rows, marks and rules as the compare view. */
import { csvRows, type Cell } from '../report/to-csv.ts';
import { mdText } from '../report/to-markdown.ts';
import { RULE_TEXT, type Comparison, type CompareRow } from './compare.ts';

/** The names of the best columns of a row ("" when the row marks none). */
export function bestNames(row: CompareRow, names: readonly string[]): string {
  return row.cells
    .map((c, i) => (c.best ? names[i] : null))
    .filter((name): name is string => name !== null && name !== undefined)
    .join('; ');
}

/** One line per row: what is compared, its unit, each scenario's value, whether they differ, and which is best. */
export function comparisonCsv(c: Comparison): string {
  const header: Cell[] = ['Row', 'Unit', ...c.names, 'Differs', 'Best', 'Rule'];
  const rows: Cell[][] = c.rows.map((row) => [
    row.label,
    row.unit ?? '',
    ...row.cells.map((cell) => cell.text),
    row.differs ? 'yes' : 'no',
    bestNames(row, c.names),
    RULE_TEXT[row.rule],
  ]);
  return csvRows([header, ...rows]);
}

/** The comparison as a Markdown table, with "(best)" and "differs" in words. */
export function comparisonMarkdown(
  c: Comparison,
  options: { link?: string; generatedAt?: string; modelVersion?: string } = {},
): string {
  const out: string[] = ['# Edge Sizer: scenarios side by side', ''];
  if (options.generatedAt) out.push(`Generated ${mdText(options.generatedAt)}.`, '');
  out.push(
    `${c.names.length} scenarios compared; ${c.differing} of ${c.rows.length} rows differ. "(best)" marks the best value of a row by the rule in its last column; rows whose values are all the same mark none.`,
    '',
  );
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  out.push(line(['Row', ...c.names.map(mdText), 'Differs', 'Rule']));
  out.push(line(['---', ...c.names.map(() => '---'), '---', '---']));
  for (const row of c.rows) {
    const label = row.unit ? `${row.label}, ${row.unit}` : row.label;
    out.push(
      line([
        mdText(label),
        ...row.cells.map((cell) => `${mdText(cell.text)}${cell.best ? ' **(best)**' : ''}`),
        row.differs ? 'differs' : 'same',
        mdText(RULE_TEXT[row.rule]),
      ]),
    );
  }
  if (options.modelVersion) out.push('', `Sizing model ${mdText(options.modelVersion)}.`);
  if (options.link) out.push('', `Open this comparison: <${options.link}>`);
  return out.join('\n') + '\n';
}

/** A file name for the comparison's downloads. */
export function comparisonFileName(c: Comparison, ext: string): string {
  const base = c.names
    .slice(0, 2)
    .join('-vs-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `edge-sizer-compare-${base || 'scenarios'}.${ext}`;
}
