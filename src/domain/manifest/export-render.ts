/**
 * Render an export plan as JSON: a generated deployment manifest, or an imported manifest tuned. Every module,
 * env, createOptions key, registry credential, route and twin property of an imported manifest is kept, and only
 * the tuning (memory limits, log rotation, edgeHub OptimizeForPerformance, timeToLiveSecs, minDockerVersion) is
 * added or overridden, each change listed. Each sized module is found in the imported manifest under its own
 * name or the name the importer gave it (answerModuleNames), so no module is ever written twice; a name IoT Edge
 * would reject is renamed once and listed; a module the sizing does not cover is left out and listed.
 * Pure: an imported manifest is copied, never changed.
 */
import { LIMITS } from '../answers.ts';
import type { Device, Finding } from '../types.ts';
import type { Json, JsonObject } from './import.ts';
import {
  type ExportPlan,
  LOG_CONFIG,
  type ManifestNote,
  MIN_DOCKER_API_VERSION,
  type ModuleLimit,
  type SystemLimit,
} from './export-plan.ts';
import { CREATE_OPTIONS_CHUNK_CHARS, MODULE_NAME_PATTERN, type DeploymentManifest } from './schema.ts';
import { answerModuleNames } from './to-answers.ts';

/** One setting the export changed in an imported manifest ("none" when the setting was absent). */
export interface ManifestChange {
  /** Where, for example "modules.influxdb.settings.createOptions.HostConfig.Memory". */
  path: string;
  from: string;
  to: string;
}

/** A module of an imported manifest written under another name (its name is not one IoT Edge accepts). */
export interface RenamedModule {
  from: string;
  to: string;
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
  /** Modules of the imported manifest written under a new name (empty for a generated manifest). */
  renamed: RenamedModule[];
  /** Modules of the imported manifest left out because the sizing does not cover them. */
  leftOut: string[];
  /** The device the manifest was tuned for; null when no device was chosen or recommended. */
  device: Device | null;
  limits: ModuleLimit[];
  /** Memory limits written for edgeAgent and edgeHub. */
  systemLimits: SystemLimit[];
  timeToLiveSecs: number;
  optimizeForPerformance: boolean;
  /** Problems to solve before deploying (for example limits that together overcommit the device). */
  findings: Finding[];
  notes: ManifestNote[];
}

/** Default edgeHub port bindings (how-to-use-create-options: "automatically included for every edgeHub module"). */
const EDGE_HUB_PORTS = {
  '5671/tcp': [{ HostPort: '5671' }],
  '8883/tcp': [{ HostPort: '8883' }],
  '443/tcp': [{ HostPort: '443' }],
};

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

