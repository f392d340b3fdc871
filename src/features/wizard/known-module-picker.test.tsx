import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { INITIAL_STATE, goTo, useAppStore } from '../../store/app-store.ts';
import { KnownModulePicker, filterKnownModules } from './known-module-picker.tsx';
import { Wizard } from './wizard.tsx';
import type { KnownModule } from '../../domain/modules/known-modules.ts';

beforeEach(() => {
  useAppStore.setState(INITIAL_STATE, true);
  window.history.replaceState(null, '', '/');
});

describe('filterKnownModules', () => {
  it.each([
    ['sql', ['azure-sql-edge', 'sql-server-linux']],
    ['gpu', ['spatial-analysis', 'deepstream-jetson', 'deepstream']],
    ['opc', ['opc-publisher']],
    ['LoRaWAN', ['lorawan-network-server', 'lorawan-basics-station']],
    ['no such module', []],
  ])('"%s" → %j', (query, ids) => {
    expect(filterKnownModules(query).map((m) => m.id)).toEqual(ids);
  });
});

describe('KnownModulePicker: a combobox with a listbox popup', () => {
  it('filters as you type, moves with the arrows, adds with Enter, closes with Escape', async () => {
    const picked: KnownModule[] = [];
    const user = userEvent.setup();
    render(
      <KnownModulePicker
        disabled={false}
        onPick={(entry) => {
          picked.push(entry);
          return `Added ${entry.name}.`;
        }}
      />,
    );
    const box = screen.getByRole('combobox', { name: 'Add a known module' });
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await user.type(box, 'deepstream');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      expect.stringContaining('NVIDIA DeepStream (Jetson, l4t)'),
      expect.stringContaining('NVIDIA DeepStream (dGPU / multiarch)'),
    ]);
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    await user.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(picked.map((m) => m.id)).toEqual(['deepstream']);
    expect(screen.getByRole('status')).toHaveTextContent('Added NVIDIA DeepStream (dGPU / multiarch).');
    expect(box).toHaveValue('');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('the module table', () => {
  it('adds a catalog module as a marked row with its image, name and language', async () => {
    goTo('wizard', 'workload');
    const user = userEvent.setup();
    render(<Wizard />);
    await user.click(screen.getByRole('radio', { name: /One row per module/ }));
    const box = await screen.findByRole('combobox', { name: 'Add a known module' });
    await user.type(box, 'opc publisher{Enter}');
    await waitFor(() => {
      const modules = useAppStore.getState().answers.workload.modules;
      expect(modules.at(-1)).toMatchObject({
        name: 'publisher',
        image: 'mcr.microsoft.com/iotedge/opc-publisher:latest',
        language: 'dotnet',
      });
    });
    expect(screen.getByText('Catalog module')).toBeInTheDocument();
  });
});
