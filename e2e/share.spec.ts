/**
 * Share, save and restore (issue 4), as a user meets them in Debian's Chromium: copy a link and open it in a
 * fresh browser, reload mid-wizard, open damaged links and recover, the question asked when a link would
 * replace unsaved work, JSON export/import, saved scenarios, no request ever leaving 127.0.0.1, axe on the
 * banners and dialogs, and screenshots (test-results/share-screens/).
 */
import { expectNoAxeViolations } from './support/axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import LZString from 'lz-string';
import { DEFAULT_ANSWERS, type Answers } from '../src/domain/answers.ts';
import {
  answersToWire,
  createShareState,
  decodeShareState,
  encodeShareState,
} from '../src/domain/share/share-codec.ts';
import { MODEL_VERSION } from '../src/domain/model-version.ts';

const SHOTS = 'test-results/share-screens';
// Chromium names the button 'Use preset : Factory…' (the visually hidden span starts a new text run).
const FACTORY = /^Use preset ?: Factory protocol gateway \(OPC UA \/ Modbus\)$/;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The requirement figures and the recommended device: "the numbers" a user compares. */
const numbers = async (page: Page) => {
  await expect(page.locator('.req-card .req-figure').first()).toBeVisible();
  const figures = await page.locator('.req-card .req-figure').allInnerTexts();
  const device = await page.locator('.headline-device, .none-fits').first().innerText();
  return `${figures.join(' | ')} || ${device}`;
};

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: false });
}

/** Every request the page makes, to check that none leaves this machine. */
function watchNetwork(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

function expectAllLocal(urls: string[]) {
  const foreign = urls.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    return new URL(url).hostname !== '127.0.0.1';
  });
  expect(foreign).toEqual([]);
}

const fragmentFor = (answers: Answers, path = '#/wizard/data') =>
  `${path}?s=${encodeShareState(createShareState(answers))}`;

test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

test('make a scenario, copy its link, open it in a fresh browser: same numbers, nothing sent anywhere', async ({
  page,
  browser,
  baseURL,
}) => {
  const requests = watchNetwork(page);
  await page.goto('/');
  await page.getByRole('button', { name: FACTORY }).click();
  await page.getByRole('link', { name: /Data volume/ }).click();
  await page.getByRole('spinbutton', { name: 'Average messages per second' }).fill('321');
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/wizard\/data\?s=3\./);
  const mine = await numbers(page);

  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /Share link copied \(\d+ characters\)/ }),
  ).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link.startsWith(`${baseURL}/#/wizard/data?s=3.`)).toBe(true);
  await shot(page, '01-copied');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const otherRequests = watchNetwork(other);
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 2, name: 'Data volume', exact: true })).toBeVisible();
  await expect(other.getByRole('spinbutton', { name: 'Average messages per second' })).toHaveValue('321');
  expect(await numbers(other)).toBe(mine);
  await expect(other.getByRole('dialog')).toHaveCount(0);
  await expect(other.getByRole('alert')).toHaveCount(0);
  await shot(other, '02-opened-in-fresh-browser');
  await fresh.close();

  expectAllLocal(requests);
  expectAllLocal(otherRequests);
  expect(requests.length).toBeGreaterThan(0);
});

test('reload mid-wizard, or close the tab and come back: nothing is lost', async ({ page, context }) => {
  await page.goto('/');
  await page.getByRole('button', { name: FACTORY }).click();
  await page.getByRole('link', { name: /Performance/ }).click();
  const headroom = page.getByRole('spinbutton', { name: /Headroom/ });
  await headroom.fill('45');
  const before = await numbers(page);

  await page.reload(); // right after typing: the pagehide flush keeps the last edit
  await expect(page.getByRole('heading', { level: 2, name: 'Performance', exact: true })).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: /Headroom/ })).toHaveValue('45');
  expect(await numbers(page)).toBe(before);

  // A new tab with the bare address (no link): the autosave brings the answers back.
  await page.close();
  const again = await context.newPage();
  await again.goto('/');
  await again.getByRole('link', { name: /Performance/ }).click();
  await expect(again.getByRole('spinbutton', { name: /Headroom/ })).toHaveValue('45');
  expect(await numbers(again)).toBe(before);
});

