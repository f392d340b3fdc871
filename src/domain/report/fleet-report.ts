/**
 * The fleet plan in words and figures, as the results, the printed report and the CSV / Markdown exports show it
 * (one model for all four). Built from the pure roll-up (src/domain/fleet/fleet.ts); null when the user has not
 * asked for a fleet plan (budget.planFleet).
 */
import type { Answers } from '../answers.ts';
import { fleetInputOf, fleetPlan, HOURS_PER_YEAR, type CostPart, type FleetPlan } from '../fleet/fleet.ts';
import { HUB_EDITION_SPECS, HUB_FACTS_CHECKED, HUB_SOURCES } from '../fleet/iot-hub.ts';
import type { Device, Estimate } from '../types.ts';
import { formatNumber } from '../vocabulary/format.ts';

export interface FleetCostRow {
  id: CostPart['id'];
  label: string;
  /** USD over the service life; null when the part's price is missing. */
  perDeviceUsd: number | null;
  fleetUsd: number | null;
  /** The same in words: "$1,234" or why it is missing ("not listed", "no energy price set"). */
  perDevice: string;
  fleet: string;
  formula: string;
  sources: string[];
}

export interface FleetHubRow {
  edition: string;
  quota: string;
  units: number;
  maxUnits: number;
  fitsOneHub: boolean;
  relativeCost: number;
  chosen: boolean;
}

export interface FleetReport {
  title: string;
  serviceLifeYears: number;
  /** One or two sentences for the top of the section. */
  summary: string;
  deviceName: string | null;
  sites: number;
  devicesPerSite: number;
  devices: number;
  spares: number;
  sparePercent: number;
  messages: { perDevicePerDay: number; fleetPerDay: number; blocksPerMessage: number; derivation: string };
  hub: {
    /** "S2 × 8 units", or what to do when one hub cannot hold the volume. */
    headline: string;
    edition: string | null;
    units: number | null;
    why: string;
    price: string;
    priceSource: string;
    rows: FleetHubRow[];
    notes: string[];
    checked: string;
    identities: number;
    hubsForIdentities: number;
  };
  energy: {
    powerW: number | null;
    kwhPerYearPerDevice: number | null;
    kwhPerYearFleet: number | null;
    /** "131 kWh a year per device (15 W upper sustained draw × 8,760 h)". */
    text: string;
    note: string;
  };
  costs: FleetCostRow[];
  total: { perDeviceUsd: number; fleetUsd: number; perDevice: string; fleet: string };
  /** What the total leaves out, in words; empty when nothing. */
  excludedNote: string;
  /**
   * The known costs of the fleet, cumulated by year: hardware at the start (year 0), energy and data spread
   * evenly over the service life; the last row is the service life itself (a half year when it ends on one).
   */
  byYear: FleetYearRow[];
  /** The parts in `byYear`, in order (those with a known price). */
  byYearParts: { id: CostPart['id']; label: string }[];
}

export interface FleetYearRow {
  year: number;
  /** USD cumulated to the end of that year, by part id. */
  parts: Partial<Record<CostPart['id'], number>>;
  total: number;
}

/** The known parts cumulated by year (see FleetReport.byYear). */
export function fleetCostByYear(plan: FleetPlan): Pick<FleetReport, 'byYear' | 'byYearParts'> {
  const known = plan.parts.filter((p) => p.fleetUsd !== null);
  const years = plan.serviceLifeYears;
  const marks = [0];
  for (let y = 1; y < years; y += 1) marks.push(y);
  if (years > 0) marks.push(years);
  const byYear = marks.map((year) => {
    const parts: FleetYearRow['parts'] = {};
    let total = 0;
    for (const p of known) {
      const full = p.fleetUsd ?? 0;
      const value = p.id === 'hardware' ? full : years > 0 ? (full * year) / years : 0;
      parts[p.id] = value;
      total += value;
    }
    return { year, parts, total };
  });
  return { byYear, byYearParts: known.map((p) => ({ id: p.id, label: p.label })) };
}

