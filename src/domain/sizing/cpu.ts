/**
 * CPU requirement in reference cores (one Cortex-A72 core at 1.5 GHz = 1.0; docs/decisions/003-reference-cores.md).
 *
 * Background load of the OS, engine, daemons, edgeAgent and each module, plus per-message work:
 * edgeHub (per message + per KB) and each module (processing weight × language factor + SDK cost), × messages per
 * second / 1000. Low uses the average rate; typical and high use the peak rate, because a device that cannot keep
 * up with its peak builds a backlog that only the headroom would absorb. Nearly every CPU constant is an estimate
 * (no CPU figures for IoT Edge are published): see the assumptions register.
 */
import type { BreakdownItem, Range, Requirement } from '../types.ts';
import { inferenceFramesPerSecond } from './accelerator.ts';
import { osCpuId, OS_LABEL } from './baseline.ts';
import { fmt, fmtRate, moduleItemId, moduleLabel, moduleNoun, type SizingContext } from './context.ts';
import {
  add,
  cited,
  headroomItem,
  item,
  itemFrom,
  max,
  mul,
  requirement,
  sameRange,
  scale,
  Twins,
  type Cited,
} from './range.ts';
import { catalogFigureId, catalogSentence } from './known.ts';
import { downstreamCpuItem } from './gateway.ts';

/** The CPU items a Linux host (or the EFLOW VM) runs, without the host OS and headroom. */
export function linuxCpuItems(ctx: SizingContext): BreakdownItem[] {
  const n = ctx.modules.length;
  const { messageSizeKb, processing } = ctx.answers.data;
  const items: BreakdownItem[] = [
    item(
      'container-engine',
      'Container engine',
      'container-engine',
      (read) => read('engine.cpu'),
      'dockerd and containerd housekeeping.',
    ),
    item(
      'iot-edge-daemons',
      'IoT Edge daemons',
      'iot-edge-daemons',
      (read) => read('daemons.cpu'),
      'aziot-edged and the identity, key and certificate services (mostly idle).',
    ),
    item(
      'edge-agent',
      'edgeAgent',
      'edge-agent',
      (read) => add(read('edge-agent.cpu'), scale(read('edge-agent.cpu-per-module'), n)),
      () => `Reconciling the deployment and reporting the status of ${n} module${n === 1 ? '' : 's'}.`,
    ),
  ];

  items.push(
    item(
      'edge-hub',
      'edgeHub',
      'edge-hub',
      (read) => {
        const perMessageMs = add(
          read('edge-hub.cpu-per-msg-ms'),
          scale(read('edge-hub.cpu-per-kb-ms'), messageSizeKb),
        );
        return add(read('edge-hub.cpu-idle'), scale(mul(ctx.deviceRate, perMessageMs), 1 / 1000));
      },
      () =>
        `Routes and stores ${fmt(ctx.deviceRateAvg) === fmt(ctx.deviceRatePeak) ? `${fmt(ctx.deviceRatePeak)} messages a second (average and peak alike)` : `${fmt(ctx.deviceRateAvg)} messages a second on average, ${fmt(ctx.deviceRatePeak)} at peak`}, about ${fmt(messageSizeKb, 2)} KB each.`,
    ),
  );

  const downstream = downstreamCpuItem(ctx);
  if (downstream !== null) items.push(downstream);

  // Modules with the same rate, cost per message and catalog figure have the same value and citations: it is
  // computed once and shared (every module of a language whose rate nobody states, say).
  const twins = new Twins<{ rate: Range; cpu: Cited; catalog: string | null; value: Cited }>();
  for (const m of ctx.modules) {
    // A catalog entry's published CPU figure is a floor under the per-message estimate.
    const catalogCpu = catalogFigureId(m, 'cpu');
    let value: Cited | undefined;
    for (const t of twins.under(m.rate.typical))
      if (t.cpu === m.cpuMsPerMessage && t.catalog === catalogCpu && sameRange(t.rate, m.rate)) {
        value = t.value;
        break;
      }
    if (value === undefined) {
      value = cited((read) => {
        const own = add(read('module.cpu-idle'), scale(mul(m.rate, read.cite(m.cpuMsPerMessage)), 1 / 1000));
        return catalogCpu === null ? own : max(own, read(catalogCpu));
      });
      twins.add(m.rate.typical, { rate: m.rate, cpu: m.cpuMsPerMessage, catalog: catalogCpu, value });
    }
    items.push(
      itemFrom(
        moduleItemId(m.index),
        moduleLabel(m),
        'module',
        value,
        () =>
          `${moduleNoun(m)}, ${processing} processing: ${fmtRate(m.rate.low, m.rate.typical)}` +
          (m.stated ? '.' : ', its share of the workload rate') +
          (m.pooledAcrossLanguages
            ? ', costed at the dearest language among the modules sharing that rate.'
            : m.stated
              ? ''
              : '.') +
          catalogSentence(m, 'cpu', undefined, 'reference cores'),
      ),
    );
  }

  const fps = inferenceFramesPerSecond(ctx.answers);
  if (fps > 0) {
    items.push(
      item(
        'accelerator-host',
        'Inference pre/post-processing',
        'module',
        (read) => scale(read('accelerator.host-cpu-ms-per-frame'), fps / 1000),
        () =>
          `Preparing ${fmt(fps)} frames per second for the accelerator and reading its results (video decode in hardware assumed).`,
      ),
    );
  }
  return items;
}

/** The CPU requirement. */
export function cpuRequirement(ctx: SizingContext): Requirement {
  const items: BreakdownItem[] = [
    item(
      'os',
      OS_LABEL[ctx.family],
      'os',
      (read) => read(osCpuId(ctx.family)),
      'Background work of the operating system.',
    ),
  ];
  if (ctx.windowsHost) {
    items.push(
      item(
        'eflow-vm',
        'EFLOW Linux VM (guest OS, virtualisation)',
        'eflow-vm',
        (read) => read('eflow.guest-cpu'),
        'The guest kernel and the cost of running a VM.',
      ),
    );
  }
  items.push(...linuxCpuItems(ctx));
  return requirement(
    'cpu',
    'CPU',
    'ref-cores',
    items,
    'Background load plus per-message work at the average rate (low) and the peak rate (typical, high), in reference cores (one Cortex-A72 core at 1.5 GHz).',
    headroomItem(items, ctx.headroomPercent, 'CPU'),
  );
}
