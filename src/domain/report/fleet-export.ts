/**
 * The fleet plan in the CSV and Markdown exports: a section of its own, appended after the others (to-csv.ts and
 * to-markdown.ts call these; the helpers they pass in keep this file free of an import cycle).
 */
import type { FleetReport } from './fleet-report.ts';

/** A CSV cell as to-csv.ts writes it: text, or a plain number (null: an empty cell). */
type CsvCell = string | { number: number | null };
const num = (value: number | null): CsvCell => ({ number: value });

/** The fleet section's CSV rows: numbers as numbers, their unit in the header. */
export function fleetCsvRows(fleet: FleetReport): CsvCell[][] {
  const rows: CsvCell[][] = [
    [],
    [fleet.title],
    ['Sites', num(fleet.sites)],
    ['Devices per site', num(fleet.devicesPerSite)],
    ['Devices deployed', num(fleet.devices)],
    ['Spare devices', num(fleet.spares)],
    ['Device', fleet.deviceName ?? 'none'],
    ['Service life (years)', num(fleet.serviceLifeYears)],
    ['Messages a day per device', num(fleet.messages.perDevicePerDay)],
    ['Metered messages a day (4 KB blocks)', num(fleet.messages.fleetPerDay)],
    ['How the messages were derived', fleet.messages.derivation],
    ['IoT Hub edition', fleet.hub.edition ?? 'more than one hub'],
    ['IoT Hub units', num(fleet.hub.units)],
    ['IoT Hub price per unit a month (USD)', fleet.hub.price],
    ['IoT Hub price note', fleet.hub.priceSource],
    ['Energy a year per device (kWh)', num(fleet.energy.kwhPerYearPerDevice)],
    ['Energy a year, fleet (kWh)', num(fleet.energy.kwhPerYearFleet)],
    ['Energy note', fleet.energy.note],
    ['Cost part', 'Per device (USD)', 'Fleet (USD)', 'Missing because', 'How', 'Sources'],
  ];
  for (const c of fleet.costs)
    rows.push([
      c.label,
      num(c.perDeviceUsd),
      num(c.fleetUsd),
      c.fleetUsd === null ? c.fleet : '',
      c.formula,
      c.sources.join('; '),
    ]);
  rows.push([
    'Total (known parts)',
    num(fleet.total.perDeviceUsd),
    num(fleet.total.fleetUsd),
    fleet.excludedNote,
  ]);
  rows.push([
    'IoT Hub edition',
    'Quota',
    'Units needed',
    'Fits one hub',
    'Relative cost (S1 unit = 1)',
    'Cheapest',
  ]);
  for (const h of fleet.hub.rows)
    rows.push([
      h.edition,
      h.quota,
      num(h.units),
      h.fitsOneHub ? 'Yes' : 'No',
      num(h.fitsOneHub ? h.relativeCost : null),
      h.chosen ? 'Yes' : 'No',
    ]);
  return rows;
}

/** Markdown helpers from to-markdown.ts. */
export interface MarkdownKit {
  text(value: string): string;
  urlOrText(value: string): string;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The fleet section's Markdown blocks. */
export function fleetMarkdown(fleet: FleetReport, md: MarkdownKit): string[] {
  return [
    `## ${md.text(fleet.title)}`,
    md.text(fleet.summary),
    [
      `- IoT Hub: **${md.text(fleet.hub.headline)}** (standard tier). ${md.text(fleet.hub.why)}`,
      `- Price per unit: ${md.text(fleet.hub.priceSource)}`,
      `- Messages a day: ${md.text(fleet.messages.derivation)}`,
      `- Energy: ${md.text(fleet.energy.text)} ${md.text(fleet.energy.note)}`,
      ...fleet.hub.notes.map((note) => `- ${md.text(note)}`),
    ].join('\n'),
    table(
      ['Part', 'Per device', 'Fleet', 'How', 'Sources'],
      [
        ...fleet.costs.map((c) => [
          md.text(c.label),
          md.text(c.perDevice),
          md.text(c.fleet),
          md.text(c.formula),
          c.sources.map(md.urlOrText).join('; '),
        ]),
        [
          '**Total (known parts)**',
          md.text(fleet.total.perDevice),
          md.text(fleet.total.fleet),
          md.text(fleet.excludedNote),
          '',
        ],
      ],
    ),
    table(
      ['When', ...fleet.byYearParts.map((p) => md.text(p.label)), 'Total'],
      fleet.byYear.map((y) => [
        y.year === 0 ? 'Start (purchase)' : `End of year ${y.year}`,
        ...fleet.byYearParts.map((p) =>
          md.text(`$${Math.round(y.parts[p.id] ?? 0).toLocaleString('en-US')}`),
        ),
        md.text(`$${Math.round(y.total).toLocaleString('en-US')}`),
      ]),
    ),
    table(
      ['Edition', 'Quota', 'Units needed', 'Fits one hub', 'Relative cost'],
      fleet.hub.rows.map((h) => [
        h.edition + (h.chosen ? ' (cheapest)' : ''),
        md.text(h.quota),
        String(h.units),
        h.fitsOneHub ? 'Yes' : 'No',
        h.fitsOneHub ? String(h.relativeCost) : '–',
      ]),
    ),
  ];
}
