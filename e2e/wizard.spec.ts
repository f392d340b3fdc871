/**
 * The wizard as a user meets it, in Debian's Chromium: presets, live results, validation and recovery,
 * keyboard-only completion, the browser's Back button, axe (WCAG 2.2 AA tags) on every step, and screenshots
 * of every step at desktop and phone width (test-results/wizard-screens/).
 */
import { expectNoAxeViolations } from './support/axe.ts';
import { expect, test, type Locator, type Page } from '@playwright/test';

const STEPS = [
  ['start', 'Start'],
  ['workload', 'Workload'],
  ['layers', 'Shared layers'],
  ['data', 'Data volume'],
  ['accelerators', 'Accelerators'],
  ['performance', 'Performance'],
  ['budget', 'Budget'],
  ['platform', 'Platform'],
] as const;

const SHOTS = 'test-results/wizard-screens';

const stepHeading = (page: Page, title: string) =>
  page.getByRole('heading', { level: 2, name: title, exact: true });
/** The requirement figures of the live results ("1.2 ref-cores", "512 MiB", …), as one string. */
const figures = async (page: Page) =>
  (await page.locator('.req-card .req-figure').allInnerTexts()).join(' | ');

/** The header and the wizard column (the results panel has its own scans in results.spec.ts). */
const WIZARD_ONLY = ['.app-header', '.app-columns__wizard'];

