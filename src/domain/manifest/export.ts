/**
 * Build a deployment manifest tuned from a sizing: per-module memory limits from the estimate with headroom,
 * edgeHub settings for the chosen device, store-and-forward time to live that fits the device's disk, and
 * container log rotation. The result is a deployed manifest (createOptions as strings), valid against
 * DeploymentManifestSchema (see schema.ts for the documented shape and its sources).
 *
 * Pure: no I/O. The notes explain every judgement so the architect can review it.
 */
import { effectiveModules, type Answers } from '../answers.ts';
import { DEVICES } from '../catalog/devices.ts';
import type { Device, Estimate, Requirement } from '../types.ts';
import { CREATE_OPTIONS_CHUNK_CHARS, MODULE_NAME_PATTERN, type DeploymentManifest } from './schema.ts';

/** 1 MiB in bytes: Docker's HostConfig.Memory is in bytes. */
export const MIB = 1_048_576;

/**
 * Container log rotation. Production checklist: "set up logs and diagnostics … json-file with max-size 10m and
 * max-file 3"; Moby sets no log limits by default. https://learn.microsoft.com/azure/iot-edge/production-checklist
 * (read 2026-11; fact sheet §1.5 and §3).
 */
export const LOG_CONFIG = { Type: 'json-file', Config: { 'max-size': '10m', 'max-file': '3' } } as const;

/**
 * At or under this much RAM, edgeHub runs with OptimizeForPerformance=false. Production checklist: the default
 * (true) "can cause stability problems on smaller devices like the Raspberry Pi … does not work well on 32-bit
 * OS or low memory" (fact sheet §2.3). 1 GiB includes the Raspberry Pi 3 (1 GiB), the device the checklist names.
 */
export const LOW_MEMORY_MIB = 1024;

/**
 * Oldest Docker Engine API the deployment asks for. IoT Edge 1.6 talks to the engine at API v1.41 (Docker 20.10,
 * the dockerd in Debian 12, the oldest engine the 1.6 line supports): "Update Docker Engine API version to v1.41",
 * https://github.com/Azure/iotedge/pull/7510 (merged 2026-06; CHANGELOG 1.6.0; fact sheet §0.5). Microsoft's older
 * templates still say "v1.25", which would let an engine too old for 1.6 pass the check.
 */
export const MIN_DOCKER_API_VERSION = 'v1.41';

/** Docker refuses memory limits under 6 MB ("Minimum memory limit allowed is 6MB", moby daemon/daemon_unix.go). */
export const DOCKER_MIN_MEMORY_MIB = 6;

/** Shortest time to live the export writes: below a few minutes a brief network blip loses messages. EST. */
export const MIN_TTL_SECS = 300;

/** Default edgeHub port bindings (how-to-use-create-options: "automatically included for every edgeHub module"). */
const EDGE_HUB_PORTS = {
  '5671/tcp': [{ HostPort: '5671' }],
  '8883/tcp': [{ HostPort: '8883' }],
  '443/tcp': [{ HostPort: '443' }],
};

export interface ManifestNote {
  /** Which part of the manifest the note is about (for example "edgeHub.env.OptimizeForPerformance"). */
  topic: string;
  text: string;
}

export interface ModuleLimit {
  name: string;
  /** Bytes written to HostConfig.Memory, or null when no limit was written. */
  memoryBytes: number | null;
  memoryMiB: number | null;
  /** Where the limit came from. */
  basis: 'estimate' | 'user' | 'none';
}

export interface ExportedManifest {
  manifest: DeploymentManifest;
  /** The device the manifest was tuned for; null when no device was chosen or recommended. */
  device: Device | null;
  limits: ModuleLimit[];
  timeToLiveSecs: number;
  optimizeForPerformance: boolean;
  notes: ManifestNote[];
}

