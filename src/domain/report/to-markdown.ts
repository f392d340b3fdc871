/**
 * Markdown export of the whole sizing report (GitHub-flavoured tables), rendered from the same report
 * model as the screen, so its figures are the screen's figures. User text (scenario and module names,
 * anything from an imported manifest) is escaped so it can neither break a table nor inject markup.
 */
import type { Answers } from '../answers.ts';
import { GRADING_RULE } from './device-rows.ts';
import { DEVICES } from '../catalog/devices.ts';
import type { Device, Estimate } from '../types.ts';
import { NO_DEVICE_FITS, buildReportModel, type ReportMeta } from './report-model.ts';

/**
 * Escape text for a Markdown paragraph or table cell: the characters that start markup anywhere (emphasis,
 * code, links, HTML, table pipes), a leading heading/list marker, and line breaks (a cell is one line).
 */
export function mdText(value: string): string {
  return value
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .trim()
    .replace(/^([#+-])/, '\\$1');
}

/** A URL as an autolink when it is one (http/https, no spaces or angle brackets); escaped text otherwise. */
export function mdUrlOrText(value: string): string {
  return /^https?:\/\/[^\s<>]+$/.test(value) ? `<${value}>` : mdText(value);
}

function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly ('l' | 'r')[],
) {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = header.map((_, i) => (align?.[i] === 'r' ? '---:' : '---'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

/** The whole report as Markdown: scenario, requirements with breakdowns, devices, findings, assumptions. */
export function toMarkdown(
  estimate: Estimate,
  answers: Answers,
  meta: ReportMeta,
  catalog: readonly Device[] = DEVICES,
): string {
  const m = buildReportModel(estimate, answers, catalog, meta);
  const out: string[] = [];
  out.push(`# ${mdText(m.title)}`);
  out.push(
    [
      `- Generated: ${mdText(m.generatedAt)}`,
      `- Model version: ${mdText(m.modelVersion)}`,
      `- Share link: ${mdUrlOrText(m.shareUrl)}`,
    ].join('\n'),
  );

  out.push('## Scenario');
  for (const section of m.answers) {
    out.push(`### ${mdText(section.title)}`);
    out.push(
      table(
        ['Question', 'Answer'],
        section.items.map((item) => [mdText(item.label), mdText(item.value)]),
      ),
    );
  }

  out.push('## Requirements');
  const reqRows = m.requirements.map((r) => [mdText(r.label), r.low, r.typical, r.high, mdText(r.unit)]);
  if (m.accelerator) {
    const a = m.accelerator;
    reqRows.push(['Accelerator throughput', a.low, a.typical, a.high, mdText(a.unit)]);
  }
  out.push(table(['Resource', 'Low', 'Typical', 'High', 'Unit'], reqRows, ['l', 'r', 'r', 'r', 'l']));
  for (const r of m.requirements) {
    out.push(`### ${mdText(r.label)} (${mdText(r.unit)})`);
    out.push(mdText(r.explanation));
    out.push(
      table(
        ['Share', 'Component', 'Low', 'Typical', 'High', 'How it is computed'],
        [
          ...r.breakdown.map((b) => [
            mdText(b.label),
            mdText(b.component),
            b.low,
            b.typical,
            b.high,
            mdText(b.explanation),
          ]),
          ['**Total**', '', `**${r.low}**`, `**${r.typical}**`, `**${r.high}**`, ''],
        ],
        ['l', 'l', 'r', 'r', 'r', 'l'],
      ),
    );
  }
  if (m.eflowVm) {
    out.push('### EFLOW Linux VM');
    out.push(
      table(
        ['Setting', 'Suggested value'],
        m.eflowVm.map((e) => [mdText(e.label), mdText(e.value)]),
      ),
    );
  }

  out.push('## Recommended device');
  if (m.recommended) {
    const { row, specs, sources } = m.recommended;
    out.push(
      `**${mdText(row.name)}**: ${mdText(row.gradeLabel)}, binding constraint ${mdText(row.binding)}. ${mdText(row.bindingText)}`,
    );
    if (specs.length > 0) {
      out.push(
        table(
          ['Specification', 'Value'],
          specs.map((s) => [mdText(s.label), mdText(s.value)]),
        ),
      );
    }
    if (row.reasons.length > 0) out.push(row.reasons.map((reason) => `- ${mdText(reason)}`).join('\n'));
    if (sources.length > 0) out.push(`Sources: ${sources.map(mdUrlOrText).join(', ')}`);
  } else {
    out.push(mdText(NO_DEVICE_FITS));
  }

  out.push('## Device ladder');
  out.push(
    table(
      [
        'Device',
        'Grade',
        'Binding constraint',
        'CPU',
        'RAM',
        'Storage',
        'Accelerator',
        'Price',
        'Within budget',
      ],
      m.ladder.map((d) => [
        d.recommended ? `**${mdText(d.name)}** (recommended)` : mdText(d.name),
        mdText(d.gradeLabel),
        mdText(d.binding),
        d.cpu,
        d.ram,
        d.storage,
        mdText(d.accelerator),
        d.price,
        d.withinBudget,
      ]),
      ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'l'],
    ),
  );
  out.push(
    `Utilisation is the typical requirement (with headroom) divided by the device's usable capacity. ` +
      `Fit: ${GRADING_RULE.fit}. Tight: ${GRADING_RULE.tight}. Insufficient: ${GRADING_RULE.insufficient}.`,
  );

  out.push('## Compatibility findings');
  if (m.findings.length === 0) {
    out.push('No compatibility problems were found for these answers.');
  } else {
    for (const f of m.findings) {
      const lines = [
        `- **${mdText(f.severityLabel)}: ${mdText(f.title)}.** ${mdText(f.message)}`,
        `  Remedy: ${mdText(f.remedy)}`,
      ];
      if (f.source) lines.push(`  Source: ${mdUrlOrText(f.source)}`);
      out.push(lines.join('\n'));
    }
  }

  out.push('## Assumptions and sources');
  out.push(
    table(
      ['Assumption', 'Value', 'Range', 'Unit', 'Confidence', 'Date', 'Source'],
      m.assumptions.map((a) => [
        mdText(a.label) + (a.note ? ` (${mdText(a.note)})` : ''),
        a.value,
        a.range,
        mdText(a.unit),
        a.confidence,
        mdText(a.date),
        mdUrlOrText(a.source),
      ]),
      ['l', 'r', 'r', 'l', 'l', 'l', 'l'],
    ),
  );
  return out.join('\n\n') + '\n';
}
