/**
 * IoT Edge in a virtual machine (issue 19, "Hosting in a VM or in the cloud"), as an architect meets it:
 * - a Linux VM on vSphere gets a VM size ("Give the VM: …"), what it is sized for, and the hypervisor's overhead on
 *   the host, with sources; the board ladder becomes the secondary "Hosts for the VM"; the report says the same;
 * - an Azure VM with a monthly budget: the budget step asks per month, an Azure size is recommended, every budget
 *   check says "per month", no board is recommended; the report says the same.
 * axe on each; screenshots in test-results/vm/.
 */
import { expectNoAxeViolations } from './support/axe.ts';
import { expect, test, type Page } from '@playwright/test';

const SHOTS = 'test-results/vm';

async function goToStep(page: Page, step: string) {
  await page.getByRole('navigation', { name: 'Wizard steps' }).getByRole('link', { name: step }).click();
  await expect(page.getByRole('heading', { level: 2, name: step, exact: true })).toBeVisible();
}

/** A Linux x64 host on Ubuntu 24.04 in the given hosting. */
async function linuxX64In(page: Page, hosting: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await goToStep(page, 'Platform');
  await page.getByRole('combobox', { name: 'Host operating system' }).selectOption('ubuntu-24.04');
  await page.getByRole('radio', { name: /^x64/ }).check();
  await page.getByRole('combobox', { name: 'Bare metal or virtual machine' }).selectOption(hosting);
}

/** Open the printable report in this tab (the answers are in the page) and wait for its title. */
async function openReportHere(page: Page) {
  await page.evaluate(() => {
    window.location.hash = '#/report';
  });
  await expect(page.getByRole('heading', { level: 1, name: /^Sizing report/ })).toBeVisible();
}

// Two views, three axe scans and a report each: on a loaded 2-core machine that is more than one default budget.
test.describe.configure({ timeout: 180_000 });

