/** The results on the real model for the platform rules: dated data, and a Windows host with no ARM device. */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEVICES } from '../../domain/catalog/devices.ts';
import { PRICES_AS_OF } from '../../domain/catalog/prices.ts';
import { SUPPORT_DATA_CHECKED } from '../../domain/compat/os-support.ts';
import { estimate } from '../../domain/estimate.ts';
import { createAnswers } from '../../testing/builders.ts';
import { ResultsPanel } from './results-panel.tsx';

describe('results: platform rules', () => {
  it('say when the support data was checked and how old the prices are', () => {
    const answers = createAnswers({});
    render(<ResultsPanel answers={answers} estimate={estimate(answers)} announceDelayMs={0} />);
    expect(
      screen.getByText(
        `Support data checked on ${SUPPORT_DATA_CHECKED}; prices as of ${PRICES_AS_OF} (±30 %).`,
      ),
    ).toBeInTheDocument();
  });

  it('a Windows host recommends an amd64 device and grades every ARM board insufficient, saying why', () => {
    const answers = createAnswers({ platform: { hostOs: 'windows-client', architecture: 'arm64' } });
    const e = estimate(answers);
    render(<ResultsPanel answers={answers} estimate={e} announceDelayMs={0} />);
    const rec = DEVICES.find((d) => d.id === e.recommendedDeviceId);
    if (rec) expect(rec.architectures).toContain('amd64');
    for (const s of e.suggestions.filter((x) => /^(rpi|jetson)/.test(x.deviceId))) {
      expect(s.grade).toBe('insufficient');
      expect(s.reasons.join(' ')).toMatch(/Host OS ruled out/);
    }
    expect(e.findings[0]?.id).toBe('windows-host-no-serviced-eflow');
  });
});
