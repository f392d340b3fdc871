import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_ANSWERS } from '../../domain/answers.ts';
import { parseManifest } from '../../domain/manifest/import.ts';
import { useAppStore } from '../../store/app-store.ts';
import simText from '../../testing/fixtures/manifests/simulated-temperature-sensor.deployment.json?raw';
import templateText from '../../testing/fixtures/manifests/multi-module.template.json?raw';
import dashboardText from '../../testing/fixtures/manifests/dashboard-historian.template.json?raw';
import { setImportedBase } from './imported-base.ts';
import { ManifestPanel } from './manifest-panel.tsx';

beforeEach(() => {
  useAppStore.setState({ answers: DEFAULT_ANSWERS, view: 'wizard', stepId: null });
  setImportedBase(null);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const textarea = () => screen.getByRole('textbox', { name: 'Manifest JSON' });

async function paste(text: string) {
  const user = userEvent.setup();
  // fireEvent.change: typing a JSON document key by key is slow and user-event treats { as a key descriptor.
  fireEvent.change(textarea(), { target: { value: text } });
  await user.click(screen.getByRole('button', { name: 'Read manifest' }));
  return user;
}

describe('ManifestPanel: import', () => {
  it('shows the modules found and fills the wizard only when asked', async () => {
    render(<ManifestPanel />);
    const user = await paste(templateText);
    const table = screen.getByRole('table', { name: '4 custom modules' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'filtermodule',
      'pythonclassifier',
      'nodered',
      'opcPublisher',
    ]);
    expect(within(rows[1] as HTMLElement).getByText('Python')).toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).getByText('512 MiB')).toBeInTheDocument();
    expect(within(rows[0] as HTMLElement).getByText('Unknown: please choose')).toBeInTheDocument();
    expect(screen.getByText('43,200 s (12 h)')).toBeInTheDocument();
    expect(screen.getByText(/Which language is module "filtermodule"/)).toBeInTheDocument();
    // Nothing changes until the user says so.
    expect(useAppStore.getState().answers).toBe(DEFAULT_ANSWERS);

    await user.click(screen.getByRole('button', { name: 'Use these modules' }));
    const answers = useAppStore.getState().answers;
    expect(answers.workload.mode).toBe('list');
    expect(answers.workload.modules.map((m) => [m.name, m.memoryLimitMb])).toEqual([
      ['filtermodule', 128],
      ['pythonclassifier', 512],
      ['nodered', null],
      ['opcPublisher', null],
    ]);
    expect(answers.performance.offlineHours).toBe(12);
    expect(screen.getByText(/The wizard now lists 4 modules/)).toHaveAttribute('role', 'status');
  });

  it('names what is wrong with a malformed manifest and changes nothing', async () => {
    render(<ManifestPanel />);
    const before = useAppStore.getState().answers;
    await paste('{"modulesContent": {"$edgeAgent": {"properties.desired": {"modules": [1]}}}}');
    expect(screen.getByRole('alert')).toHaveTextContent(/modules is an array/);
    expect(screen.getByRole('alert')).toHaveTextContent(/Your answers were not changed/);
    expect(screen.queryByRole('button', { name: 'Use these modules' })).not.toBeInTheDocument();

    await paste('{"modulesContent": ');
    expect(screen.getByRole('alert')).toHaveTextContent(/not valid JSON at the end of the text/);
    expect(useAppStore.getState().answers).toBe(before);
  });

  it('reads a chosen file', async () => {
    render(<ManifestPanel />);
    const user = userEvent.setup();
    const file = new File([simText], 'deployment.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Choose a manifest file'), file);
    expect(await screen.findByRole('table', { name: '1 custom module' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'SimulatedTemperatureSensor' })).toBeInTheDocument();
    expect(screen.getByText('.NET (C#)')).toBeInTheDocument();
    expect(textarea()).toHaveValue(simText);
  });

  it('reads a dropped file', async () => {
    render(<ManifestPanel />);
    const file = new File([simText], 'deployment.json', { type: 'application/json' });
    await act(async () => {
      fireEvent.drop(screen.getByTestId('manifest-drop'), { dataTransfer: { files: [file] } });
    });
    expect(await screen.findByRole('table', { name: '1 custom module' })).toBeInTheDocument();
  });
});

