/**
 * IoT Hub tier and units for a fleet's daily message volume.
 *
 * IoT Hub is bought in units of one edition (S1, S2 or S3 in the standard tier); a unit allows a number of messages
 * a day, and device-to-cloud messages are metered in 4 KB blocks (a 4.1 KB message counts as 2). IoT Edge needs
 * the standard tier: the basic tier has no module twins, no device twins and no cloud-to-device messaging, and
 * does not list Azure IoT Edge among its capabilities. The free tier (8,000 messages a day metered in 0.5 KB
 * blocks, one unit) is for testing and evaluation.
 *
 * Prices: the IoT Hub pricing page renders its USD prices in the browser, so no dated USD list price is stored
 * here ("not listed"). The tier is chosen by relative price: the one published price list we read, Azure operated
 * by 21Vianet (azure.cn), charges S2 ten times and S3 a hundred times an S1 unit (¥254.40 / ¥2,544 / ¥25,440 per
 * unit per month, tax included). The cheapest tier is the one with the least units × relative price; at a tie,
 * the higher edition (more room per unit, fewer units to manage).
 */
import { ASSUMPTIONS } from '../assumptions.ts';

const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** The standard tier's editions. */
export const HUB_EDITIONS = ['S1', 'S2', 'S3'] as const;
export type HubEdition = (typeof HUB_EDITIONS)[number];

/** Where each figure comes from. */
export const HUB_SOURCES = {
  quotas:
    'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/iot-hub/iot-hub-devguide-quotas-throttling.md',
  scaling: 'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/iot-hub/iot-hub-scaling.md',
  pricing: 'https://azure.microsoft.com/pricing/details/iot-hub/',
  pricingChina: 'https://www.azure.cn/en-us/pricing/details/iot-hub',
} as const;

/** When the quotas and the relative prices were read. */
export const HUB_FACTS_CHECKED = '2026-12-04';

export interface HubEditionSpec {
  edition: HubEdition;
  /** Messages a day per unit (4 KB blocks). */
  messagesPerDayPerUnit: number;
  /** Most units one hub of this edition can have. */
  maxUnits: number;
  /** Price of a unit relative to an S1 unit. */
  relativePrice: number;
}

/**
 * The standard tier's editions. Messages per day per unit: iot-hub-scaling.md, "Message throughput" (S1 400,000;
 * S2 6 million; S3 300 million; "up to 200 units for the B1, B2, S1, or S2 edition, or up to 10 units for the B3
 * or S3 edition"), and the 4 KB meter size from iot-hub-devguide-quotas-throttling.md. Relative prices: azure.cn
 * price list (S1 ¥254.40, S2 ¥2,544.00, S3 ¥25,440.00 per unit per month).
 */
export const HUB_EDITION_SPECS: Readonly<Record<HubEdition, HubEditionSpec>> = {
  S1: { edition: 'S1', messagesPerDayPerUnit: 400_000, maxUnits: 200, relativePrice: 1 },
  S2: { edition: 'S2', messagesPerDayPerUnit: 6_000_000, maxUnits: 200, relativePrice: 10 },
  S3: { edition: 'S3', messagesPerDayPerUnit: 300_000_000, maxUnits: 10, relativePrice: 100 },
};

/** Paid tiers meter device-to-cloud messages in blocks of this size (KB): the register's iothub.meter-kb, one figure. */
export const HUB_METER_KB = ASSUMPTIONS['iothub.meter-kb'].value;

/** The free tier: for testing and evaluation only. */
export const HUB_FREE_TIER = { messagesPerDay: 8_000, meterKb: 0.5, units: 1 } as const;

/** Why the basic tier cannot serve IoT Edge, in words. */
export const BASIC_TIER_NOTE =
  'The basic tier (B1–B3) cannot run IoT Edge: it has no device or module twins and no cloud-to-device messaging, and Microsoft lists Azure IoT Edge under the standard tier only.';

/** Why the free tier is not a plan, in words. */
export const FREE_TIER_NOTE = `The free tier (${HUB_FREE_TIER.messagesPerDay.toLocaleString('en-US')} messages a day in ${HUB_FREE_TIER.meterKb} KB blocks, one unit, one per subscription) is for testing and evaluation only.`;

/** Metered blocks per message: ceil(size / 4 KB), at least 1. */
export function blocksPerMessage(messageSizeKb: number): number {
  if (!(messageSizeKb > 0)) return 1;
  // Rounded to a millionth first, so that 8 KB computed as 7.999999999 is not one block short, nor 4.0000000001 KB one over.
  return Math.max(1, Math.ceil(Math.round((messageSizeKb / HUB_METER_KB) * 1e6) / 1e6));
}

/** One edition's answer for a volume. */
export interface HubOption {
  edition: HubEdition;
  /** Units needed: ceil(daily blocks / quota per unit), at least 1. */
  units: number;
  /** False when the units needed exceed what one hub of the edition can have. */
  fitsOneHub: boolean;
  /** units × relative price (S1 unit = 1). */
  relativeCost: number;
}

export interface HubPlan {
  /** Metered messages a day across the fleet (4 KB blocks). */
  dailyBlocks: number;
  /** Every standard edition with its units, in S1, S2, S3 order. */
  options: HubOption[];
  /** The cheapest edition that fits one hub; null when none does (the fleet needs more than one hub). */
  chosen: HubOption | null;
  /** How the choice was made, in one sentence. */
  why: string;
}

/** Units of an edition for a daily volume of blocks (a hub has at least one unit). */
export function unitsFor(edition: HubEdition, dailyBlocks: number): number {
  const quota = HUB_EDITION_SPECS[edition].messagesPerDayPerUnit;
  return Math.max(1, Math.ceil(dailyBlocks / quota));
}

/** The standard editions for a daily volume of metered blocks, and the cheapest one. */
export function hubPlan(dailyBlocks: number): HubPlan {
  const blocks = Number.isFinite(dailyBlocks) && dailyBlocks > 0 ? dailyBlocks : 0;
  const options = HUB_EDITIONS.map((edition): HubOption => {
    const spec = HUB_EDITION_SPECS[edition];
    const units = unitsFor(edition, blocks);
    return { edition, units, fitsOneHub: units <= spec.maxUnits, relativeCost: units * spec.relativePrice };
  });
  let chosen: HubOption | null = null;
  for (const option of options) {
    if (!option.fitsOneHub) continue;
    // Strictly cheaper wins; at a tie the later (higher) edition wins: the same price buys more daily room.
    if (chosen === null || option.relativeCost <= chosen.relativeCost) chosen = option;
  }
  const why =
    chosen === null
      ? `${WHOLE.format(blocks)} messages a day exceed one hub of any edition (S1 and S2: up to 200 units; S3: up to 10): split the fleet over several hubs.`
      : `${chosen.edition} × ${chosen.units} is the cheapest standard edition for ${WHOLE.format(blocks)} metered messages a day (units × price per unit relative to S1: ${options
          .filter((o) => o.fitsOneHub)
          .map(
            (o) =>
              `${o.edition} ${o.units} × ${HUB_EDITION_SPECS[o.edition].relativePrice} = ${o.relativeCost}`,
          )
          .join('; ')}).`;
  return { dailyBlocks: blocks, options, chosen, why };
}
