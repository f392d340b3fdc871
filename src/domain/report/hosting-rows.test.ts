import { describe, expect, it } from 'vitest';
import { estimate } from '../estimate.ts';
import { createAnswers } from '../../testing/builders.ts';
import { describeAnswers } from './describe-answers.ts';
import { azureView, hostingHeadline, vmView } from './hosting-rows.ts';
import { toMarkdown } from './to-markdown.ts';

const META = { shareUrl: '', generatedAt: new Date('2026-12-04T08:00:00Z') };

describe('the VM and the Azure VM in words (results, report, Markdown)', () => {
  it('a VM on KVM: the summary, three rows, the host room and the sources', () => {
    const answers = createAnswers({ platform: { hosting: 'kvm', architecture: 'amd64' } });
    const e = estimate(answers);
    const v = vmView(e.vmSize!);
    expect(hostingHeadline(e)).toBe(v.summary);
    expect(v.rows.map((r) => r.resource)).toEqual(['CPU', 'RAM', 'Disk']);
    expect(v.hostRoom).toMatch(
      /^The host must have room for this VM plus KVM \/ Proxmox: at least 1 logical processor/,
    );
    expect(v.sources).toContain(
      'https://github.com/openshift/openshift-docs/blob/main/modules/virt-cluster-resource-requirements.adoc',
    );
    const md = toMarkdown(e, answers, META);
    expect(md).toContain('## Virtual machine size');
    expect(md).toContain(`**${v.summary}** (on KVM / Proxmox)`);
  });

  it('an Azure VM with a budget: the headline, "per month" in the answers, the table and the Markdown', () => {
    const answers = createAnswers({
      platform: { hosting: 'azure-vm', architecture: 'amd64' },
      budget: { maxDeviceUsd: 150 },
    });
    const e = estimate(answers);
    const a = azureView(e.azureVms!);
    expect(a.headline).toBe('Recommended Azure VM size: B2s (Standard_B2s)');
    expect(a.budget).toBe('Budget: $150 per month for the VM.');
    expect(a.rows.find((r) => r.name === 'B2s')!.budgetShort).toBe('not checked');
    const budgetRow = describeAnswers(answers)
      .flatMap((s) => s.items)
      .find((i) => i.path === 'budget.maxDeviceUsd')!;
    expect(budgetRow).toMatchObject({ label: 'Budget per month (Azure VM)', value: '$150 per month' });
    const md = toMarkdown(e, answers, META);
    expect(md).toContain('## Azure VM size');
    expect(md).toContain('| Budget per month (Azure VM) | $150 per month |');
  });

  it('on bare metal the budget stays a hardware budget and there is no hosting headline', () => {
    const answers = createAnswers({ budget: { maxDeviceUsd: 150 } });
    expect(hostingHeadline(estimate(answers))).toBeNull();
    const budgetRow = describeAnswers(answers)
      .flatMap((s) => s.items)
      .find((i) => i.path === 'budget.maxDeviceUsd')!;
    expect(budgetRow.value).toBe('$150');
  });
});
