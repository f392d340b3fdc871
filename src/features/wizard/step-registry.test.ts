import { describe, expect, it } from 'vitest';
import { STEP_FORMS, STEPS } from './step-registry.ts';

describe('the step registry', () => {
  it('has a form for every step, and no form without a step', async () => {
    const forms = await STEP_FORMS.load();
    expect(Object.keys(forms).sort()).toEqual(STEPS.map((step) => step.id).sort());
  });
});
