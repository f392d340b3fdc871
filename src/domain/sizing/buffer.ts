/**
 * Store-and-forward buffer (GB): what edgeHub's RocksDB store holds on disk at its fullest.
 *
 * Disk per stored message = payload × k + metadata bytes, where k (1.5–2, EST) covers the JSON serialisation of the
 * message (its body is base64) and RocksDB's space amplification, and the metadata covers properties, keys and the
 * per-endpoint references (edgeHub stores a message once, with one reference per endpoint queue).
 * - Queued messages: upstream msg/s × offline seconds × disk per message. The rate is the average for low and
 *   typical (an outage lasts hours, over which bursts average out) and the peak for high (an outage during a busy
 *   period).
 * - Cleanup lag: edgeHub deletes delivered messages only when its cleanup task runs (every 1800 s by default), so
 *   the store also holds up to that long of everything it routes (module-to-module included), online or not:
 *   routed msg/s × cleanup interval × disk per message (average for low/typical, peak for high).
 * - RocksDB's own write-ahead log and manifest (capped at 512 MiB + 64 MiB).
 * Sizes: 1 KB = 1024 bytes, 1 GB = 10^9 bytes. edgeHub drops messages older than its timeToLiveSecs (7200 s by
 * default), so it must be set to cover the offline hours; the model assumes it is (a finding says so when the
 * default would be too short).
 */
import { ASSUMPTIONS } from '../assumptions.ts';
import type { BreakdownItem, Range, Requirement } from '../types.ts';
import { fmt, type SizingContext } from './context.ts';
import { downstreamClause } from './gateway.ts';
import { add, cited, headroomItem, item, mul, requirement, scale, type Cited } from './range.ts';

/** Id of the buffer item that grows with the offline hours (the queue); the manifest export scales only it. */
export const QUEUE_ITEM_ID = 'message-buffer';

/** Upstream messages per second used by the buffer: average, average, peak. */
export function bufferRate(ctx: SizingContext): Range {
  return { low: ctx.upstreamAvg, typical: ctx.upstreamAvg, high: ctx.upstreamPeak };
}

/** Messages per second edgeHub routes, for the cleanup lag: average, average, peak. */
export function routedRate(ctx: SizingContext): Range {
  // A gateway's downstream devices send steadily: their rate joins the average and the peak alike.
  const d = ctx.downstream.rate;
  return { low: ctx.deviceRateAvg + d, typical: ctx.deviceRateAvg + d, high: ctx.deviceRatePeak + d };
}

/** Bytes on disk per stored message: payload × k + metadata. */
export function storedBytesPerMessage(ctx: SizingContext): Cited {
  return cited((read) =>
    add(
      scale(read('buffer.k'), ctx.answers.data.messageSizeKb * 1024),
      read('buffer.metadata-bytes-per-msg'),
    ),
  );
}

/** Buffer items without headroom (also counted in storage). */
export function bufferItems(ctx: SizingContext): BreakdownItem[] {
  const { messageSizeKb } = ctx.answers.data;
  const { offlineHours } = ctx.answers.performance;
  const perMessage = storedBytesPerMessage(ctx);
  const rate = bufferRate(ctx);
  const routed = routedRate(ctx);
  const cleanupS = ASSUMPTIONS['buffer.cleanup-interval-s'].value;
  return [
    item(
      QUEUE_ITEM_ID,
      'Queued messages',
      'message-buffer',
      (read) => scale(mul(rate, read.cite(perMessage)), (offlineHours * 3600) / 1e9),
      () =>
        `${fmt(rate.typical)} msg/s upstream${downstreamClause(ctx)} × ${fmt(offlineHours)} h offline × (${fmt(messageSizeKb, 2)} KB × k + message metadata); the high end at the peak rate.`,
    ),
    item(
      'cleanup-lag',
      'Delivered messages awaiting cleanup',
      'message-buffer',
      (read) => scale(mul(routed, read.cite(perMessage)), read.scalar('buffer.cleanup-interval-s') / 1e9),
      () =>
        `edgeHub deletes delivered messages only every ${fmt(cleanupS / 60)} minutes: ${fmt(routed.typical)} msg/s routed${downstreamClause(ctx)} × ${fmt(cleanupS)} s stay on disk even when online; the high end at the peak rate.`,
    ),
    item(
      'edge-hub',
      'edgeHub RocksDB log and manifest',
      'edge-hub',
      (read) => read('buffer.rocksdb-fixed'),
      "RocksDB's write-ahead log and manifest, capped at 512 MiB and 64 MiB by edgeHub's defaults.",
    ),
  ];
}

/** The store-and-forward requirement. */
export function bufferRequirement(ctx: SizingContext): Requirement {
  const items = bufferItems(ctx);
  return requirement(
    'buffer',
    'Store-and-forward buffer',
    'GB',
    items,
    'Disk edgeHub needs to queue upstream messages through the offline period, plus delivered messages awaiting its periodic cleanup; it is part of the storage requirement too.',
    headroomItem(items, ctx.headroomPercent, 'buffer'),
  );
}
