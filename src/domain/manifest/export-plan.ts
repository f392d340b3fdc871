/**
 * The export's decisions, without any JSON: the plan. For the sized modules and the chosen device it decides
 * each module's name and memory limit, edgeAgent's and edgeHub's limits, edgeHub OptimizeForPerformance, the
 * store-and-forward time to live and log rotation, each with its reason (the words the architect reads) and the
 * assumption ids behind it. export.ts renders a plan as a generated manifest or tunes an imported one with it.
 *
 * It reads the estimate only through typed data: `estimate.memory` (each container's RAM, the same numbers as
 * the RAM breakdown) and the storage and buffer requirements' components. Pure: no I/O.
 */
import { effectiveModules, type Answers } from '../answers.ts';
import { ASSUMPTIONS, type AssumptionId } from '../assumptions.ts';
import { usableRam } from '../catalog/suggest-devices.ts';
import { QUEUE_ITEM_ID } from '../sizing/buffer.ts';
import type { Device, Estimate, Finding, ModuleMemory, Requirement } from '../types.ts';
import { applicationMinMemoryMB, knownApplication } from '../modules/languages.ts';

/** 1 MiB in bytes: Docker's HostConfig.Memory is in bytes. */
export const MIB = 1_048_576;

/**
 * Container log rotation. Production checklist: "set up logs and diagnostics … json-file with max-size 10m and
 * max-file 3"; Moby sets no log limits by default. https://learn.microsoft.com/azure/iot-edge/production-checklist
 * (read 2026-11).
 */
export const LOG_CONFIG = { Type: 'json-file', Config: { 'max-size': '10m', 'max-file': '3' } } as const;

/**
 * Oldest Docker Engine API the deployment asks for. IoT Edge 1.6 talks to the engine at API v1.41 (Docker 20.10,
 * the dockerd in Debian 12, the oldest engine the 1.6 line supports): "Update Docker Engine API version to v1.41",
 * https://github.com/Azure/iotedge/pull/7510 (merged 2026-06; CHANGELOG 1.6.0). Microsoft's older templates still
 * say "v1.25", which would let an engine too old for 1.6 pass the check.
 */
export const MIN_DOCKER_API_VERSION = 'v1.41';

/** Device RAM at or under which edgeHub runs with OptimizeForPerformance=false (register: export.low-memory-mib). */
export const LOW_MEMORY_MIB = ASSUMPTIONS['export.low-memory-mib'].value;
/** The smallest module memory limit (register: export.min-module-memory-mib). */
export const MIN_MODULE_MEMORY_MIB = ASSUMPTIONS['export.min-module-memory-mib'].value;
/** The shortest time to live (register: export.min-ttl-s). */
export const MIN_TTL_SECS = ASSUMPTIONS['export.min-ttl-s'].value;
/** The maintainers' minimums for the system modules, in MB (register: edge-hub.ram-min-mb, edge-agent.ram-min-mb). */
export const SYSTEM_MEMORY_FLOOR_MB = {
  edgeHub: ASSUMPTIONS['edge-hub.ram-min-mb'].value,
  edgeAgent: ASSUMPTIONS['edge-agent.ram-min-mb'].value,
} as const;

/** A vendor or maintainer figure in MB (10^6 bytes) as whole MiB, rounded up. */
export const mbToMiB = (mb: number) => Math.ceil((mb * 1_000_000) / MIB);

export interface ManifestNote {
  /** Which part of the manifest the note is about (for example "edgeHub.env.OptimizeForPerformance"). */
  topic: string;
  text: string;
}

/** A value the export writes, why, and the assumptions behind it. */
export interface Planned<T> {
  value: T;
  reason: string;
  assumptionIds: AssumptionId[];
}

export interface ModuleLimit {
  name: string;
  /** Bytes written to HostConfig.Memory, or null when no limit was written. */
  memoryBytes: number | null;
  memoryMiB: number | null;
  /** Where the limit came from. */
  basis: 'estimate' | 'user' | 'none';
}

