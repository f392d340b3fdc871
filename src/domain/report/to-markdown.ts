/**
 * Markdown export of the whole sizing report (GitHub-flavoured tables), rendered from the same report
 * model as the screen, so its figures are the screen's figures. User text (scenario and module names,
 * anything from an imported manifest) is escaped so it can neither break a table nor inject markup.
 */
import { azureView, vmView } from './hosting-rows.ts';
import { visibleText } from '../visible-text.ts';
import type { Answers } from '../answers.ts';
import { GRADING_RULE, PRICE_RULE } from './device-rows.ts';
import { DEVICES } from '../catalog/devices.ts';
import type { Device, Estimate } from '../types.ts';
import { NO_DEVICE_FITS, buildReportModel, type ReportMeta, type ReportModel } from './report-model.ts';
import { fleetMarkdown } from './fleet-export.ts';
import { buildFleetReport } from './fleet-report.ts';

/**
 * Escape text for a Markdown paragraph or table cell: the characters that start markup anywhere (emphasis,
 * code, links, HTML, entities, table pipes), a leading heading/list marker, and line breaks (a cell is one
 * line). Control characters are removed and bidi controls shown as markers (visibleText).
 *
 * Bare URLs and e-mail addresses are not left for GitHub's autolinker (the GFM "autolinks (extension)"
 * rule, https://github.github.com/gfm/#autolinks-extension-): a backslash before the ":" of "://", the "."
 * of "www." and every "@" stops the match and renders as nothing, so the text reads the same and is not a
 * link. `&` is escaped too, so "&lt;script&gt;" reads as typed instead of rendering as "<script>".
 */
