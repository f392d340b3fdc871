/**
 * The sources a user sees (devices, prices, platforms, the register, release lines, findings) are primary, or
 * say they are secondary (issue 19): no secondary site and no localised Microsoft page goes unmarked, and no
 * source points into this repository's docs/, which the static app does not ship.
 */
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS } from './assumptions.ts';
import { DEVICE_PLATFORMS } from './catalog/device-platforms.ts';
import { DEVICES } from './catalog/devices.ts';
import { PRICES } from './catalog/prices.ts';
import { IOT_EDGE_RELEASES } from './compat/os-support.ts';
import { estimate } from './estimate.ts';
import { PRESETS } from './presets.ts';

/**
 * Every source-like string of the data a user sees, one per URL: split at " ; ", a "(secondary: …)" note kept
 * with the URL before it (the screens show it right after that link).
 */
function sources(): string[] {
  const out: string[] = [];
  const take = (s: string | undefined) => {
    if (s) out.push(...s.split(/\s+;\s+(?!\(secondary)/));
  };
  for (const d of DEVICES) d.sources.forEach(take);
  for (const p of Object.values(PRICES)) take(p.source);
  for (const p of Object.values(DEVICE_PLATFORMS))
    for (const fact of Object.values(p)) take((fact as { source?: string }).source);
  for (const a of Object.values(ASSUMPTIONS)) take(a.source);
  for (const r of Object.values(IOT_EDGE_RELEASES)) take(r.source);
  for (const p of PRESETS) for (const f of estimate(p.answers).findings) take(f.source);
  return out;
}

const SECONDARY_SITES =
  /thestarbiznews\.com|phonetoday\.it|mastersingaming\.com|punto-informatico\.it|tugatech\.com\.pt|minipcblogs\.com/;

describe('sources', () => {
  const all = sources();

  it('are many (the check reads the data)', () => {
    expect(all.length).toBeGreaterThan(100);
  });

  it('cite no Microsoft page in another language than English', () => {
    expect(all.filter((s) => /learn\.microsoft\.com\/(?!en-)[a-z]{2}-[a-z]{2}\//.test(s))).toEqual([]);
  });

  it('mark a secondary site as secondary', () => {
    const unmarked = all.filter(
      (s) => (SECONDARY_SITES.test(s) || /zh-cn/.test(s)) && !/\(secondary\b/.test(s),
    );
    expect(unmarked).toEqual([]);
  });

  it('never send the user to the repository’s docs/, which the app does not ship', () => {
    expect(all.filter((s) => /(^|\s)docs\/|see docs/i.test(s))).toEqual([]);
  });
});
