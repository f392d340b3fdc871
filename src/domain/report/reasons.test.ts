/**
 * Reasons never contradict (issue 19): every path that writes a reason, a binding sentence or a verdict is driven by
 * a table case, and every row the table and a property produce obeys the same invariants. A device ruled out for
 * its accelerator's kind says exactly that ("needs a GPU; has an NPU"), never a TOPS comparison.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../answers.ts';
import { DEVICES } from '../catalog/devices.ts';
import { gradeDevice } from '../catalog/suggest-devices.ts';
import { estimate } from '../estimate.ts';
import type { Device, Suggestion } from '../types.ts';
import { arbAnswers } from '../../testing/arbitraries.ts';
import { createAnswers, type DeepPartial } from '../../testing/builders.ts';
import { deviceRow, type DeviceRow } from './device-rows.ts';

const device = (id: string): Device => {
  const d = DEVICES.find((x) => x.id === id);
  if (d === undefined) throw new Error(`no device ${id}`);
  return d;
};

/** Every text a row shows about its grade. */
const textsOf = (row: DeviceRow): string[] => [
  row.bindingText,
  ...row.reasons,
  ...row.verdicts.map((v) => v.text),
  ...row.resources.flatMap((r) => [r.verdict, r.capacityText, r.utilisationText]),
  row.acceleratorText,
  row.priceText,
];

const BINDING_PREFIX: Record<NonNullable<Suggestion['binding']>, RegExp> = {
  architecture: /^Architecture: /,
  'host-os': /^Host OS: /,
  tpm: /^TPM: /,
  accelerator: /^Accelerator/,
  cpu: /^CPU/,
  ram: /^RAM/,
  storage: /^Storage/,
};