test('reload 0.1 s after typing (before the URL write): no question about my own page, my newest edit stays', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: FACTORY }).click();
  await page.getByRole('link', { name: /Performance/ }).click();
  const headroom = page.getByRole('spinbutton', { name: /Headroom/ });
  await headroom.fill('45');
  // The address bar holds this tab's link (unsaved work: a preset, edited).
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/wizard\/performance\?s=3\./);
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('edge-sizer:autosave') ?? ''))
    .toContain('"headroomPercent":45');
  const olderHash = await page.evaluate(() => location.hash);

  await headroom.fill('46');
  await page.waitForTimeout(100); // less than the 250 ms debounce: the URL still holds 45
  expect(await page.evaluate(() => location.hash)).toBe(olderHash);
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Performance', exact: true })).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: /Headroom/ })).toHaveValue('46');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect
    .poll(async () => {
      const payload = /\?s=([^&]+)/.exec(await page.evaluate(() => location.hash))?.[1] ?? '';
      const result = decodeShareState(payload);
      return result.ok ? result.state.answers.performance.headroomPercent : null;
    })
    .toBe(46);
});

// When both tabs close, their last flushes run together, each on its own view of localStorage: each tab's own
// key (src/store/persistence.ts, "Two tabs") lets the next visit keep what that race would lose.
test("two tabs: each one's work is kept, and the user is told where", async ({ page, context }) => {
  const autosave = (tab: Page) => tab.evaluate(() => localStorage.getItem('edge-sizer:autosave') ?? '');
  const rename = async (tab: Page, name: string) => {
    await tab.getByRole('link', { name: /Start/ }).click();
    const field = tab.getByRole('textbox', { name: 'Scenario name' });
    await field.fill(name);
    await field.blur();
    await expect.poll(() => autosave(tab)).toContain(`"scenarioName":"${name}"`);
  };
  await page.goto('/');
  await rename(page, 'Tab A work');
  const b = await context.newPage();
  await b.goto('/');
  await rename(b, 'Tab B work');
  // Tab B says at once that the other tab's work was kept.
  await expect(b.getByRole('status').filter({ hasText: 'open in another tab too' })).toContainText(
    '"Tab A work (other tab)"',
  );
  await shot(b, '07-other-tab-kept');
  await page.close({ runBeforeUnload: true });
  await b.close({ runBeforeUnload: true });

  // The next visit: the work of the last tab to write, and a notice naming where the other tab's work is. Which
  // tab writes last depends on the order in which the browser runs the two pages' pagehide flushes, so the test
  // asserts what the user needs: both works are kept, one shown and the other a saved scenario.
  const next = await context.newPage();
  await next.goto('/');
  await expect(next.getByRole('status').filter({ hasText: 'another Edge Sizer tab' })).toContainText(
    /"Tab [AB] work \(other tab\)"/,
  );
  await next.getByRole('link', { name: /Start/ }).click();
  const nameField = next.getByRole('textbox', { name: 'Scenario name' });
  await expect(nameField).toHaveValue(/^Tab [AB] work$/);
  const shown = await nameField.inputValue();
  const other = shown === 'Tab A work' ? 'Tab B work' : 'Tab A work';
  await next.getByRole('button', { name: 'Scenarios' }).click();
  await expect(next.getByRole('dialog', { name: 'Saved scenarios' }).getByRole('listitem')).toHaveText([
    new RegExp(`${other} \\(other tab\\)`),
  ]);
  await shot(next, '08-other-tab-scenario');
  await expectNoAxeViolations(next, 'work kept from another tab');
});

