/**
 * Budget: what one device may cost, and how long it must serve. In an Azure VM the same answer is the most the VM
 * may cost per month (budgetFieldFor below): the wizard, the report and the Azure grading read it so.
 */
import * as v from 'valibot';
import { formatNumber, formatUsd } from '../vocabulary/format.ts';
import { bounded, boundedInt, enUsNumber, field, unknownOr, type Condition } from './field.ts';
import { LIMITS } from './limits.ts';

const SERVICE_LIFE_YEARS = 5;
const SPARE_PERCENT = 5;
/** The fleet's answers are asked (and reported) only once the user opts in to planning a fleet. */
const PLANNING_FLEET: readonly Condition[] = [{ path: 'budget.planFleet', is: [true] }];
const count = (value: number, one: string, many: string) =>
  `${formatNumber(value)} ${value === 1 ? one : many}`;

export const BUDGET_FIELDS = {
  /** Hardware budget per device in US dollars; null means no budget was set. */
  maxDeviceUsd: field({
    schema: unknownOr(bounded(LIMITS.budgetUsd, 'Budget (USD)')),
    default: null,
    label: 'Hardware budget per device',
    help: `The most one device may cost, in US dollars (up to ${enUsNumber(LIMITS.budgetUsd.max)}). Devices above it are marked over budget. Don't know? Leave it empty: no budget limit.`,
    short: 'budget',
    unit: 'USD',
    limits: LIMITS.budgetUsd,
    optional: true,
    placeholder: 'No budget',
    askedIn: 'budget',
    report: { value: (value) => (value === null ? 'No budget set' : formatUsd(value)) },
    wire: { at: 0, since: 1 },
  }),
  /** Years the device must serve in the field, whole or half. */
  serviceLifeYears: field({
    schema: v.pipe(
      bounded(LIMITS.serviceLifeYears, 'Service life (years)'),
      v.check((years) => Number.isInteger(years * 2), 'Service life is in whole or half years'),
    ),
    default: SERVICE_LIFE_YEARS,
    label: 'Service life',
    help: `How many years each device must serve in the field, ${LIMITS.serviceLifeYears.min} to ${LIMITS.serviceLifeYears.max} (whole or half years). Don't know? Keep ${SERVICE_LIFE_YEARS} years.`,
    whenEmpty: `Don't know? Enter ${SERVICE_LIFE_YEARS}, the default.`,
    short: 'service life',
    unit: 'years',
    limits: LIMITS.serviceLifeYears,
    increment: 0.5,
    askedIn: 'budget',
    report: { value: (value) => `${formatNumber(value)} ${value === 1 ? 'year' : 'years'}` },
    wire: { at: 1, since: 3 },
  }),
  /** Opt-in: plan a fleet of these devices (IoT Hub tier, energy, cost over the service life). */
  planFleet: field({
    schema: v.boolean('Answer yes or no'),
    default: false,
    label: 'Plan a fleet (optional)',
    help: 'Tick it to see the IoT Hub tier and units, the energy a year and the cost over the service life for many sites. Leave it unticked for a single device.',
    short: 'fleet plan',
    askedIn: 'budget',
    report: { label: 'Fleet plan', value: (value) => (value ? 'Yes' : 'No (a single device)') },
    wire: { at: 2, since: 3, as: 'flag', omitDefault: true },
  }),
  sites: field({
    schema: boundedInt(LIMITS.sites, 'Number of sites'),
    default: 1,
    label: 'Number of sites',
    help: `Whole number from ${LIMITS.sites.min} to ${enUsNumber(LIMITS.sites.max)}. Don't know? Keep 1.`,
    whenEmpty: "Don't know? Enter 1, the default.",
    short: 'number of sites',
    limits: LIMITS.sites,
    integer: true,
    askedIn: 'budget',
    shownWhen: PLANNING_FLEET,
    report: { value: (value) => count(value, 'site', 'sites') },
    wire: { at: 3, since: 3, omitDefault: true },
  }),
  devicesPerSite: field({
    schema: boundedInt(LIMITS.devicesPerSite, 'Devices per site'),
    default: 1,
    label: 'Devices per site',
    help: `IoT Edge devices at each site, ${LIMITS.devicesPerSite.min} to ${enUsNumber(LIMITS.devicesPerSite.max)}. Don't know? Keep 1.`,
    whenEmpty: "Don't know? Enter 1, the default.",
    short: 'devices per site',
    limits: LIMITS.devicesPerSite,
    integer: true,
    askedIn: 'budget',
    shownWhen: PLANNING_FLEET,
    report: { value: (value) => count(value, 'device', 'devices') },
    wire: { at: 4, since: 3, omitDefault: true },
  }),
  /** Electricity price in US dollars per kWh; null: not known (the energy is shown in kWh, not priced). */
  energyUsdPerKwh: field({
    schema: unknownOr(bounded(LIMITS.energyUsdPerKwh, 'Energy price (USD per kWh)')),
    default: null,
    label: 'Energy price per kWh',
    help: `What a kWh costs at the sites, in US dollars (0 to ${LIMITS.energyUsdPerKwh.max}). Don't know? Leave it empty: the energy is shown in kWh and left out of the cost.`,
    short: 'energy price',
    unit: 'USD/kWh',
    limits: LIMITS.energyUsdPerKwh,
    optional: true,
    placeholder: 'Not set',
    askedIn: 'budget',
    shownWhen: PLANNING_FLEET,
    report: { value: (value) => (value === null ? 'Not set' : `$${formatNumber(value)} per kWh`) },
    wire: { at: 5, since: 3, omitDefault: true },
  }),
  /** Cellular or metered data price in US dollars per GB; null: not metered or not known. */
  dataUsdPerGb: field({
    schema: unknownOr(bounded(LIMITS.dataUsdPerGb, 'Data price (USD per GB)')),
    default: null,
    label: 'Metered data price per GB (optional)',
    help: `For cellular or other metered links, in US dollars per GB (0 to ${enUsNumber(LIMITS.dataUsdPerGb.max)}). Don't know, or not metered? Leave it empty: data is left out of the cost.`,
    short: 'data price',
    unit: 'USD/GB',
    limits: LIMITS.dataUsdPerGb,
    optional: true,
    placeholder: 'Not metered',
    askedIn: 'budget',
    shownWhen: PLANNING_FLEET,
    report: { value: (value) => (value === null ? 'Not set' : `$${formatNumber(value)} per GB`) },
    wire: { at: 6, since: 3, omitDefault: true },
  }),
  sparePercent: field({
    schema: bounded(LIMITS.sparePercent, 'Spare devices (%)'),
    default: SPARE_PERCENT,
    label: 'Spare devices',
    help: `Extra devices bought as spares, as a share of the fleet (0 to ${LIMITS.sparePercent.max} %; rounded up to whole devices). Don't know? Keep ${SPARE_PERCENT} %.`,
    whenEmpty: `Don't know? Enter ${SPARE_PERCENT}, the default.`,
    short: 'spare devices',
    unit: '%',
    limits: LIMITS.sparePercent,
    askedIn: 'budget',
    shownWhen: PLANNING_FLEET,
    report: { value: (value) => `${formatNumber(value)} %` },
    wire: { at: 7, since: 3, omitDefault: true },
  }),
};

