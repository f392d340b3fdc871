/**
 * CSV export of the sizing report: the requirements (totals and breakdown, low/typical/high), the device grades
 * and the storage wear. Numbers are plain numbers a spreadsheet reads as numbers ("1396", "0.61": no thousands
 * separator, a decimal point, never quoted), with the same precision as the screen (plainNumber), and their
 * unit in a column or header of its own. Each requirement keeps the display unit the screen uses (MiB or GiB,
 * GB or MB), so a spreadsheet and the report never disagree on a digit. Words (grades, verdicts) stay text.
 *
 * RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break are quoted and
 * their quotes doubled. Text cells that start with = + - @ (or a tab / carriage return) are prefixed with
 * an apostrophe, so a spreadsheet never runs a scenario or module name as a formula (OWASP "CSV Injection").
 * Control characters other than tab, CR and LF are removed. Number cells are written as numbers, unguarded.
 */
import { withoutControlCharacters } from '../visible-text.ts';
import type { Answers } from '../answers.ts';
import { DEVICES } from '../catalog/devices.ts';
import { AZURE_VM_SIZES, type AzureVmSize } from '../catalog/azure-vms.ts';
import type { Device, Estimate, Range, Requirement } from '../types.ts';
import { pickScale, plainNumber } from '../vocabulary/format.ts';
import { azureView, vmView } from './hosting-rows.ts';
import { buildReportModel, type ReportMeta } from './report-model.ts';
import { fleetCsvRows } from './fleet-export.ts';
import { buildFleetReport } from './fleet-report.ts';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field: formula-guarded, then quoted when needed. */
export function csvCell(raw: string): string {
  // NUL, BEL, ESC … have no place in a spreadsheet cell and break some readers (issue 20 item 11).
  const value = withoutControlCharacters(raw);
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** A number cell: written as a plain number, never quoted or guarded; null or non-finite is an empty cell. */
export interface NumberCell {
  number: number | null;
}

export type Cell = string | NumberCell;

const n = (value: number | null | undefined): NumberCell => ({ number: value ?? null });

function cellText(cell: Cell): string {
  if (typeof cell === 'string') return csvCell(cell);
  return cell.number === null ? '' : (plainNumber(cell.number) ?? '');
}

/** Rows of cells to CSV text with CRLF line ends (and a final CRLF). */
export function csvRows(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => row.map(cellText).join(',')).join('\r\n') + '\r\n';
}

/** A range in a display scale, as three number cells. */
function rangeCells(range: Range, divisor = 1): Cell[] {
  return [n(range.low / divisor), n(range.typical / divisor), n(range.high / divisor)];
}

/** A requirement's total and breakdown rows, in the display unit the screen picks from its typical total. */
function requirementScale(r: Requirement) {
  return pickScale(r.unit, r.total.typical);
}

/**
/**
 * The VM size (a Linux VM on Hyper-V, vSphere, KVM …) or the Azure VM sizes, as the results and the report show
 * them (hosting-rows.ts), with the figures as numbers and their units in columns of their own. None on bare metal.
 */
