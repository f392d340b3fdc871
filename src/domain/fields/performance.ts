/** Performance: spare capacity, how long the device must work offline, and whether it may start offline. */
import * as v from 'valibot';
import { formatNumber, formatWithUnit } from '../vocabulary/format.ts';
import { bounded, field } from './field.ts';
import { LIMITS } from './limits.ts';

// edgeHub's default storeAndForwardConfiguration.timeToLiveSecs is 7200 s = 2 h
// (https://learn.microsoft.com/azure/iot-edge/production-checklist, "Set up storage").
const P = { headroom: 25, offlineHours: 2 } as const;

export const PERFORMANCE_FIELDS = {
  /** Spare capacity kept on top of the typical requirement, in percent. */
  headroomPercent: field({
    schema: bounded(LIMITS.headroomPercent, 'Headroom (%)'),
    default: P.headroom,
    label: 'Headroom',
    help: `Spare capacity on top of the typical need, ${LIMITS.headroomPercent.min} to ${LIMITS.headroomPercent.max}\u00a0%, for growth and bursts. Don't know? Keep ${P.headroom}\u00a0%.`,
    whenEmpty: `Don't know? Enter ${P.headroom}\u00a0%, the default.`,
    short: 'headroom',
    unit: '%',
    limits: LIMITS.headroomPercent,
    askedIn: 'performance',
    report: { value: (value) => `${formatWithUnit(value, '%')} spare capacity` },
    wire: { at: 0, since: 1 },
  }),
  /** Hours without a cloud connection that store-and-forward must survive (edgeHub timeToLiveSecs). */
  offlineHours: field({
    schema: bounded(LIMITS.offlineHours, 'Offline hours'),
    default: P.offlineHours,
    label: 'Hours offline to survive',
    help: `How long edgeHub must store messages while the cloud is unreachable (its time-to-live), up to ${LIMITS.offlineHours.max}\u00a0h. It sizes the message buffer on disk. Don't know? Keep ${P.offlineHours}\u00a0h, edgeHub's default of 7200 s.`,
    whenEmpty: `Don't know? Enter ${P.offlineHours}\u00a0h, edgeHub's default.`,
    short: 'offline hours',
    unit: 'h',
    limits: LIMITS.offlineHours,
    askedIn: 'performance',
    report: {
      label: 'Offline buffering',
      value: (value) => `${formatNumber(value)} ${value === 1 ? 'hour' : 'hours'}`,
    },
    wire: { at: 1, since: 1 },
  }),
  /**
   * Whether the device may be switched on while no network is reachable. Without a network it cannot set
   * its clock over NTP, so a board without a battery-backed real-time clock starts with a wrong date.
   */
  mayBootOffline: field({
    schema: v.boolean('Answer yes or no'),
    default: true,
    label: 'The device may start without a network',
    help: "Tick it when the device can be switched on while no network is reachable (a remote site, a power cut that also takes the router down). A device that cannot reach a time server then has only its own clock to tell the date. Don't know? Keep it ticked, the safer assumption.",
    short: 'starting without a network',
    askedIn: 'performance',
    report: {
      label: 'May start without a network',
      value: (value) => (value ? 'Yes' : 'No: a network is always there at start-up'),
    },
    wire: { at: 2, since: 3, as: 'flag' },
  }),
};
