/**
 * Uplink data per month (GB/month): what the device sends to IoT Hub.
 *
 * GB/month = average msg/s × share routed upstream × seconds per month × (payload bytes + protocol bytes per
 * message) / 10^9, plus control traffic (keep-alives, twins, edgeAgent reports). The monthly volume follows the
 * average rate: messages queued during an outage are sent later, not twice. 1 KB = 1024 bytes.
 */
import type { Requirement } from '../types.ts';
import { fmt, type SizingContext } from './context.ts';
import { blocksPerMessage } from '../fleet/iot-hub.ts';
import { downstreamClause, otherSizeWords } from './gateway.ts';
import { constant, headroomItem, item, requirement, scale } from './range.ts';

/** Upstream messages per second, on average: the workload's and the downstream devices'. */
export function upstreamRate(ctx: SizingContext): number {
  return ctx.upstreamAvg + ctx.downstream.upstream.avg;
}

/**
 * IoT Hub messages metered per day (device-to-cloud messages count in 4 KB blocks); the downstream devices' at
 * their own average size.
 */
export function meteredMessagesPerDay(ctx: SizingContext): number {
  const theirs = ctx.downstream.upstream;
  return (
    (ctx.upstreamAvg * blocksPerMessage(ctx.answers.data.messageSizeKb) +
      theirs.avg * blocksPerMessage(theirs.sizeKb)) *
    86_400
  );
}

/** The uplink requirement. */
export function uplinkRequirement(ctx: SizingContext): Requirement {
  const rate = upstreamRate(ctx);
  const { messageSizeKb } = ctx.answers.data;
  const theirs = ctx.downstream.upstream;
  // KB per second sent up: the workload's at the scenario's size, the downstream devices' at theirs.
  const kbPerSecond = ctx.upstreamAvg * messageSizeKb + theirs.avg * theirs.sizeKb;
  const theirSize = otherSizeWords(ctx, theirs, true);
  const sizeWords = `${fmt(messageSizeKb, 2)} KB${theirSize ? ` (theirs ${theirSize})` : ''}`;
  const items = [
    item(
      'telemetry',
      'Telemetry payload',
      'edge-hub',
      (read) => constant((kbPerSecond * 1024 * read.scalar('uplink.seconds-per-month')) / 1e9),
      `${fmt(rate)} msg/s upstream${downstreamClause(ctx)} × ${sizeWords} × seconds in a month.`,
    ),
    item(
      'protocol-overhead',
      'Protocol overhead',
      'edge-hub',
      (read) =>
        scale(read('uplink.overhead-bytes-per-msg'), (rate * read.scalar('uplink.seconds-per-month')) / 1e9),
      'MQTT/AMQP headers, message properties, acknowledgements and TLS records for every message.',
    ),
    item(
      'control',
      'Control traffic',
      'edge-agent',
      (read) => read('uplink.control-gb-month'),
      'Keep-alives, twin updates and edgeAgent status reports; lower them on metered links.',
    ),
  ];
  return requirement(
    'uplink',
    'Uplink data',
    'GB/month',
    items,
    `Data sent to IoT Hub per month at the average rate. IoT Hub meters about ${fmt(meteredMessagesPerDay(ctx))} messages a day (4 KB blocks) against its daily quota.`,
    headroomItem(items, ctx.headroomPercent, 'uplink volume'),
  );
}