function hostingRows(estimate: Estimate, azureCatalog: readonly AzureVmSize[]): Cell[][] {
  const rows: Cell[][] = [];
  const vm = estimate.vmSize;
  if (vm) {
    const v = vmView(vm);
    rows.push(
      [],
      ['Virtual machine size'],
      ['Hypervisor', vm.hypervisor],
      ['Summary', vm.summary],
      [
        'Resource',
        'Need unit',
        'Typical before headroom',
        'Typical with headroom',
        'High (before headroom)',
        'Give the VM',
        'VM unit',
        'How',
      ],
    );
    vm.lines.forEach((l, i) => {
      rows.push([
        v.rows[i]?.resource ?? l.resource,
        l.needUnit,
        n(l.needs.typicalBeforeHeadroom),
        n(l.needs.typical),
        n(l.needs.high),
        n(l.size),
        l.unit,
        l.explanation,
      ]);
    });
    rows.push(
      ['Host room for the VM', 'Unit', 'Value'],
      ['Logical processors for the vCPUs', 'logical processors', n(vm.host.logicalProcessors)],
      ['Host RAM (VM + hypervisor overhead)', 'MiB', n(vm.host.ramMiB)],
      ['Hypervisor RAM overhead', 'MiB', n(vm.overhead.ramMiB)],
      ['Host disk (virtual disk + overhead)', 'GiB', n(vm.host.diskGiB)],
      ['Hypervisor disk overhead', 'GiB', n(vm.overhead.diskGiB)],
      ['Host room', v.hostRoom],
      ['Overhead', v.overhead],
    );
    if (v.accelerator) rows.push(['Accelerator', v.accelerator]);
    for (const source of v.sources) rows.push(['Source', source]);
  }
  const azure = estimate.azureVms;
  if (azure) {
    const a = azureView(azure, azureCatalog);
    rows.push(
      [],
      ['Azure VM sizes'],
      ['Recommendation', a.headline],
      ['Basis', a.basis],
      [
        'Monthly budget (USD per month)',
        azure.budgetUsdPerMonth === null ? 'none set' : n(azure.budgetUsdPerMonth),
      ],
      ['OS disk (GiB)', n(azure.osDiskGiB)],
      ['OS disk', a.osDisk],
      ['Prices', a.priceNote],
      [
        'Size',
        'Name',
        'Series',
        'Architecture',
        'vCPU',
        'Baseline vCPU (burstable)',
        'Memory (GiB)',
        'GPU',
        'GPU INT8 TOPS',
        'Grade',
        'Price (USD per month)',
        'Price note',
        'Budget check',
        'Over budget by (USD per month)',
        'Recommended',
        'Checks and reasons',
      ],
    );
    for (const s of azure.suggestions) {
      const size = azureCatalog.find((c) => c.id === s.sizeId);
      const row = a.rows.find((r) => r.id === s.sizeId);
      if (!size || !row) continue;
      rows.push([
        size.id,
        size.name,
        size.series,
        size.architecture,
        n(size.vcpus),
        n(size.baselineVcpus),
        n(size.memoryGiB),
        size.gpu?.name ?? 'none',
        n(size.gpu?.tops),
        row.gradeLabel,
        n(size.price.usdPerMonth),
        size.price.usdPerMonth === null
          ? `${size.price.note} (sought ${size.price.asOf})`
          : `as of ${size.price.asOf}`,
        row.budgetShort,
        n(s.budget.overByUsd),
        row.recommended ? 'Yes' : 'No',
        row.reasons.join(' '),
      ]);
    }
    for (const source of [...new Set(a.rows.flatMap((r) => r.sources))]) rows.push(['Source', source]);
  }
  return rows;
}

/**
 * The report's requirements and device grades as CSV. `meta` (share link and date) is optional so the
 * export of the same scenario is byte-identical when it is left out.
 */