/** The invariants every row obeys, whatever the inputs. */
function expectConsistent(s: Suggestion, row: DeviceRow): void {
  const where = `${s.deviceId}: ${row.bindingText}`;
  for (const text of textsOf(row)) expect(text, where).not.toMatch(/undefined|NaN|\[object/);
  for (const c of s.checks) {
    const resource = row.resources.find((r) => r.resource === c.resource)!;
    if (c.unavailable !== null) {
      // The kind decides: no TOPS figure is compared, anywhere on the row.
      expect(c.verdict, where).toMatch(/^Accelerator: needs (a GPU|an NPU, a VPU or a GPU); has /);
      expect(c.verdict, where).not.toMatch(/\d\s*(INT8 )?TOPS/);
      expect(resource.capacityText, where).not.toMatch(/TOPS/);
      expect(row.acceleratorText, where).not.toMatch(/\d\s*TOPS \(/);
      expect(c.grade).toBe('insufficient');
      continue;
    }
    if (c.grade === 'fit') expect(c.verdict, where).not.toMatch(/does not fit|neither|only the/);
    if (c.grade === 'insufficient')
      expect(c.verdict, where).toMatch(/even the typical need before headroom .* does not fit/);
    if (c.grade === 'tight') expect(c.verdict, where).toMatch(/does not|but not|only /);
  }
  // The binding sentence names what decided the grade, and a fit device's never says it falls short.
  if (s.binding !== null) expect(row.bindingText, where).toMatch(BINDING_PREFIX[s.binding]);
  if (s.grade === 'fit') {
    expect(row.bindingText, where).not.toMatch(/does not fit|neither|cannot|needs a|ruled out|over the/);
    expect(s.binding === null || ['cpu', 'ram', 'storage', 'accelerator'].includes(s.binding)).toBe(true);
  }
  if (s.grade === 'insufficient') expect(s.binding, where).not.toBeNull();
  if (
    s.grade !== 'fit' &&
    s.binding !== null &&
    ['cpu', 'ram', 'storage', 'accelerator'].includes(s.binding)
  ) {
    // A capacity binding of a tight or insufficient device is a check of that same grade.
    const check = s.checks.find((c) => c.resource === s.binding)!;
    expect(check.grade, where).toBe(s.grade);
  }
  // Budget words live in the budget's own sentence and state, never in the grade's.
  expect(row.bindingText, where).not.toMatch(/budget/i);
  for (const v of row.verdicts) expect(v.text, where).not.toMatch(/budget/i);
  const budgetReasons = s.reasons.filter((r) => /budget/i.test(r));
  expect(budgetReasons.length, where).toBe(s.budget.kind === 'no-budget' ? 0 : 1);
  if (s.budget.kind === 'over-budget') {
    expect(row.overBudgetText).toMatch(/^Over budget by \$[\d,]+$/);
    expect(budgetReasons[0]).toMatch(/^Over budget by \$/);
  } else expect(row.overBudgetText).toBeNull();
}

interface Case {
  name: string;
  answers: DeepPartial<Answers>;
  deviceId: string;
  grade: Suggestion['grade'];
  binding: Suggestion['binding'];
  /** The binding sentence, exactly or as a pattern. */
  bindingText: string | RegExp;
  /** A reason the row must carry (exactly or as a pattern). */
  reason?: string | RegExp;
  overBudgetText?: string | null;
}

const BUSY: DeepPartial<Answers> = {
  workload: { mode: 'count', moduleCount: 4, defaultLanguage: 'dotnet' },
  data: { messagesPerSecondAvg: 200, messagesPerSecondPeak: 1000, messageSizeKb: 2, processing: 'moderate' },
};
const OTHER_LINUX = { platform: { hostOs: 'other-linux' } } as const;

const CASES: Case[] = [
  {
    name: 'architecture',
    answers: {},
    deviceId: 'nuc-core-i5-16gb',
    grade: 'insufficient',
    binding: 'architecture',
    bindingText: 'Architecture: runs amd64, not arm64 as chosen.',
    reason: 'Architecture mismatch: the device runs amd64 images; arm64 was chosen.',
  },
  {
    name: 'host OS',
    answers: {},
    deviceId: 'rpi5-8gb',
    grade: 'insufficient',
    binding: 'host-os',
    bindingText: /^Host OS: cannot run Debian 12/,
    reason: /^Host OS ruled out: Debian 12/,
  },
  {
    name: 'TPM ruled out',
    answers: { platform: { hostOs: 'other-linux', attestation: 'tpm' } },
    deviceId: 'coral-dev-board-1gb',
    grade: 'insufficient',
    binding: 'tpm',
    bindingText: /^TPM: TPM attestation needs a TPM 2\.0; /,
    reason: /^TPM ruled out: DPS TPM attestation needs a TPM 2\.0, and this device has none\./,
  },
  {
    name: 'TPM add-on: passes with a note',
    answers: { platform: { attestation: 'tpm' } },
    deviceId: 'rpi4b-2gb',
    grade: 'fit',
    binding: 'ram',
    bindingText: /^RAM is nearest its capacity: /,
    reason: /^TPM: DPS TPM attestation needs a TPM 2\.0 add-on module/,
  },
  {
    name: 'accelerator missing',
    answers: { ...OTHER_LINUX, accelerator: { kind: 'gpu', sizing: 'tops', tops: 2 } },
    deviceId: 'rpi5-8gb',
    grade: 'insufficient',
    binding: 'accelerator',
    bindingText: 'Accelerator: needs a GPU; has none.',
  },
  {
    name: 'accelerator missing (an NPU need)',
    answers: { ...OTHER_LINUX, accelerator: { kind: 'npu', sizing: 'tops', tops: 2 } },
    deviceId: 'rpi5-8gb',
    grade: 'insufficient',
    binding: 'accelerator',
    bindingText: 'Accelerator: needs an NPU, a VPU or a GPU; has none.',
  },
  {
    // The case: an NPU of 11 TOPS for a GPU need of a few TOPS says "needs a GPU; has an NPU".
    name: 'accelerator of the wrong kind',
    answers: {
      platform: { hostOs: 'other-linux', architecture: 'amd64' },
      accelerator: { kind: 'gpu', sizing: 'tops', tops: 2 },
    },
    deviceId: 'nuc-core-ultra5-32gb',
    grade: 'insufficient',
    binding: 'accelerator',
    bindingText:
      'Accelerator: needs a GPU; has an NPU (Intel AI Boost NPU), which cannot run GPU code (CUDA, OpenCL).',
  },
  {
    name: 'accelerator short of TOPS',
    answers: { ...OTHER_LINUX, accelerator: { kind: 'npu', sizing: 'tops', tops: 40 } },
    deviceId: 'coral-dev-board-1gb',
    grade: 'insufficient',
    binding: 'accelerator',
    bindingText: /^Accelerator: even the typical need before headroom \(40 TOPS\) is 1,000% of 4 TOPS\.$/,
  },
  {
    name: 'a resource short before headroom',
    answers: BUSY,
    deviceId: 'rpi3b-1gb',
    grade: 'insufficient',
    binding: 'cpu',
    bindingText:
      /^CPU: even the typical need before headroom \([\d.]+ ref\. cores\) is \d+% of 1\.8 ref\. cores\.$/,
  },
  {
    name: 'a resource tight (the headroom and the high estimate do not fit)',
    answers: {},
    deviceId: 'rpi3b-1gb',
    grade: 'tight',
    binding: 'ram',
    bindingText:
      /^RAM: neither the typical need with 25 % headroom \([\d,]+ MiB\) nor the high estimate before headroom \([\d,]+ MiB\) fits in 948 MiB usable\.$/,
  },
  {
    name: 'fit, no budget',
    answers: {},
    deviceId: 'rpi4b-2gb',
    grade: 'fit',
    binding: 'ram',
    bindingText:
      /^RAM is nearest its capacity: \d+% of 1,972 MiB usable at the typical need with headroom, \d+% at the high estimate before headroom\.$/,
    overBudgetText: null,
  },
  {
    name: 'fit, within the budget',
    answers: { budget: { maxDeviceUsd: 60 } },
    deviceId: 'rpi4b-2gb',
    grade: 'fit',
    binding: 'ram',
    bindingText: /^RAM is nearest its capacity/,
    reason: 'Budget: the $55 price is within the $60 budget (prices ±30 %).',
    overBudgetText: null,
  },
  {
    name: 'fit, over the budget: still fit, with its own state',
    answers: { budget: { maxDeviceUsd: 50 } },
    deviceId: 'rpi4b-2gb',
    grade: 'fit',
    binding: 'ram',
    bindingText: /^RAM is nearest its capacity/,
    reason: /^Over budget by \$5: the \$55 price exceeds the \$50 budget/,
    overBudgetText: 'Over budget by $5',
  },
  {
    name: 'ruled out and over the budget: the rule binds, the budget stays apart',
    answers: { budget: { maxDeviceUsd: 50 } },
    deviceId: 'nuc-core-i5-16gb',
    grade: 'insufficient',
    binding: 'architecture',
    bindingText: 'Architecture: runs amd64, not arm64 as chosen.',
    overBudgetText: 'Over budget by $600',
  },
];

const matches = (actual: string, expected: string | RegExp) =>
  typeof expected === 'string' ? expect(actual).toBe(expected) : expect(actual).toMatch(expected);

describe('reasons never contradict: every reason path, as a table', () => {
  it.each(CASES)('$name', (c) => {
    const answers = createAnswers(c.answers);
    const e = estimate(answers);
    const s = e.suggestions.find((x) => x.deviceId === c.deviceId)!;
    const row = deviceRow(s, device(c.deviceId), answers, e.recommendedDeviceId);
    expect(s.grade).toBe(c.grade);
    expect(s.binding).toBe(c.binding);
    matches(row.bindingText, c.bindingText);
    if (c.reason !== undefined) {
      const expected = c.reason;
      expect(
        s.reasons.some((r) => (typeof expected === 'string' ? r === expected : expected.test(r))),
        s.reasons.join('\n'),
      ).toBe(true);
    }
    if (c.overBudgetText !== undefined) expect(row.overBudgetText).toBe(c.overBudgetText);
    // Every other row of the same estimate obeys the invariants too.
    for (const other of e.suggestions) {
      expectConsistent(other, deviceRow(other, device(other.deviceId), answers, e.recommendedDeviceId));
    }
  });

  it('names a module that runs on one architecture only', () => {
    const answers = createAnswers({ platform: { architecture: 'arm64', hostOs: 'other-linux' } });
    const e = estimate(answers);
    const s = gradeDevice(device('rpi4b-4gb'), {
      requirements: e.requirements,
      acceleratorTops: e.acceleratorTops,
      acceleratorTopsBeforeHeadroom: e.acceleratorTopsBeforeHeadroom,
      answers,
      moduleArchitectures: { architectures: ['amd64'], by: ['Azure SQL Edge'] },
    });
    expect(s.grade).toBe('insufficient');
    expect(s.binding).toBe('architecture');
    expect(s.reasons[0]).toBe('Architecture mismatch: Azure SQL Edge runs only on amd64; arm64 was chosen.');
    expectConsistent(s, deviceRow(s, device('rpi4b-4gb'), answers, null));
  });

  it('every row of any valid answers obeys the invariants (property)', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(arbAnswers, (answers) => {
        const e = estimate(answers);
        for (const s of e.suggestions) {
          expectConsistent(s, deviceRow(s, device(s.deviceId), answers, e.recommendedDeviceId));
        }
      }),
      { numRuns: 150, interruptAfterTimeLimit: 20_000 },
    );
  });
});
