/**
 * The fleet roll-up: how many devices, which IoT Hub tier and units, the energy a year, and what the fleet costs
 * over its service life, per device and in total. A pure function of (answers, chosen device, monthly uplink), so
 * a comparison can call it once per scenario. Arithmetic only: a 10,000-device fleet costs the same to compute as
 * one device.
 *
 * Formulas (docs/fleet.md):
 * - messages a day per device = average msg/s × share sent upstream × 86,400 s (data answers);
 * - metered messages a day = that × ceil(message size / 4 KB), for every deployed device;
 * - IoT Hub: units = ceil(metered messages a day / quota per unit), the cheapest standard edition (iot-hub.ts);
 * - energy a year per device = powerW × 8,760 h × duty factor (1) / 1,000, in kWh;
 * - hardware = (devices + spares) × price, spares = ceil(devices × spare ratio);
 * - IoT Hub cost = months × price per unit a month × units: no dated USD list price is stored, so "not listed";
 * - energy cost = kWh a year × years × price per kWh × devices (spares on the shelf draw nothing);
 * - data cost = GB a month (uplink estimate, before headroom) × months × price per GB × devices.
 */
import { effectiveModules, type Answers } from '../answers.ts';
import type { Device, Estimate } from '../types.ts';
import {
  BASIC_TIER_NOTE,
  blocksPerMessage,
  FREE_TIER_NOTE,
  HUB_FACTS_CHECKED,
  HUB_METER_KB,
  HUB_SOURCES,
  hubPlan,
  type HubPlan,
} from './iot-hub.ts';

/** Sources of the fleet's own constants. */
export const FLEET_SOURCES = {
  hoursPerYear: '365 days × 24 h (a year of continuous service)',
  secondsPerDay: '24 h × 3,600 s',
  catalogPower:
    "Edge Sizer catalog: each device's power figure with its source (the power-supply rating or highest power mode: an upper bound of sustained draw)",
  identityCap: `${HUB_SOURCES.quotas} ("Other limits": devices plus modules per hub capped at 1,000,000)`,
  uplink:
    'Edge Sizer uplink estimate (typical, before headroom): payload, protocol overhead and control traffic',
} as const;

export const HOURS_PER_YEAR = 8_760;
export const SECONDS_PER_DAY = 86_400;
export const MONTHS_PER_YEAR = 12;
/** Share of the year a device draws its power figure: 1 (always on at the upper figure) unless told otherwise. */
export const DEFAULT_DUTY_FACTOR = 1;
/** Devices plus modules one IoT hub can register. */
export const HUB_IDENTITY_CAP = 1_000_000;

/** The fleet answers the roll-up reads (Answers' budget section). */
export type FleetAnswers = Pick<
  Answers['budget'],
  'serviceLifeYears' | 'sites' | 'devicesPerSite' | 'energyUsdPerKwh' | 'dataUsdPerGb' | 'sparePercent'
>;

export interface FleetInput {
  budget: FleetAnswers;
  data: Pick<Answers['data'], 'messagesPerSecondAvg' | 'upstreamPercent' | 'messageSizeKb'>;
  /** Modules per device (each is a module identity in IoT Hub, besides $edgeAgent and $edgeHub). */
  moduleCount: number;
  /** The device the fleet is built from (the recommended one); null when none fits. */
  device: Pick<Device, 'id' | 'name' | 'priceUsd' | 'priceAsOf' | 'powerW'> | null;
  /** Uplink per device, GB a month (the estimate's typical, before headroom). */
  uplinkGbPerMonth: number;
  /** Share of the year at the power figure (default 1). */
  dutyFactor?: number;
  /** Why there is no device, when `device` is null (default: no device fits). */
  noDeviceReason?: string;
}

