/**
 * Issue 20 item 10: typing in one module's name re-rendered every row (200 rows: about 265 ms a keystroke).
 * A row now re-renders only for its own fields. Counted, not timed: the field components are wrapped to
 * record the field they render, so renders of other rows' fields while typing in row 1 are counted.
 */
import { fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import type * as FormFields from '../form-fields.tsx';
import { describe, expect, it, vi } from 'vitest';
import { hugeAnswers } from '../../../testing/huge-answers.ts';

const watched: string[] = [];

vi.mock('../form-fields.tsx', async (importOriginal) => {
  const actual = await importOriginal<typeof FormFields>();
  const counted = <P extends { name: string }>(Field: (props: P) => ReactNode) =>
    function Counted(props: P) {
      watched.push(props.name);
      return Field(props);
    };
  return {
    ...actual,
    TextField: counted(actual.TextField),
    NumberField: counted(actual.NumberField),
    SelectField: counted(actual.SelectField),
  };
});

// 12 rows: the rule does not depend on the count, and jsdom renders 200 rows slowly (the bench measures 200
// in Chromium: scripts/bench.ts moduleNameKeystrokeMs).
const ROWS = 12;

describe('the module table', () => {
  it('typing in one row’s name re-renders no other row', { timeout: 60_000 }, async () => {
    // The test setup preloads the step forms before this file's mock: load them again, with the mock.
    vi.resetModules();
    const { WorkloadStep } = await import('./workload-step.tsx');
    const { INITIAL_STATE, setAnswers, useAppStore } = await import('../../../store/app-store.ts');
    useAppStore.setState(INITIAL_STATE, true);
    setAnswers(hugeAnswers(ROWS));
    render(<WorkloadStep nav={{ back: null, next: () => undefined, nextLabel: 'Next' }} />);
    const first = (await screen.findAllByRole('textbox', { name: /^Name/ }))[0] as HTMLInputElement;
    expect(screen.getAllByRole('textbox', { name: /^Name/ })).toHaveLength(ROWS);
    expect(watched.length).toBeGreaterThan(0);
    watched.length = 0;
    for (const suffix of ['x', 'xy', 'xyz']) {
      fireEvent.change(first, { target: { value: `${first.value.slice(0, 70)}${suffix}` } });
    }
    await screen.findByDisplayValue(/xyz$/);
    // Other rows: not one re-render.
    expect(watched.filter((name) => /^modules\.(?!0\.)\d+\./.test(name))).toEqual([]);
    // The row typed in did re-render (its name shows in its legend and button labels).
    expect(watched.filter((name) => name.startsWith('modules.0.')).length).toBeGreaterThan(0);
    expect(useAppStore.getState().answers.workload.modules[0]?.name).toMatch(/xyz$/);
  });

  it('the form opts out of the browser’s form-state saving', { timeout: 60_000 }, async () => {
    // Chromium otherwise copies every control's value (5 per row) into the history entry at each debounced URL
    // write: 15-50 ms per write at 200 rows (issue 20 item 10; step-form.tsx).
    vi.resetModules();
    const { WorkloadStep } = await import('./workload-step.tsx');
    const { INITIAL_STATE, setAnswers, useAppStore } = await import('../../../store/app-store.ts');
    useAppStore.setState(INITIAL_STATE, true);
    setAnswers(hugeAnswers(ROWS));
    render(<WorkloadStep nav={{ back: null, next: () => undefined, nextLabel: 'Next' }} />);
    await screen.findAllByRole('textbox', { name: /^Name/ });
    expect(screen.getByRole('form', { name: 'Workload' })).toHaveAttribute('autocomplete', 'off');
  });
});