/** Split a createOptions string the way the tooling does: createOptions, createOptions01, createOptions02, … */
export function chunkCreateOptions(json: string): { createOptions: string } & Record<string, string> {
  const out: { createOptions: string } & Record<string, string> = {
    createOptions: json.slice(0, CREATE_OPTIONS_CHUNK_CHARS),
  };
  for (let i = 1; i * CREATE_OPTIONS_CHUNK_CHARS < json.length && i < 100; i++)
    out[`createOptions${String(i).padStart(2, '0')}`] = json.slice(
      i * CREATE_OPTIONS_CHUNK_CHARS,
      (i + 1) * CREATE_OPTIONS_CHUNK_CHARS,
    );
  return out;
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
  requirement.unit === 'MiB' ? value / 1024 : requirement.unit === 'GB' ? value : value;

const typicalOf = (r: Requirement | undefined) => r?.total.typical ?? 0;

/**
 * How much of the device's storage the store-and-forward buffer may use, and how many offline hours fit in it.
 * The storage requirement already counts the buffer (items of component "message-buffer") and applies its headroom
 * once to everything, so the buffer is compared with its share of storage, headroom included once: not with the
 * buffer requirement's own total on top of a storage total that already holds it (that counted the buffer's
 * headroom twice). Only the queue (buffer item "message-buffer") grows with the offline hours; the cleanup lag and
 * RocksDB's log do not, so they are subtracted before scaling. Sizes in GB.
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
  const queueItem = buffer.breakdown.find((i) => i.id === 'message-buffer');
  const queueGB =
    queueItem === undefined ? inStorage : Math.min(inStorage, toGB(queueItem.value.typical, buffer));
  const fixedGB = inStorage - queueGB;
  const hoursThatFit = queueGB <= 0 ? 0 : Math.max(0, (offlineHours * (freeGB / factor - fixedGB)) / queueGB);
  return { bufferGB, freeGB, hoursThatFit };
}

/**
 * Build the tuned manifest for `deviceId` (default: the estimate's recommended device).
 * `catalog` defaults to the shared device catalog.
 */
export function buildManifest(
  answers: Answers,
  estimate: Estimate,
  deviceId?: string | null,
  catalog: readonly Device[] = DEVICES,
): ExportedManifest {
  const notes: ManifestNote[] = [];
  const id = deviceId ?? estimate.recommendedDeviceId;
  const device = id === null ? null : (catalog.find((d) => d.id === id) ?? null);
  if (device === null)
    notes.push({
      topic: 'device',
      text:
        id === null
          ? 'No device was chosen and none fits, so device-specific tuning (OptimizeForPerformance, time to live) uses the answers only.'
          : `Device "${id}" is not in the catalog; device-specific tuning uses the answers only.`,
    });

  const headroom = 1 + answers.performance.headroomPercent / 100;
  const version = answers.platform.iotEdgeVersion;
  const logOnly = JSON.stringify({ HostConfig: { LogConfig: LOG_CONFIG } });

  // Custom modules.
  const ramItems = estimate.requirements.ram.breakdown;
  const modules: DeploymentManifest['modulesContent']['$edgeAgent']['properties.desired']['modules'] = {};
  const limits: ModuleLimit[] = [];
  const specs = effectiveModules(answers.workload);
  const used = new Set<string>();
  let placeholders = 0;
  specs.forEach((spec, index) => {
    let name = toModuleName(spec.name, index);
    for (let n = 2; used.has(name); n++) name = `${toModuleName(spec.name, index).slice(0, 124)}-${n}`;
    used.add(name);
    if (name !== spec.name)
      notes.push({
        topic: `modules.${name}`,
        text: `Module "${spec.name}" is named "${name}": IoT Edge module names allow only letters, digits and - : . + % _ # * ? ! ( ) , = @ '.`,
      });
    const item =
      ramItems.find((i) => i.id === `module:${index}`) ??
      ramItems.find((i) => i.id === `module:${spec.name}`) ??
      null;
    let limit: ModuleLimit;
    if (spec.memoryLimitMb !== null) {
      const mib = Math.max(DOCKER_MIN_MEMORY_MIB, Math.round(spec.memoryLimitMb));
      limit = { name, memoryBytes: mib * MIB, memoryMiB: mib, basis: 'user' };
      const suggested = item === null ? null : Math.ceil(item.value.high * headroom);
      if (suggested !== null && suggested > mib)
        notes.push({
          topic: `modules.${name}.HostConfig.Memory`,
          text: `Kept your memory limit of ${mib} MiB. The estimate puts this module's high end at ${Math.round(item?.value.high ?? 0)} MiB (${suggested} MiB with ${answers.performance.headroomPercent}% headroom): near its limit, Docker may kill it under load.`,
        });
    } else if (item !== null && item.value.high > 0) {
      const mib = Math.max(DOCKER_MIN_MEMORY_MIB, Math.ceil(item.value.high * headroom));
      limit = { name, memoryBytes: mib * MIB, memoryMiB: mib, basis: 'estimate' };
    } else {
      limit = { name, memoryBytes: null, memoryMiB: null, basis: 'none' };
      notes.push({
        topic: `modules.${name}`,
        text: `The estimate has no RAM figure for "${name}", so no memory limit was written.`,
      });
    }
    limits.push(limit);
    const hostConfig: Record<string, unknown> = { LogConfig: LOG_CONFIG };
    if (limit.memoryBytes !== null) hostConfig['Memory'] = limit.memoryBytes;
    let image = spec.image.trim();
    if (image === '') {
      image = `\${MODULES.${name}}`;
      placeholders++;
    }
    // defineProperty, not assignment: a module named "__proto__" must become a key, not a prototype.
    Object.defineProperty(modules, name, {
      enumerable: true,
      writable: true,
      configurable: true,
      value: {
        version: '1.0',
        type: 'docker',
        status: 'running',
        restartPolicy: 'always',
        settings: { image, ...chunkCreateOptions(JSON.stringify({ HostConfig: hostConfig })) },
      },
    });
  });
  if (limits.some((l) => l.basis === 'estimate'))
    notes.push({
      topic: 'modules.*.HostConfig.Memory',
      text: `Memory limits are the estimate's high RAM per module × ${headroom.toFixed(2)} (your ${answers.performance.headroomPercent}% headroom), rounded up to whole MiB. Docker kills a container that exceeds its limit and IoT Edge restarts it (restartPolicy always).`,
    });
  if (placeholders > 0)
    notes.push({
      topic: 'modules.*.settings.image',
      text: `${placeholders} module(s) have no image in the answers; their image is a \${MODULES.<name>} placeholder for iotedgedev to fill in before deploying.`,
    });

  // edgeHub tuning.
  const lowMemory = device !== null && device.ramMiB <= LOW_MEMORY_MIB;
  const is32Bit = answers.platform.architecture === 'arm32v7' || answers.platform.architecture === 'armv6';
  const optimizeForPerformance = !(lowMemory || is32Bit);
  notes.push({
    topic: 'edgeHub.env.OptimizeForPerformance',
    text: optimizeForPerformance
      ? `OptimizeForPerformance=true (edgeHub's default): ${device === null ? 'no device was chosen' : `${device.name} has ${device.ramMiB.toLocaleString('en-US')} MiB`} and a 64-bit OS.`
      : `OptimizeForPerformance=false: ${lowMemory && device !== null ? `${device.name} has ${device.ramMiB.toLocaleString('en-US')} MiB (≤ 1 GiB)` : 'a 32-bit OS'}. The production checklist advises it for small and 32-bit devices: the MQTT head's pooled buffers and RocksDB's larger caches cause instability there.`,
  });
  notes.push({
    topic: 'edgeHub.env.*Settings__enabled',
    text: 'Protocol heads (AMQP, MQTT, HTTPS) are left on. Turning one off saves memory on small devices, but the answers do not say which transport your modules and downstream devices use, and a module whose SDK uses a disabled head cannot connect. When you know, set amqpSettings__enabled or mqttSettings__enabled to "false" in edgeHub env, and drop the matching port binding (5671 AMQP, 8883 MQTT).',
  });

  // Store-and-forward time to live: the offline hours, capped to what the device's free storage holds.
  const wantedSecs = Math.round(answers.performance.offlineHours * 3600);
  let timeToLiveSecs = wantedSecs;
  const buffer = estimate.requirements.buffer;
  const storage = estimate.requirements.storage;
  if (device !== null && answers.performance.offlineHours > 0 && typicalOf(buffer) > 0) {
    const fit = bufferFit(answers.performance.offlineHours, buffer, storage, device.storageGB);
    const { bufferGB, freeGB } = fit;
    if (bufferGB > freeGB) {
      timeToLiveSecs = Math.max(MIN_TTL_SECS, Math.floor(fit.hoursThatFit * 3600));
      notes.push({
        topic: 'storeAndForwardConfiguration.timeToLiveSecs',
        text: `timeToLiveSecs ${timeToLiveSecs} (${(timeToLiveSecs / 3600).toFixed(1)} h) instead of ${wantedSecs}: ${device.name}'s ${device.storageGB} GB leaves about ${Math.max(0, freeGB).toFixed(1)} GB after everything else, and ${answers.performance.offlineHours} h offline needs about ${bufferGB.toFixed(1)} GB of store-and-forward buffer. Choose a device with more storage to keep ${answers.performance.offlineHours} h.`,
      });
    } else
      notes.push({
        topic: 'storeAndForwardConfiguration.timeToLiveSecs',
        text: `timeToLiveSecs ${timeToLiveSecs} = ${answers.performance.offlineHours} h offline; the buffer (about ${bufferGB.toFixed(2)} GB) fits in ${device.name}'s free storage (about ${freeGB.toFixed(1)} GB).`,
      });
  } else {
    timeToLiveSecs = Math.max(MIN_TTL_SECS, wantedSecs);
    notes.push({
      topic: 'storeAndForwardConfiguration.timeToLiveSecs',
      text:
        answers.performance.offlineHours > 0
          ? `timeToLiveSecs ${timeToLiveSecs} = ${answers.performance.offlineHours} h offline (not checked against a device's storage).`
          : `timeToLiveSecs ${timeToLiveSecs}: no offline period was asked for; ${MIN_TTL_SECS} s rides out short network blips.`,
    });
  }

  notes.push({
    topic: 'systemModules.*.HostConfig.Memory',
    text: 'edgeAgent and edgeHub get no memory limit: edgeHub restarts when it reaches one, and its maintainers recommend at least 300–500 MB for it (Azure/iotedge#6983) and about 100 MB for edgeAgent (#4545). Add limits only after measuring them on the device (edgeAgent_used_memory_bytes).',
  });
  notes.push({
    topic: 'HostConfig.LogConfig',
    text: 'Every module, edgeAgent and edgeHub included, rotates its container log (json-file, 10 MB × 3 files ≈ 30 MB each), as the production checklist advises. Set the same in /etc/docker/daemon.json to cover containers started outside this deployment.',
  });

  const manifest: DeploymentManifest = {
    modulesContent: {
      $edgeAgent: {
        'properties.desired': {
          schemaVersion: '1.1',
          runtime: {
            type: 'docker',
            settings: { minDockerVersion: MIN_DOCKER_API_VERSION, loggingOptions: '' },
          },
          systemModules: {
            edgeAgent: {
              type: 'docker',
              settings: {
                image: `mcr.microsoft.com/azureiotedge-agent:${version}`,
                ...chunkCreateOptions(logOnly),
              },
            },
            edgeHub: {
              type: 'docker',
              status: 'running',
              restartPolicy: 'always',
              settings: {
                image: `mcr.microsoft.com/azureiotedge-hub:${version}`,
                ...chunkCreateOptions(
                  JSON.stringify({ HostConfig: { PortBindings: EDGE_HUB_PORTS, LogConfig: LOG_CONFIG } }),
                ),
              },
              env: { OptimizeForPerformance: { value: optimizeForPerformance ? 'true' : 'false' } },
            },
          },
          modules,
        },
      },
      $edgeHub: {
        'properties.desired': {
          schemaVersion: '1.1',
          routes: { upstream: 'FROM /messages/modules/* INTO $upstream' },
          storeAndForwardConfiguration: { timeToLiveSecs },
        },
      },
    },
  };
  notes.push({
    topic: 'routes',
    text: 'One route sends every module output to IoT Hub (FROM /messages/modules/* INTO $upstream). Add module-to-module routes (BrokeredEndpoint) for your pipeline.',
  });
  if (Object.keys(modules).some((n) => !MODULE_NAME_PATTERN.test(n)))
    notes.push({
      topic: 'modules',
      text: 'A module name is still not a valid IoT Edge name; rename it in the wizard.',
    });

  return { manifest, device, limits, timeToLiveSecs, optimizeForPerformance, notes };
}

/** The manifest as the text of a deployment.json (2-space indentation, final newline). */
export function manifestToJson(exported: ExportedManifest | DeploymentManifest): string {
  const manifest = 'manifest' in exported ? exported.manifest : exported;
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
