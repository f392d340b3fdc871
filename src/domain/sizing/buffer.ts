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
import { fmt, type Flow, type SizingContext } from './context.ts';
import { downstreamClause, flowRates, flowSizes, otherSizeWords } from './gateway.ts';
import {
  add,
  cited,
  headroomItem,
  item,
  map,
  mul,
  requirement,
  scale,
  ZERO,
  type Cited,
  type Reader,
} from './range.ts';

/** Id of the buffer item that grows with the offline hours (the queue); the manifest export scales only it. */
export const QUEUE_ITEM_ID = 'message-buffer';

/** The workload's upstream messages per second used by the buffer: average, average, peak. */
export function bufferRate(ctx: SizingContext): Range {
  return { low: ctx.upstreamAvg, typical: ctx.upstreamAvg, high: ctx.upstreamPeak };
}

/** The workload's messages per second edgeHub routes, for the cleanup lag: average, average, peak. */
export function routedRate(ctx: SizingContext): Range {
  return { low: ctx.deviceRateAvg, typical: ctx.deviceRateAvg, high: ctx.deviceRatePeak };
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

/**
 * Bytes on disk a downstream flow stores per second, each message payload × k + metadata at the flow's own size:
 * average, average, and the peak for high unless atAverage (flash writes follow the average); zero without
 * downstream traffic.
 */
export function downstreamStoredBytes(read: Reader, f: Flow, atAverage = false): Range {
  const flow = atAverage ? { ...f, peak: f.avg, peakSizeKb: f.sizeKb } : f;
  if (flow.avg === 0 && flow.peak === 0) return ZERO;
  const payloadBytes = map(flowSizes(flow, false), (kb) => kb * 1024);
  return mul(
    flowRates(flow, false),
    add(mul(read('buffer.k'), payloadBytes), read('buffer.metadata-bytes-per-msg')),
  );
}

/** Buffer items without headroom (also counted in storage). */
export function bufferItems(ctx: SizingContext): BreakdownItem[] {
  const { messageSizeKb } = ctx.answers.data;
  const { offlineHours } = ctx.answers.performance;
  const perMessage = storedBytesPerMessage(ctx);
  const rate = bufferRate(ctx);
  const routed = routedRate(ctx);
  const down = ctx.downstream;
  const cleanupS = ASSUMPTIONS['buffer.cleanup-interval-s'].value;
  const theirsUp = otherSizeWords(ctx, down.upstream);
  const theirsRouted = otherSizeWords(ctx, down.routed);
  return [
    item(
      QUEUE_ITEM_ID,
      'Queued messages',
      'message-buffer',
      (read) =>
        scale(
          add(mul(rate, read.cite(perMessage)), downstreamStoredBytes(read, down.upstream)),
          (offlineHours * 3600) / 1e9,
        ),
      () =>
        `${fmt(rate.typical + down.upstream.avg)} msg/s upstream${downstreamClause(ctx)} × ${fmt(offlineHours)} h offline × (${fmt(messageSizeKb, 2)} KB × k + message metadata${theirsUp ? `; theirs ${theirsUp} each` : ''}); the high end at the peak rate.`,
    ),
    item(
      'cleanup-lag',
      'Delivered messages awaiting cleanup',
      'message-buffer',
      (read) =>
        scale(
          add(mul(routed, read.cite(perMessage)), downstreamStoredBytes(read, down.routed)),
          read.scalar('buffer.cleanup-interval-s') / 1e9,
        ),
      () =>
        `edgeHub deletes delivered messages only every ${fmt(cleanupS / 60)} minutes: ${fmt(routed.typical + down.routed.avg)} msg/s routed${downstreamClause(ctx)}${theirsRouted ? ` of ${fmt(messageSizeKb, 2)} KB (theirs ${theirsRouted})` : ''} × ${fmt(cleanupS)} s stay on disk even when online; the high end at the peak rate.`,
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
