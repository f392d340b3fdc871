import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ANSWERS } from '../../domain/answers.ts';
import { findPreset } from '../../domain/presets.ts';
import { INITIAL_STATE, goTo, setAnswers, useAppStore } from '../../store/app-store.ts';
import { startRouter } from '../../store/router.ts';
import { Wizard } from './wizard.tsx';

const answers = () => useAppStore.getState().answers;

function renderAt(stepId: string) {
  goTo('wizard', stepId);
  const user = userEvent.setup();
  const view = render(<Wizard />);
  return { user, ...view };
}

beforeEach(() => {
  useAppStore.setState(INITIAL_STATE, true);
  window.history.replaceState(null, '', '/');
});

describe('a number field', () => {
  it('commits a valid value to the store as the user types', async () => {
    const { user } = renderAt('data');
    const input = screen.getByRole('spinbutton', { name: 'Average messages per second' });
    await user.clear(input);
    await user.type(input, '42');
    expect(answers().data.messagesPerSecondAvg).toBe(42);
    expect(input).toHaveAttribute('aria-invalid', 'false');
  });

  it('shows an out-of-range value at the field and keeps the last valid value in the store', async () => {
    const { user } = renderAt('data');
    const input = screen.getByRole('spinbutton', { name: 'Share sent upstream' });
    await user.clear(input);
    await user.click(input);
    await user.paste('150');
    expect(await screen.findByText('Share sent upstream (%) must be at most 100')).toBeVisible();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('must be at most 100'));
    expect(answers().data.upstreamPercent).toBe(DEFAULT_ANSWERS.data.upstreamPercent);

    // Other answers of the same step still reach the store while this one is wrong.
    const average = screen.getByRole('spinbutton', { name: 'Average messages per second' });
    await user.clear(average);
    await user.type(average, '7');
    expect(answers().data.messagesPerSecondAvg).toBe(7);
    expect(answers().data.upstreamPercent).toBe(DEFAULT_ANSWERS.data.upstreamPercent);

    // Fixing it clears the message and commits the value.
    await user.clear(input);
    await user.type(input, '60');
    await waitFor(() => expect(screen.queryByText(/must be at most 100/)).toBeNull());
    expect(input).toHaveAttribute('aria-invalid', 'false');
    expect(answers().data.upstreamPercent).toBe(60);
  });

  it('treats an empty optional number as "I don\'t know" (null)', async () => {
    setAnswers({ ...DEFAULT_ANSWERS, budget: { ...DEFAULT_ANSWERS.budget, maxDeviceUsd: 300 } });
    const { user } = renderAt('budget');
    const input = screen.getByRole('spinbutton', { name: 'Hardware budget per device' });
    expect(input).toHaveValue(300);
    await user.clear(input);
    expect(answers().budget.maxDeviceUsd).toBeNull();
    expect(input).toHaveAttribute('aria-invalid', 'false');
  });

  it('does not move on with Next while a field is invalid, and focuses it', async () => {
    const { user } = renderAt('performance');
    const input = screen.getByRole('spinbutton', { name: 'Headroom' });
    await user.clear(input);
    await user.click(screen.getByRole('button', { name: /Next: Budget/ }));
    expect(useAppStore.getState().stepId).toBe('performance');
    expect(await screen.findByText(/Enter a number\. Don't know\? Enter 25\s%, the default\./)).toBeVisible();
    expect(input).toHaveFocus();
    expect(answers().performance.headroomPercent).toBe(DEFAULT_ANSWERS.performance.headroomPercent);
  });

  it('does not leave by the stepper or Back while a field is invalid: it shows the message and focuses it', async () => {
    const { user } = renderAt('performance');
    const input = screen.getByRole('spinbutton', { name: 'Headroom' });
    await user.clear(input);
    await user.type(input, '500');
    await user.click(screen.getByRole('link', { name: /Platform/ }));
    await waitFor(() => expect(input).toHaveFocus());
    expect(useAppStore.getState().stepId).toBe('performance');
    expect(screen.getByText('Headroom (%) must be at most 200')).toBeVisible();
    expect(screen.getByText(/A field in this step needs attention/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: '← Back' }));
    await waitFor(() => expect(input).toHaveFocus());
    expect(useAppStore.getState().stepId).toBe('performance');

    // Once fixed, the stepper leaves as before.
    await user.clear(input);
    await user.type(input, '50');
    await user.click(screen.getByRole('link', { name: /Platform/ }));
    await waitFor(() => expect(useAppStore.getState().stepId).toBe('platform'));
    expect(answers().performance.headroomPercent).toBe(50);
  });

  it('says, per field, how to get the default back when a required number is emptied', async () => {
    const { user } = renderAt('data');
    const size = screen.getByRole('spinbutton', { name: 'Average message size' });
    await user.clear(size);
    expect(size).toHaveAccessibleDescription(
      expect.stringMatching(/^Enter a number\. Don't know\? Enter 1\u00a0KB, a JSON telemetry record\./),
    );
    expect(screen.queryByText(/must be a number/)).toBeNull();
    await user.type(size, '2');
    expect(size).toHaveAttribute('aria-invalid', 'false');
    expect(answers().data.messageSizeKb).toBe(2);
  });

  it('follows the store when the answers change elsewhere (a preset or a share link)', async () => {
    renderAt('data');
    const preset = findPreset('factory-protocol-gateway');
    if (!preset) throw new Error('missing preset');
    act(() => setAnswers(preset.answers));
    await waitFor(() =>
      expect(screen.getByRole('spinbutton', { name: 'Average messages per second' })).toHaveValue(200),
    );
  });
});

describe('the module table', () => {
  it('adds, duplicates and removes module rows', async () => {
    const { user } = renderAt('workload');
    await user.click(screen.getByRole('radio', { name: /One row per module/ }));
    expect(answers().workload.mode).toBe('list');

    await user.click(screen.getByRole('button', { name: '+ Add a module' }));
    expect(answers().workload.modules).toHaveLength(1);
    const row1 = screen.getByRole('group', { name: /^Module 1/ });
    const name = within(row1).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'opc-publisher');
    await user.selectOptions(within(row1).getByRole('combobox', { name: 'Language' }), '.NET (C#)');
    await user.type(within(row1).getByRole('spinbutton', { name: 'Memory limit' }), '256');
    expect(answers().workload.modules[0]).toMatchObject({
      name: 'opc-publisher',
      language: 'dotnet',
      memoryLimitMb: 256,
    });

    await user.click(screen.getByRole('button', { name: 'Duplicate module 1 (opc-publisher)' }));
    expect(answers().workload.modules.map((m) => m.name)).toEqual(['opc-publisher', 'opc-publisher-copy']);
    expect(answers().workload.modules[1]).toMatchObject({ language: 'dotnet', memoryLimitMb: 256 });

    await user.click(screen.getByRole('button', { name: 'Remove module 1 (opc-publisher)' }));
    expect(answers().workload.modules.map((m) => m.name)).toEqual(['opc-publisher-copy']);
    expect(screen.getAllByRole('group', { name: /^Module \d/ })).toHaveLength(1);
  });

  it('moves focus after Remove to the next row, the previous row when the last went, then "Add a module"', async () => {
    const { user } = renderAt('workload');
    await user.click(screen.getByRole('radio', { name: /One row per module/ }));
    await user.click(screen.getByRole('button', { name: 'Fill 2 rows from the module count' }));
    await user.click(screen.getByRole('button', { name: '+ Add a module' }));
    const nameOf = (n: number) =>
      within(screen.getByRole('group', { name: new RegExp(`^Module ${n}\\b`) })).getByRole('textbox', {
        name: 'Name',
      });

    // Middle row: the row that moves up into its place.
    await user.click(screen.getByRole('button', { name: /^Remove module 2 / }));
    expect(nameOf(2)).toHaveFocus();
    expect(nameOf(2)).toHaveValue('module-3');
    // Last row: the one before.
    await user.click(screen.getByRole('button', { name: /^Remove module 2 / }));
    expect(nameOf(1)).toHaveFocus();
    // The only row: "Add a module".
    await user.click(screen.getByRole('button', { name: /^Remove module 1 / }));
    expect(screen.getByRole('button', { name: '+ Add a module' })).toHaveFocus();
    expect(answers().workload.modules).toEqual([]);
  });

  it("shows an empty, invalid or repeated module name at that row's name field, and keeps it out of the store", async () => {
    const { user } = renderAt('workload');
    await user.click(screen.getByRole('radio', { name: /One row per module/ }));
    await user.click(screen.getByRole('button', { name: 'Fill 2 rows from the module count' }));
    const row = (n: number) => screen.getByRole('group', { name: new RegExp(`^Module ${n}\\b`) });
    const name2 = within(row(2)).getByRole('textbox', { name: 'Name' });

    await user.clear(name2);
    expect(await within(row(2)).findByText(/Give the module a name/)).toBeVisible();
    expect(name2).toHaveAttribute('aria-invalid', 'true');
    expect(answers().workload.modules[1]?.name).toBe('module-2');

    await user.type(name2, 'opc publisher');
    expect(await within(row(2)).findByText(/no spaces/)).toBeVisible();
    expect(answers().workload.modules[1]?.name).toBe('opc'); // the last valid name typed

    await user.clear(name2);
    await user.type(name2, 'module-1');
    expect(name2).toHaveAccessibleDescription(
      expect.stringContaining('Module 1 is already called "module-1"'),
    );
    expect(within(row(1)).getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'false');
    expect(answers().workload.modules.map((m) => m.name)).toEqual(['module-1', 'module-']);

    // Renaming the first row clears the second row's message (the rule spans rows).
    const name1 = within(row(1)).getByRole('textbox', { name: 'Name' });
    await user.clear(name1);
    await user.type(name1, 'modbus');
    await waitFor(() => expect(name2).toHaveAttribute('aria-invalid', 'false'));
    expect(answers().workload.modules.map((m) => m.name)).toEqual(['modbus', 'module-1']);
  });

  it("keeps a repeated name's message while another row's name is invalid, and Next focuses the first", async () => {
    setAnswers(findPreset('factory-protocol-gateway')?.answers ?? DEFAULT_ANSWERS);
    const { user } = renderAt('workload');
    const nameOf = (n: number) =>
      within(screen.getByRole('group', { name: new RegExp(`^Module ${n}\\b`) })).getByRole('textbox', {
        name: 'Name',
      });
    // Whole values at once, as a paste or Playwright's fill() gives them.
    fireEvent.input(nameOf(3), { target: { value: 'opc-publisher' } });
    await waitFor(() => expect(nameOf(3)).toHaveAttribute('aria-invalid', 'true'));
    fireEvent.input(nameOf(4), { target: { value: 'opc publisher' } });
    await waitFor(() => expect(nameOf(4)).toHaveAttribute('aria-invalid', 'true'));
    expect(nameOf(3)).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: /Next: Shared layers/ }));
    await waitFor(() => expect(nameOf(3)).toHaveFocus());
    expect(useAppStore.getState().stepId).toBe('workload');
  });

  it('never adds or duplicates into a name already used', async () => {
    const { user } = renderAt('workload');
    await user.click(screen.getByRole('radio', { name: /One row per module/ }));
    await user.click(screen.getByRole('button', { name: 'Fill 2 rows from the module count' }));
    await user.click(screen.getByRole('button', { name: /^Remove module 1 / }));
    await user.click(screen.getByRole('button', { name: '+ Add a module' }));
    await user.click(screen.getByRole('button', { name: /^Duplicate module 1 / }));
    await user.click(screen.getByRole('button', { name: /^Duplicate module 1 / }));
    expect(answers().workload.modules.map((m) => m.name)).toEqual([
      'module-2',
      'module-2-copy-2',
      'module-2-copy',
      'module-2-2',
    ]);
  });

  it('keeps a new row out of the model while its number is out of range, but keeps the rest', async () => {
    const { user } = renderAt('workload');
    await user.click(screen.getByRole('radio', { name: /One row per module/ }));
    await user.click(screen.getByRole('button', { name: '+ Add a module' }));
    const row = screen.getByRole('group', { name: /^Module 1/ });
    await user.type(within(row).getByRole('spinbutton', { name: 'Memory limit' }), '2');
    expect(await within(row).findByText('Memory limit (MB) must be at least 4')).toBeVisible();
    expect(answers().workload.modules[0]?.memoryLimitMb).toBeNull();
    const name = within(row).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'modbus');
    expect(answers().workload.modules[0]?.name).toBe('modbus');
  });

  it('shows the rows of answers loaded while the step is open (a link or a preset)', async () => {
    renderAt('workload');
    const preset = findPreset('factory-protocol-gateway');
    if (!preset) throw new Error('missing preset');
    act(() => setAnswers(preset.answers));
    await waitFor(() => expect(screen.getAllByRole('group', { name: /^Module \d/ })).toHaveLength(5));
    const row = screen.getByRole('group', { name: /^Module 2/ });
    expect(within(row).getByRole('textbox', { name: 'Name' })).toHaveValue('modbus');
    expect(answers()).toEqual(preset.answers);
  });

  it('fills rows from the module count', async () => {
    const { user } = renderAt('workload');
    await user.click(screen.getByRole('radio', { name: /One row per module/ }));
    await user.click(screen.getByRole('button', { name: 'Fill 2 rows from the module count' }));
    expect(answers().workload.modules.map((m) => m.name)).toEqual(['module-1', 'module-2']);
  });
});