/** A memory limit for edgeAgent or edgeHub. */
export interface SystemLimit {
  name: 'edgeAgent' | 'edgeHub';
  memoryBytes: number;
  memoryMiB: number;
  /**
   * 'estimate': the estimate's high end (from the traffic) × headroom; 'floor': the maintainers' minimum, which
   * the estimate counts when the traffic needs less, × headroom.
   */
  basis: 'estimate' | 'floor';
}

/** One sized module, as the export writes it. */
export interface ModulePlan {
  /** Position in the answers' modules. */
  index: number;
  /** The module's name in the answers. */
  sourceName: string;
  /** The name the generated manifest gives it (a valid IoT Edge module name, unique). */
  name: string;
  /** The image from the answers, trimmed ('' when none: the renderer writes a placeholder). */
  image: string;
  limit: ModuleLimit;
  /** Why this limit. */
  reason: string;
  assumptionIds: AssumptionId[];
  /** The estimate's need for this module (MiB), or null when the estimate does not cover it. */
  need: ModuleMemory['need'] | null;
}

export interface ExportPlan {
  device: Device | null;
  headroomPercent: number;
  modules: ModulePlan[];
  systemLimits: (SystemLimit & { reason: string; assumptionIds: AssumptionId[] })[];
  optimizeForPerformance: Planned<boolean>;
  timeToLiveSecs: Planned<number>;
  logConfig: Planned<typeof LOG_CONFIG>;
  minDockerVersion: Planned<string>;
  /** Problems the architect must see before deploying (for example limits that overcommit the device). */
  findings: Finding[];
  /** Everything else the architect should read, in order. */
  notes: ManifestNote[];
}