test('a corrupted link: a clear message, the app stays usable, defaults fill in', async ({ page }) => {
  await page.goto('/#/wizard?s=1.thisIsNotAValidPayload$$');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This share link is incomplete or damaged');
  await expect(alert).toContainText('The app started from the default answers');
  await expect(page.getByRole('heading', { level: 2, name: 'Start', exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue(
    DEFAULT_ANSWERS.scenarioName,
  );
  await expect(page.locator('body')).not.toContainText(/undefined|NaN/);
  await shot(page, '03-corrupted-link');
  await expectNoAxeViolations(page, 'corrupted-link banner', ['.share-notices']);
  // Usable: a preset still loads, and the banner can be dismissed.
  await page.getByRole('button', { name: FACTORY }).click();
  await expect(page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue('Factory protocol gateway');
  await page.getByRole('button', { name: 'Dismiss this problem' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a tampered link keeps what it can read and names what it replaced; a cut-off link says so', async ({
  page,
}) => {
  const answers: Answers = {
    ...DEFAULT_ANSWERS,
    scenarioName: '<img src=x onerror=alert(1)>',
    performance: { ...DEFAULT_ANSWERS.performance, headroomPercent: 55, offlineHours: 3 },
  };
  const wire = [MODEL_VERSION, 'wizard', 'performance', answersToWire(answers)] as unknown[];
  ((wire[3] as unknown[])[2] as unknown[])[0] = 1e300; // data.messagesPerSecondAvg: absurd
  ((wire[3] as unknown[])[6] as unknown[])[1] = 'rm -rf /'; // platform.hostOs: not a choice
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto(
    `/#/wizard/performance?s=1.${LZString.compressToEncodedURIComponent(JSON.stringify(wire))}`,
  );
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('2 values could not be read and were replaced by their defaults');
  await expect(alert).toContainText(
    'data.messagesPerSecondAvg: Average messages per second must be at most 100,000',
  );
  await expect(alert).toContainText('platform.hostOs');
  await expect(page.getByRole('spinbutton', { name: /Headroom/ })).toHaveValue('55');
  await page.getByRole('link', { name: /Start/ }).click();
  await expect(page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue(
    '<img src=x onerror=alert(1)>',
  );
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toBe(0);
  await shot(page, '04-tampered-link');

  const cut = fragmentFor({ ...DEFAULT_ANSWERS, scenarioName: 'Cut' }).slice(0, -30);
  await page.goto(`/${cut}`); // same document: handled as a link pasted into the address bar
  await expect(page.getByRole('alert')).toContainText('it may have been cut off');
});

test('a link opened over unsaved work asks first (axe on the dialog); both choices keep everything', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: FACTORY }).click();
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('edge-sizer:autosave') ?? ''))
    .toContain('Factory protocol gateway');
  const mine = await numbers(page);

  const link: Answers = {
    ...DEFAULT_ANSWERS,
    scenarioName: 'From a colleague',
    performance: { ...DEFAULT_ANSWERS.performance, headroomPercent: 80, offlineHours: 2 },
  };
  const tab = await context.newPage();
  await tab.goto(`/${fragmentFor(link)}`);
  const dialog = tab.getByRole('dialog', { name: 'Open this shared link?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('“From a colleague”');
  await expect(dialog).toContainText('“Factory protocol gateway”');
  expect(await numbers(tab)).toBe(mine); // my work stays on screen until I choose
  await shot(tab, '05-link-over-unsaved-work');
  await expectNoAxeViolations(tab, 'link conflict dialog');

  await dialog.getByRole('button', { name: 'Keep mine, save the link as a scenario' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(tab.locator('main')).toBeFocused(); // opened by the page itself: focus lands on <main>, not <body>
  expect(await numbers(tab)).toBe(mine);
  const trigger = tab.getByRole('button', { name: 'Scenarios' });
  await trigger.click();
  const manager = tab.getByRole('dialog', { name: 'Saved scenarios' });
  await expect(manager.getByRole('listitem')).toHaveText([/From a colleague/]);
  await shot(tab, '06-scenarios');
  await expectNoAxeViolations(tab, 'scenarios dialog');
  await tab.keyboard.press('Escape');
  await expect(manager).toHaveCount(0);
  await expect(trigger).toBeFocused();
  await tab.keyboard.press('Enter'); // keyboard only: reopen from the focused trigger
  await expect(manager).toBeVisible();
  await manager.getByRole('button', { name: 'Close' }).click();
  await expect(manager).toHaveCount(0);
  await expect(trigger).toBeFocused();

  // Same question in the open tab when the link is pasted into the address bar; this time open it.
  const other: Answers = {
    ...link,
    scenarioName: 'Second link',
    performance: { ...DEFAULT_ANSWERS.performance, headroomPercent: 10, offlineHours: 1 },
  };
  await tab.goto(`/${fragmentFor(other)}`);
  const again = tab.getByRole('dialog', { name: 'Open this shared link?' });
  await again.getByRole('button', { name: 'Open the link' }).click();
  await expect(tab.getByRole('spinbutton', { name: 'Average messages per second' })).toBeVisible();
  await tab.getByRole('link', { name: /Start/ }).click();
  await expect(tab.getByRole('textbox', { name: 'Scenario name' })).toHaveValue('Second link');
  await tab.getByRole('button', { name: 'Scenarios' }).click();
  await expect(tab.getByRole('dialog', { name: 'Saved scenarios' }).getByRole('listitem')).toHaveText([
    /From a colleague/,
    /Factory protocol gateway \(before opening a link\)/,
  ]);
});

test('export JSON, import it back, and refuse an invalid file without changing anything', async ({
  page,
}, testInfo) => {
  const requests = watchNetwork(page);
  await page.goto('/');
  await page.getByRole('button', { name: FACTORY }).click();
  const factory = await numbers(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('factory-protocol-gateway.answers.json');
  const path = testInfo.outputPath('export.json');
  await file.saveAs(path);
  const exported = JSON.parse(readFileSync(path, 'utf8')) as Answers;
  expect(exported.scenarioName).toBe('Factory protocol gateway');

  // Import a changed copy: the numbers follow.
  const changed = testInfo.outputPath('changed.json');
  writeFileSync(
    changed,
    JSON.stringify({
      ...exported,
      scenarioName: 'Imported',
      data: { ...exported.data, messagesPerSecondAvg: 2000, messagesPerSecondPeak: 4000 },
    }),
  );
  await page.getByLabel('Answers file to import').setInputFiles(changed);
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported “Imported” from changed.json' }),
  ).toBeVisible();
  await expect.poll(() => numbers(page)).not.toBe(factory);
  const imported = await numbers(page);

  // An invalid file: the alert names the field, nothing changes.
  const bad = testInfo.outputPath('bad.json');
  writeFileSync(bad, JSON.stringify({ ...exported, workload: { ...exported.workload, moduleCount: 5000 } }));
  await page.getByLabel('Answers file to import').setInputFiles(bad);
  await expect(page.getByRole('alert')).toContainText(
    'workload.moduleCount: Number of modules must be at most 200',
  );
  await expect(page.getByRole('alert')).toContainText('Nothing was changed');
  expect(await numbers(page)).toBe(imported);
  await shot(page, '07-import-refused');
  await expectNoAxeViolations(page, 'header with import problem', ['.app-header']);

  // A deployment manifest given to Import JSON: pointed to the manifest import, nothing changes.
  const manifest = testInfo.outputPath('deployment.json');
  writeFileSync(
    manifest,
    JSON.stringify({ content: { modulesContent: { $edgeAgent: {}, $edgeHub: {} } } }, null, 2),
  );
  await page.getByLabel('Answers file to import').setInputFiles(manifest);
  await expect(page.getByRole('alert')).toContainText(
    'deployment.json is an IoT Edge deployment manifest, not an answers file: use “Import a deployment manifest” (Deployment manifests, in the header). Nothing was changed.',
  );
  expect(await numbers(page)).toBe(imported);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveCount(0);
  await shot(page, '07b-import-manifest-refused');
  await expectNoAxeViolations(page, 'header with manifest import problem', ['.app-header']);
  expectAllLocal(requests);
});

test('golden links of every past format still open (no undefined/NaN); another model version is announced', async ({
  page,
}) => {
  // Read from the golden files themselves (src/testing is outside the e2e TypeScript project). Both carry
  // the same answers, so they must show the same numbers.
  const shown: string[] = [];
  for (const format of [1, 2]) {
    const golden = readFileSync(`src/testing/golden/share-links/v${format}.ts`, 'utf8');
    const fragment = /fragment:\s*'([^']+)'/.exec(golden)?.[1] ?? '';
    expect(fragment.startsWith(`#/wizard/data?s=${format}.`)).toBe(true);
    await page.goto(`/${fragment}`);
    await expect(page.getByRole('heading', { level: 2, name: 'Data volume', exact: true })).toBeVisible();
    await expect(page.getByRole('spinbutton', { name: 'Average messages per second' })).toHaveValue('40.5');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.locator('.req-card .req-figure').first()).toBeVisible();
    await expect(page.locator('body')).not.toContainText(/undefined|NaN/);
    shown.push(await numbers(page));
    // Once open, the address bar holds a link of today's format.
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/wizard\/data\?s=3\./);
  }
  expect(shown[1]).toBe(shown[0]);

  const old = { ...createShareState(DEFAULT_ANSWERS), modelVersion: '2025.06.1' };
  await page.goto(`/#/wizard?s=${encodeShareState(old)}`);
  // The golden link was opened and not edited, so this second link replaces it without asking.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const note = page.getByRole('status').filter({ hasText: 'made with sizing model 2025.06.1' });
  await expect(note).toContainText(`the numbers shown are today's model ${MODEL_VERSION}`);
  await shot(page, '08-other-model-version');
  await expectNoAxeViolations(page, 'model-version note', ['.share-notices']);
});

test('browser Back after an edit: the address bar holds the edited answers at once, no entry added', async ({
  page,
}) => {
  const answersIn = (hash: string) => {
    const payload = /\?s=([^&]+)/.exec(hash)?.[1] ?? '';
    const result = decodeShareState(payload);
    return result.ok ? result.state : null;
  };
  await page.goto('/');
  await page.getByRole('button', { name: FACTORY }).click();
  await page
    .getByRole('navigation', { name: 'Wizard steps' })
    .getByRole('link', { name: /Workload/ })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Workload', exact: true })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Wizard steps' })
    .getByRole('link', { name: /Data volume/ })
    .click();
  await page.getByRole('spinbutton', { name: 'Average messages per second' }).fill('654');
  await expect
    .poll(async () => answersIn(await page.evaluate(() => location.hash))?.answers.data.messagesPerSecondAvg)
    .toBe(654);
  const entries = await page.evaluate(() => history.length);

  // Read the address bar in the same task as the Back navigation's popstate (before any debounced write).
  const hashAfterBack = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        window.addEventListener('popstate', () => setTimeout(() => resolve(location.hash), 0), {
          once: true,
        });
        history.back();
      }),
  );
  expect(hashAfterBack).toMatch(/^#\/wizard\/workload\?s=3\./);
  expect(answersIn(hashAfterBack)?.answers.data.messagesPerSecondAvg).toBe(654);
  expect(answersIn(hashAfterBack)).not.toBeNull(); // the step is in the path: #/wizard/workload (above)
  await expect(page.getByRole('heading', { level: 2, name: 'Workload', exact: true })).toBeVisible();
  expect(await page.evaluate(() => history.length)).toBe(entries);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // After a reload, Back/Forward still walk this tab's own entries (marked in history.state): an older
  // payload met on the way is rewritten, never offered as "a link that would replace your work".
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Workload', exact: true })).toBeVisible();
  await page.goForward();
  const average = page.getByRole('spinbutton', { name: 'Average messages per second' });
  await expect(average).toHaveValue('654');
  await average.fill('655');
  await expect
    .poll(async () => answersIn(await page.evaluate(() => location.hash))?.answers.data.messagesPerSecondAvg)
    .toBe(655);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: 'Workload', exact: true })).toBeVisible();
  expect(answersIn(await page.evaluate(() => location.hash))?.answers.data.messagesPerSecondAvg).toBe(655);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test('the report prints the exact link of what it shows, and leads back to the step the user left', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: FACTORY }).click();
  await page
    .getByRole('navigation', { name: 'Wizard steps' })
    .getByRole('link', { name: /Performance/ })
    .click();
  await page.getByRole('spinbutton', { name: /Headroom/ }).fill('45');
  await page.evaluate(() => {
    location.hash = '#/report'; // a fragment typed by hand, without a payload
  });
  const back = page.getByRole('link', { name: /Back to the wizard/ });
  await expect(back).toHaveCount(1);
  const printed = await page.locator('a.report-url').first().innerText();
  const state = decodeShareState(/\?s=([^&]+)/.exec(printed)?.[1] ?? '');
  expect(printed).toMatch(/#\/report\?s=3\./);
  expect(state.ok && state.state.answers.performance.headroomPercent).toBe(45);
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/report\?s=3\./);
  await shot(page, '11-report-top');
  await back.click();
  await expect(page.getByRole('heading', { level: 2, name: 'Performance', exact: true })).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: /Headroom/ })).toHaveValue('45');
});

test('at phone width the share tools wrap inside the header without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#/wizard?s=1.broken');
  await expect(page.getByRole('button', { name: 'Copy share link' })).toBeVisible();
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await shot(page, '09-phone');
  await page.getByRole('button', { name: 'Scenarios' }).click();
  await expect(page.getByRole('dialog', { name: 'Saved scenarios' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await shot(page, '10-phone-scenarios');
});