describe('the scenario name', () => {
  it('keeps a too-long paste whole, says it is too long with a count, and keeps the last valid name', async () => {
    const { user } = renderAt('start');
    const input = screen.getByRole('textbox', { name: 'Scenario name' });
    await user.clear(input);
    await user.type(input, 'Line 3');
    await user.click(input);
    await user.paste('x'.repeat(500));
    expect(input).toHaveValue(`Line 3${'x'.repeat(500)}`);
    expect(await screen.findByText('Scenario name must be at most 80 characters')).toBeVisible();
    expect(input).toHaveAccessibleDescription(expect.stringContaining('506 of 80 characters'));
    expect(answers().scenarioName).toBe('Line 3');

    await user.clear(input);
    await user.type(input, 'y'.repeat(70));
    expect(input).toHaveAttribute('aria-invalid', 'false');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('70 of 80 characters'));
    expect(answers().scenarioName).toBe('y'.repeat(70));
  });
});

describe('presets', () => {
  it('names each preset button with its visible text first (WCAG 2.5.3 label in name)', () => {
    renderAt('start');
    const list = screen.getByRole('heading', { name: 'Start from a preset' }).closest('section');
    if (!list) throw new Error('no presets section');
    const buttons = within(list as HTMLElement).getAllByRole('button', { name: /preset/i });
    expect(buttons.length).toBeGreaterThan(3);
    for (const button of buttons) {
      const copy = button.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
      const visible = (copy.textContent ?? '').trim();
      expect(visible.length).toBeGreaterThan(0);
      expect(button).toHaveAccessibleName(expect.stringMatching(new RegExp(`^${visible}`)));
    }
    expect(screen.getByRole('button', { name: 'Use preset: Vision inference at the edge' })).toBeVisible();
  });

  it('loads a preset into every answer, and Undo restores the previous answers', async () => {
    const { user } = renderAt('start');
    await user.click(screen.getByRole('button', { name: 'Use preset: Vision inference at the edge' }));
    expect(answers()).toEqual(findPreset('vision-inference')?.answers);
    expect(screen.getByRole('textbox', { name: 'Scenario name' })).toHaveValue(
      'Vision inference at the edge',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loaded Vision inference at the edge');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(answers()).toEqual(DEFAULT_ANSWERS);
  });

  it('drops the "Loaded …" note once the answers are replaced from elsewhere (an import, a scenario)', async () => {
    const { user } = renderAt('start');
    await user.click(screen.getByRole('button', { name: 'Use preset: Vision inference at the edge' }));
    expect(screen.getByRole('status')).toHaveTextContent('Loaded Vision inference at the edge');
    act(() => setAnswers({ ...DEFAULT_ANSWERS, scenarioName: 'Imported scenario' }));
    expect(screen.queryByText(/Loaded Vision inference at the edge/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });
});

describe('navigation', () => {
  it('marks the current step and jumps to any step from the stepper', async () => {
    const { user } = renderAt('start');
    const stepper = screen.getByRole('navigation', { name: 'Wizard steps' });
    expect(within(stepper).getByRole('link', { current: 'step' })).toHaveTextContent('Start');
    await user.click(within(stepper).getByRole('link', { name: /Platform/ }));
    expect(useAppStore.getState().stepId).toBe('platform');
    expect(window.location.hash).toBe('#/wizard/platform');
    expect(screen.getByRole('heading', { level: 2, name: 'Platform' })).toHaveFocus();
  });

  it('walks the steps with Next and Back, and the browser Back button returns to the previous step', async () => {
    const stop = startRouter();
    try {
      const { user } = renderAt('start');
      await user.click(screen.getByRole('button', { name: /Next: Workload/ }));
      await waitFor(() => expect(useAppStore.getState().stepId).toBe('workload'));
      await user.click(screen.getByRole('button', { name: /Next: Shared layers/ }));
      await waitFor(() => expect(window.location.hash).toBe('#/wizard/layers'));
      await user.click(screen.getByRole('button', { name: '← Back' }));
      await waitFor(() => expect(useAppStore.getState().stepId).toBe('workload'));

      act(() => window.history.back());
      await waitFor(() => expect(useAppStore.getState().stepId).toBe('layers'));
      expect(screen.getByRole('heading', { level: 2, name: 'Shared layers' })).toBeVisible();
    } finally {
      stop();
    }
  });

  it('keeps the share payload of the current URL when it moves to another step', async () => {
    window.history.replaceState(null, '', '/#/wizard/start?s=1.ABC');
    const { user } = renderAt('start');
    await user.click(screen.getByRole('button', { name: /Next: Workload/ }));
    expect(window.location.hash).toBe('#/wizard/workload?s=1.ABC');
  });

  it('explains EFLOW when a Windows host is picked', async () => {
    const { user } = renderAt('platform');
    expect(screen.queryByRole('heading', { name: /EFLOW/ })).toBeNull();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Host operating system' }),
      'windows-server',
    );
    expect(screen.getByRole('heading', { name: /Windows hosts run IoT Edge inside EFLOW/ })).toBeVisible();
    expect(answers().platform.hostOs).toBe('windows-server');
  });
});

describe('editField (from a compatibility finding)', () => {
  it('opens the step that owns the answer and focuses its control', async () => {
    const { editField, stepForField } = await import('./edit-field.ts');
    expect(stepForField('workload.layerSharing')).toBe('layers');
    expect(stepForField('platform.architecture')).toBe('platform');
    expect(stepForField('nothing.here')).toBeNull();
    renderAt('start');
    act(() => editField('platform.architecture'));
    await waitFor(() => expect(screen.getByRole('radio', { name: /ARM64/ })).toHaveFocus());
    act(() => editField('platform.hostOs'));
    expect(screen.getByRole('combobox', { name: 'Host operating system' })).toHaveFocus();
  });
});

describe('the accelerator step', () => {
  it('shows the throughput the model derives from model cost × fps × streams, live', async () => {
    const { user } = renderAt('accelerators');
    expect(screen.queryByText(/The model needs/)).toBeNull();
    await user.click(screen.getByRole('radio', { name: /^GPU/ }));
    await user.click(screen.getByRole('radio', { name: /Work it out from the model/ }));
    await user.type(screen.getByRole('spinbutton', { name: 'Model cost' }), '8.7');
    await user.type(screen.getByRole('spinbutton', { name: 'Frames per second' }), '15');
    const streams = screen.getByRole('spinbutton', { name: 'Streams' });
    await user.type(streams, '1');
    const one = screen.getByText(/The model needs/).textContent;
    await user.clear(streams);
    await user.type(streams, '4');
    expect(answers().accelerator).toMatchObject({ kind: 'gpu', sizing: 'workload', streams: 4 });
    expect(screen.getByText(/The model needs/).textContent).not.toBe(one);
    await user.type(streams, '.5');
    expect(await screen.findByText('Streams must be a whole number')).toBeVisible();
    expect(answers().accelerator.streams).toBe(4);
  });
});

describe('"I don\'t know" for a whole step', () => {
  it('puts the step back to its defaults, and Undo restores the answers', async () => {
    const { user } = renderAt('data');
    const average = screen.getByRole('spinbutton', { name: 'Average messages per second' });
    await user.clear(average);
    await user.type(average, '42');
    await user.click(screen.getByRole('button', { name: /use the defaults for this step/ }));
    expect(answers().data).toEqual(DEFAULT_ANSWERS.data);
    await waitFor(() => expect(average).toHaveValue(DEFAULT_ANSWERS.data.messagesPerSecondAvg));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(answers().data.messagesPerSecondAvg).toBe(42);
    await waitFor(() => expect(average).toHaveValue(42));
  });

  it('is not offered on the module table, where it would throw work away', () => {
    renderAt('workload');
    expect(screen.queryByRole('button', { name: /use the defaults for this step/ })).toBeNull();
  });
});

describe('page title', () => {
  it('names the current step', () => {
    renderAt('budget');
    expect(document.title).toBe('Budget (step 7 of 8) · Edge Sizer');
  });
});

describe('the data step', () => {
  it('says how a peak below the average is read, without blocking it', async () => {
    const { user } = renderAt('data');
    const peak = screen.getByRole('spinbutton', { name: 'Peak messages per second' });
    await user.clear(peak);
    await user.type(peak, '2');
    expect(screen.getByText(/The peak is below the average/)).toBeVisible();
    expect(answers().data.messagesPerSecondPeak).toBe(2);
    await user.type(peak, '0');
    expect(screen.queryByText(/The peak is below the average/)).toBeNull();
  });
});

describe('the fields of this wave, each in its step with its help', () => {
  it('budget: service life in whole or half years', async () => {
    const { user } = renderAt('budget');
    const input = await screen.findByRole('spinbutton', { name: 'Service life' });
    expect(input).toHaveValue(5);
    expect(input).toHaveAttribute('step', '0.5');
    expect(input).toHaveAccessibleDescription(expect.stringContaining("Don't know? Keep 5 years."));
    await user.clear(input);
    await user.click(input);
    await user.paste('7.5');
    expect(answers().budget.serviceLifeYears).toBe(7.5);
    await user.clear(input);
    await user.click(input);
    await user.paste('2.3');
    expect(await screen.findByText('Service life is in whole or half years')).toBeVisible();
    expect(answers().budget.serviceLifeYears).toBe(7.5);
  });

  it('platform: attestation and deployments per month', async () => {
    const { user } = renderAt('platform');
    const group = await screen.findByRole('group', { name: 'Device identity (attestation)' });
    expect(within(group).getByRole('radio', { name: /Symmetric key/ })).toBeChecked();
    await user.click(within(group).getByRole('radio', { name: /TPM/ }));
    expect(answers().platform.attestation).toBe('tpm');
    const deployments = screen.getByRole('spinbutton', { name: 'Deployments per month' });
    expect(deployments).toHaveAccessibleDescription(expect.stringContaining('7 days'));
    await user.clear(deployments);
    await user.type(deployments, '12');
    expect(answers().platform.deploymentsPerMonth).toBe(12);
  });

  it('performance: may start without a network, a checkbox', async () => {
    const { user } = renderAt('performance');
    const box = await screen.findByRole('checkbox', { name: 'The device may start without a network' });
    expect(box).toBeChecked();
    expect(box).toHaveAccessibleDescription(expect.stringContaining('time server'));
    await user.click(box);
    expect(answers().performance.mayBootOffline).toBe(false);
    act(() => setAnswers({ ...DEFAULT_ANSWERS }));
    await waitFor(() => expect(box).toBeChecked());
  });
});