/** A module name IoT Edge accepts (IoT Hub module identity characters); spaces and others become "-". */
export function toModuleName(name: string, index: number): string {
  const cleaned = name
    .trim()
    .replace(/[^A-Za-z0-9\-:.+%_#*?!(),=@']+/g, '-')
    .replace(/^[-$]+|-+$/g, '')
    .slice(0, 128);
  return cleaned === '' ? `module${index + 1}` : cleaned;
}

const toGB = (value: number, requirement: Requirement): number =>
  requirement.unit === 'MiB' ? value / 1024 : value;

const typicalOf = (r: Requirement | undefined) => r?.total.typical ?? 0;

/**
 * How much of the device's storage the store-and-forward buffer may use, and how many offline hours fit in it.
 * The storage requirement already counts the buffer (items of component "message-buffer") and applies its headroom
 * once to everything, so the buffer is compared with its share of storage, headroom included once: not with the
 * buffer requirement's own total on top of a storage total that already holds it (that counted the buffer's
 * headroom twice). Only the queue (the buffer item QUEUE_ITEM_ID) grows with the offline hours;
 * the cleanup lag and RocksDB's log do not, so they are subtracted before scaling. Sizes in GB.
 */
export function bufferFit(
  offlineHours: number,
  buffer: Requirement,
  storage: Requirement,
  deviceStorageGB: number,
): { bufferGB: number; freeGB: number; hoursThatFit: number } {
  const sum = (items: Requirement['breakdown'], unit: Requirement) =>
    items.reduce((s, i) => s + toGB(i.value.typical, unit), 0);
  const headroom = sum(
    storage.breakdown.filter((i) => i.component === 'headroom'),
    storage,
  );
  const base = toGB(storage.total.typical, storage) - headroom;
  const factor = base > 0 ? 1 + headroom / base : 1;
  const inStorage = sum(
    storage.breakdown.filter((i) => i.component === 'message-buffer'),
    storage,
  );
  const freeGB = deviceStorageGB - (base - inStorage) * factor;
  const bufferGB = inStorage * factor;
  const queueItem = buffer.breakdown.find((i) => i.id === QUEUE_ITEM_ID);
  const queueGB =
    queueItem === undefined ? inStorage : Math.min(inStorage, toGB(queueItem.value.typical, buffer));
  const fixedGB = inStorage - queueGB;
  const hoursThatFit = queueGB <= 0 ? 0 : Math.max(0, (offlineHours * (freeGB / factor - fixedGB)) / queueGB);
  return { bufferGB, freeGB, hoursThatFit };
}

const fmtMiB = (mib: number) => `${Math.round(mib).toLocaleString('en-US')} MiB`;

/** Plan the export for `device` (null: no device chosen and none fits). */
export function planExport(answers: Answers, estimate: Estimate, device: Device | null): ExportPlan {
  const notes: ManifestNote[] = [];
  const findings: Finding[] = [];
  const headroomPercent = answers.performance.headroomPercent;
  const headroom = 1 + headroomPercent / 100;
  const times = `× ${headroom.toFixed(2)} (your ${headroomPercent}% headroom)`;

  // Modules.
  const specs = effectiveModules(answers.workload);
  const used = new Set<string>();
  const applicationModules = new Set<string>();
  const modules: ModulePlan[] = specs.map((spec, index) => {
    let name = toModuleName(spec.name, index);
    for (let n = 2; used.has(name); n++) name = `${toModuleName(spec.name, index).slice(0, 124)}-${n}`;
    used.add(name);
    if (name !== spec.name)
      notes.push({
        topic: `modules.${name}`,
        text: `Module "${spec.name}" is named "${name}": IoT Edge module names allow only letters, digits and - : . + % _ # * ? ! ( ) , = @ ', and each must be unique.`,
      });
    // The estimate's memory for this module, by position; a stale estimate (other modules) covers nothing.
    const candidate = estimate.memory.modules[index];
    const memory = candidate !== undefined && candidate.name === spec.name ? candidate : null;
    const known = knownApplication(spec.image, spec.name)?.application ?? null;
    const appMinMB = known === null ? null : applicationMinMemoryMB(known);
    if (appMinMB !== null) applicationModules.add(name);
    const appFloor = appMinMB === null ? 0 : mbToMiB(appMinMB);
    const floor = Math.max(MIN_MODULE_MEMORY_MIB, appFloor);
    const floorWhy =
      appFloor > MIN_MODULE_MEMORY_MIB && known !== null
        ? `${floor} MiB: ${known.guidance} (${known.source})`
        : `${floor} MiB, the export's floor for any module (runtime, libc and TLS come first)`;
    const ids: AssumptionId[] = [
      ...((memory?.assumptionIds ?? []) as AssumptionId[]),
      'export.min-module-memory-mib',
    ];
    if (known?.minMemory) ids.push(known.minMemory);
    const needTypical = memory === null ? 0 : Math.ceil(memory.need.typical - 1e-9);
    const inferenceText =
      memory !== null && memory.inference !== null
        ? ` It runs the inference (${memory.inferenceReason ?? ''}), so its need includes the inference runtime, ${fmtMiB(memory.inference.typical)} typical.`
        : '';
    const limitOf = (mib: number | null, basis: ModuleLimit['basis']): ModuleLimit => ({
      name,
      memoryBytes: mib === null ? null : mib * MIB,
      memoryMiB: mib,
      basis,
    });
    let limit: ModuleLimit;
    let reason: string;
    if (spec.memoryLimitMb !== null) {
      // Rounded UP: a user's limit is never lowered (40,000,000 bytes → 39 MiB, not 38).
      const asked = Math.max(1, Math.ceil(spec.memoryLimitMb - 1e-9));
      const mib = Math.max(floor, asked, needTypical);
      limit = limitOf(mib, 'user');
      reason =
        mib === asked
          ? `"${name}": your memory limit, ${fmtMiB(mib)}.${inferenceText}`
          : needTypical > Math.max(floor, asked)
            ? `Raised your memory limit for "${name}" from ${asked} MiB to ${fmtMiB(mib)}, what the estimate counts for it (typical). A limit under the typical need gets the module killed under its normal load.${inferenceText}`
            : `Raised your memory limit for "${name}" from ${asked} MiB to ${floorWhy}. Under it the module is likely to be killed as it starts.${inferenceText}`;
      const suggested = memory === null ? null : Math.ceil(memory.need.high * headroom);
      if (suggested !== null && suggested > mib)
        reason += ` Kept at ${fmtMiB(mib)}: the estimate puts this module's high end at ${fmtMiB(memory?.need.high ?? 0)} (${fmtMiB(suggested)} with your ${headroomPercent}% headroom), so near its limit Docker may kill it under load.`;
    } else if (memory !== null && memory.need.high > 0) {
      const estimated = Math.ceil(memory.need.high * headroom - 1e-9);
      const mib = Math.max(floor, estimated);
      limit = limitOf(mib, 'estimate');
      reason =
        mib > estimated
          ? `"${name}": the estimate gives ${estimated} MiB (its high end ${times}), raised to ${floorWhy}.${inferenceText}`
          : `"${name}": ${fmtMiB(mib)}, the estimate's high end for it (${fmtMiB(memory.need.high)}) ${times}.${inferenceText}`;
    } else {
      limit = limitOf(null, 'none');
      reason = `The estimate has no RAM figure for "${name}", so no memory limit was written.`;
    }
    return {
      index,
      sourceName: spec.name,
      name,
      image: spec.image.trim(),
      limit,
      reason,
      assumptionIds: ids,
      need: memory?.need ?? null,
    };
  });
  for (const m of modules) notes.push({ topic: `modules.${m.name}.HostConfig.Memory`, text: m.reason });
  if (estimate.memory.unattachedInference !== null)
    notes.push({
      topic: 'modules',
      text: `The estimate counts an inference runtime (${fmtMiB(estimate.memory.unattachedInference.typical)} typical) but lists no module to run it: add the inference module in the wizard so its limit includes the runtime.`,
    });

  const limits = modules.map((m) => m.limit);
  const large =
    device === null ? [] : limits.filter((l) => l.memoryMiB !== null && l.memoryMiB > device.ramMiB / 2);
  if (device !== null && large.length > 0)
    notes.push({
      topic: 'modules.*.HostConfig.Memory',
      text: `${large.map((l) => `"${l.name}" (${l.memoryMiB} MiB)`).join(', ')} may use more than half of ${device.name}'s ${device.ramMiB.toLocaleString('en-US')} MiB. A limit is a cap, not a reservation${large.some((l) => applicationModules.has(l.name)) ? ", but a server application (a database, a dashboard) does use its vendor's figure, which the sizing counts" : ''}: check the module's real use on the device, or choose a device with more RAM.`,
    });
  if (limits.some((l) => l.basis === 'estimate'))
    notes.push({
      topic: 'modules.*.HostConfig.Memory',
      text: `Memory limits are the estimate's high RAM per module ${times}, rounded up to whole MiB, never under ${MIN_MODULE_MEMORY_MIB} MiB (a container's runtime, libc and TLS library need that before the module's own data), nor under a server application's published minimum, nor under what the estimate counts for the module. Docker kills a container that exceeds its limit and IoT Edge restarts it (restartPolicy always).`,
    });
  const placeholders = modules.filter((m) => m.image === '').length;
  if (placeholders > 0)
    notes.push({
      topic: 'modules.*.settings.image',
      text: `${placeholders} module(s) have no image in the answers; their image is a \${MODULES.<name>} placeholder for iotedgedev to fill in before deploying.`,
    });

  // edgeHub OptimizeForPerformance.
  const lowMemory = device !== null && device.ramMiB <= LOW_MEMORY_MIB;
  const is32Bit = answers.platform.architecture === 'arm32v7' || answers.platform.architecture === 'armv6';
  const ofp = !(lowMemory || is32Bit);
  const optimizeForPerformance: Planned<boolean> = {
    value: ofp,
    reason: ofp
      ? `OptimizeForPerformance=true (edgeHub's default): ${device === null ? 'no device was chosen' : `${device.name} has ${device.ramMiB.toLocaleString('en-US')} MiB`} and a 64-bit OS.`
      : `OptimizeForPerformance=false: ${lowMemory && device !== null ? `${device.name} has ${device.ramMiB.toLocaleString('en-US')} MiB (≤ 1 GiB)` : 'a 32-bit OS'}. The production checklist advises it for small and 32-bit devices: the MQTT head's pooled buffers and RocksDB's larger caches cause instability there.`,
    assumptionIds: ['export.low-memory-mib'],
  };

  // Store-and-forward time to live: the offline hours, capped to what the device's free storage holds.
  const offlineHours = answers.performance.offlineHours;
  const wantedSecs = Math.round(offlineHours * 3600);
  const buffer = estimate.requirements.buffer;
  const storage = estimate.requirements.storage;
  let ttl: number;
  let ttlReason: string;
  if (device !== null && offlineHours > 0 && typicalOf(buffer) > 0) {
    const fit = bufferFit(offlineHours, buffer, storage, device.storageGB);
    if (fit.bufferGB > fit.freeGB) {
      ttl = Math.max(MIN_TTL_SECS, Math.floor(fit.hoursThatFit * 3600));
      ttlReason = `timeToLiveSecs ${ttl} (${(ttl / 3600).toFixed(1)} h) instead of ${wantedSecs}: ${device.name}'s ${device.storageGB} GB leaves about ${Math.max(0, fit.freeGB).toFixed(1)} GB after everything else, and ${offlineHours} h offline needs about ${fit.bufferGB.toFixed(1)} GB of store-and-forward buffer. Choose a device with more storage to keep ${offlineHours} h.`;
    } else {
      ttl = wantedSecs;
      ttlReason = `timeToLiveSecs ${ttl} = ${offlineHours} h offline; the buffer (about ${fit.bufferGB.toFixed(2)} GB) fits in ${device.name}'s free storage (about ${fit.freeGB.toFixed(1)} GB).`;
    }
  } else {
    ttl = Math.max(MIN_TTL_SECS, wantedSecs);
    ttlReason =
      offlineHours > 0
        ? `timeToLiveSecs ${ttl} = ${offlineHours} h offline (not checked against a device's storage).`
        : `timeToLiveSecs ${ttl}: no offline period was asked for; ${MIN_TTL_SECS} s rides out short network blips.`;
  }
  const timeToLiveSecs: Planned<number> = {
    value: ttl,
    reason: ttlReason,
    assumptionIds: ['export.min-ttl-s'],
  };

  // System modules: the estimate's high end × headroom. The estimate never counts edgeHub under the maintainers'
  // 300 MB nor edgeAgent under their ~100 MB, so the limit never goes under those either (one story: the device
  // graded "fit" holds what the manifest allows them).
  const systemLimits = (['edgeAgent', 'edgeHub'] as const).map((name) => {
    const range = name === 'edgeHub' ? estimate.memory.edgeHub : estimate.memory.edgeAgent;
    const minimum = (SYSTEM_MEMORY_FLOOR_MB[name] * 1_000_000) / MIB;
    const high = Math.max(range.high, minimum);
    const mib = Math.ceil(high * headroom - 1e-9);
    const basis: SystemLimit['basis'] = range.high > minimum + 1e-9 ? 'estimate' : 'floor';
    const ids: AssumptionId[] =
      name === 'edgeHub'
        ? ['edge-hub.ram-min-mb', 'edge-hub.ram-idle', 'edge-hub.window-s']
        : ['edge-agent.ram-min-mb', 'edge-agent.ram', 'edge-agent.ram-per-module'];
    const reason =
      basis === 'floor'
        ? `${name} ${fmtMiB(mib)}: the maintainers' minimum of ${SYSTEM_MEMORY_FLOOR_MB[name]} MB (${minimum.toFixed(1)} MiB), which the estimate counts for it, ${times}`
        : `${name} ${fmtMiB(mib)}: the estimate's high end for it (${fmtMiB(high)}, above the maintainers' minimum of ${SYSTEM_MEMORY_FLOOR_MB[name]} MB) ${times}`;
    return { name, memoryBytes: mib * MIB, memoryMiB: mib, basis, reason, assumptionIds: ids };
  });
  notes.push({
    topic: 'systemModules.*.HostConfig.Memory',
    text: `Memory limits for the runtime: ${systemLimits.map((l) => l.reason).join('; ')}. The estimate and this manifest agree: the RAM estimate never counts edgeHub under 300 MB, the least its limit here allows, because edgeHub restarts when it reaches its limit and the maintainers recommend 300–500 MB as its minimum (Azure/iotedge#6983; a busy environment needs about 200–300 MB, #4545), and a maintainer advises limiting edgeAgent at about 100 MB (#4545). Limited at all, because a limit keeps a growing edgeHub or edgeAgent from starving the modules: they run on .NET, whose garbage collector grows into free RAM and caps its heap at 75 % of a container's limit (learn.microsoft.com/dotnet/core/runtime-config/garbage-collector, heap hard limit). Check them on the device with the built-in metrics (edgeAgent_used_memory_bytes).`,
  });

  // Do the limits, together, fit the device?
  if (device !== null) {
    const usable = usableRam(device).usableMiB;
    const moduleSum = limits.reduce((s, l) => s + (l.memoryMiB ?? 0), 0);
    const systemSum = systemLimits.reduce((s, l) => s + l.memoryMiB, 0);
    const host = estimate.memory.host.typical;
    const total = moduleSum + systemSum + host;
    if (total > usable) {
      const typicalSum =
        modules.reduce((s, m) => s + (m.need?.typical ?? 0), 0) +
        estimate.memory.edgeHub.typical +
        estimate.memory.edgeAgent.typical +
        host;
      findings.push({
        id: 'export-limits-overcommit',
        severity: 'warning',
        title: `The memory limits together exceed ${device.name}'s usable RAM`,
        message: `The exported limits add up to ${fmtMiB(moduleSum + systemSum)} (modules ${fmtMiB(moduleSum)}, edgeAgent and edgeHub ${fmtMiB(systemSum)}); with the ${fmtMiB(host)} the host itself uses (OS, container engine, IoT Edge daemons, free-memory floor) that is ${fmtMiB(total)}, more than the ${fmtMiB(usable)} ${device.name} has. A limit is a cap, not a reservation: the device runs while the containers stay near their typical need (${fmtMiB(typicalSum)} in all), but if several grow toward their limits at once the kernel's OOM killer stops a process before Docker's limit does.`,
        remedy:
          'Choose a device with more RAM, lower the headroom, or lower the limits of modules you have measured well below them.',
        field: 'performance.headroomPercent',
      });
    }
  }

  const logConfig: Planned<typeof LOG_CONFIG> = {
    value: LOG_CONFIG,
    reason:
      'Every module, edgeAgent and edgeHub included, rotates its container log (json-file, 10 MB × 3 files ≈ 30 MB each), as the production checklist advises. Set the same in /etc/docker/daemon.json to cover containers started outside this deployment.',
    assumptionIds: [],
  };
  const minDockerVersion: Planned<string> = {
    value: MIN_DOCKER_API_VERSION,
    reason: `minDockerVersion ${MIN_DOCKER_API_VERSION}: the Docker Engine API IoT Edge 1.6 uses (Azure/iotedge#7510).`,
    assumptionIds: [],
  };
  return {
    device,
    headroomPercent,
    modules,
    systemLimits,
    optimizeForPerformance,
    timeToLiveSecs,
    logConfig,
    minDockerVersion,
    findings,
    notes,
  };
}