/** The plan as a generated deployment manifest. `leadingNotes` come first (for example "no device"). */
export function renderGenerated(
  plan: ExportPlan,
  iotEdgeVersion: string,
  leadingNotes: ManifestNote[] = [],
): ExportedManifest {
  const modules: DeploymentManifest['modulesContent']['$edgeAgent']['properties.desired']['modules'] = {};
  const logConfig = plan.logConfig.value;
  for (const m of plan.modules) {
    const hostConfig: Record<string, unknown> = { LogConfig: logConfig };
    if (m.limit.memoryBytes !== null) hostConfig['Memory'] = m.limit.memoryBytes;
    // defineProperty, not assignment: a module named "__proto__" must become a key, not a prototype.
    Object.defineProperty(modules, m.name, {
      enumerable: true,
      writable: true,
      configurable: true,
      value: {
        version: '1.0',
        type: 'docker',
        status: 'running',
        restartPolicy: 'always',
        settings: {
          image: m.image === '' ? `\${MODULES.${m.name}}` : m.image,
          ...chunkCreateOptions(JSON.stringify({ HostConfig: hostConfig })),
        },
      },
    });
  }
  const systemMemory = (name: SystemLimit['name']) =>
    plan.systemLimits.find((l) => l.name === name)?.memoryBytes ?? 0;
  const manifest: DeploymentManifest = {
    modulesContent: {
      $edgeAgent: {
        'properties.desired': {
          schemaVersion: '1.1',
          runtime: {
            type: 'docker',
            settings: { minDockerVersion: plan.minDockerVersion.value, loggingOptions: '' },
          },
          systemModules: {
            edgeAgent: {
              type: 'docker',
              settings: {
                image: `mcr.microsoft.com/azureiotedge-agent:${iotEdgeVersion}`,
                ...chunkCreateOptions(
                  JSON.stringify({ HostConfig: { LogConfig: logConfig, Memory: systemMemory('edgeAgent') } }),
                ),
              },
            },
            edgeHub: {
              type: 'docker',
              status: 'running',
              restartPolicy: 'always',
              settings: {
                image: `mcr.microsoft.com/azureiotedge-hub:${iotEdgeVersion}`,
                ...chunkCreateOptions(
                  JSON.stringify({
                    HostConfig: {
                      PortBindings: EDGE_HUB_PORTS,
                      LogConfig: logConfig,
                      Memory: systemMemory('edgeHub'),
                    },
                  }),
                ),
              },
              env: {
                OptimizeForPerformance: { value: plan.optimizeForPerformance.value ? 'true' : 'false' },
              },
            },
          },
          modules,
        },
      },
      $edgeHub: {
        'properties.desired': {
          schemaVersion: '1.1',
          routes: { upstream: 'FROM /messages/modules/* INTO $upstream' },
          storeAndForwardConfiguration: { timeToLiveSecs: plan.timeToLiveSecs.value },
        },
      },
    },
  };
  const notes: ManifestNote[] = [
    ...leadingNotes,
    ...plan.notes,
    { topic: 'edgeHub.env.OptimizeForPerformance', text: plan.optimizeForPerformance.reason },
    protocolHeadsNote(null),
    { topic: 'storeAndForwardConfiguration.timeToLiveSecs', text: plan.timeToLiveSecs.reason },
    { topic: 'HostConfig.LogConfig', text: plan.logConfig.reason },
    {
      topic: 'routes',
      text: 'One route sends every module output to IoT Hub (FROM /messages/modules/* INTO $upstream). Add module-to-module routes (BrokeredEndpoint) for your pipeline.',
    },
  ];
  return {
    manifest,
    source: 'generated',
    changes: [],
    renamed: [],
    leftOut: [],
    device: plan.device,
    limits: plan.modules.map((m) => m.limit),
    systemLimits: plan.systemLimits.map(({ name, memoryBytes, memoryMiB, basis }) => ({
      name,
      memoryBytes,
      memoryMiB,
      basis,
    })),
    timeToLiveSecs: plan.timeToLiveSecs.value,
    optimizeForPerformance: plan.optimizeForPerformance.value,
    findings: plan.findings,
    notes,
  };
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

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const show = (value: Json | undefined): string =>
  value === undefined ? 'none' : typeof value === 'string' ? value : JSON.stringify(value);

/** Set an own property, even one named "__proto__". */
function setOwn(target: JsonObject, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export const ownObject = (holder: JsonObject, key: string): JsonObject | null => {
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
  return JSON.parse(JSON.stringify(Object.hasOwn(modules, name) ? modules[name] : null)) as Json;
}

const quoteList = (names: readonly string[], max = 20): string =>
  names
    .slice(0, max)
    .map((n) => `"${n}"`)
    .join(', ') + (names.length > max ? ` and ${(names.length - max).toLocaleString('en-US')} more` : '');

/**
 * Tune the imported manifest `base` with the plan (`generated` is the plan rendered as a generated manifest:
 * its fresh modules are copied for sized modules the manifest does not have). Pure: `base` is copied.
 */
export function tuneBase(base: JsonObject, plan: ExportPlan, generated: ExportedManifest): ExportedManifest {
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

  // Modules. The imported modules in their order, as the importer read them (the first LIMITS.modules.max
  // entries that are objects): each sized module is the one the importer named after it, else the one of the
  // same name. Nothing is written twice.
  const MODULE_KEY = /^properties\.desired\.modules\.(.+)$/s;
  const holder: JsonObject | null = layered ? agentTwin : child(agent, 'modules');
  const keyOf = (name: string) => (layered ? `properties.desired.modules.${name}` : name);
  const importedNames =
    holder === null
      ? []
      : Object.keys(holder)
          .map((k) => (layered ? MODULE_KEY.exec(k)?.[1] : k))
          .filter((n): n is string => n !== undefined);
  const imported = new Set(importedNames);
  const readable = importedNames
    .slice(0, LIMITS.modules.max)
    .filter((n) => holder !== null && ownObject(holder, keyOf(n)) !== null);
  const byAnswerName = new Map<string, string>();
  answerModuleNames(readable).forEach((answerName, i) => {
    const name = readable[i];
    if (name !== undefined && !byAnswerName.has(answerName)) byAnswerName.set(answerName, name);
  });
  const claimedBy = new Map<string, ExportPlan['modules'][number]>();
  const matchOf = new Map<number, string>();
  for (const m of plan.modules) {
    const viaImport = byAnswerName.get(m.sourceName);
    const match =
      viaImport !== undefined && !claimedBy.has(viaImport)
        ? viaImport
        : imported.has(m.sourceName) &&
            !claimedBy.has(m.sourceName) &&
            ownObject(holder ?? {}, keyOf(m.sourceName))
          ? m.sourceName
          : undefined;
    if (match === undefined) continue;
    claimedBy.set(match, m);
    matchOf.set(m.index, match);
  }
  // Names written: an imported module keeps a name IoT Edge accepts; any other name is renamed once.
  const written = new Set<string>();
  for (const name of claimedBy.keys()) if (MODULE_NAME_PATTERN.test(name)) written.add(name);
  const unique = (wanted: string): string => {
    let name = wanted;
    for (let n = 2; written.has(name); n++) name = `${wanted.slice(0, 124)}-${n}`;
    written.add(name);
    return name;
  };
  const renamed: RenamedModule[] = [];
  const writtenAs = new Map<string, string>();
  for (const [name, m] of claimedBy) {
    if (MODULE_NAME_PATTERN.test(name)) writtenAs.set(name, name);
    else {
      const to = unique(m.name);
      writtenAs.set(name, to);
      renamed.push({ from: name, to });
    }
  }
  const fresh: [string, Json][] = [];
  const freshAs = new Map<number, string>();
  for (const m of plan.modules) {
    const match = matchOf.get(m.index);
    if (match !== undefined) {
      const as = writtenAs.get(match) ?? match;
      const existing = holder === null ? null : ownObject(holder, keyOf(match));
      const settings = existing === null ? null : child(existing, 'settings');
      if (settings !== null)
        tuneCreateOptions(
          settings,
          `modules.${as}.settings`,
          { memoryBytes: m.limit.memoryBytes },
          changes,
          notes,
        );
      continue;
    }
    const as = unique(m.name);
    freshAs.set(m.index, as);
    fresh.push([as, generatedModule(generated, m.name)]);
    changes.push({ path: `modules.${as}`, from: 'none', to: 'added (a module of the sizing)' });
  }
  const leftOut = importedNames.filter((n) => !claimedBy.has(n));
  if (holder !== null) {
    // Rebuild in the imported order: renamed modules in place, left-out ones dropped, added ones last.
    const entries = Object.keys(holder).map((k) => [k, holder[k]] as const);
    for (const [k] of entries) delete holder[k];
    for (const [k, value] of entries) {
      const name = layered ? MODULE_KEY.exec(k)?.[1] : k;
      if (name === undefined || value === undefined) {
        if (value !== undefined) setOwn(holder, k, value);
        continue;
      }
      const as = writtenAs.get(name);
      if (as !== undefined) setOwn(holder, keyOf(as), value);
    }
    for (const [name, value] of fresh) setOwn(holder, keyOf(name), value);
  }
  for (const r of renamed) {
    changes.push({ path: `modules.${r.to}`, from: `"${r.from}"`, to: `renamed "${r.to}"` });
  }
  if (renamed.length > 0)
    notes.push({
      topic: 'modules',
      text: `Renamed, because IoT Edge does not accept their names (letters, digits and - : . + % _ # * ? ! ( ) , = @ ', 1 to 128 characters, unique): ${renamed.map((r) => `"${r.from}" → "${r.to}"`).join(', ')}. Update any route that names them.`,
    });
  if (leftOut.length > 0) {
    const beyond = Math.max(0, readable.length === 0 ? 0 : importedNames.length - LIMITS.modules.max);
    changes.push({
      path: 'modules',
      from: `${importedNames.length.toLocaleString('en-US')} modules`,
      to: `${leftOut.length.toLocaleString('en-US')} left out (not sized)`,
    });
    notes.push({
      topic: 'modules',
      text: `Left out ${leftOut.length.toLocaleString('en-US')} module${leftOut.length === 1 ? '' : 's'} of the imported manifest that the sizing does not cover, so that this manifest runs only what was sized: ${quoteList(leftOut)}.${beyond > 0 ? ` Edge Sizer reads at most ${LIMITS.modules.max} modules from a manifest; the manifest has ${importedNames.length.toLocaleString('en-US')}.` : ''} Modules you removed from the wizard's list are left out too. Add them in the wizard to size and keep them, and update any route that names them.`,
    });
  }
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
    .filter(
      (n) =>
        n.topic !== 'routes' &&
        n.topic !== 'modules.*.settings.image' &&
        // "Module x is named y": the generated manifest's naming; the renames of this one are listed above.
        !(
          n.topic.startsWith('modules.') &&
          !n.topic.includes('*') &&
          !n.topic.endsWith('.HostConfig.Memory')
        ),
    )
    .map((n) =>
      n.topic === 'edgeHub.env.*Settings__enabled' && hubHeads !== null ? protocolHeadsNote(hubHeads) : n,
    );
  const summary: ManifestNote = {
    topic: 'base',
    text:
      changes.length === 0
        ? 'This is your imported manifest, unchanged: it already had every tuned setting.'
        : `This is your imported manifest, tuned: ${leftOut.length === 0 ? 'every module' : 'every sized module'}, env variable, createOptions key, registry credential, route and twin property is kept as you wrote it; ${changes.length} setting${changes.length === 1 ? ' was' : 's were'} added or changed (listed below)${renamed.length > 0 ? `; ${renamed.length} module${renamed.length === 1 ? ' was' : 's were'} renamed` : ''}${leftOut.length > 0 ? `; ${leftOut.length.toLocaleString('en-US')} module${leftOut.length === 1 ? ' that was' : 's that were'} not sized ${leftOut.length === 1 ? 'was' : 'were'} left out` : ''}.`,
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
    renamed,
    leftOut,
    limits: plan.modules.map((m) => {
      const match = matchOf.get(m.index);
      const as = match === undefined ? freshAs.get(m.index) : writtenAs.get(match);
      return as === undefined ? m.limit : { ...m.limit, name: as };
    }),
    notes: [summary, ...changeNotes, ...notes, ...kept],
  };
}
