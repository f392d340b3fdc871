/**
 * A gateway's downstream devices: what their connections and messages add to edgeHub (docs/gateway.md).
 *
 * - RAM: connected devices × memory per connection (EST: nothing is published) + their messages held in memory,
 *   computed like edgeHub's own traffic (msg/s × (payload + .NET overhead) × seconds held).
 * - CPU: their messages × edgeHub's routing cost per message (per message + per KB), as for the workload's.
 * - Buffer and uplink: the upstream share of their messages joins the workload's upstream rate in the sizing
 *   context (context.ts), so the offline queue, the cleanup lag and the monthly volume include them.
 * Each is one item, O(1) per estimate, and only when there are downstream devices: 0 devices (not a gateway)
 * leaves every breakdown exactly as it was.
 */
import type { BreakdownItem } from '../types.ts';
import { fmt, type SizingContext } from './context.ts';
import { add, constant, item, mul, scale } from './range.ts';

/** Breakdown id of the downstream devices' share (in the RAM and CPU breakdowns). */
export const DOWNSTREAM_ITEM_ID = 'downstream-devices';

const devicesWords = (n: number) => `${fmt(n)} downstream device${n === 1 ? '' : 's'}`;

/** The downstream devices' messages per second in words ("2.5 msg/s from 150 downstream devices"). */
export function downstreamWords(ctx: SizingContext): string {
  return `${fmt(ctx.downstream.rate)} msg/s from ${devicesWords(ctx.downstream.devices)}`;
}

/** edgeHub's memory for downstream connections and their messages in flight (MiB); null when not a gateway. */
export function downstreamRamItem(ctx: SizingContext): BreakdownItem | null {
  const { devices, rate } = ctx.downstream;
  if (devices === 0) return null;
  const { messageSizeKb, downstreamProtocol } = ctx.answers.data;
  return item(
    DOWNSTREAM_ITEM_ID,
    'edgeHub: downstream devices',
    'edge-hub',
    (read) =>
      add(
        scale(read('gateway.ram-per-connection-kb'), devices / 1024),
        scale(
          mul(
            constant(rate),
            add(constant(messageSizeKb), read('msg.overhead-kb.dotnet')),
            read('edge-hub.window-s'),
          ),
          1 / 1024,
        ),
      ),
    () =>
      `${devicesWords(devices)} over ${downstreamProtocol.toUpperCase()}: memory per connection (an estimate, no figure is published) × ${fmt(devices)}, plus their ${fmt(rate)} msg/s × (${fmt(messageSizeKb, 2)} KB + .NET overhead) × seconds held.`,
  );
}

/** edgeHub's CPU for routing the downstream devices' messages (reference cores); null when not a gateway. */
export function downstreamCpuItem(ctx: SizingContext): BreakdownItem | null {
  const { devices, rate } = ctx.downstream;
  if (devices === 0) return null;
  const { messageSizeKb } = ctx.answers.data;
  return item(
    DOWNSTREAM_ITEM_ID,
    'edgeHub: downstream devices',
    'edge-hub',
    (read) =>
      scale(
        add(read('edge-hub.cpu-per-msg-ms'), scale(read('edge-hub.cpu-per-kb-ms'), messageSizeKb)),
        rate / 1000,
      ),
    () =>
      `Routes and stores ${downstreamWords(ctx)} (${fmt(ctx.answers.data.downstreamMessagesPerMinute)} a minute each), about ${fmt(messageSizeKb, 2)} KB each, at edgeHub's cost per message.`,
  );
}

/** A clause for explanations of rates that include the downstream devices' messages ("" when not a gateway). */
export function downstreamClause(ctx: SizingContext): string {
  return ctx.downstream.devices === 0 ? '' : ` (including ${downstreamWords(ctx)})`;
}
