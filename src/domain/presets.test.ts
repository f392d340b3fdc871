import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWERS, parseAnswers } from './answers.ts';
import { PRESETS, findPreset } from './presets.ts';

describe('presets', () => {
  it.each(PRESETS.map((preset) => [preset.id, preset] as const))('%s is valid answers', (_id, preset) => {
    const result = parseAnswers(preset.answers);
    expect(result).toEqual({ ok: true, answers: preset.answers });
  });

  it('has unique ids, names and one-line descriptions', () => {
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
    expect(new Set(PRESETS.map((p) => p.name)).size).toBe(PRESETS.length);
    for (const preset of PRESETS) {
      expect(preset.description).not.toContain('\n');
      expect(preset.description.length).toBeGreaterThan(20);
      expect(preset.description.length).toBeLessThan(140);
    }
  });

  it('covers the four scenarios the wizard promises', () => {
    expect(PRESETS.map((p) => p.id)).toEqual([
      'pi-telemetry',
      'vision-inference',
      'factory-protocol-gateway',
      'store-and-forward-cellular',
    ]);
    const vision = findPreset('vision-inference');
    expect(vision?.answers.accelerator.kind).not.toBe('none');
    const factory = findPreset('factory-protocol-gateway');
    expect(factory?.answers.workload.mode).toBe('list');
    expect(factory?.answers.workload.modules.length).toBeGreaterThanOrEqual(4);
    const cellular = findPreset('store-and-forward-cellular');
    expect(cellular?.answers.performance.offlineHours).toBeGreaterThanOrEqual(24);
    expect(cellular?.answers.data.upstreamPercent).toBeLessThan(50);
  });

  it('differ from the defaults, so loading one visibly changes the answers', () => {
    for (const preset of PRESETS) expect(preset.answers).not.toEqual(DEFAULT_ANSWERS);
  });

  it('finds nothing for an unknown id', () => {
    expect(findPreset('nope')).toBeUndefined();
  });
});
