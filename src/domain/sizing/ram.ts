/**
 * RAM requirement (MiB): the host OS, the container engine and one containerd-shim per container, the IoT Edge
 * host daemons, edgeAgent, edgeHub, each module, an accelerator runtime when one is used, the EFLOW guest on
 * Windows, Microsoft's 50 MB free-memory floor and the user's headroom.
 *
 * Working sets that grow with traffic use one rule: memory held = message rate × (payload + per-message overhead)
 * × processing factor × seconds of traffic held in memory. The "seconds held" windows are calibrated estimates
 * (see the assumptions register); they are the least certain numbers in the model.
 */
import type { BreakdownItem, ContainerMemory, ModuleMemory, Range, Requirement } from '../types.ts';
import {
  fmt,
  fmtRate,
  LANGUAGE_IDS,
  moduleItemId,
  moduleLabel,
  moduleNoun,
  PROCESSING_IDS,
  type ModuleLoad,
  type SizingContext,
} from './context.ts';
import { downstreamRamItem } from './gateway.ts';
import { daemonsRamId, OS_LABEL, osRamId } from './baseline.ts';
import {
  add,
  cited,
  constant,
  headroomItem,
  item,
  itemFrom,
  max,
  mul,
  requirement,
  sameRange,
  scale,
  Twins,
} from './range.ts';
import type { Cited } from './range.ts';
import { catalogFigureId, catalogRamMiB, catalogSentence } from './known.ts';

/** Working set of one module (MiB), before any memory limit. */
export function moduleRamUncapped(m: ModuleLoad, ctx: SizingContext): Cited {
  const { messageSizeKb, processing } = ctx.answers.data;
  return cited((read) => {
    const overhead = read.cite(m.overheadKbPerMessage);
    const factor = read(PROCESSING_IDS.ramFactor[processing]);
    const window = read('module.window-s');
    const idle = read(LANGUAGE_IDS.moduleRam[m.language]);
    // idle + rate × (payload + overhead) × factor × window / 1024, i.e. add(idle, scale(mul(rate, add(constant(
    // payload), overhead), factor, window), 1 / 1024)) with the same operations in the same order, without its four
    // intermediate ranges (this runs for every module).
    const at = (i: number, rate: number, o: number, f: number, w: number) =>
      0 + i + 1 * rate * (0 + messageSizeKb + o) * f * w * (1 / 1024);
    return {
      low: at(idle.low, m.rate.low, overhead.low, factor.low, window.low),
      typical: at(idle.typical, m.rate.typical, overhead.typical, factor.typical, window.typical),
      high: at(idle.high, m.rate.high, overhead.high, factor.high, window.high),
    };
  });
}

/** The need with the module's memory limit applied to its high end (never below typical). */
function capByLimit(m: ModuleLoad, need: BreakdownItem['value']): BreakdownItem['value'] {
  if (m.memoryLimitMb === null || !m.stated) return need;
  return { ...need, high: Math.max(need.typical, Math.min(need.high, m.memoryLimitMb)) };
}

/**
 * What a module needs before any memory limit: its own working set, never below its server application's vendor
 * figure. The limit can only cap the high end of this (Docker kills a container at its limit); a limit under the
 * typical need is a finding (model-findings.ts).
 */
export function moduleNeed(
  m: ModuleLoad,
  ctx: SizingContext,
  floor: Cited | null = applicationFloorMiB(m),
  catalogFloor: Cited | null = catalogRamFloorMiB(m),
): Cited {
  return cited((read) => {
    const own = read.cite(moduleRamUncapped(m, ctx));
    const app = floor === null ? null : read.cite(floor);
    const catalog = catalogFloor === null ? null : read.cite(catalogFloor);
    if (app === null) return catalog === null ? own : max(own, catalog);
    return catalog === null ? max(own, app) : max(own, app, catalog);
  });
}

/** A module's need (moduleNeed) as the RAM requirement computed it for this context, or computed now. */
export function moduleNeedIn(ctx: SizingContext, m: ModuleLoad): Cited {
  return NEEDS_OF.get(ctx)?.[m.index] ?? moduleNeed(m, ctx);
}

/** The needs linuxRam computed, by module index, per context (the model findings read them again). */
const NEEDS_OF = new WeakMap<SizingContext, Cited[]>();

/** The RAM figure of the module's catalog entry in MiB, when it publishes one (other than its application's). */
export function catalogRamFloorMiB(m: ModuleLoad): Cited | null {
  const id = catalogFigureId(m, 'ram');
  return id === null || id === m.application?.minRam ? null : catalogRamMiB(id);
}

/** 10^6 bytes in MiB: vendors publish memory in MB. */
const MIB_PER_MB = 1e6 / 2 ** 20;

