/**
 * The panel on the real model: estimate(createAnswers(...)) with the real catalog, so the UI and the model
 * cannot drift apart (units, labels, device ids).
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEVICES } from '../../domain/catalog/devices.ts';
import { estimate } from '../../domain/estimate.ts';
import { RESOURCES } from '../../domain/types.ts';
import { createAnswers } from '../../testing/builders.ts';
import { formatRange } from '../../domain/vocabulary/format.ts';
import { ResultsPanel } from './results-panel.tsx';

function renderFor(answers: ReturnType<typeof createAnswers>) {
  const e = estimate(answers);
  render(<ResultsPanel answers={answers} estimate={e} announceDelayMs={0} />);
  return e;
}

const GRADE_WORDS = { fit: 'Fit', tight: 'Tight', insufficient: 'Insufficient' } as const;

describe('ResultsPanel on the real model', () => {
  it('shows each requirement exactly as formatted from the estimate, and every catalog device', () => {
    const answers = createAnswers({ workload: { moduleCount: 6, defaultLanguage: 'python' } });
    const e = renderFor(answers);
    for (const id of RESOURCES) {
      const req = e.requirements[id];
      const card = screen
        .getByRole('heading', { name: req.label, level: 4 })
        .closest('article') as HTMLElement;
      const f = formatRange(req.total, req.unit);
      expect(within(card).getByText(f.typical, { selector: '.req-typical' })).toBeInTheDocument();
      expect(
        within(card).getByText(`Range ${f.low}–${f.high} ${f.scale.unit}`, { exact: false }),
      ).toBeInTheDocument();
    }
    // Plain DOM reads: 20 devices × role queries is slow in jsdom (role queries are in results-panel.test.tsx).
    const showAll = screen.queryByRole('button', { name: /^Show all \d+ devices$/ });
    if (showAll) fireEvent.click(showAll);
    const ladder = document.querySelector('table.ladder-table') as HTMLElement;
    const items = [...ladder.querySelectorAll('tr.lt-row')];
    expect(items.map((tr) => tr.querySelector('.lt-name')?.textContent)).toEqual(
      e.suggestions.map((s) => DEVICES.find((d) => d.id === s.deviceId)?.name),
    );
    items.forEach((tr, i) => {
      const grade = e.suggestions[i]?.grade;
      expect(tr.querySelector('.grade-badge')).toHaveTextContent(grade ? GRADE_WORDS[grade] : '');
    });
    const recommended = items.filter((tr) => tr.querySelector('.recommended-badge'));
    expect(recommended.map((tr) => tr.querySelector('.lt-name')?.textContent)).toEqual(
      e.recommendedDeviceId ? [DEVICES.find((d) => d.id === e.recommendedDeviceId)?.name] : [],
    );
  }, 20_000);

  it('an ARMv6 device yields an error finding, listed under Errors', () => {
    const answers = createAnswers({
      platform: { architecture: 'armv6', hostOs: 'raspberry-pi-os-bookworm' },
    });
    const e = renderFor(answers);
    const errors = e.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    const group = screen.getByRole('region', { name: new RegExp(`^Errors? \\(${errors.length}\\)$`) });
    for (const f of errors) expect(within(group).getByText(f.title)).toBeInTheDocument();
  }, 20_000);
});
