import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate } from '../estimate.ts';
import { findPreset } from '../presets.ts';
import type { Suggestion } from '../types.ts';
import { arbAnswers } from '../../testing/arbitraries.ts';
import { createAnswers } from '../../testing/builders.ts';
import { DEVICES } from './devices.ts';

describe('verdict: over budget is its own state', () => {
  it('recommends the cheapest fit within the budget', () => {
    const e = estimate(createAnswers({ budget: { maxDeviceUsd: 60 } }));
    expect(e.recommendedDeviceId).toBe('rpi4b-2gb');
    expect(e.verdict.recommendedDeviceId).toBe('rpi4b-2gb');
    expect(e.verdict.cheapestOverBudget).toBeNull();
  });

  it('when nothing fits within the budget, names the cheapest device that fits and by how much it is over', () => {
    const e = estimate(createAnswers({ budget: { maxDeviceUsd: 50 } }));
    const pi4 = e.suggestions.find((s) => s.deviceId === 'rpi4b-2gb')!;
    // The capacity grade is unchanged by the budget.
    expect(pi4.grade).toBe('fit');
    expect(pi4.budget).toEqual({ kind: 'over-budget', priceUsd: 55, budgetUsd: 50, overByUsd: 5 });
    expect(e.recommendedDeviceId).toBeNull();
    expect(e.verdict.cheapestOverBudget).toEqual({
      deviceId: 'rpi4b-2gb',
      name: 'Raspberry Pi 4 Model B (2 GB)',
      priceUsd: 55,
      priceEstimated: false,
      budgetUsd: 50,
      overByUsd: 5,
    });
    expect(e.verdict.sentence).toBe(
      'No device fits within the $50 budget. The cheapest device that fits is Raspberry Pi 4 Model B (2 GB) at $55: over budget by $5.',
    );
  });
});

describe('verdict: recommend with margin, show the neighbours, say why (issue 15 item 2)', () => {
  it('on the defaults: a 2 GB Pi 4, RAM the limit, the Pi 3 B+ below it and the 4 GB Pi 4 above it', () => {
    const e = estimate(createAnswers({}));
    const v = e.verdict;
    expect(v.recommendedDeviceId).toBe('rpi4b-2gb');
    const rec = e.suggestions.find((s) => s.deviceId === 'rpi4b-2gb')!;
    // The figures are the grader's check itself, never recomputed.
    expect(v.limit?.check).toBe(rec.checks.find((c) => c.resource === 'ram'));
    expect(v.stepDown).toMatchObject({
      deviceId: 'rpi3bplus-1gb',
      priceUsd: 40,
      savingUsd: 15,
      grade: 'tight',
      shortfall: { constraint: 'ram' },
    });
    expect(v.stepDown?.shortfall.phrase).toMatch(
      /^runs out of RAM at the high estimate \([\d,]+ of 948 MiB usable\)$/,
    );
    expect(v.stepUp).toMatchObject({ deviceId: 'rpi4b-4gb', priceUsd: 75, extraUsd: 20, grade: 'fit' });
    expect(v.sentence).toMatch(
      /^RAM is the limit: [\d.]+ of 1\.93 GiB usable at the typical load with 25 % headroom \(\d+%\), [\d.]+ GiB at the high estimate \(\d+%\); the next cheaper device, Raspberry Pi 3 Model B\+ \(1 GB\), runs out of RAM at the high estimate \([\d,]+ of 948 MiB usable\)\.$/,
    );
    expect(v.closest).toEqual([]);
  });

  it('names the accelerator kind when the next cheaper device cannot run the model (vision preset)', () => {
    const e = estimate(findPreset('vision-inference')!.answers);
    expect(e.verdict.recommendedDeviceId).toBe('jetson-orin-nano-super-8gb');
    expect(e.verdict.stepDown?.shortfall).toMatchObject({
      constraint: 'accelerator-kind',
      text: 'needs a GPU; has an NPU',
    });
  });

  it('when nothing fits, names up to 3 closest devices with what each lacks, closest first', () => {
    const v = findPreset('vision-inference')!.answers;
    const e = estimate({
      ...v,
      platform: { ...v.platform, architecture: 'amd64' },
      budget: { ...v.budget, maxDeviceUsd: 400 },
    });
    expect(e.recommendedDeviceId).toBeNull();
    expect(e.verdict.closest.length).toBeGreaterThanOrEqual(2);
    expect(e.verdict.closest.length).toBeLessThanOrEqual(3);
    for (const c of e.verdict.closest) {
      expect(c.gaps.length).toBeGreaterThan(0);
      // A price with no list price behind it says so: "($350, an estimate)".
      const estimated = DEVICES.find((d) => d.name === c.name)?.priceEstimated === true;
      expect(c.sentence).toBe(
        `${c.name} ($${c.priceUsd.toLocaleString('en-US')}${estimated ? ', an estimate' : ''}): ${c.gaps.map((g) => g.text).join('; ')}.`,
      );
    }
    const texts = e.verdict.closest.flatMap((c) => c.gaps.map((g) => g.text));
    // Kind gaps are words, never TOPS; budget gaps say by how much.
    for (const t of texts) expect(t).not.toMatch(/TOPS/);
    expect(
      texts.some((t) =>
        /^needs a GPU; has (none|an NPU)$|^runs arm64, not amd64$|^over budget by \$/.test(t),
      ),
    ).toBe(true);
  });

  it('lists each gap in words: kind, resource, budget', () => {
    const e = estimate(createAnswers({ budget: { maxDeviceUsd: 50 } }));
    const texts = e.verdict.closest.map((c) => c.sentence);
    expect(texts).toContain('Raspberry Pi 4 Model B (2 GB) ($55): over budget by $5.');
    expect(texts[0]).toBe('Raspberry Pi 4 Model B (2 GB) ($55): over budget by $5.');
    expect(
      texts.some((t) =>
        /^Raspberry Pi 3 Model B \(1 GB\) \(\$35\): RAM: the high estimate needs [\d,]+ MiB, has 948 MiB usable\.$/.test(
          t,
        ),
      ),
    ).toBe(true);
  });
});