/** Press Tab until `target` has the focus (keyboard only); fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 120) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test('pick a preset, change answers, and see the live results follow', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edge Sizer');
  await expect(stepHeading(page, 'Start')).toBeVisible();
  await expect(page.locator('.req-card').first()).toBeVisible();

  const defaults = await figures(page);
  await page.getByRole('button', { name: 'Use preset: Factory protocol gateway (OPC UA / Modbus)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loaded Factory protocol gateway' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue('Factory protocol gateway');
  await expect.poll(() => figures(page)).not.toBe(defaults);
  const factory = await figures(page);
  const device = await page.locator('.headline-device').innerText();

  // More modules and more data: the requirements go up and the figures change as the user types.
  await page.getByRole('link', { name: /Workload/ }).click();
  await expect(stepHeading(page, 'Workload')).toBeVisible();
  for (let i = 0; i < 4; i += 1) await page.getByRole('button', { name: /^Duplicate module 1/ }).click();
  await expect(page.getByRole('group', { name: /^Module \d+/ })).toHaveCount(9);
  await expect.poll(() => figures(page)).not.toBe(factory);

  await page.getByRole('link', { name: /Data volume/ }).click();
  const average = page.getByRole('spinbutton', { name: 'Average messages per second' });
  await average.fill('5000');
  await page.getByRole('spinbutton', { name: 'Peak messages per second' }).fill('20000');
  await page.getByRole('radio', { name: /Heavy/ }).check();
  await expect.poll(() => page.locator('.headline-device, .none-fits').first().innerText()).not.toBe(device);
});

test('an out-of-range value shows a message at the field, never reaches the results, and recovers', async ({
  page,
}) => {
  await page.goto('/#/wizard/data');
  await expect(stepHeading(page, 'Data volume')).toBeVisible();
  const upstream = page.getByRole('spinbutton', { name: 'Share sent upstream' });
  await upstream.fill('50');
  await expect.poll(() => figures(page)).toBeTruthy();
  const valid = await figures(page);

  await upstream.fill('150');
  const message = page.getByText('Share sent upstream (%) must be at most 100');
  await expect(message).toBeVisible();
  await expect(upstream).toHaveAttribute('aria-invalid', 'true');
  await expect(upstream).toHaveAccessibleDescription(/must be at most 100/);
  await expect(page.getByText(/A field in this step needs attention/)).toBeVisible();
  expect(await figures(page)).toBe(valid);

  // Next does not move on; focus goes to the field.
  await page.getByRole('button', { name: /Next: Accelerators/ }).click();
  await expect(stepHeading(page, 'Data volume')).toBeVisible();
  await expect(upstream).toBeFocused();

  // Another answer in the same step still reaches the results.
  await page.getByRole('spinbutton', { name: 'Average messages per second' }).fill('400');
  await expect.poll(() => figures(page)).not.toBe(valid);
  const withAverage = await figures(page);

  await upstream.fill('80');
  await expect(message).toBeHidden();
  await expect(upstream).toHaveAttribute('aria-invalid', 'false');
  await expect.poll(() => figures(page)).not.toBe(withAverage);
  // The step and the answers survive a reload (the URL fragment and the autosave carry them).
  await expect(page).toHaveURL(/#\/wizard\/data\?s=/);
  await page.reload();
  await expect(stepHeading(page, 'Data volume')).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: 'Share sent upstream' })).toHaveValue('80');
});

test('the browser Back button walks back through the steps', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Next: Workload/ }).click();
  await expect(stepHeading(page, 'Workload')).toBeVisible();
  await page.getByRole('button', { name: /Next: Shared layers/ }).click();
  await expect(stepHeading(page, 'Shared layers')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Wizard steps' })
    .getByRole('link', { name: /Budget/ })
    .click();
  await expect(stepHeading(page, 'Budget')).toBeVisible();
  await expect(page).toHaveURL(/#\/wizard\/budget/);

  await page.goBack();
  await expect(stepHeading(page, 'Shared layers')).toBeVisible();
  await page.goBack();
  await expect(stepHeading(page, 'Workload')).toBeVisible();
  await page.goForward();
  await expect(stepHeading(page, 'Shared layers')).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Wizard steps' }).locator('[aria-current="step"]'),
  ).toHaveText(/Shared layers/);
});

test('a compatibility finding leads to the answer it is about', async ({ page }) => {
  await page.goto('/#/wizard/platform');
  await page.getByRole('radio', { name: /ARMv6/ }).check();
  await page
    .getByRole('navigation', { name: 'Wizard steps' })
    .getByRole('link', { name: 'Data volume' })
    .click();
  await expect(stepHeading(page, 'Data volume')).toBeVisible();
  await page.getByRole('button', { name: 'Change CPU architecture' }).first().click();
  await expect(stepHeading(page, 'Platform')).toBeVisible();
  await expect(page.getByRole('radio', { name: /ARMv6/ })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: /ARM32/ })).toBeChecked();
  await expect(page.locator('.findings')).not.toContainText(/armv6/i);
});

test('the whole wizard can be completed with the keyboard only', async ({ page }) => {
  await page.goto('/');
  await expect(stepHeading(page, 'Start')).toBeVisible();

  // Skip link first.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // Start: load a preset with Enter, then Next.
  await tabTo(page, page.getByRole('button', { name: 'Use preset: Vision inference at the edge' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue(
    'Vision inference at the edge',
  );
  await tabTo(page, page.getByRole('button', { name: /Next: Workload/ }));
  await page.keyboard.press('Enter');
  await expect(stepHeading(page, 'Workload')).toBeFocused();

  // Workload: duplicate a row with Space, rename it by typing.
  await tabTo(page, page.getByRole('button', { name: /^Duplicate module 2/ }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('group', { name: /^Module \d+/ })).toHaveCount(4);
  await tabTo(page, page.getByRole('button', { name: /Next: Shared layers/ }));
  await page.keyboard.press('Enter');
  await expect(stepHeading(page, 'Shared layers')).toBeFocused();

  // Shared layers: arrow keys move through the radio group.
  await tabTo(page, page.getByRole('radio', { name: /No shared layers/ }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /Shared by language/ })).toBeChecked();
  await page.keyboard.press('Enter'); // Enter in a form field submits: Next.
  await expect(stepHeading(page, 'Data volume')).toBeFocused();

  // Data volume: type a number, Enter to go on.
  await tabTo(page, page.getByRole('spinbutton', { name: 'Average messages per second' }));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('12');
  await page.keyboard.press('Enter');
  await expect(stepHeading(page, 'Accelerators')).toBeFocused();

  // Accelerators: GPU stays; change the stream count.
  await tabTo(page, page.getByRole('spinbutton', { name: 'Streams' }));
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('spinbutton', { name: 'Streams' })).toHaveValue('5');
  await page.keyboard.press('Enter');
  await expect(stepHeading(page, 'Performance')).toBeFocused();

  await tabTo(page, page.getByRole('button', { name: /Next: Budget/ }));
  await page.keyboard.press('Enter');
  await expect(stepHeading(page, 'Budget')).toBeFocused();

  await tabTo(page, page.getByRole('spinbutton', { name: 'Hardware budget per device' }));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2000');
  await page.keyboard.press('Enter');
  await expect(stepHeading(page, 'Platform')).toBeFocused();

  // Platform: pick the architecture with arrow keys; the tier note follows.
  await tabTo(page, page.getByRole('radio', { name: /ARM64/ }));
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: /x64/ })).toBeChecked();
  await expect(page.locator('.support-note')).toContainText('on amd64');
  await tabTo(page, page.getByRole('button', { name: /Open the report/ }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/report/);
  // Focus lands on the report's title once the lazy report has rendered (it fell to <body> before).
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('link', { name: /Back to the wizard/ })).toBeVisible();
  await expect(page).toHaveTitle(/Sizing report: Vision inference at the edge/);
  // The browser's Back button returns from the report to the last step, answers intact.
  await page.goBack();
  await expect(stepHeading(page, 'Platform')).toBeVisible();
  await expect(page.getByRole('radio', { name: /x64/ })).toBeChecked();
  await expect(page.getByRole('spinbutton', { name: 'Hardware budget per device' })).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Wizard steps' }).getByRole('link', { name: 'Budget' }).click();
  await expect(page.getByRole('spinbutton', { name: 'Hardware budget per device' })).toHaveValue('2000');
});

// One journey per width: each scans every step (16 axe passes in all) and takes the screenshots we look at; split
// so that each stays well inside its time on a busy 2-core machine.
for (const [width, height, name] of [
  [1280, 900, 'desktop'],
  [390, 844, 'phone'],
] as const) {
  test(`every step passes axe (WCAG 2.2 AA tags), with screenshots at ${name} width`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await page
      .getByRole('button', { name: 'Use preset: Factory protocol gateway (OPC UA / Modbus)' })
      .click();
    for (const [id, title] of STEPS) {
      await page.getByRole('navigation', { name: 'Wizard steps' }).getByRole('link', { name: title }).click();
      await expect(stepHeading(page, title)).toBeVisible();
      if (id === 'platform' && name === 'desktop') {
        await page.getByRole('combobox', { name: 'Host operating system' }).selectOption('windows-server');
        await expect(page.getByRole('heading', { name: /inside EFLOW/ })).toBeVisible();
      }
      // The whole page once per width; then the wizard column on every step (a full scan takes ~10 s here).
      await expectNoAxeViolations(page, `${id} @ ${name}`, id === 'start' ? [] : WIZARD_ONLY);
      const shot = `${SHOTS}/${name}-${String(STEPS.findIndex(([s]) => s === id) + 1)}-${id}`;
      await page.screenshot({ path: `${shot}.png` });
      // The page never scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      if (name === 'phone')
        await page.locator('.app-columns__wizard').screenshot({ path: `${shot}-form.png` });
    }
    if (name === 'phone') return;
    // An error state is accessible too.
    await page
      .getByRole('navigation', { name: 'Wizard steps' })
      .getByRole('link', { name: 'Data volume' })
      .click();
    await page.getByRole('spinbutton', { name: 'Share sent upstream' }).fill('150');
    await expect(page.getByText(/must be at most 100/)).toBeVisible();
    await expectNoAxeViolations(page, 'data with an error', WIZARD_ONLY);
    await page.screenshot({ path: `${SHOTS}/desktop-data-error.png` });
  });
}

test('the module table: a bad or repeated name shows at its row, Remove keeps the focus in the table', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Use preset: Factory protocol gateway (OPC UA / Modbus)' }).click();
  await page
    .getByRole('navigation', { name: 'Wizard steps' })
    .getByRole('link', { name: 'Workload' })
    .click();
  await expect(stepHeading(page, 'Workload')).toBeVisible();
  const row = (n: number) => page.getByRole('group', { name: new RegExp(`^Module ${n}\\b`) });
  const name3 = row(3).getByRole('textbox', { name: 'Name' });
  const first = await row(1).getByRole('textbox', { name: 'Name' }).inputValue();
  await name3.fill(first);
  await expect(row(3).getByText(`Module 1 is already called "${first}"`)).toBeVisible();
  await expect(name3).toHaveAttribute('aria-invalid', 'true');
  const name4 = row(4).getByRole('textbox', { name: 'Name' });
  await name4.fill('opc publisher');
  await expect(row(4).getByText(/no spaces, no \$/)).toBeVisible();
  // The stepper does not leave while a name is wrong: the first bad field gets the focus.
  await page.getByRole('navigation', { name: 'Wizard steps' }).getByRole('link', { name: 'Budget' }).click();
  await expect(stepHeading(page, 'Workload')).toBeVisible();
  await expect(name3).toBeFocused();
  await expectNoAxeViolations(page, 'module table with errors', WIZARD_ONLY);
  await row(3).scrollIntoViewIfNeeded();
  await page.locator('.module-table').screenshot({ path: `${SHOTS}/desktop-module-table-errors.png` });

  // Remove with the keyboard: the focus goes to the row that moved up, not to <body>.
  await row(3)
    .getByRole('button', { name: /^Remove module 3/ })
    .focus();
  await page.keyboard.press('Enter');
  await expect(row(3).getByRole('textbox', { name: 'Name' })).toBeFocused();
  await expect(row(3).getByRole('textbox', { name: 'Name' })).toHaveValue('opc publisher');
});

test.describe('on a first visit, while the step forms are still loading', () => {
  // No service worker, so every visit is a first one and page.route sees the chunk requests.
  test.use({ serviceWorkers: 'block' });

  /** Cumulative layout shift of the page so far (the layout-shift entries not caused by input). */
  const cumulativeLayoutShift = (page: Page) =>
    page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & {
              value: number;
              hadRecentInput: boolean;
            })[])
              if (!entry.hadRecentInput) total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );

  for (const step of ['start', 'budget', 'performance', 'workload'])
    test(`a link to the ${step} step opens on it, takes no focus, and the page does not jump at phone width`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 412, height: 823 });
      await page.goto(`/#/wizard/${step}`);
      await expect(page.locator('form.step-form')).toBeVisible();
      // Below the wizard at phone width, the results load as they come near the viewport: scroll to them.
      await page.locator('#live-results').scrollIntoViewIfNeeded();
      await expect(
        page
          .getByRole('region', { name: /your estimate/i })
          .getByRole('status')
          .first(),
      ).toContainText(/RAM \d/);
      // The page opened by a link keeps the focus where a page load puts it.
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
      // The step forms' room was held while they loaded (with the layout shift, Lighthouse's CLS).
      expect(await cumulativeLayoutShift(page)).toBeLessThan(0.01);
    });

  test('forms that arrive late do not pull the focus from where the user has moved it', async ({ page }) => {
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // Every step's form is its own chunk (start-step-….js, data-step-….js, …): hold them all.
    await page.route(/\/assets\/[a-z]+-step-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/');
    await expect(page.getByText('Loading the questions…')).toBeVisible();
    // The stepper works before the forms arrive...
    await page.getByRole('link', { name: /Data volume/ }).click();
    await expect(stepHeading(page, 'Data volume')).toBeVisible();
    // ...the user moves on to the toolbar, then the forms arrive: the focus stays there.
    const copy = page.getByRole('button', { name: 'Copy share link' });
    await copy.focus();
    release();
    await expect(page.getByRole('spinbutton', { name: /Average messages per second/ })).toBeVisible();
    await expect(copy).toBeFocused();
    // With the forms loaded, a stepper link moves the focus to the new step's heading as before.
    await page.getByRole('link', { name: /Budget/ }).click();
    await expect(stepHeading(page, 'Budget')).toBeFocused();
  });
});

