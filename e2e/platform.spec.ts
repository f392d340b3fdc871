/**
 * Platform journeys as a user meets them: a Windows host never gets an ARM or Jetson device (and is told there is
 * no serviced EFLOW today), the Azure Stack Edge Pro 2 models sized as the Linux VM, and a Raspberry Pi on
 * Raspberry Pi OS with its "not listed" note, lifecycle and clock findings. axe on each; screenshots in
 * test-results/platform/.
 */
import { expectNoAxeViolations } from './support/axe.ts';
import { expect, test, type Page } from '@playwright/test';

const SHOTS = 'test-results/platform';

async function openPlatform(page: Page, preset?: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  if (preset) await page.getByRole('button', { name: `Use preset: ${preset}` }).click();
  await page
    .getByRole('navigation', { name: 'Wizard steps' })
    .getByRole('link', { name: 'Platform' })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Platform', exact: true })).toBeVisible();
}

/** The names of the devices the ladder shows as fit or tight, and the recommended one. */
async function ladder(page: Page) {
  const results = page.getByRole('region', { name: 'Your estimate' });
  const usable = await results
    .locator('tr.lt-row.grade-fit .lt-name, tr.lt-row.grade-tight .lt-name')
    .allInnerTexts();
  const recommended = await results.locator('tr.lt-row.is-recommended .lt-name').allInnerTexts();
  return { usable, recommended };
}

for (const architecture of ['x64', 'ARM64'] as const) {
  test(`a Windows host (${architecture}) never gets an ARM or Jetson device, and is told why`, async ({
    page,
  }) => {
    await openPlatform(page);
    await page.getByRole('combobox', { name: 'Host operating system' }).selectOption('windows-client');
    await page.getByRole('radio', { name: new RegExp(`^${architecture}`) }).check();
    // The platform step says which devices the choice rules out.
    const ruledOut = page.getByTestId('host-rules-out');
    await expect(ruledOut).toContainText(/rules out \d+ of \d+ catalog devices/);
    await ruledOut.getByText(/rules out/).click();
    await expect(ruledOut).toContainText('NVIDIA Jetson Orin Nano');
    await expect(ruledOut).toContainText('Raspberry Pi 5');
    // The results: an error for a new deployment, with the date checked and the Linux remedies.
    const results = page.getByRole('region', { name: 'Your estimate' });
    const errors = results.getByRole('region', { name: /^Errors? \(\d+\)$/ });
    await expect(errors).toContainText('No serviced IoT Edge on a Windows host for a new deployment');
    await expect(errors).toContainText('Support data checked on 2026-12-04');
    await expect(errors).toContainText(/Linux host/);
    await expect(results.locator('.headline-dates')).toContainText('Support data checked on 2026-12-04');
    await expect(results.locator('.headline-dates')).toContainText(/prices as of \d{4}-\d{2}-\d{2}/);
    // No Jetson, no Raspberry Pi, no ARM board is usable or recommended.
    const { usable, recommended } = await ladder(page);
    for (const name of [...usable, ...recommended]) {
      expect(name).not.toMatch(/Jetson|Raspberry Pi|Coral|IOT2050/);
    }
    await expectNoAxeViolations(page, `windows ${architecture}`, ['.app-columns__wizard', '.results']);
    await page.screenshot({ path: `${SHOTS}/windows-${architecture}.png`, fullPage: false });
    await errors.screenshot({ path: `${SHOTS}/windows-${architecture}-errors.png` });
  });
}

test('Azure Stack Edge Pro 2: three models with NVIDIA A2 GPUs, sized as the Linux VM', async ({ page }) => {
  await openPlatform(page, 'Vision inference at the edge');
  await page.getByRole('combobox', { name: 'Host operating system' }).selectOption('ubuntu-24.04');
  await page.getByRole('radio', { name: /^x64/ }).check();
  const results = page.getByRole('region', { name: 'Your estimate' });
  const ladderTable = results.getByRole('table', { name: /devices/ });
  const showAll = results.getByRole('button', { name: /^Show all \d+ devices$/ });
  if (await showAll.isVisible()) await showAll.click();
  for (const model of ['64G2T', '128G4T1GPU', '256G6T2GPU'])
    await expect(
      ladderTable.getByRole('rowheader', { name: new RegExp(`Azure Stack Edge Pro 2 ${model}`) }),
    ).toBeVisible();
  const ase = ladderTable
    .locator('tr.lt-row')
    .filter({ has: page.locator('.lt-name', { hasText: 'Azure Stack Edge Pro 2 128G4T1GPU' }) });
  await ase.getByRole('button', { name: /details/ }).click();
  const details = ladderTable.getByRole('row', { name: /^Details of the Azure Stack Edge Pro 2 128G4T1GPU/ });
  await expect(details).toContainText('NVIDIA A2');
  await expect(details).not.toContainText('T4');
  await ase.scrollIntoViewIfNeeded();
  await ase.screenshot({ path: `${SHOTS}/ase-128g4t1gpu.png` });
  await expectNoAxeViolations(page, 'ase', ['.results']);
});

test('Raspberry Pi on Raspberry Pi OS: "not listed by Microsoft", lifecycle and clock findings', async ({
  page,
}) => {
  await openPlatform(page, 'Raspberry Pi telemetry gateway');
  const note = page.locator('.support-note');
  await expect(note).toContainText('Not listed by Microsoft');
  await expect(note).toContainText('Debian 12 based');
  const results = page.getByRole('region', { name: 'Your estimate' });
  await expect(results).toContainText(/ends first, on 2028-06-30/);
  const { recommended } = await ladder(page);
  expect(recommended.join(' ')).toMatch(/Raspberry Pi/);
  await expect(results).toContainText('the clock may be wrong after an offline boot');
  await page.getByRole('combobox', { name: 'Host operating system' }).selectOption('raspberry-pi-os-trixie');
  await expect(note).toContainText('2025-10-01');
  await expect(note).toContainText('Not listed by Microsoft');
  await expectNoAxeViolations(page, 'raspberry pi', ['.app-columns__wizard', '.results']);
  await page.screenshot({ path: `${SHOTS}/raspberry-pi.png` });
});