describe('verdict properties', { timeout: 60_000 }, () => {
  const pressure = (s: Suggestion) =>
    Math.max(
      0,
      ...s.checks.map((c) =>
        c.unavailable !== null ? Infinity : Math.max(c.needs.typical, c.needs.high) / c.usableCapacity,
      ),
    );
  it('neighbours are what they say: up is fit with more margin at no lower price; down is cheaper, runs the platform and falls short', () => {
    fc.assert(
      fc.property(arbAnswers, (answers) => {
        const e = estimate(answers);
        const v = e.verdict;
        const price = (id: string) => DEVICES.find((d) => d.id === id)!.priceUsd;
        const sOf = (id: string) => e.suggestions.find((s) => s.deviceId === id)!;
        expect(v.recommendedDeviceId).toBe(e.recommendedDeviceId);
        if (e.recommendedDeviceId === null) {
          expect(v.stepUp).toBeNull();
          expect(v.stepDown).toBeNull();
          expect(v.closest.length).toBeLessThanOrEqual(3);
          for (const c of v.closest) expect(c.gaps.length).toBeGreaterThan(0);
          const overs = e.suggestions.filter((s) => s.grade === 'fit' && s.budget.kind === 'over-budget');
          if (overs.length === 0) expect(v.cheapestOverBudget).toBeNull();
          else {
            expect(v.cheapestOverBudget).not.toBeNull();
            for (const o of overs)
              expect(v.cheapestOverBudget!.priceUsd).toBeLessThanOrEqual(price(o.deviceId));
          }
          return;
        }
        const rec = sOf(e.recommendedDeviceId);
        expect(rec.grade).toBe('fit');
        expect(rec.withinBudget).toBe(true);
        if (v.limit !== null) expect(rec.checks).toContain(v.limit.check);
        if (v.stepUp !== null) {
          const up = sOf(v.stepUp.deviceId);
          expect(up.grade).toBe('fit');
          expect(price(up.deviceId)).toBeGreaterThanOrEqual(price(rec.deviceId));
          expect(pressure(up)).toBeLessThan(pressure(rec));
        }
        if (v.stepDown !== null) {
          const down = sOf(v.stepDown.deviceId);
          expect(price(down.deviceId)).toBeLessThanOrEqual(price(rec.deviceId));
          expect(down.grade === 'fit' && down.withinBudget).toBe(false);
          expect(down.architectureOk).toBe(true);
          expect(['architecture', 'host-os', 'tpm']).not.toContain(v.stepDown.shortfall.constraint);
          expect(v.sentence).toContain(v.stepDown.shortfall.phrase);
        }
      }),
      { numRuns: 120, interruptAfterTimeLimit: 20_000 },
    );
  });
});

describe('the x86 vision box of issue 19 (4 cameras, a GPU, x64 Ubuntu 22.04, $1,500) on the grown catalog', () => {
  const preset = findPreset('vision-inference')!;
  const answers = structuredClone(preset.answers);
  answers.platform.architecture = 'amd64';
  answers.platform.hostOs = 'ubuntu-22.04';
  const e = estimate(answers);
  const byId = new Map(DEVICES.map((d) => [d.id, d]));
  const x86Gpu = (id: string) => {
    const d = byId.get(id)!;
    return d.architectures.includes('amd64') && d.accelerator?.kind === 'gpu';
  };

  it('some x86 device with an NVIDIA GPU fits, and the catalog has several under $8,000', () => {
    expect(e.suggestions.some((s) => s.grade === 'fit' && x86Gpu(s.deviceId))).toBe(true);
    const cheap = DEVICES.filter((d) => x86Gpu(d.id) && d.priceUsd < 8000);
    expect(cheap.length).toBeGreaterThanOrEqual(2);
  });

  it('either recommends an x86 GPU device within the budget, or names the cheapest x86 GPU fit and its gap first', () => {
    if (e.recommendedDeviceId !== null) {
      expect(x86Gpu(e.recommendedDeviceId)).toBe(true);
      return;
    }
    const over = e.verdict.cheapestOverBudget!;
    expect(x86Gpu(over.deviceId)).toBe(true);
    expect(e.verdict.closest[0]?.deviceId).toBe(over.deviceId);
    expect(e.verdict.closest[0]?.gaps).toEqual([
      {
        constraint: 'budget',
        text: `over budget by $${over.overByUsd}`,
        phrase: `is over budget by $${over.overByUsd}`,
      },
    ]);
  });

  it('today (prices of 2026-12-04): the ASUS ROG NUC with an RTX 4060 at $1,629 is the closest, $129 over', () => {
    expect(e.recommendedDeviceId).toBeNull();
    expect(e.verdict.cheapestOverBudget).toMatchObject({
      deviceId: 'asus-rog-nuc-rtx4060-16gb',
      priceUsd: 1629,
      overByUsd: 129,
    });
  });
});
