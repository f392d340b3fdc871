/** Budget: what one device may cost, and how long it must serve. */
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