export function toCsv(
  estimate: Estimate,
  answers: Answers,
  catalog: readonly Device[] = DEVICES,
  meta?: ReportMeta,
  azureCatalog: readonly AzureVmSize[] = AZURE_VM_SIZES,
): string {
  const model = buildReportModel(
    estimate,
    answers,
    catalog,
    meta ?? { shareUrl: '', generatedAt: new Date(NaN) },
  );
  const rows: Cell[][] = [['Edge Sizer sizing report'], ['Scenario', model.scenarioName]];
  rows.push(['Model version', model.modelVersion]);
  if (meta) rows.push(['Generated', model.generatedAt], ['Share link', model.shareUrl]);

  rows.push([], ['Requirements'], ['Resource', 'Unit', 'Low', 'Typical', 'High']);
  for (const r of model.requirements) {
    const requirement = estimate.requirements[r.resource];
    const scale = requirementScale(requirement);
    rows.push([r.label, scale.unit, ...rangeCells(requirement.total, scale.divisor)]);
  }
  if (model.accelerator) {
    rows.push(['Accelerator throughput', model.accelerator.unit, ...rangeCells(estimate.acceleratorTops)]);
  }

  rows.push(
    [],
    ['Requirement breakdown'],
    ['Resource', 'Share', 'Component', 'Unit', 'Low', 'Typical', 'High'],
  );
  for (const r of model.requirements) {
    const requirement = estimate.requirements[r.resource];
    const scale = requirementScale(requirement);
    r.breakdown.forEach((b, i) => {
      const item = requirement.breakdown[i];
      rows.push([
        r.label,
        b.label,
        b.component,
        scale.unit,
        ...(item ? rangeCells(item.value, scale.divisor) : []),
      ]);
    });
    rows.push([r.label, 'Total', '', scale.unit, ...rangeCells(requirement.total, scale.divisor)]);
  }

  rows.push(...hostingRows(estimate, azureCatalog));

  // In an Azure VM no board is bought: the results and the report show the Azure sizes instead of the ladder.
  if (!estimate.azureVms) {
    rows.push(
      [],
      [estimate.vmSize ? "Device grades (hosts for the VM, against the VM's needs)" : 'Device grades'],
      [
        'Device',
        'Class',
        'Grade',
        'Binding constraint',
        'CPU utilisation (%)',
        'RAM utilisation (%)',
        'Storage utilisation (%)',
        'Accelerator utilisation (%)',
        'Accelerator note',
        'Price (USD)',
        'Price basis',
        'Within budget',
        'Recommended',
      ],
    );
    const priceOf = new Map(catalog.map((d) => [d.id, d.priceUsd]));
    const estimated = new Set(catalog.filter((d) => d.priceEstimated === true).map((d) => d.id));
    for (const d of model.ladder) {
      const percent = (resource: string) => {
        const u = d.resources.find((x) => x.resource === resource)?.utilisation;
        return n(u === null || u === undefined ? null : Math.round(u * 100));
      };
      const accelerator = d.resources.find((x) => x.resource === 'accelerator');
      rows.push([
        d.name,
        d.deviceClass,
        d.gradeLabel,
        d.binding,
        percent('cpu'),
        percent('ram'),
        percent('storage'),
        percent('accelerator'),
        // Why there is no accelerator figure ("Not needed", "None on board"), or the figure once more as text.
        accelerator?.utilisation === null || accelerator === undefined ? d.accelerator : '',
        n(priceOf.get(d.deviceId)),
        // "estimate": Edge Sizer's estimate for the class (no list price found); "list": a dated list price.
        priceOf.has(d.deviceId) ? (estimated.has(d.deviceId) ? 'estimate' : 'list') : '',
        d.withinBudget,
        d.recommended ? 'Yes' : 'No',
      ]);
    }
  }

  const cpu = model.cpuConfidence;
  rows.push(
    [],
    ['CPU confidence'],
    ['Level', cpu.label],
    ['Why', cpu.text],
    ['Calibration', cpu.calibration],
  );

  const wear = model.storageWear;
  const wearData = estimate.storageWear;
  if (wear && wearData) {
    rows.push(
      [],
      ['Storage wear'],
      ['Planned service life (years)', n(wearData.serviceLifeYears)],
      ['What is written', 'Unit', 'Low', 'Typical', 'High'],
      ['Written per day', 'GB per day', ...rangeCells(wearData.writesGBPerDay)],
    );
    for (const b of wearData.breakdown) rows.push([b.label, 'GB per day', ...rangeCells(b.value)]);
    rows.push([
      'Device',
      'Storage',
      'Capacity (GB)',
      'Rated endurance (TB written, typical)',
      'Flash writes per day (GB, typical)',
      'Expected life (years, typical)',
      'Life, low (years)',
      'Life, high (years)',
      'Against service life',
      'Recommended',
    ]);
    const byDevice = new Map(wearData.devices.map((d) => [d.deviceId, d]));
    for (const r of wear.rows) {
      const d = byDevice.get(r.deviceId);
      rows.push([
        r.name,
        d?.mediumLabel ?? r.storage,
        n(d?.capacityGB),
        n(d?.enduranceTB.typical),
        n(d?.flashGBPerDay.typical),
        n(d?.lifeYears.typical),
        n(d?.lifeYears.low),
        n(d?.lifeYears.high),
        r.verdict,
        r.recommended ? 'Yes' : 'No',
      ]);
    }
  }
  // The fleet plan, when one is planned: a section of its own at the end (fleet-export.ts).
  const fleet = buildFleetReport(answers, estimate, catalog);
  if (fleet) rows.push(...fleetCsvRows(fleet));
  return csvRows(rows);
}