/**
 * A server application's vendor figure, in MiB (low / typical / high), under which its module is never sized: a
 * database's memory follows its data and queries, not its language. Null for other modules.
 */
export function applicationFloorMiB(m: ModuleLoad): Cited | null {
  const id = m.application?.minRam ?? null;
  return id === null ? null : cited((read) => scale(read(id), MIB_PER_MB));
}

/** edgeHub working set (MiB): idle + the traffic it holds. */
export function edgeHubWorkingSet(ctx: SizingContext): Cited {
  return cited((read) => {
    const held = mul(
      ctx.deviceRate,
      add(constant(ctx.answers.data.messageSizeKb), read('msg.overhead-kb.dotnet')),
      read('edge-hub.window-s'),
    );
    return add(read('edge-hub.ram-idle'), scale(held, 1 / 1024));
  });
}

/**
 * A system module's memory as the estimate counts it: its working set, never under the maintainers' minimum at
 * the typical and high ends (the low end stays the working set: what it uses when lightly loaded). The manifest
 * export limits the container from the same range, so the estimate counts what the export allows.
 */
function atLeastMinimum(workingSet: Range, minimumMiB: number): Range {
  return {
    low: workingSet.low,
    typical: Math.max(workingSet.typical, minimumMiB),
    high: Math.max(workingSet.high, minimumMiB),
  };
}

/**
 * edgeHub's memory (MiB): its working set (idle + the traffic it holds), never under the maintainers' minimum of
 * 300 MB (Azure/iotedge#6983) at typical and high: edgeHub restarts at its memory limit, and the export's limit
 * is never under that minimum, so the estimate reserves it.
 */
export function edgeHubRam(ctx: SizingContext): Cited {
  return cited((read) =>
    atLeastMinimum(read.cite(edgeHubWorkingSet(ctx)), read.scalar('edge-hub.ram-min-mb') * MIB_PER_MB),
  );
}

/** edgeAgent's working set (MiB): its own, plus a little per deployed module. */
export function edgeAgentWorkingSet(ctx: SizingContext): Cited {
  return cited((read) =>
    add(read('edge-agent.ram'), scale(read('edge-agent.ram-per-module'), ctx.modules.length)),
  );
}

/** edgeAgent's memory (MiB): its working set, never under the maintainers' ~100 MB (Azure/iotedge#4545). */
export function edgeAgentRam(ctx: SizingContext): Cited {
  return cited((read) =>
    atLeastMinimum(read.cite(edgeAgentWorkingSet(ctx)), read.scalar('edge-agent.ram-min-mb') * MIB_PER_MB),
  );
}

/** Words in a module's name or image that say it runs inference. */
const INFERENCE_WORDS =
  /deepstream|infer|onnx|tensorrt|triton|openvino|tflite|edgetpu|coral|hailo|yolo|detect|vision|spatial|classif|recogni|opencv|custom-?vision|\bai\b|\bml\b|\bcv\b/i;

/**
 * The module that runs the inference, when an accelerator is used: the first whose name or image names an
 * inference runtime or task, else the first module. Null without an accelerator or without modules.
 */
export function inferenceModule(ctx: SizingContext): { index: number; reason: string } | null {
  if (ctx.answers.accelerator.kind === 'none' || ctx.modules.length === 0) return null;
  const specs = ctx.modules.map((m) => ({ m, image: moduleImage(ctx, m.index) }));
  for (const { m, image } of specs) {
    const hit = INFERENCE_WORDS.exec(m.name) ?? INFERENCE_WORDS.exec(image);
    if (hit !== null)
      return {
        index: m.index,
        reason: `its ${INFERENCE_WORDS.test(m.name) ? 'name' : 'image'} says "${hit[0]}"`,
      };
  }
  return {
    index: 0,
    reason: 'no module name or image names an inference runtime, so it is counted in the first module',
  };
}

function moduleImage(ctx: SizingContext, index: number): string {
  const w = ctx.answers.workload;
  return w.mode === 'list' ? (w.modules[index]?.image ?? '') : '';
}

/** The RAM items a Linux host (or the EFLOW VM) runs, without the host OS, floor or headroom. */
export function linuxRamItems(ctx: SizingContext): BreakdownItem[] {
  return linuxRam(ctx).items;
}

/** A module's RAM inputs, and what linuxRam computed from them (shared by every module with the same inputs). */
interface RamTwin {
  overhead: Cited;
  language: ModuleLoad['language'];
  minRam: string | null;
  catalogRam: string | null;
  stated: boolean;
  memoryLimitMb: number | null;
  rate: Range;
  floorCited: Cited | null;
  catalogFloorCited: Cited | null;
  need: Cited;
  value: Cited;
}