/** The budget's words when IoT Edge runs in an Azure VM: US dollars per month (src/domain/catalog/suggest-azure-vms.ts). */
export const MONTHLY_BUDGET = {
  label: 'Budget per month for the Azure VM',
  help: `The most the Azure VM may cost per month, in US dollars (pay-as-you-go, Linux, 730 hours; up to ${enUsNumber(LIMITS.budgetUsd.max)}). Sizes above it are marked over budget. The OS disk is billed separately. Don't know? Leave it empty: no budget limit.`,
  short: 'monthly budget',
  reportLabel: 'Budget per month (Azure VM)',
  placeholder: 'No monthly budget',
} as const;

/** "$150 per month", or "No budget set". */
export function formatMonthlyBudget(value: number | null): string {
  return value === null ? 'No budget set' : `${formatUsd(value)} per month`;
}

/**
 * The budget field as the wizard asks it and the report says it, for a hosting: per device (hardware), or per month
 * in an Azure VM. One answer either way (budget.maxDeviceUsd); only its words change.
 */
export function budgetFieldFor(hosting: string): typeof BUDGET_FIELDS.maxDeviceUsd {
  const spec = BUDGET_FIELDS.maxDeviceUsd;
  if (hosting !== 'azure-vm') return spec;
  return {
    ...spec,
    label: MONTHLY_BUDGET.label,
    help: MONTHLY_BUDGET.help,
    short: MONTHLY_BUDGET.short,
    unit: 'USD/month',
    placeholder: MONTHLY_BUDGET.placeholder,
    report: { label: MONTHLY_BUDGET.reportLabel, value: formatMonthlyBudget },
  };
}
