/**
 * A gateway's downstream devices: what their connections and messages add to edgeHub (docs/gateway.md).
 *
 * - RAM: connected devices × memory per connection (EST: nothing is published) + their messages held in memory,
 *   computed like edgeHub's own traffic (msg/s × (payload + .NET overhead) × seconds held).
 * - CPU: their messages × edgeHub's routing cost per message (per message + per KB), as for the workload's.
 * - Buffer, uplink and flash writes: the upstream share of their messages joins the offline queue and the monthly
 *   volume, and all of them the cleanup lag and the writes, each message at the downstream flow's own size.
 * The downstream traffic is a flow of its own in the sizing context (context.ts, Downstream): for a gateway, the
 * leaf devices, steady and of the scenario's size; for a layer of a nested topology, its IoT Edge children's
 * messages too, at their own sizes on average and at peak (topology.ts).
 * Each is one item, O(1) per estimate, and only when there are downstream devices: 0 devices (not a gateway)
 * leaves every breakdown exactly as it was.
 */
import type { BreakdownItem, Range } from '../types.ts';
import { fmt, type Flow, type SizingContext } from './context.ts';
import { add, item, map, mul, scale } from './range.ts';

/** Breakdown id of the downstream devices' share (in the RAM and CPU breakdowns). */
export const DOWNSTREAM_ITEM_ID = 'downstream-devices';

const devicesWords = (n: number) => `${fmt(n)} downstream device${n === 1 ? '' : 's'}`;

/**
 * A flow's messages per second at the three points: the average for low, and for typical too unless typicalAtPeak
 * (CPU and memory follow the peak, as for the workload's own messages); the peak for high.
 */
export function flowRates(f: Flow, typicalAtPeak: boolean): Range {
  return { low: f.avg, typical: typicalAtPeak ? f.peak : f.avg, high: f.peak };
}

/** The size of a flow's messages (KB) at the same three points as flowRates. */
export function flowSizes(f: Flow, typicalAtPeak: boolean): Range {
  return { low: f.sizeKb, typical: typicalAtPeak ? f.peakSizeKb : f.sizeKb, high: f.peakSizeKb };
}

/**
 * The size of a downstream flow's messages in words ("0.5 KB", or "0.5 KB on average, 2 KB at peak") when it is not
 * the scenario's (a topology layer's children), else null: a gateway's leaf devices send the scenario's size, and an
 * explanation then names one size. averageOnly: for figures computed at the average rate alone.
 */
export function otherSizeWords(ctx: SizingContext, f: Flow, averageOnly = false): string | null {
  const own = ctx.answers.data.messageSizeKb;
  const peakSize = averageOnly ? f.sizeKb : f.peakSizeKb;
  if ((f.avg === 0 && f.peak === 0) || (f.sizeKb === own && peakSize === own)) return null;
  return f.sizeKb === peakSize
    ? `${fmt(f.sizeKb, 2)} KB`
    : `${fmt(f.sizeKb, 2)} KB on average, ${fmt(peakSize, 2)} KB at peak`;
}

/**
 * The downstream devices' messages per second in words ("2.5 msg/s from 150 downstream devices", and ", 8 at peak"
 * when their peak differs).
 */
export function downstreamWords(ctx: SizingContext): string {
  const f = ctx.downstream.routed;
  const peak = fmt(f.avg) === fmt(f.peak) ? '' : `, ${fmt(f.peak)} at peak`;
  return `${fmt(f.avg)} msg/s from ${devicesWords(ctx.downstream.devices)}${peak}`;
}

/** edgeHub's memory for downstream connections and their messages in flight (MiB); null when not a gateway. */
export function downstreamRamItem(ctx: SizingContext): BreakdownItem | null {
  const { devices, routed } = ctx.downstream;
  if (devices === 0) return null;
  const { messageSizeKb, downstreamProtocol } = ctx.answers.data;
  const size = otherSizeWords(ctx, routed) ?? `${fmt(messageSizeKb, 2)} KB`;
  return item(
    DOWNSTREAM_ITEM_ID,
    'edgeHub: downstream devices',
    'edge-hub',
    (read) =>
      add(
        scale(read('gateway.ram-per-connection-kb'), devices / 1024),
        scale(
          mul(
            flowRates(routed, true),
            add(flowSizes(routed, true), read('msg.overhead-kb.dotnet')),
            read('edge-hub.window-s'),
          ),
          1 / 1024,
        ),
      ),
    () =>
      `${devicesWords(devices)} over ${downstreamProtocol.toUpperCase()}: memory per connection (an estimate, no figure is published) × ${fmt(devices)}, plus their ${fmtFlowRate(routed)} × (${size} + .NET overhead) × seconds held.`,
  );
}

/** "5 msg/s" or "5 msg/s on average (8 at peak)". */
function fmtFlowRate(f: Flow): string {
  return fmt(f.avg) === fmt(f.peak)
    ? `${fmt(f.avg)} msg/s`
    : `${fmt(f.avg)} msg/s on average (${fmt(f.peak)} at peak)`;
}

/** edgeHub's CPU for routing the downstream devices' messages (reference cores); null when not a gateway. */
export function downstreamCpuItem(ctx: SizingContext): BreakdownItem | null {
  const { devices, routed } = ctx.downstream;
  if (devices === 0) return null;
  const size = otherSizeWords(ctx, routed) ?? `${fmt(ctx.answers.data.messageSizeKb, 2)} KB`;
  return item(
    DOWNSTREAM_ITEM_ID,
    'edgeHub: downstream devices',
    'edge-hub',
    (read) =>
      mul(
        add(read('edge-hub.cpu-per-msg-ms'), mul(read('edge-hub.cpu-per-kb-ms'), flowSizes(routed, true))),
        map(flowRates(routed, true), (rate) => rate / 1000),
      ),
    () =>
      `Routes and stores ${downstreamWords(ctx)} (${fmt(ctx.answers.data.downstreamMessagesPerMinute)} a minute each), about ${size} each, at edgeHub's cost per message.`,
  );
}

/** A clause for explanations of rates that include the downstream devices' messages ("" when not a gateway). */
export function downstreamClause(ctx: SizingContext): string {
  return ctx.downstream.devices === 0 ? '' : ` (including ${downstreamWords(ctx)})`;
}
