/**
 * GOLDEN LINK, share-link format 3 with a fleet plan. Never edit: this string was produced by encodeShareState
 * (2026-12-04) when the fleet's answers were appended to the budget section (budget positions 2 to 7:
 * planFleet, sites, devicesPerSite, energyUsdPerKwh, dataUsdPerGb, sparePercent; src/domain/share/wire.ts).
 * It carries the format-3 golden answers plus a fleet of 20 sites × 5 devices, and must keep opening with them.
 */
import type { GoldenLink } from './v1.ts';
import { GOLDEN_V3 } from './v3.ts';

export const GOLDEN_V3_FLEET: GoldenLink = {
  formatVersion: 3,
  modelVersion: '2026.11.2',
  fragment:
    '#/wizard/platform?s=3.NY47TsNAEIavspqCarze2bWdECEkaGioaJ0tjLMJK9neyA8QVLQUkZA4Rc6RmyDlHswapRjN4__mnylBK11IIqkBS3gIzcZ14pXE7-ePePSdE0bc7KrRvVXvt2INd1f3a2CS0GCGZQlt3cvW130YwnaUdWhTH0a32bkUEOrQjSzI6mPqHYM-pGD5TNjXyX56bvzw4nrmtr4Z5-LpdBym9nQU5-_D-esQYUKFBeeEMNHYTU0THVZaXkvin2FFMovPQ4QNqRm5cJQrJC3zS5_TvwUWmbVoeJIpVrVSGLNBk_NMYzy6lAsk1mYIsyWqaBjRBaPES5jzluY69rMaF_jiHOyirbV_',
  view: 'wizard',
  step: 'platform',
  answers: {
    ...GOLDEN_V3.answers,
    budget: {
      ...GOLDEN_V3.answers.budget,
      planFleet: true,
      sites: 20,
      devicesPerSite: 5,
      energyUsdPerKwh: 0.25,
      dataUsdPerGb: 1.5,
      sparePercent: 10,
    },
  },
};
