/** The one axe check of the e2e journeys: WCAG 2.0–2.2 A and AA rules, on the page or on parts of it. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Fails with every violation (rule, impact, elements), prefixed by `label`. `include` limits the scan to those
 * selectors (a part with its own journeys is scanned there); none = the whole page.
 */
export async function expectNoAxeViolations(
  page: Page,
  label: string,
  include: readonly string[] = [],
): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  for (const selector of include) builder.include(selector);
  const results = await builder.analyze();
  expect(
    results.violations.map(
      (v) => `${label}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}