/** One cost part: per device and for the fleet, with how it was computed and where each figure comes from. */
export interface CostPart {
  id: 'hardware' | 'iot-hub' | 'energy' | 'data';
  label: string;
  /** USD over the service life for the whole fleet; null when a price is not known ("not listed" / "not set"). */
  fleetUsd: number | null;
  /** fleetUsd / deployed devices. */
  perDeviceUsd: number | null;
  /** Why the figure is missing, when it is. */
  missing: string | null;
  /** The formula with the numbers filled in. */
  formula: string;
  sources: string[];
}

export interface FleetPlan {
  sites: number;
  devicesPerSite: number;
  /** Deployed devices: sites × devices per site. */
  devices: number;
  /** Spares bought on top: ceil(devices × spare ratio). */
  spares: number;
  sparePercent: number;
  serviceLifeYears: number;
  months: number;
  device: FleetInput['device'];
  messages: {
    /** Upstream messages a day per device. */
    perDevicePerDay: number;
    /** 4 KB blocks per message. */
    blocksPerMessage: number;
    messageSizeKb: number;
    /** Metered messages a day for the fleet. */
    fleetBlocksPerDay: number;
    /** How the daily count was derived, in words. */
    derivation: string;
  };
  hub: HubPlan & {
    /** Registered identities: devices × (1 device + $edgeAgent + $edgeHub + modules). */
    identities: number;
    /** Hubs needed by the 1,000,000 identity cap. */
    hubsForIdentities: number;
    /** The chosen edition's price per unit a month: not listed. */
    monthlyUsdPerUnit: number | null;
    priceNote: string;
    notes: string[];
    checked: string;
  };
  energy: {
    powerW: number | null;
    dutyFactor: number;
    /** kWh a year per device; null without a device. */
    kwhPerYearPerDevice: number | null;
    kwhPerYearFleet: number | null;
    usdPerKwh: number | null;
    note: string;
  };
  data: { gbPerMonthPerDevice: number; usdPerGb: number | null };
  parts: CostPart[];
  /** Sum of the known parts, fleet and per device. */
  totalFleetUsd: number;
  totalPerDeviceUsd: number;
  /** The parts left out of the total, by label. */
  excluded: string[];
}

const finiteOr = (value: number, fallback: number): number => (Number.isFinite(value) ? value : fallback);
const nonNegative = (value: number): number => (Number.isFinite(value) && value > 0 ? value : 0);
// Number formats made once: toLocaleString builds a new formatter on every call (most of the roll-up's time).
const FORMATS = new Map<number, Intl.NumberFormat>();
/** A number in words, en-US, up to `digits` decimals. */
export function n(value: number, digits = 2): string {
  let format = FORMATS.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
    FORMATS.set(digits, format);
  }
  return format.format(value);
}
const CENTS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const usd = (value: number): string =>
  `$${value < 100 && value % 1 !== 0 ? CENTS.format(value) : n(value, 0)}`;