/** USD in words: cents below $100, whole dollars above. */
export function fleetUsd(value: number): string {
  const digits = Math.abs(value) < 100 ? 2 : 0;
  return `$${value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
}

function costRow(part: CostPart): FleetCostRow {
  const missing = part.missing ?? 'not known';
  return {
    id: part.id,
    label: part.label,
    perDeviceUsd: part.perDeviceUsd,
    fleetUsd: part.fleetUsd,
    perDevice: part.perDeviceUsd === null ? missing : fleetUsd(part.perDeviceUsd),
    fleet: part.fleetUsd === null ? missing : fleetUsd(part.fleetUsd),
    formula: part.formula,
    sources: part.sources,
  };
}

/** The fleet section's model from a plan. */
export function fleetReportOf(plan: FleetPlan): FleetReport {
  const years = plan.serviceLifeYears;
  const chosen = plan.hub.chosen;
  const headline = chosen
    ? `${chosen.edition} × ${chosen.units} ${chosen.units === 1 ? 'unit' : 'units'}`
    : 'More than one hub';
  const kwh = plan.energy.kwhPerYearPerDevice;
  const energyText =
    kwh === null || plan.energy.powerW === null
      ? 'No power figure: no device is priced.'
      : `${formatNumber(kwh)} kWh a year per device (${formatNumber(plan.energy.powerW)} W upper sustained draw × ${HOURS_PER_YEAR.toLocaleString('en-US')} h), ${formatNumber(plan.energy.kwhPerYearFleet ?? 0)} kWh a year for the fleet.`;
  const missing = plan.parts
    .filter((p) => p.fleetUsd === null)
    .map((p) => `${p.label} (${p.missing ?? 'not known'})`);
  const excludedNote =
    missing.length === 0
      ? ''
      : `The total leaves out ${missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing.at(-1) ?? ''}`}.`;
  const devicesText = `${formatNumber(plan.devices)} ${plan.devices === 1 ? 'device' : 'devices'} (${formatNumber(plan.sites)} ${plan.sites === 1 ? 'site' : 'sites'} × ${formatNumber(plan.devicesPerSite)}) plus ${formatNumber(plan.spares)} ${plan.spares === 1 ? 'spare' : 'spares'}`;
  const summary =
    `${devicesText}${plan.device ? ` of ${plan.device.name}` : ''}, ${formatNumber(years)} ${years === 1 ? 'year' : 'years'}: ` +
    `IoT Hub ${chosen ? `${headline} (standard tier)` : 'needs more than one hub'}; known costs ${fleetUsd(plan.totalFleetUsd)} for the fleet, ${fleetUsd(plan.totalPerDeviceUsd)} per device.` +
    (excludedNote ? ` ${excludedNote}` : '');
  return {
    title: `Fleet and cost over ${formatNumber(years)} ${years === 1 ? 'year' : 'years'}`,
    serviceLifeYears: years,
    summary,
    deviceName: plan.device?.name ?? null,
    sites: plan.sites,
    devicesPerSite: plan.devicesPerSite,
    devices: plan.devices,
    spares: plan.spares,
    sparePercent: plan.sparePercent,
    messages: {
      perDevicePerDay: plan.messages.perDevicePerDay,
      fleetPerDay: plan.messages.fleetBlocksPerDay,
      blocksPerMessage: plan.messages.blocksPerMessage,
      derivation: plan.messages.derivation,
    },
    hub: {
      headline,
      edition: chosen?.edition ?? null,
      units: chosen?.units ?? null,
      why: plan.hub.why,
      price: 'not listed',
      priceSource: plan.hub.priceNote,
      rows: plan.hub.options.map((o) => ({
        edition: o.edition,
        quota: `${HUB_EDITION_SPECS[o.edition].messagesPerDayPerUnit.toLocaleString('en-US')} a day per unit`,
        units: o.units,
        maxUnits: HUB_EDITION_SPECS[o.edition].maxUnits,
        fitsOneHub: o.fitsOneHub,
        relativeCost: o.relativeCost,
        chosen: chosen?.edition === o.edition,
      })),
      notes: plan.hub.notes,
      checked: HUB_FACTS_CHECKED,
      identities: plan.hub.identities,
      hubsForIdentities: plan.hub.hubsForIdentities,
    },
    energy: {
      powerW: plan.energy.powerW,
      kwhPerYearPerDevice: kwh,
      kwhPerYearFleet: plan.energy.kwhPerYearFleet,
      text: energyText,
      note: plan.energy.note,
    },
    costs: plan.parts.map(costRow),
    total: {
      perDeviceUsd: plan.totalPerDeviceUsd,
      fleetUsd: plan.totalFleetUsd,
      perDevice: fleetUsd(plan.totalPerDeviceUsd),
      fleet: fleetUsd(plan.totalFleetUsd),
    },
    excludedNote,
    ...fleetCostByYear(plan),
  };
}

/** The fleet section for a scenario, or null when no fleet plan was asked for. */
export function buildFleetReport(
  answers: Answers,
  estimate: Pick<Estimate, 'recommendedDeviceId' | 'requirements'>,
  catalog: readonly Device[],
): FleetReport | null {
  if (!answers.budget.planFleet) return null;
  return fleetReportOf(fleetPlan(fleetInputOf(answers, estimate, catalog)));
}

/** Where the IoT Hub figures come from (for the sources line under the section). */
export const FLEET_HUB_SOURCES = [HUB_SOURCES.scaling, HUB_SOURCES.quotas, HUB_SOURCES.pricing] as const;
