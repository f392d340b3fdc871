import { describe, expect, it } from 'vitest';
import { STEP_FORMS, STEPS } from './step-registry.ts';
import { WIZARD_STEP_IDS } from '../../domain/fields/index.ts';

describe('the step registry', () => {
  it('has a form for every step, and no form without a step', async () => {
    const forms = await STEP_FORMS.load();
    expect(Object.keys(forms).sort()).toEqual(STEPS.map((step) => step.id).sort());
  });
});

describe('the steps and the answer fields', () => {
  it('has exactly the steps the field descriptions name', () => {
    expect(STEPS.map((step) => step.id)).toEqual([...WIZARD_STEP_IDS]);
  });
});
