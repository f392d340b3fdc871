/** Data volume: how much data passes through the device, and how much of it goes to the cloud. */
import { formatNumber, formatWithUnit } from '../vocabulary/format.ts';
import { DOWNSTREAM_PROTOCOL, PROCESSING } from './choices.ts';
import { bounded, boundedInt, enUsNumber, field, oneOf, type Condition } from './field.ts';
import { LIMITS } from './limits.ts';

/**
 * Edge Sizer defaults. `downstreamPerMinute`: no published figure for a typical leaf device; 6 per minute (one
 * message every 10 seconds) is Edge Sizer's own default for periodic telemetry, said as such in the help.
 */
const D = { avg: 5, peak: 20, sizeKb: 1, upstream: 100, downstream: 0, downstreamPerMinute: 6 } as const;
const rate = (value: number) => `${formatNumber(value)} messages per second`;
/** The protocol and the message rate of downstream devices are asked (and reported) only for a gateway. */
const A_GATEWAY: readonly Condition[] = [{ path: 'data.downstreamDevices', not: [0] }];

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
  /**
   * Downstream (leaf) devices that connect to this device's edgeHub, each with its own IoT Hub identity
   * (a transparent gateway). 0: not a gateway, the single-device scenario.
   */
  downstreamDevices: field({
    schema: boundedInt(LIMITS.downstreamDevices, 'Downstream devices'),
    default: D.downstream,
    label: 'Downstream devices (gateway)',
    help: `Leaf devices that send through this device's edgeHub, each with its own IoT Hub identity: a whole number from ${LIMITS.downstreamDevices.min} to ${enUsNumber(LIMITS.downstreamDevices.max)}. Not a gateway, or don't know? Keep ${D.downstream}.`,
    whenEmpty: `Not a gateway, or don't know? Enter ${D.downstream}.`,
    short: 'downstream devices',
    limits: LIMITS.downstreamDevices,
    integer: true,
    askedIn: 'data',
    report: {
      label: 'Downstream devices (gateway)',
      value: (value) =>
        value === 0 ? 'None (not a gateway)' : `${formatNumber(value)} ${value === 1 ? 'device' : 'devices'}`,
    },
    wire: { at: 5, since: 3, omitDefault: true },
  }),
  downstreamProtocol: field({
    schema: oneOf(DOWNSTREAM_PROTOCOL),
    default: 'mqtt',
    label: 'Downstream protocol',
    help: "How the leaf devices connect to edgeHub. Microsoft lists MQTT and AMQP for downstream devices (not HTTPS). Don't know? Keep MQTT.",
    short: 'downstream protocol',
    choices: DOWNSTREAM_PROTOCOL,
    askedIn: 'data',
    shownWhen: A_GATEWAY,
    report: { label: 'Downstream protocol' },
    wire: { at: 6, since: 3, as: 'choice', omitDefault: true },
  }),
  /** Messages each downstream device sends per minute (decimals allowed: 0.5 = one every two minutes). */
  downstreamMessagesPerMinute: field({
    schema: bounded(LIMITS.downstreamMessagesPerMinute, 'Messages per downstream device per minute'),
    default: D.downstreamPerMinute,
    label: 'Messages per downstream device per minute',
    help: `Each leaf device's messages per minute, ${LIMITS.downstreamMessagesPerMinute.min} to ${enUsNumber(LIMITS.downstreamMessagesPerMinute.max)} (0.5 = one every two minutes); they use the message size above. Don't know? Keep ${D.downstreamPerMinute}, one message every 10 seconds (an Edge Sizer default, not a published figure).`,
    whenEmpty: `Don't know? Enter ${D.downstreamPerMinute}, one message every 10 seconds.`,
    short: 'downstream message rate',
    unit: 'msg/min',
    limits: LIMITS.downstreamMessagesPerMinute,
    askedIn: 'data',
    shownWhen: A_GATEWAY,
    report: {
      label: 'Messages per downstream device',
      value: (value) => `${formatNumber(value)} per minute`,
    },
    wire: { at: 7, since: 3, omitDefault: true },
  }),
};
