/**
 * GOLDEN LINK, share-link format 3. Never edit: this string was produced by encodeShareState of format 3
 * (2026-12-04: raw DEFLATE + base64url, `[model, answers]` without the view and step, appendable sections;
 * src/domain/share/wire.ts) and must keep opening with these answers after any change of the format
 * (migrations.ts). It carries the answers of the format-1 golden link plus non-default values for the
 * fields format 3 appended (service life, attestation, deployments per month, starting offline).
 */
import { GOLDEN_V1, type GoldenLink } from './v1.ts';

export const GOLDEN_V3: GoldenLink = {
  formatVersion: 3,
  modelVersion: '2026.11.2',
  /** The URL fragment as the app writes it. */
  fragment:
    '#/wizard/platform?s=3.NY47TsNAEIavstqCajze2bWdECEkaGioaJ0tjLMJK9neyA8QVLQUkZA4Rc6RmyDlHswapRjN4__mnymlVrpAItQSSvkQmo3rxCuJ388f8eg7J4y42VWje6veb8Va3l3dryWTBAYyKEvZ1j22vu7DELYj1qFNfRjdZudSCbIO3cgCVh9T7xj0IZWWz4R9neyn58YPL65nbuubcS6eTsdhak9Hcf4-nL8OESZQUHBOCBIN3dQ00WGl8RqJf5Yrwiw-LyNsSM3IhaNcAWnML31O_xZQZNaC4UmmWNVKQcwGTM4zDfHoEhdArM0QZEtQ0TCiC4wURZXt5-AVba39Aw',
  view: 'wizard',
  step: 'platform',
  answers: {
    ...GOLDEN_V1.answers,
    performance: { ...GOLDEN_V1.answers.performance, mayBootOffline: false },
    budget: { ...GOLDEN_V1.answers.budget, serviceLifeYears: 7.5 },
    platform: { ...GOLDEN_V1.answers.platform, attestation: 'tpm', deploymentsPerMonth: 12 },
  },
};
