/**
 * Store-and-forward buffer (GB): what edgeHub must keep on disk to survive the stated hours offline.
 *
 * messages = rate × message size × share routed upstream × offline seconds × k, where k (1.5–2, EST) covers
 * RocksDB's overhead, compaction and write-ahead log, plus RocksDB's own WAL and manifest (capped at 512 MB + 64 MB).
 * The rate is the average for low and typical (an outage lasts hours, over which bursts average out) and the peak
 * for high (an outage during a busy period). Sizes: 1 KB = 1024 bytes, 1 GB = 10^9 bytes.
 * edgeHub drops messages older than its timeToLiveSecs (7200 s by default), so it must be set to cover the offline
 * hours; the model assumes it is (a finding says so when the default would be too short).
 */
import type { BreakdownItem, Range, Requirement } from '../types.ts';
import { fmt, type SizingContext } from './context.ts';
import { fromAssumption, headroomItem, item, mul, requirement, scale } from './range.ts';

/** Upstream messages per second used by the buffer: average, average, peak. */
export function bufferRate(ctx: SizingContext): Range {
  return { low: ctx.upstreamAvg, typical: ctx.upstreamAvg, high: ctx.upstreamPeak };
}

/** Buffer items without headroom (also counted in storage). */
export function bufferItems(ctx: SizingContext): BreakdownItem[] {
  const { messageSizeKb } = ctx.answers.data;
  const { offlineHours } = ctx.answers.performance;
  const bytes = messageSizeKb * 1024 * offlineHours * 3600;
  const rate = bufferRate(ctx);
  return [
    item(
      'message-buffer',
      'Queued messages',
      'message-buffer',
      scale(mul(rate, fromAssumption('buffer.k')), bytes / 1e9),
      ['buffer.k'],
      `${fmt(rate.typical)} msg/s upstream × ${fmt(messageSizeKb, 2)} KB × ${fmt(offlineHours)} h offline × k (RocksDB overhead); the high end at the peak rate.`,
    ),
    item(
      'edge-hub',
      'edgeHub RocksDB log and manifest',
      'edge-hub',
      fromAssumption('buffer.rocksdb-fixed'),
      ['buffer.rocksdb-fixed'],
      "RocksDB's write-ahead log and manifest, capped at 512 MB and 64 MB by edgeHub's defaults.",
    ),
  ];
}

/** The store-and-forward requirement. */
export function bufferRequirement(ctx: SizingContext): Requirement {
  const items = bufferItems(ctx);
  items.push(headroomItem(items, ctx.headroomPercent, 'buffer'));
  return requirement(
    'buffer',
    'Store-and-forward buffer',
    'GB',
    items,
    'Disk edgeHub needs to queue upstream messages through the offline period; it is part of the storage requirement too.',
  );
}
