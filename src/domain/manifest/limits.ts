/**
 * IoT Hub's deployment limits, checked on an imported manifest
 * (https://learn.microsoft.com/azure/iot-edge/iot-edge-limits-and-restrictions):
 * - at most 50 modules in one deployment;
 * - a module twin's desired (and reported) properties are limited to 32 KB, $edgeAgent's included, which carries
 *   every module's settings;
 * - restart policies: only `always` and `never` behave as the manifest says. The current page states that
 *   `on-unhealthy` has no effect (the runtime does not derive "unhealthy" from Docker health checks); earlier
 *   versions said only `always` and `never` are supported, and the current one says `on-failure` restarts a module
 *   that exits with a non-zero code. Both are flagged, with that difference.
 * Kept apart from import.ts (its route parser changes separately); import.ts adds these warnings with one call.
 */
import type { ImportedModule, JsonObject } from './import.ts';

export const MAX_MODULES_PER_DEPLOYMENT = 50;
export const MAX_TWIN_DESIRED_BYTES = 32 * 1024;

/** Bytes of the value's JSON in UTF-8 (the domain has no TextEncoder: counted per code point). */
function utf8Bytes(value: unknown): number {
  let bytes = 0;
  for (const ch of JSON.stringify(value) ?? '') {
    const cp = ch.codePointAt(0) ?? 0;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Warnings for the imported deployment against IoT Hub's limits and the documented restart policies. */
export function deploymentLimitWarnings(
  modules: readonly Pick<ImportedModule, 'name' | 'restartPolicy'>[],
  agentDesired: JsonObject,
  content: JsonObject,
): string[] {
  const warnings: string[] = [];
  if (modules.length > MAX_MODULES_PER_DEPLOYMENT)
    warnings.push(
      `${modules.length} modules: IoT Hub accepts at most ${MAX_MODULES_PER_DEPLOYMENT} modules in one deployment; consolidate modules or spread them over more devices.`,
    );
  const agentBytes = utf8Bytes(agentDesired);
  if (agentBytes > MAX_TWIN_DESIRED_BYTES)
    warnings.push(
      `$edgeAgent's desired properties are ${kb(agentBytes)}, over IoT Hub's 32 KB module twin limit: shorten createOptions and env, or move modules to another device.`,
    );
  for (const [key, twin] of Object.entries(content)) {
    if (key.startsWith('$edgeAgent')) continue;
    if (twin === null || typeof twin !== 'object' || Array.isArray(twin)) continue;
    const desired = (twin as JsonObject)['properties.desired'];
    if (desired === undefined) continue;
    const bytes = utf8Bytes(desired);
    if (bytes > MAX_TWIN_DESIRED_BYTES)
      warnings.push(`${key}'s desired properties are ${kb(bytes)}, over IoT Hub's 32 KB module twin limit.`);
  }
  for (const m of modules) {
    const policy = m.restartPolicy;
    if (policy === null || policy === 'always' || policy === 'never') continue;
    warnings.push(
      policy === 'on-unhealthy'
        ? `Module "${m.name}" uses restartPolicy "on-unhealthy", which has no effect: IoT Edge does not derive "unhealthy" from Docker health checks. Use "always" (and a HEALTHCHECK that exits the process).`
        : policy === 'on-failure'
          ? `Module "${m.name}" uses restartPolicy "on-failure": Microsoft's limits page lists only "always" and "never" as behaving as documented (its current text says on-failure restarts a module that exits with a non-zero code). Prefer "always".`
          : `Module "${m.name}" uses restartPolicy "${policy}", which IoT Edge does not document; use "always" or "never".`,
    );
  }
  return warnings;
}
