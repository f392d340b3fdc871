/**
 * The built app ships a strict Content-Security-Policy (vite.config.ts) and works under it: no inline script,
 * no inline style attribute, no third-party origin. The policy is a <meta> tag injected at build time.
 */
import { expect, test, type Page } from '@playwright/test';

interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
}

declare global {
  interface Window {
    __cspViolations?: Violation[];
    __inlineScriptRan?: boolean;
  }
}

/** Record every CSP violation (DOM event) and every console message about one, from the first byte on. */
async function watchViolations(page: Page): Promise<{ console: string[]; pageErrors: string[] }> {
  // Init scripts are injected by the browser (DevTools protocol), so the page's CSP does not apply to them.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push({
        directive: event.effectiveDirective,
        blockedURI: event.blockedURI,
        sample: event.sample,
      });
    });
  });
  const seen = { console: [] as string[], pageErrors: [] as string[] };
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) seen.console.push(message.text());
  });
  page.on('pageerror', (error) => seen.pageErrors.push(error.message));
  return seen;
}

const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? []);

/** Click "Next" through the wizard's steps, as a user would, until there is no next step. */
async function clickThroughWizard(page: Page): Promise<number> {
  let steps = 0;
  for (; steps < 15; steps += 1) {
    const next = page.getByRole('button', { name: /^next\b/i }).first();
    if (!(await next.isVisible().catch(() => false)) || !(await next.isEnabled().catch(() => false))) break;
    const before = page.url();
    await next.click();
    await expect.poll(() => page.url()).not.toBe(before);
  }
  return steps;
}

test('the built page carries a strict policy: self only, no inline script', async ({ page }) => {
  await page.goto('/');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content', { timeout: 5_000 });
  expect(policy).not.toBeNull();
  const directives = new Map(
    (policy ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name, values] as const),
  );
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('style-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);
  expect(directives.get('form-action')).toEqual(["'none'"]);
  // Nothing loosens it: no inline/eval keyword, no scheme or host wildcard, no third-party host.
  for (const [name, values] of directives) {
    for (const value of values) {
      expect(value, `${name} ${value}`).toMatch(/^('self'|'none'|data:|blob:)$/);
    }
  }
  // The tag comes before every script and stylesheet, so it covers them all.
  const order = await page.evaluate(() =>
    [...document.head.children].map((el) => el.getAttribute('http-equiv') ?? el.tagName.toLowerCase()),
  );
  const cspAt = order.indexOf('Content-Security-Policy');
  expect(cspAt).toBeGreaterThanOrEqual(0);
  expect(order.slice(0, cspAt)).not.toContain('script');
  expect(order.slice(0, cspAt)).not.toContain('link');
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

test('the policy really blocks inline script, style attributes and third-party origins', async ({ page }) => {
  // The control for the journey below: proves the listeners see a violation when there is one.
  await watchViolations(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Edge Sizer');
  await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineScriptRan = true';
    document.head.append(script);
    document.body.insertAdjacentHTML('beforeend', '<p id="csp-probe" style="color: red">probe</p>');
    await fetch('https://example.com/').catch(() => undefined);
  });
  await expect
    .poll(async () => (await violations(page)).map((v) => v.directive).sort())
    .toEqual(['connect-src', 'script-src-elem', 'style-src-attr']);
  expect(await page.evaluate(() => window.__inlineScriptRan)).toBeUndefined();
});

test.describe('journey', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('no CSP violation while clicking through the wizard and opening the report', async ({
    page,
    baseURL,
  }) => {
    const seen = await watchViolations(page);
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
    });

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Edge Sizer');
    // A preset with several modules, the share toolbar (copy link, saved scenarios), then every wizard step.
    await page.getByRole('button', { name: /use preset\W+factory/i }).click();
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect(page.getByRole('status').filter({ hasText: /copied/i })).toBeVisible();
    await page.getByRole('button', { name: 'Scenarios' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await page.getByRole('link', { name: /step 1/i }).click();
    const steps = await clickThroughWizard(page);
    test.info().annotations.push({ type: 'wizard steps clicked', description: String(steps) });
    expect(steps, 'the journey went through the wizard').toBeGreaterThanOrEqual(5);

    // Open the report (lazy chunk, charts and the QR code image), as a user would.
    const toReport = page
      .getByRole('button', { name: /report/i })
      .or(page.getByRole('link', { name: /report/i }));
    if (
      await toReport
        .first()
        .isVisible()
        .catch(() => false)
    ) {
      await toReport.first().click();
    } else {
      const hash = new URL(page.url()).hash;
      await page.goto(`/#/report${hash.includes('?') ? hash.slice(hash.indexOf('?')) : ''}`);
    }
    await expect(page).toHaveURL(/#\/report/);
    await expect(page.getByRole('heading', { level: 2, name: 'Requirements' })).toBeVisible({
      timeout: 15_000,
    });
    await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
    await expect(page.getByRole('img', { name: /qr/i }).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: test.info().outputPath('report-under-csp.png'), fullPage: true });

    expect(await violations(page)).toEqual([]);
    expect(seen.console).toEqual([]);
    expect(seen.pageErrors).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
