/**
 * Issue 20 item 10: typing in a module name with 200 modules. The speed itself is measured by the bench
 * (`npm run bench`, "Typing in a module name, 200 modules"); this journey checks, in Chromium, the two things
 * that made each keystroke slow and that a later change could undo:
 * - the row being edited is drawn normally (not `content-visibility: auto`): near the bottom of the window
 *   such a row left each keystroke unpresented for about 300 ms, until the next URL write redrew the page;
 * - the step's form opts out of the browser's form-state saving (`autocomplete="off"`), which copied 1,000
 *   controls into the history entry at every URL write (15-50 ms each).
 * Rows away from the focus keep `content-visibility: auto`, and the typed name reaches the autosave.
 */
import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { hugeAnswers } from '../src/testing/huge-answers.ts';
import { expectNoAxeViolations } from './support/axe.ts';

test.use({ viewport: { width: 1280, height: 900 } });

test('typing in module 100 of 200: the edited row is drawn, the form keeps no browser state', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const file = testInfo.outputPath('huge.answers.json');
  writeFileSync(file, JSON.stringify(hugeAnswers()));
  await page.goto('/');
  await page.getByLabel('Answers file to import').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'Imported “Scenario-' })).toBeVisible({
    timeout: 60_000,
  });
  await page
    .getByRole('navigation', { name: 'Wizard steps' })
    .getByRole('link', { name: 'Workload' })
    .click();
  const form = page.getByRole('form', { name: 'Workload' });
  await expect(form.getByRole('heading', { name: 'Modules (200)' })).toBeVisible({ timeout: 60_000 });
  await expect(form).toHaveAttribute('autocomplete', 'off');

  const row = form.getByRole('listitem').filter({ has: page.getByRole('group', { name: /^Module 100 / }) });
  const far = form.getByRole('listitem').filter({ has: page.getByRole('group', { name: /^Module 180 / }) });
  const name = row.getByRole('textbox', { name: /^Name/ });
  const visibility = (item: typeof row) =>
    item.evaluate((element) => getComputedStyle(element).contentVisibility);
  await expect.poll(() => visibility(row)).toBe('auto');

  // The field at the bottom edge of the window, as when the user tabs into it.
  await name.focus();
  await name.evaluate((element) => element.scrollIntoView({ block: 'end' }));
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('z');
  await expect(name).toHaveValue(/^m99-.*z$/);
  await expect.poll(() => visibility(row)).toBe('visible');
  await expect.poll(() => visibility(far)).toBe('auto');

  // The edit reaches the answers (the autosave, written after a short pause in the typing).
  const typed = await name.inputValue();
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('edge-sizer:autosave') ?? ''))
    .toContain(JSON.stringify(typed));
  await expectNoAxeViolations(page, 'module 100 of 200 while typing', ['.module-row:focus-within']);

  // Focus leaves the row: it is skipped again while off screen.
  await form.getByRole('heading', { name: 'Modules (200)' }).click();
  await expect.poll(() => visibility(row)).toBe('auto');
});