/** The fleet roll-up. Pure; every output finite and non-negative. */
export function fleetPlan(input: FleetInput): FleetPlan {
  const { budget, data, device } = input;
  const sites = Math.max(1, Math.floor(finiteOr(budget.sites, 1)));
  const devicesPerSite = Math.max(1, Math.floor(finiteOr(budget.devicesPerSite, 1)));
  const devices = sites * devicesPerSite;
  const sparePercent = nonNegative(budget.sparePercent);
  const spares = Math.ceil(Math.round(devices * sparePercent * 1e4) / 1e6);
  const years = nonNegative(budget.serviceLifeYears);
  const months = years * MONTHS_PER_YEAR;
  const moduleCount = Math.max(0, Math.floor(finiteOr(input.moduleCount, 0)));

  // Messages.
  const upstreamShare = nonNegative(data.upstreamPercent) / 100;
  const perDevicePerDay = nonNegative(data.messagesPerSecondAvg) * upstreamShare * SECONDS_PER_DAY;
  const blocks = blocksPerMessage(data.messageSizeKb);
  const fleetBlocksPerDay = perDevicePerDay * blocks * devices;
  const derivation =
    `${n(data.messagesPerSecondAvg)} msg/s on average × ${n(upstreamShare * 100)} % sent upstream × 86,400 s = ` +
    `${n(perDevicePerDay, 0)} messages a day per device; ${n(data.messageSizeKb)} KB each counts as ${blocks} ` +
    `${blocks === 1 ? 'message' : 'messages'} (metered in ${HUB_METER_KB} KB blocks); × ${n(devices, 0)} devices = ` +
    `${n(fleetBlocksPerDay, 0)} metered messages a day. From your Data answers (average rate, share sent upstream, message size).`;

  // IoT Hub.
  const plan = hubPlan(fleetBlocksPerDay);
  const identities = devices * (3 + moduleCount);
  const hubsForIdentities = Math.max(1, Math.ceil(identities / HUB_IDENTITY_CAP));
  const hubNotes = [BASIC_TIER_NOTE, FREE_TIER_NOTE];
  if (hubsForIdentities > 1)
    hubNotes.push(
      `${n(identities, 0)} identities (each device, its $edgeAgent and $edgeHub, and ${moduleCount} ${moduleCount === 1 ? 'module' : 'modules'}) exceed the 1,000,000 devices plus modules one hub can register: plan ${hubsForIdentities} hubs.`,
    );
  const hub = {
    ...plan,
    identities,
    hubsForIdentities,
    monthlyUsdPerUnit: null,
    priceNote: `Price per unit: not listed (no dated USD list price is stored; see ${HUB_SOURCES.pricing}). The edition is chosen by relative price: S2 costs 10 and S3 100 times an S1 unit in the one price list read (${HUB_SOURCES.pricingChina}, ${HUB_FACTS_CHECKED}).`,
    notes: hubNotes,
    checked: HUB_FACTS_CHECKED,
  };

  // Energy.
  const dutyFactor = Math.min(1, nonNegative(input.dutyFactor ?? DEFAULT_DUTY_FACTOR));
  const powerW = device ? nonNegative(device.powerW) : null;
  const kwhPerYearPerDevice = powerW === null ? null : (powerW * HOURS_PER_YEAR * dutyFactor) / 1000;
  const kwhPerYearFleet = kwhPerYearPerDevice === null ? null : kwhPerYearPerDevice * devices;
  const usdPerKwh = budget.energyUsdPerKwh === null ? null : nonNegative(budget.energyUsdPerKwh);
  const usdPerGb = budget.dataUsdPerGb === null ? null : nonNegative(budget.dataUsdPerGb);
  const gbPerMonthPerDevice = nonNegative(input.uplinkGbPerMonth);

  const perDevice = (fleet: number | null) => (fleet === null ? null : fleet / devices);
  const part = (p: Omit<CostPart, 'perDeviceUsd'>): CostPart => ({
    ...p,
    perDeviceUsd: perDevice(p.fleetUsd),
  });

  const noDevice = input.noDeviceReason ?? 'no device fits the requirements';
  const hardwareUsd = device ? (devices + spares) * nonNegative(device.priceUsd) : null;
  const parts: CostPart[] = [
    part({
      id: 'hardware',
      label: 'Hardware',
      fleetUsd: hardwareUsd,
      missing: device ? null : noDevice,
      formula: device
        ? `(${n(devices, 0)} devices + ${spares} ${spares === 1 ? 'spare' : 'spares'} (${n(sparePercent)} %, rounded up)) × ${usd(device.priceUsd)} (${device.name}, price as of ${device.priceAsOf})`
        : `No hardware priced: ${noDevice}.`,
      sources: [
        "Edge Sizer catalog: the device's dated price",
        'Your answers: sites, devices per site, spares',
      ],
    }),
    part({
      id: 'iot-hub',
      label: 'IoT Hub',
      fleetUsd: null,
      missing: 'price not listed',
      formula: plan.chosen
        ? `${n(months)} months × price per ${plan.chosen.edition} unit a month (not listed) × ${plan.chosen.units} ${plan.chosen.units === 1 ? 'unit' : 'units'}`
        : `${n(months)} months × price per unit a month (not listed) × units of several hubs`,
      sources: [HUB_SOURCES.scaling, HUB_SOURCES.quotas, HUB_SOURCES.pricing],
    }),
    part({
      id: 'energy',
      label: 'Energy',
      fleetUsd: kwhPerYearFleet === null || usdPerKwh === null ? null : kwhPerYearFleet * years * usdPerKwh,
      missing:
        kwhPerYearFleet === null
          ? `no power figure: ${noDevice}`
          : usdPerKwh === null
            ? 'no energy price set'
            : null,
      formula:
        kwhPerYearPerDevice === null
          ? `No power figure: ${noDevice}.`
          : `${n(powerW ?? 0)} W (upper sustained draw) × ${n(HOURS_PER_YEAR, 0)} h × duty ${n(dutyFactor)} = ${n(kwhPerYearPerDevice)} kWh a year per device × ${n(years)} years × ${usdPerKwh === null ? 'price per kWh (not set)' : `$${n(usdPerKwh, 4)} per kWh`} × ${n(devices, 0)} devices`,
      sources: [FLEET_SOURCES.catalogPower, FLEET_SOURCES.hoursPerYear, 'Your answer: energy price per kWh'],
    }),
    part({
      id: 'data',
      label: 'Data',
      fleetUsd: usdPerGb === null ? null : gbPerMonthPerDevice * months * usdPerGb * devices,
      missing: usdPerGb === null ? 'no data price set (optional)' : null,
      formula: `${n(gbPerMonthPerDevice, 3)} GB a month per device × ${n(months)} months × ${usdPerGb === null ? 'price per GB (not set)' : `$${n(usdPerGb, 4)} per GB`} × ${n(devices, 0)} devices`,
      sources: [FLEET_SOURCES.uplink, 'Your answer: metered data price per GB'],
    }),
  ];
  const totalFleetUsd = parts.reduce((sum, p) => sum + (p.fleetUsd ?? 0), 0);
  return {
    sites,
    devicesPerSite,
    devices,
    spares,
    sparePercent,
    serviceLifeYears: years,
    months,
    device,
    messages: {
      perDevicePerDay,
      blocksPerMessage: blocks,
      messageSizeKb: data.messageSizeKb,
      fleetBlocksPerDay,
      derivation,
    },
    hub,
    energy: {
      powerW,
      dutyFactor,
      kwhPerYearPerDevice,
      kwhPerYearFleet,
      usdPerKwh,
      note: 'The power figure is an upper bound of sustained draw (power-supply rating or highest power mode), so energy is an upper estimate.',
    },
    data: { gbPerMonthPerDevice, usdPerGb },
    parts,
    totalFleetUsd,
    totalPerDeviceUsd: totalFleetUsd / devices,
    excluded: parts.filter((p) => p.fleetUsd === null).map((p) => p.label),
  };
}

/**
 * The roll-up's input for a scenario: its answers, the recommended device (none in an Azure VM, where no board is
 * bought) and the uplink estimate per device (typical, before headroom: the expected volume, not the margin).
 */
export function fleetInputOf(
  answers: Answers,
  estimate: Pick<Estimate, 'recommendedDeviceId' | 'requirements'>,
  catalog: readonly Device[],
): FleetInput {
  const azureVm = answers.platform.hosting === 'azure-vm';
  const device = azureVm ? null : (catalog.find((d) => d.id === estimate.recommendedDeviceId) ?? null);
  return {
    budget: answers.budget,
    data: answers.data,
    moduleCount: effectiveModules(answers.workload).length,
    device,
    uplinkGbPerMonth: estimate.requirements.uplink.beforeHeadroom.typical,
    ...(azureVm
      ? { noDeviceReason: 'IoT Edge runs in an Azure VM, billed by the month (see Azure VM sizes)' }
      : {}),
  };
}