/** The Linux RAM items, and the per-container memory they hold (for ContainerMemory). */
function linuxRam(ctx: SizingContext): {
  items: BreakdownItem[];
  modules: ModuleMemory[];
  unattachedInference: Range | null;
} {
  const n = ctx.modules.length;
  const containers = n + 2;
  const { messageSizeKb, processing } = ctx.answers.data;
  const items: BreakdownItem[] = [];

  items.push(
    item(
      'container-engine',
      'Container engine (dockerd + containerd, shims)',
      'container-engine',
      (read) => add(read('engine.ram'), scale(read('engine.shim-ram'), containers)),
      () =>
        `dockerd and containerd, plus one containerd-shim for each of the ${containers} containers (edgeAgent, edgeHub and ${n} module${n === 1 ? '' : 's'}).`,
    ),
  );
  items.push(
    item(
      'iot-edge-daemons',
      'IoT Edge daemons (aziot-edged, identity, keys, certificates)',
      'iot-edge-daemons',
      (read) => read(daemonsRamId(ctx.arch)),
      `Microsoft's measured RSS of the host daemons on ${ctx.arch}.`,
    ),
  );
  items.push(
    item(
      'edge-agent',
      'edgeAgent',
      'edge-agent',
      (read) => read.cite(edgeAgentRam(ctx)),
      () =>
        `edgeAgent's working set plus a little per deployed module (${n}), never under the maintainers' ~100 MB, the limit they advise for it.`,
    ),
  );
  items.push(
    item(
      'edge-hub',
      'edgeHub',
      'edge-hub',
      (read) => read.cite(edgeHubRam(ctx)),
      () =>
        `Idle working set plus the traffic held in memory: ${fmtRate(ctx.deviceRateAvg, ctx.deviceRatePeak)} × (${fmt(messageSizeKb, 2)} KB + .NET overhead) × seconds held; never under the maintainers' minimum of 300 MB, the least the exported manifest lets it use (edgeHub restarts at its limit).`,
    ),
  );
  // A gateway: edgeHub's memory for its downstream devices, a line of its own (counted in memory.edgeHub too).
  const downstream = downstreamRamItem(ctx);
  if (downstream !== null) items.push(downstream);
  const moduleMemory: ModuleMemory[] = [];
  const needs: Cited[] = [];
  NEEDS_OF.set(ctx, needs);
  // Modules with the same inputs (language, rate, cost per message, application and catalog figures, memory limit)
  // have the same need and item value, with the same citations: computed once and shared (every module of a
  // language whose rate nobody states, say).
  const twins = new Twins<RamTwin>();
  for (const m of ctx.modules) {
    const minRam = m.application?.minRam ?? null;
    const catalogRam = catalogFigureId(m, 'ram');
    let twin: RamTwin | undefined;
    for (const t of twins.under(m.rate.typical))
      if (
        t.overhead === m.overheadKbPerMessage &&
        t.language === m.language &&
        t.minRam === minRam &&
        t.catalogRam === catalogRam &&
        t.stated === m.stated &&
        t.memoryLimitMb === m.memoryLimitMb &&
        sameRange(t.rate, m.rate)
      ) {
        twin = t;
        break;
      }
    if (twin === undefined) {
      const floorCited = applicationFloorMiB(m);
      const catalogFloorCited = catalogRamFloorMiB(m);
      const twinNeed = moduleNeed(m, ctx, floorCited, catalogFloorCited);
      twin = {
        overhead: m.overheadKbPerMessage,
        language: m.language,
        minRam,
        catalogRam,
        stated: m.stated,
        memoryLimitMb: m.memoryLimitMb,
        rate: m.rate,
        floorCited,
        catalogFloorCited,
        need: twinNeed,
        value: cited((read) => capByLimit(m, read.cite(twinNeed))),
      };
      twins.add(m.rate.typical, twin);
    }
    const { floorCited, catalogFloorCited, need } = twin;
    needs.push(need);
    const floor = floorCited?.value;
    const catalogFloor = catalogFloorCited?.value;
    const appText = () =>
      m.application && floor
        ? ` It runs ${m.application.what}${m.application.fromName ? ' (going by its name: confirm it)' : ''}, so it is never sized below its vendor's figure, ${floor.low === floor.high ? `${fmt(floor.typical)} MiB` : `${fmt(floor.low)}–${fmt(floor.high)} MiB`}.`
        : '';
    const moduleItem = itemFrom(
      moduleItemId(m.index),
      moduleLabel(m),
      'module',
      twin.value,
      (value) =>
        `${moduleNoun(m)}: idle working set plus ${fmtRate(m.rate.low, m.rate.typical)} held for a few seconds (${processing} processing)` +
        (m.stated ? '.' : ', its share of the workload rate') +
        (m.pooledAcrossLanguages
          ? ', costed at the dearest language among the modules sharing it.'
          : m.stated
            ? ''
            : '.') +
        (value.high >= need.value.high
          ? ''
          : value.high > value.typical
            ? ` High end capped by its memory limit of ${fmt(m.memoryLimitMb ?? 0)} MiB.`
            : ` Its memory limit of ${fmt(m.memoryLimitMb ?? 0)} MiB is below its typical need: see the warning.`) +
        appText() +
        catalogSentence(m, 'ram', catalogFloor, 'MiB'),
    );
    items.push(moduleItem);
    moduleMemory.push({
      index: m.index,
      name: m.name,
      need: moduleItem.value,
      inference: null,
      inferenceReason: null,
      assumptionIds: moduleItem.assumptionIds,
    });
  }
  const kind = ctx.answers.accelerator.kind;
  let unattachedInference: Range | null = null;
  if (kind !== 'none') {
    const runner = inferenceModule(ctx);
    const target = runner === null ? undefined : moduleMemory[runner.index];
    const runnerLoad = runner === null ? undefined : ctx.modules[runner.index];
    const runtime = item(
      'accelerator-runtime',
      `Inference runtime (${kind.toUpperCase()})`,
      'module',
      (read) => read(`accelerator.ram.${kind}`),
      'The inference runtime, its libraries and the loaded model' +
        (runner !== null && runnerLoad !== undefined
          ? `, counted in module "${moduleLabel(runnerLoad)}" (${runner.reason}); the exported manifest's memory limit for that module includes it.`
          : ', in whichever module runs inference.'),
    );
    if (runner !== null && target !== undefined) {
      moduleMemory[runner.index] = {
        ...target,
        need: add(target.need, runtime.value),
        inference: runtime.value,
        inferenceReason: runner.reason,
        assumptionIds: [...target.assumptionIds, ...runtime.assumptionIds],
      };
    } else unattachedInference = runtime.value;
    items.push(runtime);
  }
  return { items, modules: moduleMemory, unattachedInference };
}

