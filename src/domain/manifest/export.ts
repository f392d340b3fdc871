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
import type { Json, JsonObject } from './import.ts';
import { applicationMinMemoryMB, knownApplication } from '../modules/languages.ts';
import {
  CREATE_OPTIONS_CHUNK_CHARS,
  MODULE_NAME_PATTERN,
  validateManifest,
  type DeploymentManifest,
} from './schema.ts';

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

/**
 * The smallest memory limit the export writes for a module. A module is a process in a container: its runtime,
 * libc, the TLS library and the IoT SDK's buffers come before any of its own data. Measured (fact sheet §4.3):
 * Node.js 20 with azure-iot-device loaded, no connection yet, 65 MB; Java 17 idle 37.5 MB (80–150 MB EST with
 * the SDK); Python 3.11 idle 13.5 MB (30–50 MB EST with the SDK and TLS); a .NET module 30–60 MB EST. A limit is
 * a cap (the cgroup's memory.max), not a reservation: a generous floor costs nothing until the module uses it,
 * while one too low gets the container OOM-killed at start and restarted in a loop. 64 MiB covers the
 * measured runtimes at start. EST, 2026-11.
 */
export const MIN_MODULE_MEMORY_MIB = 64;

/**
 * Floors for the system modules' memory limits, in MB (10^6 bytes). edgeHub: "We recommend between 300MB to
 * 500MB as a minimum, depending on your use case. edgeHub will restart if it reached the memory limit you set"
 * (maintainer, https://github.com/Azure/iotedge/issues/6983); the export takes the upper figure because a restart
 * drops every connection. edgeAgent: "I would err on the side of caution and limit it anyway. My intuition is
 * ~100MB" (maintainer, https://github.com/Azure/iotedge/issues/4545). Fact sheet §2.2, read 2026-11.
 */
export const SYSTEM_MEMORY_FLOOR_MB = { edgeHub: 500, edgeAgent: 100 } as const;

/** A vendor minimum in MB (10^6 bytes) as whole MiB, rounded up. */
const mbToMiB = (mb: number) => Math.ceil((mb * 1_000_000) / MIB);

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

/** One setting the export changed in an imported manifest ("none" when the setting was absent). */
export interface ManifestChange {
  /** Where, for example "modules.influxdb.settings.createOptions.HostConfig.Memory". */
  path: string;
  from: string;
  to: string;
}

/** A memory limit for edgeAgent or edgeHub. */
export interface SystemLimit {
  name: 'edgeAgent' | 'edgeHub';
  memoryBytes: number;
  memoryMiB: number;
  /** 'estimate': the estimate's high × headroom; 'floor': the maintainers' minimum (higher than the estimate). */
  basis: 'estimate' | 'floor';
}