export function mdText(value: string): string {
  return visibleText(value)
    .replace(/[\\`*_[\]<>|~&@]/g, (c) => `\\${c}`)
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.')
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

/** The CPU confidence line under the requirements table. */
function cpuConfidenceMarkdown(c: ReportModel['cpuConfidence']): string {
  return `> **CPU: ${mdText(c.label.toLowerCase())}.** ${mdText(c.text)} ${mdText(c.calibration)}`;
}

/** The storage-wear section: writes per day, what they are made of, and each device's storage life. */
function storageWearMarkdown(w: NonNullable<ReportModel['storageWear']>): string[] {
  return [
    '## Storage wear',
    mdText(w.summary),
    table(
      ['Written per day', 'Low', 'Typical', 'High', 'How it is computed'],
      [
        ...w.breakdown.map((b) => [mdText(b.label), b.low, b.typical, b.high, mdText(b.explanation)]),
        [
          '**Total (GB per day)**',
          `**${w.writesPerDay.low}**`,
          `**${w.writesPerDay.typical}**`,
          `**${w.writesPerDay.high}**`,
          '',
        ],
      ],
      ['l', 'r', 'r', 'r', 'l'],
    ),
    table(
      [
        'Device',
        'Storage',
        'Rated endurance',
        'Flash writes per day',
        'Expected life',
        'Range',
        `Against the ${mdText(w.serviceLife)} service life`,
      ],
      w.rows.map((r) => [
        r.recommended ? `**${mdText(r.name)}** (recommended)` : mdText(r.name),
        mdText(r.storage),
        r.endurance,
        r.flashPerDay,
        mdText(r.life),
        mdText(r.lifeRange),
        mdText(r.verdict),
      ]),
      ['l', 'l', 'r', 'r', 'l', 'l', 'l'],
    ),
    mdText(w.explanation),
  ];
}

/** The VM size, or the Azure VM sizes (per month), as the report says them (hosting-rows.ts); none on bare metal. */
function hostingMarkdown(estimate: Estimate): string[] {
  if (estimate.vmSize) {
    const v = vmView(estimate.vmSize);
    return [
      '## Virtual machine size',
      `**${mdText(v.summary)}** (on ${mdText(v.hypervisor)})`,
      table(
        ['Resource', 'Typical with headroom', 'High (before headroom)', 'Give the VM', 'How'],
        v.rows.map((r) => [r.resource, r.typical, r.high, r.given, r.how].map(mdText)),
      ),
      mdText(v.hostRoom),
      mdText(v.overhead),
      ...(v.accelerator ? [mdText(v.accelerator)] : []),
      `Sources: ${v.sources.map(mdUrlOrText).join('; ')}`,
    ];
  }
  if (estimate.azureVms) {
    const a = azureView(estimate.azureVms);
    return [
      '## Azure VM size',
      `**${mdText(a.headline)}**`,
      mdText(`${a.basis} ${a.budget} ${a.osDisk} ${a.priceNote}`),
      table(
        ['Size', 'CPU', 'Memory', 'GPU', 'Grade', 'Price per month', 'Budget (per month)'],
        a.rows.map((r) =>
          [
            `${r.name}${r.recommended ? ' (recommended)' : ''}`,
            r.cpu,
            r.memory,
            r.gpu,
            r.gradeLabel,
            r.price,
            r.budgetShort,
          ].map(mdText),
        ),
      ),
      ...(a.recommended && a.recommended.reasons.length > 0
        ? [a.recommended.reasons.map((reason) => `- ${mdText(reason)}`).join('\n')]
        : []),
      `Sources: ${[...new Set(a.rows.flatMap((r) => r.sources))].map(mdUrlOrText).join('; ')}`,
    ];
  }
  return [];
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
      `- Support data checked on: ${mdText(m.supportDataChecked)}`,
      `- Prices as of: ${mdText(m.pricesAsOf)} (±30 %)`,
      `- Share link: ${m.shareUrl ? mdUrlOrText(m.shareUrl) : 'none, the scenario is too large for a share link (use Export JSON in Edge Sizer)'}`,
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
  out.push(cpuConfidenceMarkdown(m.cpuConfidence));
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

  out.push(...hostingMarkdown(estimate));

  // In an Azure VM no board is bought: like the report and the results, no board recommendation and no ladder.
  const boards = !estimate.azureVms;
  if (boards) out.push(estimate.vmSize ? '## Recommended host for the VM' : '## Recommended device');
  if (boards && m.recommended) {
    const { row, specs, sources } = m.recommended;
    out.push(
      `**${mdText(row.name)}**: ${mdText(row.gradeLabel)}, binding constraint ${mdText(row.binding)}. ${mdText(m.verdict.sentence)}`,
    );
    if (m.verdict.neighbours.length > 0) {
      out.push(m.verdict.neighbours.map((n) => `- ${mdText(n)}`).join('\n'));
    }
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
  } else if (boards) {
    out.push(mdText(NO_DEVICE_FITS));
    out.push(mdText(m.verdict.sentence));
    if (m.verdict.closest.length > 0) {
      out.push(
        ['The closest devices and what each lacks:', ...m.verdict.closest.map((c) => `- ${mdText(c)}`)].join(
          '\n',
        ),
      );
    }
  }

  if (boards) {
    out.push('## Device ladder');
    if (estimate.vmSize) {
      out.push(
        "Secondary: the host must have room for this VM plus the hypervisor (see Virtual machine size). The grades compare each device with the VM's needs, not with the hypervisor's overhead on top.",
      );
    }
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
        `Fit: ${GRADING_RULE.fit}. Tight: ${GRADING_RULE.tight}. Insufficient: ${GRADING_RULE.insufficient}. ${PRICE_RULE}`,
    );
  }
  if (m.storageWear) out.push(...storageWearMarkdown(m.storageWear));

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

  out.push('## Support over the device’s life');
  out.push(
    mdText(
      `Planned service life: ${m.lifecycle.serviceLifeYears} years, from ${m.lifecycle.serviceStart} to ${m.lifecycle.serviceEnd}.`,
    ),
  );
  out.push(
    table(
      ['Window', 'What ends', 'Ends on', 'Before retirement?', 'Source'],
      m.lifecycle.windows.map((w) => [
        mdText(w.label),
        mdText(w.what),
        w.endsOn ?? 'not known',
        w.endsOn === null ? 'unknown' : w.endsBeforeRetirement ? 'Yes: plan for it' : 'No',
        mdUrlOrText(w.source),
      ]),
    ),
  );

  out.push('## Network: what the firewall must allow');
  out.push(
    table(
      ['Hosts', 'Ports (TCP, outbound)', 'Purpose'],
      m.network.rules.map((r) => [mdText(r.hosts), mdText(r.ports), mdText(r.purpose)]),
    ),
  );
  out.push(`Proxy: ${mdText(m.network.proxy)}`);
  out.push(`Sources: ${m.network.sources.map(mdUrlOrText).join(', ')}`);

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
  // The fleet plan, when one is planned: a section of its own at the end (fleet-export.ts).
  const fleet = buildFleetReport(answers, estimate, catalog);
  if (fleet) out.push(...fleetMarkdown(fleet, { text: mdText, urlOrText: mdUrlOrText }));
  return out.join('\n\n') + '\n';
}
