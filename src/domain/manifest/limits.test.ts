import { describe, expect, it } from 'vitest';
import { parseManifest } from './import.ts';
import { deploymentLimitWarnings } from './limits.ts';

const mod = (name: string, restartPolicy: string | null) => ({ name, restartPolicy });

describe('deployment limits on import', () => {
  it.each([
    ['always', 0, null],
    ['never', 0, null],
    [null, 0, null],
    ['on-unhealthy', 1, /has no effect/],
    ['on-failure', 1, /only "always" and "never"/],
    ['sometimes', 1, /does not document/],
  ] as const)('restartPolicy %s → %s warning(s)', (policy, count, text) => {
    const warnings = deploymentLimitWarnings([mod('m', policy)], {}, {});
    expect(warnings).toHaveLength(count);
    if (text !== null) expect(warnings[0]).toMatch(text);
  });

  it('more than 50 modules is flagged, 50 is not', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => mod(`m${i}`, 'always'));
    expect(deploymentLimitWarnings(many(50), {}, {})).toEqual([]);
    expect(deploymentLimitWarnings(many(51), {}, {})[0]).toMatch(/at most 50 modules/);
  });

  it("flags a module twin's desired properties over 32 KB, $edgeAgent's included", () => {
    const big = { blob: 'x'.repeat(33 * 1024) };
    const warnings = deploymentLimitWarnings([], big, { sensor: { 'properties.desired': big } });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^\$edgeAgent's desired properties are 33\.0 KB/);
    expect(warnings[1]).toMatch(/^sensor's desired properties/);
  });

  it('parseManifest reports an on-unhealthy module', () => {
    const manifest = {
      modulesContent: {
        $edgeAgent: {
          'properties.desired': {
            schemaVersion: '1.1',
            modules: {
              watcher: {
                type: 'docker',
                status: 'running',
                restartPolicy: 'on-unhealthy',
                settings: { image: 'contoso.azurecr.io/watcher:1.0' },
              },
            },
          },
        },
      },
    };
    const result = parseManifest(JSON.stringify(manifest));
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.warnings.some((w) => /"watcher".*on-unhealthy.*no effect/.test(w))).toBe(true);
  });
});
