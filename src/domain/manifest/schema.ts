/**
 * The documented shape of a deployed IoT Edge deployment manifest, as a valibot schema. Used to check the
 * manifests the sizer exports (tests and the UI), not to read imports (the importer is deliberately lenient).
 *
 * Sources (read 2026-11):
 * - https://learn.microsoft.com/azure/iot-edge/module-composition — modulesContent with $edgeAgent and $edgeHub,
 *   each holding "properties.desired"; routes "FROM <source> WHERE <condition> INTO <sink>".
 * - https://learn.microsoft.com/azure/iot-edge/module-edgeagent-edgehub — $edgeAgent desired properties:
 *   schemaVersion "1.0" or "1.1", runtime.type "docker", runtime.settings.minDockerVersion (required),
 *   runtime.settings.loggingOptions (stringified JSON), systemModules.edgeAgent / edgeHub (type, settings.image,
 *   settings.createOptions, env), modules.{id} (version, type "docker", status running|stopped, restartPolicy
 *   never|on-failure|on-unhealthy|always, settings.image, settings.createOptions); $edgeHub: schemaVersion,
 *   routes (a string, or with 1.1 an object { route, priority 0–9, timeToLiveSecs }),
 *   storeAndForwardConfiguration.timeToLiveSecs.
 * - https://learn.microsoft.com/azure/iot-edge/how-to-use-create-options — the runtime expects createOptions
 *   as a JSON string (templates may write an object; the build tools stringify it).
 * - createOptions longer than one twin string value is split into createOptions01, createOptions02, … which
 *   the edge agent joins in order (Azure/iotedge `ChunkedValue`; iotedgedev splits at 512 characters and
 *   warns above it). A twin string value may hold at most 4 KB
 *   (https://learn.microsoft.com/azure/iot-hub/iot-hub-devguide-module-twins).
 */
import * as v from 'valibot';

/** Bytes in one twin string value (IoT Hub module twin limit). */
export const TWIN_STRING_MAX_BYTES = 4096;
/** The chunk size iotedgedev and the VS Code tooling use when they split createOptions. */
export const CREATE_OPTIONS_CHUNK_CHARS = 512;

/** IoT Hub module identity: up to 128 ASCII letters, digits and - : . + % _ # * ? ! ( ) , = @ ' (no leading $). */
export const MODULE_NAME_PATTERN = /^(?!\$)[A-Za-z0-9\-:.+%_#*?!(),=@']{1,128}$/;

const chunk = v.pipe(
  v.string('createOptions must be a string (stringified JSON)'),
  v.maxBytes(TWIN_STRING_MAX_BYTES, `a createOptions chunk must be at most ${TWIN_STRING_MAX_BYTES} bytes`),
);

const isJsonObjectText = (text: string): boolean => {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
};

/** settings: image, createOptions and its chunks createOptions01…; the joined chunks must be a JSON object. */
const SettingsSchema = v.pipe(
  v.objectWithRest(
    { image: v.pipe(v.string(), v.minLength(1, 'image is required')), createOptions: chunk },
    chunk,
  ),
  v.check(
    (s) => Object.keys(s).every((k) => k === 'image' || /^createOptions(\d{2})?$/.test(k)),
    'settings may hold only image, createOptions and createOptions01…createOptions99',
  ),
  v.check((s) => {
    const keys = Object.keys(s)
      .filter((k) => /^createOptions\d{2}$/.test(k))
      .sort();
    return isJsonObjectText([s.createOptions, ...keys.map((k) => s[k] ?? '')].join(''));
  }, 'createOptions (joined with its chunks) must be a JSON object'),
);

const EnvSchema = v.record(v.string(), v.object({ value: v.union([v.string(), v.number(), v.boolean()]) }));

const SystemModuleSchema = v.object({
  type: v.literal('docker'),
  status: v.optional(v.literal('running')),
  restartPolicy: v.optional(v.literal('always')),
  settings: SettingsSchema,
  env: v.optional(EnvSchema),
  startupOrder: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  imagePullPolicy: v.optional(v.picklist(['on-create', 'never'])),
});

const ModuleSchema = v.object({
  version: v.string(),
  type: v.literal('docker'),
  status: v.picklist(['running', 'stopped']),
  restartPolicy: v.picklist(['never', 'on-failure', 'on-unhealthy', 'always']),
  settings: SettingsSchema,
  env: v.optional(EnvSchema),
  startupOrder: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  imagePullPolicy: v.optional(v.picklist(['on-create', 'never'])),
});

const RouteSchema = v.union([
  v.pipe(v.string(), v.regex(/^\s*FROM\s+\S+.*\bINTO\s+\S+/is, 'a route reads FROM <source> … INTO <sink>')),
  v.object({
    route: v.pipe(v.string(), v.regex(/^\s*FROM\s+\S+.*\bINTO\s+\S+/is)),
    priority: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9))),
    timeToLiveSecs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  }),
]);

const SchemaVersion = v.picklist(['1.0', '1.1']);

/** A deployed (not template) IoT Edge deployment manifest. */
export const DeploymentManifestSchema = v.object({
  modulesContent: v.object({
    $edgeAgent: v.object({
      'properties.desired': v.object({
        schemaVersion: SchemaVersion,
        runtime: v.object({
          type: v.literal('docker'),
          settings: v.object({
            minDockerVersion: v.string(),
            loggingOptions: v.optional(v.string()),
            registryCredentials: v.optional(
              v.record(
                v.string(),
                v.object({ username: v.string(), password: v.string(), address: v.string() }),
              ),
            ),
          }),
        }),
        systemModules: v.object({ edgeAgent: SystemModuleSchema, edgeHub: SystemModuleSchema }),
        modules: v.pipe(
          v.record(v.string(), ModuleSchema),
          v.check(
            (modules) => Object.keys(modules).every((name) => MODULE_NAME_PATTERN.test(name)),
            "module names must be IoT Hub module identities (letters, digits and - : . + % _ # * ? ! ( ) , = @ ')",
          ),
        ),
      }),
    }),
    $edgeHub: v.object({
      'properties.desired': v.object({
        schemaVersion: SchemaVersion,
        routes: v.record(v.string(), RouteSchema),
        storeAndForwardConfiguration: v.object({
          timeToLiveSecs: v.pipe(v.number(), v.integer(), v.minValue(0)),
        }),
      }),
    }),
  }),
});

export type DeploymentManifest = v.InferOutput<typeof DeploymentManifestSchema>;

/** Check a manifest against the documented shape. Returns the problems as "path: message" lines. */
export function validateManifest(manifest: unknown): { ok: true } | { ok: false; issues: string[] } {
  const result = v.safeParse(DeploymentManifestSchema, manifest);
  if (result.success) return { ok: true };
  return { ok: false, issues: result.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`) };
}
