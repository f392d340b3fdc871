/**
 * Budget: what one device may cost, and how long it must serve. In an Azure VM the same answer is the most the VM
 * may cost per month (budgetFieldFor below): the wizard, the report and the Azure grading read it so.
 */
import * as v from 'valibot';
import { formatNumber, formatUsd } from '../vocabulary/format.ts';
import { bounded, field, unknownOr } from './field.ts';
import { LIMITS } from './limits.ts';

const SERVICE_LIFE_YEARS = 5;

export const BUDGET_FIELDS = {
  /** Hardware budget per device in US dollars; null means no budget was set. */
  maxDeviceUsd: field({
    schema: unknownOr(bounded(LIMITS.budgetUsd, 'Budget (USD)')),
    default: null,
    label: 'Hardware budget per device',
    help: `The most one device may cost, in US dollars (up to ${LIMITS.budgetUsd.max.toLocaleString('en-US')}). Devices above it are marked over budget. Don't know? Leave it empty: no budget limit.`,
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
};

/** The budget's words when IoT Edge runs in an Azure VM: US dollars per month (src/domain/catalog/suggest-azure-vms.ts). */
export const MONTHLY_BUDGET = {
  label: 'Budget per month for the Azure VM',
  help: `The most the Azure VM may cost per month, in US dollars (pay-as-you-go, Linux, 730 hours; up to ${LIMITS.budgetUsd.max.toLocaleString('en-US')}). Sizes above it are marked over budget. The OS disk is billed separately. Don't know? Leave it empty: no budget limit.`,
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
