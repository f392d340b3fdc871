/**
 * A 3-layer plant as an architect builds it in Debian's Chromium: a cloud-facing layer, a site layer, and 20 line
 * gateways per site, each with 30 PLC-connected devices. See each layer's device, share the topology link, open it
 * in a fresh browser context (same numbers), print it to PDF (pdftotext), axe clean, keyboard only for a layer
 * edit. Waits only for states the app announces. Screenshots in test-results/topology-screens/.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expectNoAxeViolations } from './support/axe.ts';

const SHOTS = 'test-results/topology-screens';

const summary = (page: Page) => page.getByTestId('topology-summary');
const layerGroup = (page: Page, n: number) => page.getByRole('group', { name: new RegExp(`^Layer ${n}`) });
const devices = async (page: Page) => (await page.getByTestId('layer-device').allInnerTexts()).join(' | ');
const tableText = async (page: Page) =>
  (await page.getByRole('table', { name: /The topology as a table/ }).innerText()).replace(/\s+/g, ' ');

test('build a 3-layer plant, share it, reopen it, print it', async ({ page, browser }) => {
  mkdirSync(SHOTS, { recursive: true });
  // The topology view, from the header: one layer of the current scenario (the defaults: a small telemetry gateway).
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Topology' }).click();
  await expect(page).toHaveURL(/#\/topology/);
  await expect(summary(page)).toHaveText(/Sized 1 layer, 1 IoT Edge device in all/);
  // Layer 1: the cloud-facing layer. Layer 2: the site layer.
  await layerGroup(page, 1).getByRole('textbox', { name: 'Name' }).fill('Cloud-facing');
  await page.getByRole('button', { name: 'Add a layer below' }).click();
  await expect(summary(page)).toHaveText(/Sized 2 layers/);
  await layerGroup(page, 2).getByRole('textbox', { name: 'Name' }).fill('Site');
  await layerGroup(page, 2).getByRole('spinbutton', { name: 'Devices per parent' }).fill('1');
  await expect(summary(page)).toHaveText('Sized 2 layers, 2 IoT Edge devices in all.');

  // The line gateway's scenario in the wizard: a gateway for 30 PLC-connected devices, each sending a message a
  // second through its edgeHub (the gateway answers), saved by name.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Sizing' }).click();
  await page.goto('/#/wizard/start');
  await page.getByLabel('Scenario name').fill('Line gateway, 30 PLCs');
  await page.goto('/#/wizard/data');
  await page.getByRole('spinbutton', { name: 'Downstream devices (gateway)' }).fill('30');
  await page.getByRole('spinbutton', { name: 'Messages per downstream device per minute' }).fill('60');
  await page.getByRole('button', { name: 'Scenarios', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Save the current answers as').fill('Line gateway, 30 PLCs');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByRole('list', { name: 'Saved scenarios' })).toContainText('Line gateway, 30 PLCs');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Topology' }).click();
  await expect(summary(page)).toHaveText('Sized 2 layers, 2 IoT Edge devices in all.');

  // Layer 3: 20 line gateways per site, from the saved scenario.
  await page.getByRole('button', { name: 'Add a layer below' }).click();
  await expect(summary(page)).toHaveText(/Sized 3 layers/);
  const line = layerGroup(page, 3);
  await line.getByRole('textbox', { name: 'Name' }).fill('Line gateways');
  await line.getByRole('spinbutton', { name: 'Devices per parent' }).fill('20');
  await line
    .getByRole('combobox', { name: 'Scenario for this layer' })
    .selectOption({ label: 'Saved: Line gateway, 30 PLCs' });
  await line.getByRole('button', { name: 'Use for this layer' }).click();
  await expect(line.getByRole('status')).toHaveText('Layer 3 now uses “Line gateway, 30 PLCs”.');
  await expect(summary(page)).toHaveText('Sized 3 layers, 22 IoT Edge devices in all.');

  // Each layer's device. A line gateway routes its own 5 messages/s and its 30 devices' 30; all go up, so the
  // site routes 20 × 35 = 700 plus its own 5, and the cloud-facing layer 705 plus its own 5.
  const table = await tableText(page);
  expect(table).toMatch(/1\. Cloud-facing .* 1 1 710/);
  expect(table).toMatch(/2\. Site .* 1 1 705/);
  expect(table).toMatch(/3\. Line gateways .* 20 20 35 /);
  // The site takes 20 × (2 modules + 30 devices + itself) = 660 connections: the MaxConnectedClients warning.
  await expect(page.getByRole('region', { name: 'Layer 2: Site' })).toContainText('660 connected clients');
  const shown = await devices(page);
  expect(shown.split(' | ')).toHaveLength(3);
  for (const d of shown.split(' | ')) expect(d).toMatch(/fit|No device fits/);
  await page.screenshot({ path: `${SHOTS}/plant.png`, fullPage: true });
  await expectNoAxeViolations(page, 'topology view', ['#main']);

  // Keyboard only: Layer 3's "Move up" and back down, from the keyboard.
  await line.getByRole('button', { name: 'Move Layer 3 up' }).focus();
  await page.keyboard.press('Enter');
  await expect(layerGroup(page, 2)).toHaveAccessibleName(/Layer 2: Line gateways/);
  await layerGroup(page, 3).getByRole('button', { name: 'Move Layer 3 up' }).focus();
  await page.keyboard.press('Enter');
  await expect(layerGroup(page, 3)).toHaveAccessibleName(/Layer 3: Line gateways/);
  await expect.poll(() => tableText(page)).toBe(table);

  // Share: the link, opened in a fresh context (no storage), shows the same numbers.
  const link = await page.getByRole('textbox', { name: 'Topology link' }).inputValue();
  expect(link).toMatch(/#\/topology\?t=3\.[A-Za-z0-9_-]+$/);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(summary(other)).toHaveText('Sized 3 layers, 22 IoT Edge devices in all.');
  expect(await tableText(other)).toBe(table);
  expect(await devices(other)).toBe(shown);

  // Print to PDF: every layer, its device and the link are on paper (A4).
  await other.emulateMedia({ media: 'print' });
  const pdf = await other.pdf({ format: 'A4', printBackground: true });
  writeFileSync(`${SHOTS}/plant.pdf`, pdf);
  const text = execFileSync('pdftotext', ['-layout', `${SHOTS}/plant.pdf`, '-']).toString();
  for (const name of ['Cloud-facing', 'Site', 'Line gateways', 'Open this topology'])
    expect(text).toContain(name);
  for (const d of shown.split(' | ')) expect(text.replace(/\s+/g, ' ')).toContain(d.split(',')[0]!);
  expect(text).not.toContain('Add a layer below');
  execFileSync('pdftoppm', ['-png', '-r', '50', `${SHOTS}/plant.pdf`, `${SHOTS}/plant-page`]);
  await fresh.close();
});

test('a broken topology link says what was wrong and keeps the topology', async ({ page }) => {
  await page.goto('/#/topology');
  await expect(summary(page)).toHaveText(/Sized 1 layer/);
  await page.getByRole('button', { name: 'Add a layer below' }).click();
  await expect(summary(page)).toHaveText(/Sized 2 layers/);
  await page.goto('/#/topology?t=3.AAAA_broken');
  await expect(page.getByRole('alert')).toContainText('incomplete or damaged');
  await expect(page.getByRole('alert')).toContainText('Your topology was kept.');
  await expect(summary(page)).toHaveText(/Sized 2 layers/);
  await page.setViewportSize({ width: 390, height: 900 });
  await page.screenshot({ path: `${SHOTS}/broken-link-phone.png` });
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
