import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ANSWERS } from '../../domain/answers.ts';
import { SHARE_CODEC_DEPS, encodeTopology } from '../../domain/topology/topology-link.ts';
import { useAppStore } from '../../store/app-store.ts';
import type { SavedScenario } from '../../store/scenarios.ts';
import { createAnswers } from '../../testing/builders.ts';
import { TOPOLOGY_KEY, useTopologyStore, type TopologyDeps } from './topology-store.ts';
import { TopologyView } from './topology-view.tsx';

const memory = new Map<string, string>();
const saved: SavedScenario[] = [
  {
    id: 's1',
    name: 'Line gateway',
    savedAt: '2026-12-04T10:00:00Z',
    answers: createAnswers({ scenarioName: 'Line gateway', data: { messagesPerSecondAvg: 30 } }),
  },
];
const deps: TopologyDeps = {
  link: SHARE_CODEC_DEPS,
  readRaw: (key) => memory.get(key) ?? null,
  writeRaw: (key, value) => (memory.set(key, value), true),
  useScenarios: () => saved,
};

beforeEach(() => {
  memory.clear();
  useAppStore.setState({ answers: DEFAULT_ANSWERS, view: 'topology', stepId: null });
  useTopologyStore.setState({ topology: null, linkMessage: null, openedPayload: null });
  window.history.replaceState(null, '', '#/topology');
});

const summary = () => screen.getByTestId('topology-summary');

describe('TopologyView', () => {
  it('starts with one layer of the current scenario, adds layers up to 5, then says why not more', async () => {
    const user = userEvent.setup();
    render(<TopologyView deps={deps} />);
    expect(summary()).toHaveTextContent('Sized 1 layer, 1 IoT Edge device in all.');
    const add = screen.getByRole('button', { name: 'Add a layer below' });
    for (let i = 0; i < 4; i++) await user.click(add);
    expect(summary()).toHaveTextContent('Sized 5 layers');
    expect(add).toBeDisabled();
    expect(add).toHaveAccessibleDescription(/at most 5 layers deep/);
    // The topology is saved and in the URL.
    expect(memory.get(TOPOLOGY_KEY)).toMatch(/^3\./);
    expect(window.location.hash).toMatch(/^#\/topology\?t=3\./);
  });

  it('a layer takes a saved scenario, and devices per parent out of range keep the last valid value', async () => {
    const user = userEvent.setup();
    render(<TopologyView deps={deps} />);
    await user.click(screen.getByRole('button', { name: 'Add a layer below' }));
    const layer2 = screen.getByRole('group', { name: /^Layer 2/ });
    await user.selectOptions(
      within(layer2).getByRole('combobox', { name: 'Scenario for this layer' }),
      'Saved: Line gateway',
    );
    await user.click(within(layer2).getByRole('button', { name: 'Use for this layer' }));
    expect(within(layer2).getByRole('status')).toHaveTextContent('Layer 2 now uses “Line gateway”.');
    const count = within(layer2).getByRole('spinbutton', { name: 'Devices per parent' });
    await user.clear(count);
    await user.type(count, '0');
    expect(count).toHaveAttribute('aria-invalid', 'true');
    expect(count).toHaveAccessibleDescription(/whole number from 1 to 10,000; the sizing keeps 10/);
    expect(summary()).toHaveTextContent('Sized 2 layers, 11 IoT Edge devices in all.');
    await user.clear(count);
    await user.type(count, '20');
    expect(count).toHaveAttribute('aria-invalid', 'false');
    expect(summary()).toHaveTextContent('Sized 2 layers, 21 IoT Edge devices in all.');
    const table = screen.getByRole('table', { name: /The topology as a table/ });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/1\. Layer 1.*605/);
  });

  it('opens a topology link from the URL, and keeps the topology when a link is broken', () => {
    const t = {
      registry: false,
      layers: [
        { name: 'Plant', devicesPerParent: 2, answers: DEFAULT_ANSWERS },
        { name: 'Lines', devicesPerParent: 3, answers: DEFAULT_ANSWERS },
      ],
    };
    window.history.replaceState(null, '', `#/topology?t=${encodeTopology(t)}`);
    const view = render(<TopologyView deps={deps} />);
    expect(summary()).toHaveTextContent('Sized 2 layers, 8 IoT Edge devices in all.');
    view.unmount();
    window.history.replaceState(null, '', '#/topology?t=3.AAAA');
    render(<TopologyView deps={deps} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/incomplete or damaged.*Your topology was kept/);
    expect(summary()).toHaveTextContent('Sized 2 layers, 8 IoT Edge devices in all.');
  });
});