describe('ManifestPanel: export of an imported manifest', () => {
  it('tunes the imported manifest (routes, Binds, env kept) until the user asks for a generated one', async () => {
    render(<ManifestPanel />);
    const user = await paste(dashboardText);
    await user.click(screen.getByRole('button', { name: 'Use these modules' }));
    expect(
      screen.getByText(/Tuning your imported manifest, the pasted manifest \(4 modules\)/),
    ).toBeInTheDocument();
    const json = () => screen.getByLabelText(/^deployment\..*\.json \(JSON\)$/).textContent ?? '';
    const tuned = JSON.parse(json()) as {
      modulesContent: {
        $edgeAgent: {
          'properties.desired': { modules: Record<string, { settings: { createOptions: unknown } }> };
        };
        $edgeHub: { 'properties.desired': { routes: Record<string, string> } };
      };
    };
    expect(Object.keys(tuned.modulesContent.$edgeHub['properties.desired'].routes)).toEqual([
      'toCloud',
      'collectorToFlows',
    ]);
    expect(
      tuned.modulesContent.$edgeAgent['properties.desired'].modules['historian']?.settings.createOptions,
    ).toMatchObject({ HostConfig: { Binds: ['/srv/historian:/var/lib/influxdb'] } });
    expect(screen.getByText(/A deployment template: checked against the documented/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Export a generated manifest instead' }));
    expect(screen.queryByText(/Tuning your imported manifest/)).not.toBeInTheDocument();
    expect(json()).toContain('"upstream": "FROM /messages/modules/* INTO $upstream"');
  });
});

describe('ManifestPanel: the export says what it renamed and left out', () => {
  it('renames a blank module name once and leaves out a module removed from the wizard', async () => {
    render(<ManifestPanel />);
    const named = simText.replace('"SimulatedTemperatureSensor"', '" "');
    const user = await paste(named);
    await user.click(screen.getByRole('button', { name: 'Use these modules' }));
    expect(screen.getByText(/1 module is renamed \(IoT Edge would reject its name\)/)).toBeInTheDocument();
    const pre = () => screen.getByLabelText(/^deployment\..*\.json \(JSON\)$/).textContent ?? '';
    const modules = () =>
      Object.keys(
        (
          JSON.parse(pre()) as {
            modulesContent: { $edgeAgent: { 'properties.desired': { modules: object } } };
          }
        ).modulesContent.$edgeAgent['properties.desired'].modules,
      );
    expect(modules()).toEqual(['module']);

    // The wizard drops the module: the export leaves it out and says so, instead of "everything is kept".
    act(() => {
      const answers = useAppStore.getState().answers;
      useAppStore.setState({
        answers: { ...answers, workload: { ...answers.workload, modules: [] } },
      });
    });
    expect(screen.getByText(/1 module is left out because the sizing does not cover it/)).toBeInTheDocument();
    expect(screen.queryByText(/everything in it is kept/)).not.toBeInTheDocument();
    expect(modules()).toEqual([]);
  });

  it('warns when the limits together exceed the chosen device', async () => {
    useAppStore.setState({
      answers: {
        ...DEFAULT_ANSWERS,
        workload: { ...DEFAULT_ANSWERS.workload, mode: 'count', moduleCount: 8, defaultLanguage: 'java' },
      },
    });
    render(<ManifestPanel />);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Tune for device'), 'rpi3bplus-1gb');
    const list = screen.getByRole('list', { name: 'Check before deploying' });
    expect(
      within(list).getByText(/Warning: The memory limits together exceed Raspberry Pi 3/),
    ).toBeInTheDocument();
  });
});

describe('ManifestPanel: export', () => {
  it('shows a valid tuned manifest for the recommended device and a chosen one', async () => {
    render(<ManifestPanel />);
    const pre = screen.getByLabelText(/^deployment\..*\.json \(JSON\)$/);
    const manifest = JSON.parse(pre.textContent ?? '') as { modulesContent: unknown };
    const back = parseManifest(pre.textContent ?? '');
    expect(back.ok).toBe(true);
    if (back.ok) {
      expect(back.manifest.modules.map((m) => m.name)).toEqual(['module-1', 'module-2']);
      expect(back.manifest.modules.every((m) => (m.memoryLimitBytes ?? 0) > 0)).toBe(true);
    }
    expect(manifest.modulesContent).toBeDefined();
    expect(screen.getByText('Checked against the documented deployment manifest shape.')).toBeInTheDocument();

    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Tune for device'), 'rpi3bplus-1gb');
    expect(screen.getByRole('table', { name: /Settings for Raspberry Pi 3/ })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /edgeHub OptimizeForPerformance false/ })).toBeInTheDocument();
    expect(screen.getByLabelText('deployment.rpi3bplus-1gb.json (JSON)').textContent).toMatch(
      /"OptimizeForPerformance": \{\s*"value": "false"/,
    );
  });

  it('downloads and copies the manifest', async () => {
    const createObjectURL = vi.fn(() => 'blob:manifest');
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<ManifestPanel />);
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();

    await user.click(screen.getByRole('button', { name: 'Download deployment manifest' }));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/^Downloaded deployment\..*\.json\.$/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('"modulesContent"'));
    expect(screen.getByText('Manifest copied to the clipboard.')).toBeInTheDocument();
  });
});
