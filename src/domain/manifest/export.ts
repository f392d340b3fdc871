/**
 * Build a deployment manifest tuned from a sizing: per-module memory limits from the estimate with headroom,
 * edgeHub settings for the chosen device, store-and-forward time to live that fits the device's disk, and
 * container log rotation. The result is a deployed manifest (createOptions as strings), valid against
 * DeploymentManifestSchema (see schema.ts for the documented shape and its sources), or the imported manifest
 * tuned.
 *
 * Two steps: export-plan.ts decides every value with its reason and the assumptions behind it; export-render.ts
 * writes the plan as JSON (generated, or an imported manifest tuned). Pure: no I/O.
 */
import type { Answers } from '../answers.ts';
import { DEVICES } from '../catalog/devices.ts';
import type { Device, Estimate } from '../types.ts';
import type { Json, JsonObject } from './import.ts';
import { planExport, type ManifestNote } from './export-plan.ts';
import { isObject, ownObject, renderGenerated, tuneBase, type ExportedManifest } from './export-render.ts';
import { validateManifest, type DeploymentManifest } from './schema.ts';

export {
  bufferFit,
  LOG_CONFIG,
  LOW_MEMORY_MIB,
  MIB,
  MIN_DOCKER_API_VERSION,
  MIN_MODULE_MEMORY_MIB,
  MIN_TTL_SECS,
  planExport,
  SYSTEM_MEMORY_FLOOR_MB,
  toModuleName,
  type ExportPlan,
  type ManifestNote,
  type ModuleLimit,
  type SystemLimit,
} from './export-plan.ts';
export {
  chunkCreateOptions,
  type ExportedManifest,
  type ManifestChange,
  type RenamedModule,
} from './export-render.ts';

/** Options of buildManifest. */
export interface BuildManifestOptions {
  /**
   * The manifest the user imported (the parsed JSON document). When given, the export is that manifest tuned:
   * every sized module, env, createOptions key, registry credential, route and twin property is kept, and only
   * the tuning (memory limits, log rotation, edgeHub OptimizeForPerformance, timeToLiveSecs, minDockerVersion)
   * is added or overridden, each change listed in `changes` and the notes.
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
  const id = deviceId ?? estimate.recommendedDeviceId;
  const device = id === null ? null : (catalog.find((d) => d.id === id) ?? null);
  const plan = planExport(answers, estimate, device);
  const deviceNotes: ManifestNote[] =
    device !== null
      ? []
      : [
          {
            topic: 'device',
            text:
              id === null
                ? 'No device was chosen and none fits, so device-specific tuning (OptimizeForPerformance, time to live) uses the answers only.'
                : `Device "${id}" is not in the catalog; device-specific tuning uses the answers only.`,
          },
        ];
  const generated = renderGenerated(plan, answers.platform.iotEdgeVersion, deviceNotes);
  const base = options.base ?? null;
  return base === null ? generated : tuneBase(base, plan, generated);
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
