import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AnswersSchema, DEFAULT_ANSWERS, parseAnswers, type Answers } from '../answers.ts';
import { PRESETS } from '../presets.ts';
import { describeAnswers, describeModule } from '../report/describe-answers.ts';
import { answersToFileText, parseAnswersFile } from '../share/answers-file.ts';
import {
  ANSWER_FIELDS,
  LANGUAGE,
  SECTIONS,
  SECTION_KEYS,
  WIZARD_STEP_IDS,
  choiceOptions,
  conditionsHold,
  fieldAt,
  type FieldSpec,
} from './index.ts';

/** Answers with every field of this wave set away from its default. */
const NEW_FIELDS_SET: Answers = {
  ...DEFAULT_ANSWERS,
  performance: { ...DEFAULT_ANSWERS.performance, mayBootOffline: false },
  budget: { ...DEFAULT_ANSWERS.budget, serviceLifeYears: 7.5 },
  platform: { ...DEFAULT_ANSWERS.platform, attestation: 'x509', deploymentsPerMonth: 12 },
};

describe('answer field descriptions', () => {
  it('describe every field of the schema, and nothing else', () => {
    for (const key of SECTION_KEYS) {
      const schemaKeys = Object.keys((AnswersSchema.entries[key] as { entries: object }).entries);
      expect(Object.keys(SECTIONS[key].fields), key).toEqual(schemaKeys);
    }
  });

  it('have a default their own schema accepts, a label, a few words for "Change …" and a wizard step', () => {
    for (const [path, spec] of ANSWER_FIELDS) {
      if (path !== 'workload.modules')
        expect(v.safeParse(spec.schema, spec.default).success, path).toBe(true);
      expect(spec.label.length, path).toBeGreaterThan(2);
      expect(spec.short.length, path).toBeGreaterThan(2);
      expect(WIZARD_STEP_IDS, path).toContain(spec.askedIn);
    }
  });

  it('give each choice words, once: the wizard and the report say "Rust or Go" alike', () => {
    for (const [path, spec] of ANSWER_FIELDS) {
      if (!spec.choices) continue;
      expect(new Set(spec.choices.values).size, path).toBe(spec.choices.values.length);
      for (const option of choiceOptions(spec.choices)) expect(option.label.trim(), path).not.toBe('');
    }
    const wizardWords = choiceOptions(LANGUAGE).find((o) => o.value === 'rust-go')?.label;
    const reportWords = describeModule(moduleOf('rust-go')).split(';')[0];
    expect(wizardWords).toBe('Rust or Go');
    expect(reportWords).toBe(wizardWords);
  });

  it('put every field that applies into the report inputs, new fields included, with their words', () => {
    const items = describeAnswers(NEW_FIELDS_SET).flatMap((s) => s.items);
    for (const key of SECTION_KEYS) {
      for (const [field, spec] of Object.entries(SECTIONS[key].fields as Record<string, FieldSpec>)) {
        const path = `${key}.${field}`;
        if (spec.report === false || !conditionsHold(spec.shownWhen, NEW_FIELDS_SET)) continue;
        expect(
          items.some((item) => item.path === path),
          path,
        ).toBe(true);
      }
    }
    const words = Object.fromEntries(items.map((item) => [item.path, `${item.label}: ${item.value}`]));
    expect(words['budget.serviceLifeYears']).toBe('Service life: 7.5 years');
    expect(words['platform.attestation']).toBe('Device attestation: X.509 certificates');
    expect(words['platform.deploymentsPerMonth']).toBe('Deployments per month: 12 per month');
    expect(words['performance.mayBootOffline']).toBe(
      'May start without a network: No: a network is always there at start-up',
    );
  });

  it('find a field by its path, module rows included', () => {
    expect(fieldAt('platform.attestation')?.askedIn).toBe('platform');
    expect(fieldAt('workload.modules.7.language')?.short).toBe('module language');
    expect(fieldAt('workload.layerSharing')?.askedIn).toBe('layers');
    expect(fieldAt('nowhere')).toBeUndefined();
  });
});

describe('the fields of this wave (service life, attestation, deployments, starting offline)', () => {
  it('have the agreed defaults', () => {
    expect(DEFAULT_ANSWERS.budget.serviceLifeYears).toBe(5);
    expect(DEFAULT_ANSWERS.platform.attestation).toBe('symmetric-key');
    expect(DEFAULT_ANSWERS.platform.deploymentsPerMonth).toBe(2);
    expect(DEFAULT_ANSWERS.performance.mayBootOffline).toBe(true);
  });

  it('are validated: 1–15 years in halves, 0–100 deployments, three attestations, yes or no', () => {
    const bad = (patch: (a: Answers) => Answers) => parseAnswers(patch(structuredClone(DEFAULT_ANSWERS)));
    const years = (n: number) => bad((a) => ({ ...a, budget: { ...a.budget, serviceLifeYears: n } }));
    expect(years(0.5)).toMatchObject({ ok: false });
    expect(years(15.5)).toMatchObject({ ok: false });
    expect(years(2.3)).toMatchObject({ ok: false, issues: [{ message: /whole or half years/ }] });
    expect(years(2.5)).toMatchObject({ ok: true });
    const deployments = (n: number) =>
      bad((a) => ({ ...a, platform: { ...a.platform, deploymentsPerMonth: n } }));
    expect(deployments(-1)).toMatchObject({ ok: false });
    expect(deployments(101)).toMatchObject({ ok: false });
    expect(deployments(0.5)).toMatchObject({ ok: true });
    expect(bad((a) => ({ ...a, platform: { ...a.platform, attestation: 'psk' as 'tpm' } })).ok).toBe(false);
    expect(
      bad((a) => ({ ...a, performance: { ...a.performance, mayBootOffline: 1 as unknown as boolean } })).ok,
    ).toBe(false);
  });

  it('round-trip through an answers file, and a file written before them opens with their defaults', () => {
    const back = parseAnswersFile(answersToFileText(NEW_FIELDS_SET));
    expect(back).toMatchObject({ ok: true, answers: NEW_FIELDS_SET, warnings: [] });
    const old = JSON.parse(answersToFileText(DEFAULT_ANSWERS)) as Record<string, Record<string, unknown>>;
    delete old['budget']?.['serviceLifeYears'];
    delete old['platform']?.['attestation'];
    delete old['platform']?.['deploymentsPerMonth'];
    delete old['performance']?.['mayBootOffline'];
    expect(parseAnswersFile(JSON.stringify(old))).toMatchObject({
      ok: true,
      answers: DEFAULT_ANSWERS,
      warnings: [],
    });
  });

  it('are in every preset (at their defaults)', () => {
    for (const preset of PRESETS) {
      expect(parseAnswers(preset.answers).ok, preset.id).toBe(true);
      expect(preset.answers.budget.serviceLifeYears, preset.id).toBe(5);
      expect(preset.answers.platform.attestation, preset.id).toBe('symmetric-key');
      expect(preset.answers.platform.deploymentsPerMonth, preset.id).toBe(2);
      expect(preset.answers.performance.mayBootOffline, preset.id).toBe(true);
    }
  });
});

function moduleOf(language: 'rust-go') {
  return { name: 'm', language, image: '', imageSizeMb: null, messagesPerSecond: null, memoryLimitMb: null };
}
