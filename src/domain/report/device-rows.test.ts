import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWERS } from '../answers.ts';
import { DEVICES } from '../catalog/devices.ts';
import { estimate } from '../estimate.ts';
import { createAnswers } from '../../testing/builders.ts';
import { deviceRows, type DeviceRow } from './device-rows.ts';
import { buildReportModel } from './report-model.ts';

const rowOf = (rows: DeviceRow[], id: string): DeviceRow => {
  const row = rows.find((r) => r.deviceId === id);
  if (row === undefined) throw new Error(`no row ${id}`);
  return row;
};

describe('deviceRows: one model for the ladder and the report', () => {
  const e = estimate(DEFAULT_ANSWERS);
  const rows = deviceRows(e, DEFAULT_ANSWERS, DEVICES);

  it('is what the report model lists as its ladder', () => {
    const model = buildReportModel(e, DEFAULT_ANSWERS, DEVICES, {
      shareUrl: 'https://sizer.example/',
      generatedAt: new Date('2026-12-04T00:00:00Z'),
    });
    expect(model.ladder).toEqual(rows);
    expect(model.recommended?.row).toEqual(rows.find((r) => r.recommended));
  });

  it('reads the usable capacity from the grader (a Pi 3: 1,024 MiB less 76 MiB), not need ÷ utilisation', () => {
    const pi3 = rowOf(rows, 'rpi3b-1gb');
    const ram = pi3.resources.find((r) => r.resource === 'ram');
    expect(ram?.capacityText).toBe('948 MiB usable');
    expect(pi3.resources.find((r) => r.resource === 'cpu')?.capacityText).toBe('1.8 ref. cores');
    expect(pi3.resources.find((r) => r.resource === 'storage')?.capacityText).toBe('32 GB');
    const check = e.suggestions.find((s) => s.deviceId === 'rpi3b-1gb')?.checks[1];
    expect(ram?.verdict).toBe(check?.verdict);
  });

  it('on the defaults, a 1 GB Pi 3 is tight (only its need before headroom fits) and a 2 GB Pi 4 is recommended', () => {
    const pi3 = rowOf(rows, 'rpi3b-1gb');
    expect([pi3.grade, pi3.gradeLabel, pi3.bindingConstraint]).toEqual(['tight', 'Tight', 'ram']);
    expect(pi3.resources[1]?.verdict).toMatch(
      /^RAM: only the typical need before headroom \([\d,]+ MiB\) fits in 948 MiB usable; neither with 25 % headroom \([\d,]+ MiB\) nor the high estimate before headroom \([\d,]+ MiB\) does\.$/,
    );
    // The card's words: what is short in full, then what fits in one sentence.
    expect(pi3.verdicts.map((v) => v.grade)).toEqual(['tight', 'fit']);
    expect(pi3.verdicts[0]?.text).toBe(pi3.resources[1]?.verdict);
    expect(pi3.verdicts[1]?.text).toBe(
      'CPU and storage: the typical need with 25 % headroom and the high estimate before headroom both fit.',
    );
    const pi4 = rowOf(rows, 'rpi4b-2gb');
    expect(pi4.recommended).toBe(true);
    expect(pi4.bindingText).toMatch(
      /^RAM is nearest its capacity: 57% of 1,972 MiB usable at the typical need with headroom, \d+% at the high estimate before headroom\.$/,
    );
    expect(pi4.priceText).toBe('$55 (no budget set)');
    expect([pi4.cpu, pi4.ram, pi4.accelerator]).toEqual(['6%', '57%', 'Not needed']);
  });

  it('names the architecture when it decides the grade, and shows the budget beside the grade, never as it', () => {
    const a = createAnswers({ budget: { maxDeviceUsd: 60 } });
    const r = deviceRows(estimate(a), a, DEVICES);
    expect(rowOf(r, 'nuc-core-i5-16gb').bindingText).toBe('Architecture: runs amd64, not arm64 as chosen.');
    const pi4 = rowOf(r, 'rpi4b-8gb');
    expect(pi4.grade).toBe('fit');
    expect(pi4.bindingText).toMatch(/^Storage is nearest its capacity/);
    expect(pi4.overBudgetText).toBe('Over budget by $55');
    expect(pi4.priceText).toBe('$115: over budget by $55 (the budget is $60)');
    expect(rowOf(r, 'rpi4b-2gb').overBudgetText).toBeNull();
    // A Raspberry Pi 5 has no Debian 12 image: the host OS decides before the budget.
    expect(rowOf(r, 'rpi5-8gb').bindingText).toMatch(/^Host OS: cannot run Debian 12/);
  });

  it('shows an accelerator that is missing or of the wrong kind in words, never as a percentage', () => {
    // "Other Linux" runs on every device, so the accelerator decides.
    const a = createAnswers({
      accelerator: { kind: 'gpu', sizing: 'tops', tops: 10 },
      platform: { hostOs: 'other-linux' },
    });
    const r = deviceRows(estimate(a), a, DEVICES);
    const pi = rowOf(r, 'rpi5-8gb');
    expect(pi.accelerator).toBe('None on board');
    expect(pi.acceleratorText).toBe('None (one is needed)');
    expect(pi.resources.at(-1)).toMatchObject({ resource: 'accelerator', utilisation: null, over: true });
    const coral = rowOf(r, 'coral-dev-board-1gb');
    expect(coral.accelerator).toBe('Wrong kind');
    expect(coral.bindingText).toBe(
      'Accelerator: needs a GPU; has an NPU (Google Edge TPU), which cannot run GPU code (CUDA, OpenCL).',
    );
    expect(coral.acceleratorText).toBe('Google Edge TPU: an NPU, the wrong kind for this workload');
    expect(pi.bindingText).toBe('Accelerator: needs a GPU; has none.');
    // The binding sentence of a device short of a need says what is short.
    const busy = createAnswers({
      workload: { mode: 'count', moduleCount: 4, defaultLanguage: 'dotnet' },
      data: {
        messagesPerSecondAvg: 200,
        messagesPerSecondPeak: 1000,
        messageSizeKb: 2,
        processing: 'moderate',
      },
    });
    const pi3 = rowOf(deviceRows(estimate(busy), busy, DEVICES), 'rpi3b-1gb');
    expect(pi3.grade).toBe('insufficient');
    // CPU binds since edgeHub's CPU per message was calibrated (1.5 ms, Azure/iotedge#6578); RAM is short too.
    expect(pi3.bindingText).toBe(
      'CPU: even the typical need before headroom (2.55 ref. cores) is 141% of 1.8 ref. cores.',
    );
    const orin = rowOf(r, 'jetson-orin-nano-super-8gb');
    expect(orin.accelerator).toBe('19%');
    expect(orin.resources.at(-1)?.capacityText).toBe('67 TOPS');
  });
});