test('a Linux VM on vSphere: a VM size with the host overhead, boards only as hosts', async ({ page }) => {
  await linuxX64In(page, 'vsphere');
  const results = page.getByRole('region', { name: 'Your estimate' });
  const headline = results.locator('.results-headline');
  await expect(headline).toContainText('Virtual machine on VMware vSphere / ESXi');
  await expect(headline).toContainText(/Give the VM: \d+ vCPU, [\d.]+ GiB RAM, \d+ GiB disk/);
  await expect(headline).not.toContainText('Recommended device');

  const vm = results.getByRole('region', { name: 'Virtual machine size', exact: true });
  await expect(vm.getByRole('table', { name: 'VM size and what it is sized for' })).toBeVisible();
  for (const row of ['CPU', 'RAM', 'Disk'])
    await expect(vm.getByRole('rowheader', { name: row })).toBeVisible();
  await expect(vm).toContainText('The host must have room for this VM plus VMware vSphere / ESXi');
  await expect(vm).toContainText(/VMware's overhead table/);
  await expect(vm).toContainText('.vswp');
  await expect(vm.getByRole('link', { name: /docs\.vmware\.com/ }).first()).toBeVisible();
  // The boards are secondary: hosts for the VM.
  await expect(results.getByRole('heading', { level: 3, name: 'Hosts for the VM' })).toBeVisible();
  await expect(results.getByRole('heading', { level: 3, name: 'Device ladder' })).toHaveCount(0);
  // The finding no longer says to give the VM a board's RAM and disk.
  await expect(results).toContainText('Give the VM the vCPUs, memory and disk under "Give the VM"');

  await expectNoAxeViolations(page, 'vsphere', ['.app-columns__wizard', '.results']);
  await page.screenshot({ path: `${SHOTS}/vsphere-results.png` });
  await vm.scrollIntoViewIfNeeded();
  await vm.screenshot({ path: `${SHOTS}/vsphere-vm-size.png` });

  const summary = (await headline.locator('.headline-device').innerText()).trim();
  await openReportHere(page);
  const report = page.getByRole('region', { name: 'Virtual machine size', exact: true });
  await expect(report).toContainText(summary);
  await expect(report).toContainText('The host must have room for this VM plus VMware vSphere / ESXi');
  await expect(page.getByRole('heading', { level: 2, name: 'Recommended host for the VM' })).toBeVisible();
  // The whole report has its own axe journey (report.spec.ts); here, the VM section.
  await expectNoAxeViolations(page, 'vsphere report', ['section[aria-labelledby="report-vm"]']);
  await report.screenshot({ path: `${SHOTS}/vsphere-report.png` });
});

test('an Azure VM with a monthly budget: an Azure size, "per month" everywhere, no board', async ({
  page,
}) => {
  await linuxX64In(page, 'azure-vm');
  // The budget step asks per month once Azure VM is chosen.
  await goToStep(page, 'Budget');
  const budget = page.getByRole('spinbutton', { name: /Budget per month for the Azure VM/ });
  await expect(budget).toBeVisible();
  await expect(page.getByText(/The most the Azure VM may cost per month/)).toBeVisible();
  await budget.fill('150');
  await expectNoAxeViolations(page, 'azure budget step', ['.app-columns__wizard']);
  await page.screenshot({ path: `${SHOTS}/azure-budget-step.png` });

  const results = page.getByRole('region', { name: 'Your estimate' });
  const headline = results.locator('.results-headline');
  await expect(headline).toContainText('Azure virtual machine');
  await expect(headline).toContainText(/Recommended Azure VM size: B2s \(Standard_B2s\)/);
  const azure = results.getByRole('region', { name: 'Azure VM sizes', exact: true });
  await expect(azure).toContainText('Budget: $150 per month for the VM.');
  await expect(azure).toContainText(/not listed/);
  const b2s = azure.getByRole('row', { name: /^B2s/ });
  await expect(b2s).toContainText('Fit');
  await expect(b2s).toContainText(/baseline 0\.4 vCPU/);
  await expect(b2s).toContainText('not checked');
  await expect(b2s).toContainText('not listed');
  await azure
    .getByRole('region', { name: 'Azure VM sizes graded' })
    .screenshot({ path: `${SHOTS}/azure-table.png` });
  // Why each size is graded so: the baseline, and the budget per month.
  await azure.getByText('Why each size is graded so').click();
  const why = azure.locator('.hosting-why');
  await expect(why).toContainText(/B2s: Fit/);
  await expect(why).toContainText(/compare the East US Linux pay-as-you-go price with your \$150 per month/);
  await expect(why).toContainText(/B1s: Insufficient/);
  await expect(results.locator('.headline-dates')).toContainText('Azure VM prices: see Azure VM sizes.');
  await expect(azure).toContainText(/managed OS disk of at least \d+ GiB/);
  // A cloud budget is never checked against hardware prices, and no board is offered.
  await expect(results.getByRole('heading', { level: 3, name: 'Device ladder' })).toHaveCount(0);
  await expect(results).not.toContainText('No device in the catalog fits');

  await expectNoAxeViolations(page, 'azure results', ['.results']);
  await page.screenshot({ path: `${SHOTS}/azure-results.png` });
  await azure.getByRole('heading', { name: 'Azure VM sizes' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/azure-sizes.png` });

  await openReportHere(page);
  await expect(page.getByRole('row', { name: /Budget per month \(Azure VM\)/ })).toContainText(
    '$150 per month',
  );
  const report = page.getByRole('region', { name: 'Azure VM size', exact: true });
  await expect(report).toContainText('Recommended Azure VM size: B2s (Standard_B2s)');
  await expect(report).toContainText('per month');
  await expect(page.getByRole('heading', { level: 2, name: 'Recommended device' })).toBeHidden();
  await expectNoAxeViolations(page, 'azure report', ['section[aria-labelledby="report-azure"]']);
  await report.screenshot({ path: `${SHOTS}/azure-report.png` });
});
