/**
 * The Markdown export says what the printed report shows for each hosting (issue 19): the VM size for a VM on a
 * hypervisor, the Azure sizes and no physical-board section for an Azure VM, the device and its ladder on bare metal.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Hosting } from '../../domain/answers.ts';
import { estimate } from '../../domain/estimate.ts';
import { toMarkdown } from '../../domain/report/to-markdown.ts';
import { createAnswers } from '../../testing/builders.ts';
import { ReportView } from './report-view.tsx';

/** The hosting-dependent sections, as the report and the Markdown name them. */
const HOSTING_SECTIONS = [
  'Virtual machine size',
  'Azure VM size',
  'Recommended device',
  'Recommended host for the VM',
  'Device ladder',
];
const META = { shareUrl: '', generatedAt: new Date('2026-12-04T08:00:00Z') };

describe('Markdown and report agree on the hosting sections', () => {
  it.each<Hosting>(['bare-metal', 'vsphere', 'hyper-v', 'azure-vm'])('%s', (hosting) => {
    const answers = createAnswers({ platform: { hosting, architecture: 'amd64' } });
    const e = estimate(answers);
    render(<ReportView answers={answers} estimate={e} shareUrl="" generatedAt={META.generatedAt} />);
    // Hidden sections (hidden attribute) are not in the accessibility tree, so not among the headings.
    const shown = screen
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent ?? '')
      .filter((t) => HOSTING_SECTIONS.includes(t));
    const md = toMarkdown(e, answers, META)
      .split('\n')
      .filter((l) => l.startsWith('## '))
      .map((l) => l.slice(3))
      .filter((t) => HOSTING_SECTIONS.includes(t));
    expect(md).toEqual(shown);
    expect(shown.length).toBeGreaterThan(0);
  });
});