export interface ExportedManifest {
  /**
   * The manifest. Without a base it is generated and valid against DeploymentManifestSchema. With a base it is
   * the imported document tuned, in the document's own form: a template keeps its createOptions objects and
   * placeholders for the build tool, and a layered deployment keeps its "properties.desired.modules.x" keys.
   */
  manifest: DeploymentManifest;
  /** 'tuned' when a base (imported) manifest was tuned; 'generated' otherwise. */
  source: 'generated' | 'tuned';
  /** What the export changed in the base manifest (empty for a generated manifest). */
  changes: ManifestChange[];
  /** The device the manifest was tuned for; null when no device was chosen or recommended. */
  device: Device | null;
  limits: ModuleLimit[];
  /** Memory limits written for edgeAgent and edgeHub. */
  systemLimits: SystemLimit[];
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

/** Options of buildManifest. */
export interface BuildManifestOptions {
  /**
   * The manifest the user imported (the parsed JSON document). When given, the export is that manifest tuned:
   * every module, env, createOptions key, registry credential, route and twin property is kept, and only the
   * tuning (memory limits, log rotation, edgeHub OptimizeForPerformance, timeToLiveSecs, minDockerVersion) is
   * added or overridden, each change listed in `changes` and the notes.
   */
  base?: JsonObject | null;
}

/**
 * Build the tuned manifest for `deviceId` (default: the estimate's recommended device).
 * `catalog` defaults to the shared device catalog. With `options.base`, tune that manifest instead of
 * generating one.
 */
export function buildManifest(
  answers: Answers,
  estimate: Estimate,
  deviceId?: string | null,
  catalog: readonly Device[] = DEVICES,
  options: BuildManifestOptions = {},
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

  // Custom modules.
  const ramItems = estimate.requirements.ram.breakdown;
  const modules: DeploymentManifest['modulesContent']['$edgeAgent']['properties.desired']['modules'] = {};
  const limits: ModuleLimit[] = [];
  /** Modules that run a server application with a vendor figure (for the note on large limits). */
  const applicationModules = new Set<string>();
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
    const app = knownApplication(spec.image, spec.name)?.application ?? null;
    const appMinMB = app === null ? null : applicationMinMemoryMB(app);
    if (appMinMB !== null) applicationModules.add(name);
    const appFloor = appMinMB === null ? 0 : mbToMiB(appMinMB);
    const floor = Math.max(MIN_MODULE_MEMORY_MIB, appFloor);
    const floorWhy =
      appFloor > MIN_MODULE_MEMORY_MIB && app !== null
        ? `${floor} MiB: ${app.guidance} (${app.source})`
        : `${floor} MiB, the export's floor for any module (runtime, libc and TLS come first)`;
    let limit: ModuleLimit;
    if (spec.memoryLimitMb !== null) {
      // Rounded UP: a user's limit is never lowered (40,000,000 bytes → 39 MiB, not 38).
      const asked = Math.max(1, Math.ceil(spec.memoryLimitMb - 1e-9));
      const mib = Math.max(floor, asked);
      limit = { name, memoryBytes: mib * MIB, memoryMiB: mib, basis: 'user' };
      if (mib > asked)
        notes.push({
          topic: `modules.${name}.HostConfig.Memory`,
          text: `Raised your memory limit for "${name}" from ${asked} MiB to ${floorWhy}. Under it the module is likely to be killed as it starts.`,
        });
      const suggested = item === null ? null : Math.ceil(item.value.high * headroom);
      if (suggested !== null && suggested > mib)
        notes.push({
          topic: `modules.${name}.HostConfig.Memory`,
          text: `Kept your memory limit of ${mib} MiB. The estimate puts this module's high end at ${Math.round(item?.value.high ?? 0)} MiB (${suggested} MiB with ${answers.performance.headroomPercent}% headroom): near its limit, Docker may kill it under load.`,
        });
    } else if (item !== null && item.value.high > 0) {
      const estimated = Math.ceil(item.value.high * headroom);
      const mib = Math.max(floor, estimated);
      limit = { name, memoryBytes: mib * MIB, memoryMiB: mib, basis: 'estimate' };
      if (mib > estimated)
        notes.push({
          topic: `modules.${name}.HostConfig.Memory`,
          text: `"${name}": the estimate gives ${estimated} MiB, raised to ${floorWhy}.`,
        });
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
      text: `Memory limits are the estimate's high RAM per module × ${headroom.toFixed(2)} (your ${answers.performance.headroomPercent}% headroom), rounded up to whole MiB, and never under ${MIN_MODULE_MEMORY_MIB} MiB (a container's runtime, libc and TLS library need that before the module's own data) nor under a server application's published minimum. Docker kills a container that exceeds its limit and IoT Edge restarts it (restartPolicy always).`,
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
  notes.push(protocolHeadsNote(null));

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

  // System modules: a limit from the estimate's high end with headroom, never under the maintainers' minimum.
  const systemLimits: SystemLimit[] = (['edgeAgent', 'edgeHub'] as const).map((name) => {
    const itemId = name === 'edgeHub' ? 'edge-hub' : 'edge-agent';
    const high = ramItems.find((i) => i.id === itemId)?.value.high ?? 0;
    const estimated = Math.ceil(high * headroom);
    const floor = mbToMiB(SYSTEM_MEMORY_FLOOR_MB[name]);
    const mib = Math.max(floor, estimated);
    return { name, memoryBytes: mib * MIB, memoryMiB: mib, basis: estimated > floor ? 'estimate' : 'floor' };
  });
  const systemMemory = (name: SystemLimit['name']) =>
    systemLimits.find((l) => l.name === name)?.memoryBytes ?? 0;
  const systemText = systemLimits
    .map(
      (l) =>
        `${l.name} ${l.memoryMiB} MiB (${l.basis === 'estimate' ? `the estimate's high end × ${headroom.toFixed(2)}` : `the maintainers' minimum, ${SYSTEM_MEMORY_FLOOR_MB[l.name]} MB, above the estimate's high end × ${headroom.toFixed(2)}`})`,
    )
    .join(' and ');
  notes.push({
    topic: 'systemModules.*.HostConfig.Memory',
    text: `Memory limits for the runtime: ${systemText}. Limited, because a limit keeps a growing edgeHub or edgeAgent from starving the modules: they run on .NET, whose garbage collector grows into free RAM and caps its heap at 75 % of a container's limit (learn.microsoft.com/dotnet/core/runtime-config/garbage-collector, heap hard limit), and a maintainer advises limiting edgeAgent at about 100 MB (Azure/iotedge#4545). Never under the maintainers' minimums: edgeHub restarts when it reaches its limit and they recommend 300–500 MB for it (Azure/iotedge#6983), so the floor is 500 MB. Check them on the device with the built-in metrics (edgeAgent_used_memory_bytes).`,
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
                ...chunkCreateOptions(
                  JSON.stringify({
                    HostConfig: { LogConfig: LOG_CONFIG, Memory: systemMemory('edgeAgent') },
                  }),
                ),
              },
            },
            edgeHub: {
              type: 'docker',
              status: 'running',
              restartPolicy: 'always',
              settings: {
                image: `mcr.microsoft.com/azureiotedge-hub:${version}`,
                ...chunkCreateOptions(
                  JSON.stringify({
                    HostConfig: {
                      PortBindings: EDGE_HUB_PORTS,
                      LogConfig: LOG_CONFIG,
                      Memory: systemMemory('edgeHub'),
                    },
                  }),
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

  const generated: ExportedManifest = {
    manifest,
    source: 'generated',
    changes: [],
    device,
    limits,
    systemLimits,
    timeToLiveSecs,
    optimizeForPerformance,
    notes,
  };
  const base = options.base ?? null;
  if (base === null) return generated;
  return tuneBase(base, generated, specs);
}

/** edgeHub's protocol heads: env switch, host port, name. */
const PROTOCOL_HEADS = [
  { env: 'amqpSettings__enabled', port: '5671/tcp', name: 'AMQP' },
  { env: 'mqttSettings__enabled', port: '8883/tcp', name: 'MQTT' },
  { env: 'httpSettings__enabled', port: '443/tcp', name: 'HTTPS/WebSocket' },
] as const;

/**
 * The note on edgeHub's protocol heads. `hub` is the imported edgeHub (env and published ports) or null for a
 * generated manifest. The export never turns a head on or off: it keeps what the manifest says (a generated one
 * leaves all three on, edgeHub's default), because the answers do not say which protocol is used.
 */
function protocolHeadsNote(hub: { env: JsonObject; ports: string[] } | null): ManifestNote {
  const off = (head: (typeof PROTOCOL_HEADS)[number]): boolean => {
    const entry = hub === null ? undefined : hub.env[head.env];
    const value = isObject(entry) ? entry['value'] : entry;
    return String(value).trim().toLowerCase() === 'false';
  };
  const state = PROTOCOL_HEADS.map(
    (h) =>
      `${h.name} ${off(h) ? 'off' : 'on'}${hub === null || hub.ports.includes(h.port) ? `, port ${h.port.split('/')[0]} published` : ''}`,
  ).join('; ');
  const disabled = PROTOCOL_HEADS.filter(off);
  const why =
    'The sizing answers do not say which protocol your modules and downstream devices use, and a client whose SDK uses a disabled head cannot connect, so the export changes no head.';
  const how =
    'Each head that runs costs edgeHub memory (maintainers: running both AMQP and MQTT "puts a lot of pressure on a device like Raspberry PI", Azure/iotedge#821; production checklist: turn off the unused ones). Modules reach edgeHub over the container network; the published host ports serve only downstream devices and child IoT Edge devices. To turn a head off, set its edgeHub env amqpSettings__enabled, mqttSettings__enabled or httpSettings__enabled to "false" and remove its port binding (5671 AMQP, 8883 MQTT, 443 HTTPS/WebSocket).';
  return {
    topic: 'edgeHub.env.*Settings__enabled',
    text:
      hub === null
        ? `Protocol heads are left on, edgeHub's default: ${state}. ${why} ${how}`
        : `Protocol heads kept as in your manifest: ${state}${disabled.length > 0 ? ` (${disabled.map((h) => h.env).join(', ')} = false kept)` : ''}. ${why} ${how}`,
  };
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const show = (value: Json | undefined): string =>
  value === undefined ? 'none' : typeof value === 'string' ? value : JSON.stringify(value);

/** Set an own property, even one named "__proto__". */
function setOwn(target: JsonObject, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const ownObject = (holder: JsonObject, key: string): JsonObject | null => {
  const value = Object.hasOwn(holder, key) ? holder[key] : undefined;
  return isObject(value) ? value : null;
};

/** The object at `key`, created when absent (a non-object value is left alone: null). */
function child(holder: JsonObject, key: string): JsonObject | null {
  if (!Object.hasOwn(holder, key)) setOwn(holder, key, {});
  return ownObject(holder, key);
}

/** Compare Docker API versions "v1.25" < "v1.41". Unreadable versions compare as older. */
function apiVersionBelow(value: Json | undefined, wanted: string): boolean {
  const parse = (v: string) => /^v?(\d+)\.(\d+)/.exec(v.trim());
  const a = typeof value === 'string' ? parse(value) : null;
  const b = parse(wanted);
  if (a === null || b === null) return true;
  const [, aMajor = '0', aMinor = '0'] = a;
  const [, bMajor = '0', bMinor = '0'] = b;
  return Number(aMajor) < Number(bMajor) || (aMajor === bMajor && Number(aMinor) < Number(bMinor));
}

/** A json-file log that caps its size (max-size), or the 'local' driver (rotates by default), rotates. */
function rotatesLogs(logConfig: Json | undefined): boolean {
  if (!isObject(logConfig)) return false;
  const type = typeof logConfig['Type'] === 'string' ? logConfig['Type'] : 'json-file';
  if (type === 'local' || type === 'none') return true;
  if (type !== 'json-file') return true; // syslog, journald, fluentd…: logs leave the device.
  return isObject(logConfig['Config']) && logConfig['Config']['max-size'] !== undefined;
}

interface Tuning {
  memoryBytes: number | null;
  /** Keep an existing limit when it is higher (a limit the user set that the wizard cannot show). */
  keepHigher?: boolean;
}

/**
 * Tune one module's settings.createOptions in place: HostConfig.Memory and log rotation. An object stays an
 * object (templates: the build tool stringifies it); a string or chunks are parsed and written back as chunks.
 * createOptions that is not a JSON object is left untouched (returns false).
 */
function tuneCreateOptions(
  settings: JsonObject,
  path: string,
  tuning: Tuning,
  changes: ManifestChange[],
  notes: ManifestNote[],
): boolean {
  const first = Object.hasOwn(settings, 'createOptions') ? settings['createOptions'] : undefined;
  const chunkKeys = Object.keys(settings)
    .filter((k) => /^createOptions\d{2}$/.test(k))
    .sort();
  let options: JsonObject;
  let asObject = false;
  if (isObject(first) && chunkKeys.length === 0) {
    options = first;
    asObject = true;
  } else {
    const parts = [first ?? '', ...chunkKeys.map((k) => settings[k])];
    const text = parts.every((p) => typeof p === 'string') ? parts.join('') : null;
    let parsed: unknown;
    try {
      parsed = text === null ? null : text.trim() === '' ? {} : JSON.parse(text);
    } catch {
      parsed = null;
    }
    if (!isObject(parsed)) {
      notes.push({
        topic: `${path}.createOptions`,
        text: `${path}: createOptions is not a JSON object, so it was left exactly as imported and no memory limit or log rotation was added. Fix it and export again.`,
      });
      return false;
    }
    options = parsed;
  }
  const host = child(options, 'HostConfig');
  if (host === null) {
    notes.push({
      topic: `${path}.createOptions.HostConfig`,
      text: `${path}: HostConfig is not an object; createOptions was left as imported.`,
    });
    return false;
  }
  const existing = host['Memory'];
  if (
    tuning.keepHigher === true &&
    typeof existing === 'number' &&
    tuning.memoryBytes !== null &&
    existing > tuning.memoryBytes
  ) {
    notes.push({
      topic: `${path}.createOptions.HostConfig.Memory`,
      text: `${path}: kept your memory limit of ${existing.toLocaleString('en-US')} bytes, above the ${tuning.memoryBytes.toLocaleString('en-US')} the sizing suggests.`,
    });
  } else if (tuning.memoryBytes !== null && existing !== tuning.memoryBytes) {
    changes.push({
      path: `${path}.createOptions.HostConfig.Memory`,
      from: show(host['Memory']),
      to: String(tuning.memoryBytes),
    });
    host['Memory'] = tuning.memoryBytes;
  }
  if (!rotatesLogs(host['LogConfig'])) {
    changes.push({
      path: `${path}.createOptions.HostConfig.LogConfig`,
      from: show(host['LogConfig']),
      to: JSON.stringify(LOG_CONFIG),
    });
    host['LogConfig'] = { Type: LOG_CONFIG.Type, Config: { ...LOG_CONFIG.Config } };
  }
  if (asObject) return true;
  for (const key of ['createOptions', ...chunkKeys]) delete settings[key];
  for (const [key, value] of Object.entries(chunkCreateOptions(JSON.stringify(options))))
    setOwn(settings, key, value);
  return true;
}

/** A fresh module in the documented shape (for a sized module the imported manifest does not have). */
function generatedModule(generated: ExportedManifest, name: string): Json {
  const modules = generated.manifest.modulesContent.$edgeAgent['properties.desired'].modules;
  return JSON.parse(JSON.stringify(modules[name] ?? null)) as Json;
}

/**
 * Tune the imported manifest `base` with what `generated` decided. Pure: `base` is copied, never changed.
 */
function tuneBase(
  base: JsonObject,
  generated: ExportedManifest,
  specs: readonly { name: string }[],
): ExportedManifest {
  const doc = JSON.parse(JSON.stringify(base)) as JsonObject;
  const notes: ManifestNote[] = [];
  const changes: ManifestChange[] = [];
  const wrapper = ownObject(doc, 'modulesContent') ? doc : ownObject(doc, 'content');
  const content = wrapper === null ? null : ownObject(wrapper, 'modulesContent');
  const agentTwin = content === null ? null : ownObject(content, '$edgeAgent');
  if (content === null || agentTwin === null)
    return {
      ...generated,
      notes: [
        {
          topic: 'base',
          text: 'The imported manifest has no "modulesContent" → "$edgeAgent" under its documented keys, so it could not be tuned in place: this is a manifest generated from the sizing. Fix the keys and import it again to keep its settings.',
        },
        ...generated.notes,
      ],
    };
  const agent = ownObject(agentTwin, 'properties.desired');
  const layered = agent === null;
  const hubTwin = ownObject(content, '$edgeHub');
  const hub = hubTwin === null ? null : ownObject(hubTwin, 'properties.desired');

  // Modules: the imported ones, found by name, get the limit computed for the wizard row of the same name.
  const moduleAt = (name: string): JsonObject | null =>
    layered
      ? ownObject(agentTwin, `properties.desired.modules.${name}`)
      : ownObject(child(agent, 'modules') ?? {}, name);
  const sized = new Set<string>();
  specs.forEach((spec, index) => {
    const limit = generated.limits[index];
    if (limit === undefined) return;
    const existing = moduleAt(spec.name);
    if (existing === null) {
      const fresh = generatedModule(generated, limit.name);
      if (layered) setOwn(agentTwin, `properties.desired.modules.${limit.name}`, fresh);
      else {
        const modules = child(agent, 'modules');
        if (modules !== null) setOwn(modules, limit.name, fresh);
      }
      sized.add(limit.name);
      changes.push({ path: `modules.${limit.name}`, from: 'none', to: 'added (a module of the sizing)' });
      return;
    }
    sized.add(spec.name);
    const settings = child(existing, 'settings');
    if (settings !== null)
      tuneCreateOptions(
        settings,
        `modules.${spec.name}.settings`,
        { memoryBytes: limit.memoryBytes },
        changes,
        notes,
      );
  });
  const importedNames = layered
    ? Object.keys(agentTwin)
        .map((k) => /^properties\.desired\.modules\.(.+)$/.exec(k)?.[1])
        .filter((n): n is string => n !== undefined)
    : Object.keys(ownObject(agent, 'modules') ?? {});
  const untouched = importedNames.filter((n) => !sized.has(n));
  if (untouched.length > 0)
    notes.push({
      topic: 'modules',
      text: `Kept as imported, without tuning, because the wizard no longer lists them: ${untouched.map((n) => `"${n}"`).join(', ')}.`,
    });

  const ofp = generated.optimizeForPerformance ? 'true' : 'false';
  if (layered) {
    notes.push({
      topic: 'layered',
      text: `A layered deployment adds to a base deployment: edgeAgent, edgeHub, timeToLiveSecs and minDockerVersion belong to that base deployment, so only the modules were tuned. In the base deployment set edgeHub OptimizeForPerformance=${ofp}, timeToLiveSecs ${generated.timeToLiveSecs} and minDockerVersion ${MIN_DOCKER_API_VERSION}.`,
    });
  } else {
    const runtime = child(agent, 'runtime');
    const runtimeSettings = runtime === null ? null : child(runtime, 'settings');
    if (
      runtimeSettings !== null &&
      apiVersionBelow(runtimeSettings['minDockerVersion'], MIN_DOCKER_API_VERSION)
    ) {
      changes.push({
        path: '$edgeAgent.runtime.settings.minDockerVersion',
        from: show(runtimeSettings['minDockerVersion']),
        to: MIN_DOCKER_API_VERSION,
      });
      runtimeSettings['minDockerVersion'] = MIN_DOCKER_API_VERSION;
    }
    const system = child(agent, 'systemModules');
    for (const name of ['edgeAgent', 'edgeHub'] as const) {
      const module = system === null ? null : ownObject(system, name);
      if (module === null) {
        notes.push({
          topic: `systemModules.${name}`,
          text: `The imported manifest has no systemModules.${name}; it was not added (IoT Edge needs it in a full deployment).`,
        });
        continue;
      }
      const settings = child(module, 'settings');
      if (settings !== null)
        tuneCreateOptions(
          settings,
          `systemModules.${name}.settings`,
          {
            memoryBytes: generated.systemLimits.find((l) => l.name === name)?.memoryBytes ?? null,
            keepHigher: true,
          },
          changes,
          notes,
        );
      if (name === 'edgeHub') {
        const env = child(module, 'env');
        const entry = env === null ? null : ownObject(env, 'OptimizeForPerformance');
        const before = entry === null ? undefined : entry['value'];
        if (env !== null && String(before) !== ofp) {
          changes.push({
            path: 'systemModules.edgeHub.env.OptimizeForPerformance',
            from: show(before),
            to: ofp,
          });
          setOwn(env, 'OptimizeForPerformance', { ...(entry ?? {}), value: ofp });
        }
      }
    }
  }

  // edgeHub's protocol heads as the imported manifest has them (read after tuning: env and ports are kept).
  let hubHeads: { env: JsonObject; ports: string[] } | null = null;
  const hubModule = layered ? null : ownObject(ownObject(agent, 'systemModules') ?? {}, 'edgeHub');
  if (hubModule !== null) {
    const hubSettings = ownObject(hubModule, 'settings') ?? {};
    const first = hubSettings['createOptions'];
    let options: unknown = first;
    if (typeof first === 'string') {
      const joined = [
        first,
        ...Object.keys(hubSettings)
          .filter((k) => /^createOptions\d{2}$/.test(k))
          .sort()
          .map((k) => hubSettings[k]),
      ].join('');
      try {
        options = JSON.parse(joined);
      } catch {
        options = null;
      }
    }
    const bindings =
      isObject(options) && isObject(options['HostConfig']) ? options['HostConfig']['PortBindings'] : null;
    hubHeads = {
      env: ownObject(hubModule, 'env') ?? {},
      ports: isObject(bindings) ? Object.keys(bindings) : [],
    };
  }

  if (hub !== null) {
    const saf = child(hub, 'storeAndForwardConfiguration');
    if (saf !== null && saf['timeToLiveSecs'] !== generated.timeToLiveSecs) {
      changes.push({
        path: '$edgeHub.storeAndForwardConfiguration.timeToLiveSecs',
        from: show(saf['timeToLiveSecs']),
        to: String(generated.timeToLiveSecs),
      });
      saf['timeToLiveSecs'] = generated.timeToLiveSecs;
    }
  } else if (!layered) {
    notes.push({
      topic: '$edgeHub',
      text: 'The imported manifest has no $edgeHub "properties.desired"; routes and timeToLiveSecs were not added. Add them before deploying.',
    });
  }

  // The generated manifest's notes still explain each tuned value; the ones about what a generated manifest
  // writes (its single route, its module names) do not apply to a tuned one.
  const kept = generated.notes
    .filter((n) => n.topic !== 'routes' && n.topic !== 'modules.*.settings.image')
    .map((n) =>
      n.topic === 'edgeHub.env.*Settings__enabled' && hubHeads !== null ? protocolHeadsNote(hubHeads) : n,
    );
  const summary: ManifestNote = {
    topic: 'base',
    text:
      changes.length === 0
        ? 'This is your imported manifest, unchanged: it already had every tuned setting.'
        : `This is your imported manifest, tuned: every module, env variable, createOptions key, registry credential, route and twin property is kept as you wrote it; ${changes.length} setting${changes.length === 1 ? ' was' : 's were'} added or changed (listed below).`,
  };
  const changeNotes: ManifestNote[] = changes.map((c) => ({
    topic: `change:${c.path}`,
    text: `Changed ${c.path}: ${c.from} → ${c.to}.`,
  }));
  return {
    ...generated,
    manifest: doc as unknown as DeploymentManifest,
    source: 'tuned',
    changes,
    notes: [summary, ...changeNotes, ...notes, ...kept],
  };
}

/** The manifest as the text of a deployment.json (2-space indentation, final newline). */
export function manifestToJson(exported: ExportedManifest | DeploymentManifest): string {
  const manifest = 'manifest' in exported ? exported.manifest : exported;
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * Check an export against the documented deployment shape (DeploymentManifestSchema). A tuned template is
 * checked as the build tool will deploy it: createOptions objects stringified (its placeholders stay; the
 * build tool fills them in). A layered deployment is checked per module only: its system modules, routes
 * and runtime settings live in the base deployment.
 */
export function checkExport(
  exported: ExportedManifest,
): { ok: true; message: string } | { ok: false; issues: string[] } {
  const CHECKED = 'Checked against the documented deployment manifest shape.';
  if (exported.source === 'generated') {
    const result = validateManifest(exported.manifest);
    return result.ok ? { ok: true, message: CHECKED } : result;
  }
  const copy = JSON.parse(JSON.stringify(exported.manifest)) as JsonObject;
  let objects = 0;
  const stringify = (value: Json): void => {
    if (Array.isArray(value)) value.forEach(stringify);
    else if (isObject(value))
      for (const [key, v] of Object.entries(value)) {
        if (key === 'createOptions' && isObject(v)) {
          value[key] = JSON.stringify(v);
          objects++;
        } else stringify(v);
      }
  };
  stringify(copy);
  const content =
    ownObject(copy, 'modulesContent') ?? ownObject(ownObject(copy, 'content') ?? {}, 'modulesContent');
  const agent = content === null ? null : ownObject(content, '$edgeAgent');
  if (agent !== null && ownObject(agent, 'properties.desired') === null)
    return {
      ok: true,
      message:
        'A layered deployment: its system modules, routes and runtime settings come from the base deployment, so it is not checked as a whole deployment.',
    };
  const result = validateManifest(content === null ? copy : { modulesContent: content });
  if (!result.ok) return result;
  return {
    ok: true,
    message:
      objects > 0
        ? 'A deployment template: checked against the documented deployment manifest shape as the build tool deploys it (createOptions objects become strings; it fills in the placeholders).'
        : CHECKED,
  };
}