test('a module name left empty in the table, hidden by "By count", blocks neither Next nor the step links', async ({
  page,
}) => {
  await page.goto('/#/wizard/workload');
  await expect(stepHeading(page, 'Workload')).toBeVisible();
  await page.getByRole('radio', { name: /One row per module/ }).check();
  await page.getByRole('button', { name: '+ Add a module' }).click();
  const name = page.getByRole('group', { name: /^Module 1/ }).getByRole('textbox', { name: 'Name' });
  await name.fill('');
  await expect(page.getByText(/Give the module a name/)).toBeVisible();
  await expect(page.getByText(/A field in this step needs attention/)).toBeVisible();

  // Back to "By count": the row is hidden, and nothing hidden may block the step.
  await page.getByRole('radio', { name: /By count/ }).check();
  await expect(page.getByText(/A field in this step needs attention/)).toBeHidden();
  await expectNoAxeViolations(page, 'workload by count after an empty module name', WIZARD_ONLY);
  await page.getByRole('navigation', { name: 'Wizard steps' }).getByRole('link', { name: 'Budget' }).click();
  await expect(stepHeading(page, 'Budget')).toBeVisible();
  await page.goBack();
  await expect(stepHeading(page, 'Workload')).toBeVisible();
  await page.getByRole('button', { name: /^Next/ }).click();
  await expect(stepHeading(page, 'Shared layers')).toBeVisible();
});