/** The RAM requirement. */
export function ramRequirement(ctx: SizingContext): Requirement {
  return ramEstimate(ctx).requirement;
}

/** The RAM requirement, and the same numbers per container (what the manifest export reads). */
export function ramEstimate(ctx: SizingContext): { requirement: Requirement; memory: ContainerMemory } {
  const items: BreakdownItem[] = [];
  items.push(
    item(
      'os',
      OS_LABEL[ctx.family],
      'os',
      (read) => read(osRamId(ctx.family)),
      ctx.windowsHost
        ? 'Memory Windows itself uses on the host; the EFLOW Linux VM runs everything else.'
        : 'Memory the operating system uses after boot, before IoT Edge starts.',
    ),
  );
  if (ctx.windowsHost) {
    items.push(
      item(
        'eflow-vm',
        'EFLOW Linux VM (guest OS, Hyper-V)',
        'eflow-vm',
        (read) => read('eflow.guest-ram'),
        'The Azure Linux guest inside the EFLOW VM and its virtualisation overhead.',
      ),
      item(
        'eflow-host-free',
        'Windows host: free RAM EFLOW requires',
        'eflow-vm',
        (read) => read('eflow.host-free-ram'),
        'EFLOW asks Windows to keep 1 GB of memory free besides the VM.',
      ),
    );
  }
  const linux = linuxRam(ctx);
  items.push(...linux.items);
  const floor = item(
    'free-memory-floor',
    'Free-memory floor',
    'headroom',
    (read) => read('ram.free-floor'),
    "Microsoft's compatibility check keeps 50 MB free for the kernel and page cache.",
  );
  const headroom = headroomItem(items, ctx.headroomPercent, 'memory');
  const HOST: readonly string[] = ['os', 'eflow-vm', 'container-engine', 'iot-edge-daemons'];
  const host = [...items.filter((i) => HOST.includes(i.component)), floor].reduce<Range>(
    (sum, i) => add(sum, i.value),
    constant(0),
  );
  const valueOf = (component: 'edge-hub' | 'edge-agent') =>
    items.find((i) => i.component === component)?.value ?? constant(0);
  const sumOf = (component: 'edge-hub') =>
    items.filter((i) => i.component === component).reduce<Range>((sum, i) => add(sum, i.value), constant(0));
  return {
    requirement: requirement(
      'ram',
      'Memory (RAM)',
      'MiB',
      [...items, floor],
      'Sum of the resident memory of every process on the device, plus a 50 MB floor and your headroom. Typical uses the peak message rate.',
      headroom,
    ),
    memory: {
      // edgeHub's own line plus, on a gateway, its downstream devices' line: the export limits edgeHub from this.
      edgeHub: ctx.downstream.devices === 0 ? valueOf('edge-hub') : sumOf('edge-hub'),
      edgeAgent: valueOf('edge-agent'),
      modules: linux.modules,
      unattachedInference: linux.unattachedInference,
      host,
    },
  };
}
