/** Data volume: how much data passes through the device, and how much of it goes to the cloud. */
import { formatNumber, formatWithUnit } from '../vocabulary/format.ts';
import { PROCESSING } from './choices.ts';
import { bounded, enUsNumber, field, oneOf } from './field.ts';
import { LIMITS } from './limits.ts';

const D = { avg: 5, peak: 20, sizeKb: 1, upstream: 100 } as const;
const rate = (value: number) => `${formatNumber(value)} messages per second`;

export const DATA_FIELDS = {
  messagesPerSecondAvg: field({
    schema: bounded(LIMITS.messagesPerSecond, 'Average messages per second'),
    default: D.avg,
    label: 'Average messages per second',
    help: `All modules together, ${LIMITS.messagesPerSecond.min} to ${enUsNumber(LIMITS.messagesPerSecond.max)}. Don't know? Keep ${D.avg}, a light telemetry load.`,
    whenEmpty: `Don't know? Enter ${D.avg}, a light telemetry load.`,
    short: 'average message rate',
    unit: 'msg/s',
    limits: LIMITS.messagesPerSecond,
    askedIn: 'data',
    report: { label: 'Average message rate', value: rate },
    wire: { at: 0, since: 1 },
  }),
  messagesPerSecondPeak: field({
    schema: bounded(LIMITS.messagesPerSecond, 'Peak messages per second'),
    default: D.peak,
    label: 'Peak messages per second',
    help: `Bursts the device must absorb (for example after reconnecting). Don't know? Keep ${D.peak}.`,
    whenEmpty: `Don't know? Enter ${D.peak}, the default.`,
    short: 'peak message rate',
    unit: 'msg/s',
    limits: LIMITS.messagesPerSecond,
    askedIn: 'data',
    report: { label: 'Peak message rate', value: rate },
    wire: { at: 1, since: 1 },
  }),
  messageSizeKb: field({
    schema: bounded(LIMITS.messageSizeKb, 'Message size (KB)'),
    default: D.sizeKb,
    label: 'Average message size',
    help: `${LIMITS.messageSizeKb.min} to ${LIMITS.messageSizeKb.max}\u00a0KB: IoT Hub rejects larger messages. Don't know? Keep ${D.sizeKb}\u00a0KB, a JSON telemetry record.`,
    whenEmpty: `Don't know? Enter ${D.sizeKb}\u00a0KB, a JSON telemetry record.`,
    short: 'message size',
    unit: 'KB',
    limits: LIMITS.messageSizeKb,
    askedIn: 'data',
    report: { label: 'Message size' },
    wire: { at: 2, since: 1 },
  }),
  processing: field({
    schema: oneOf(PROCESSING),
    default: 'light',
    label: 'Local processing per message',
    help: "Work done on each message beyond routing it; it drives the CPU needed. Don't know? Keep Light.",
    short: 'processing',
    choices: PROCESSING,
    askedIn: 'data',
    report: { label: 'Local processing' },
    wire: { at: 3, since: 1, as: 'choice' },
  }),
  /** Share of messages routed to $upstream (IoT Hub), in percent. */
  upstreamPercent: field({
    schema: bounded(LIMITS.upstreamPercent, 'Share sent upstream (%)'),
    default: D.upstream,
    label: 'Share sent upstream',
    help: `Messages routed to $upstream (IoT Hub), 0 to 100\u00a0%. Filtering locally lowers uplink and buffer. Don't know? Keep ${D.upstream}\u00a0%.`,
    whenEmpty: `Don't know? Enter ${D.upstream}\u00a0%, the default.`,
    short: 'share sent upstream',
    unit: '%',
    limits: LIMITS.upstreamPercent,
    askedIn: 'data',
    report: { label: 'Share sent upstream to IoT Hub', value: (value) => formatWithUnit(value, '%') },
    wire: { at: 4, since: 1 },
  }),
};
