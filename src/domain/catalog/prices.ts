/**
 * Device prices: the ONE place to update them. Each price carries the date it was read (`asOf`), what it is based
 * on and its source; devices.ts reads `priceUsd` and `priceNote` from here, and the results and the report say
 * "prices as of PRICES_AS_OF".
 *
 * To update a price: change `usd`, `asOf`, `basis` and `source` of its row, then PRICES_AS_OF if it is newer.
 *
 * Raspberry Pi history used below (US dollar list prices):
 * - Oct 2025: CM4/CM5 4 GB +$5, 8 GB +$10; Pi 3 B+ +$5 (https://tugatech.com.pt/post?t=72201&mode=reply, secondary).
 * - Dec 2025: first memory-driven rise, $5–25 depending on RAM (https://www.phonetoday.it/?p=128541, secondary).
 * - 2026-02-03: second rise for every Pi 4, Pi 5, CM4 and CM5 with 2 GB or more: +$10 (2 GB), +$15 (4 GB),
 *   +$30 (8 GB), +$60 (16 GB); 1 GB boards, the Pi 400, Pi 3 and older unchanged
 *   (https://www.punto-informatico.it/raspberry-pi-aumenta-prezzi-matematica-crudele-rincari/, quoting Raspberry Pi's
 *   CEO; secondary, not yet confirmed on raspberrypi.com).
 */

import { formatUsd } from '../vocabulary/format.ts';

/** One device price, dated. */
export interface Price {
  usd: number;
  /** When the price was read or last changed (YYYY-MM-DD). */
  asOf: string;
  /** How the figure is formed, in one sentence. */
  basis: string;
  source: string;
}

const PI_FEB_2026 =
  'https://www.punto-informatico.it/raspberry-pi-aumenta-prezzi-matematica-crudele-rincari/ ; (secondary: Italian press quoting Raspberry Pi; no primary source found)';
const PI_DEC_2025 =
  'https://www.phonetoday.it/?p=128541 ; (secondary: Italian press quoting Raspberry Pi; no primary source found)';
const PI_OCT_2025 =
  'https://tugatech.com.pt/post?t=72201&mode=reply ; (secondary: Portuguese press quoting Raspberry Pi; no primary source found)';
const EST_CLASS = 'Edge Sizer estimate for the class (no list price in the sources)';

/** The newest `asOf` of the table: what the UI shows as "prices as of …". */
export const PRICES_AS_OF = '2026-12-04';

/** Spread of a list price that the UI states next to it (2025–26 DRAM shortage). */
export const PRICE_SPREAD = '±30 %';

export const PRICES = {
  'rpi3b-1gb': {
    usd: 35,
    asOf: '2026-02-03',
    basis: '$35 launch MSRP; the Pi 3 was left out of the 2025–26 rises.',
    source: PI_FEB_2026,
  },
  'rpi3bplus-1gb': {
    usd: 40,
    asOf: '2026-02-03',
    basis: '$35 launch MSRP, +$5 in Oct 2025; unchanged on 2026-02-03.',
    source: `${PI_OCT_2025} ; ${PI_FEB_2026}`,
  },
  'coral-dev-board-1gb': {
    usd: 130,
    asOf: '2026-11-24',
    basis: '≈ $129.99 list (from memory, L).',
    source: 'https://coral.ai/products/',
  },
  'siemens-iot2050-advanced': {
    usd: 500,
    asOf: '2026-11-24',
    basis: 'EST $300–700 (no list price found); midpoint used.',
    source: EST_CLASS,
  },
  'rpi4b-2gb': {
    usd: 55,
    asOf: '2026-02-03',
    basis: '$45 since Oct 2021 (not raised in Dec 2025), +$10 on 2026-02-03.',
    source: PI_FEB_2026,
  },
  'rpi4b-4gb': {
    usd: 75,
    asOf: '2026-02-03',
    basis: '$55 launch, $60 after the Dec 2025 rise, +$15 on 2026-02-03.',
    source: `${PI_DEC_2025} ; ${PI_FEB_2026}`,
  },
  'rpi4b-4gb-coral-usb': {
    usd: 135,
    asOf: '2026-02-03',
    basis: 'Pi 4 4 GB $75 + Coral USB Accelerator ≈ $59.99 (L).',
    source: `${PI_FEB_2026} ; https://coral.ai/products/accelerator/`,
  },
  'rpi-cm4-4gb-32gb': {
    usd: 95,
    asOf: '2026-02-03',
    basis: 'CM4 4 GB / 32 GB eMMC ≈ $75, +$5 in Oct 2025, +$15 on 2026-02-03; carrier board extra.',
    source: `${PI_OCT_2025} ; ${PI_FEB_2026}`,
  },
  'rpi5-4gb': {
    usd: 85,
    asOf: '2026-02-03',
    basis: '$60 launch, $70 after the Dec 2025 rise, +$15 on 2026-02-03.',
    source: `${PI_DEC_2025} ; ${PI_FEB_2026}`,
  },
  'rpi4b-8gb': {
    usd: 115,
    asOf: '2026-02-03',
    basis: '$75 launch, $85 after the Dec 2025 rise, +$30 on 2026-02-03.',
    source: `${PI_DEC_2025} ; ${PI_FEB_2026}`,
  },
  'up-squared-6000-8gb': {
    usd: 500,
    asOf: '2026-11-24',
    basis: 'EST $300–700 (no list price found); midpoint used.',
    source: EST_CLASS,
  },
  'rpi5-8gb': {
    usd: 125,
    asOf: '2026-02-03',
    basis: '$80 launch, $95 after the Dec 2025 rise, +$30 on 2026-02-03.',
    source: `${PI_DEC_2025} ; ${PI_FEB_2026}`,
  },
  'jetson-orin-nano-super-8gb': {
    usd: 249,
    asOf: '2026-11-24',
    basis: '$249 developer kit (SSD extra).',
    source:
      'https://www.brojogopalsapui.com/ai-foundations/sub_contents/AI_hardware/jetson_orin_nano_light.html',
  },
  'rpi5-16gb': {
    usd: 205,
    asOf: '2026-02-03',
    basis: '$120 launch (L), $145 after the Dec 2025 rise, +$60 on 2026-02-03.',
    source: `${PI_DEC_2025} ; ${PI_FEB_2026}`,
  },
  'jetson-orin-nx-16gb': {
    usd: 900,
    asOf: '2026-11-24',
    basis: 'Module ≈ $600–700 (L) + carrier and SSD EST $200.',
    source: EST_CLASS,
  },
  'nuc-core-i5-16gb': {
    usd: 650,
    asOf: '2026-11-24',
    basis: 'EST $300–1,000 for the class (Intel left NUC in July 2023; ASUS continues it).',
    source: EST_CLASS,
  },
  'nuc-core-ultra5-32gb': {
    usd: 900,
    asOf: '2026-11-24',
    basis: 'EST for the class.',
    source: EST_CLASS,
  },
  'jetson-agx-orin-64gb': {
    usd: 1999,
    asOf: '2026-11-24',
    basis: '≈ $1,999 developer kit (L).',
    source: 'https://blog.us.fixstars.com/?p=1855',
  },
  'dell-poweredge-xr-class': {
    usd: 8000,
    asOf: '2026-11-24',
    basis: 'EST $3,000–20,000 for the class (no price found).',
    source: EST_CLASS,
  },
  'ase-pro-2-64g2t': {
    usd: 12000,
    asOf: '2026-12-04',
    basis:
      'Hardware as a service, rented through an Azure subscription, not bought: EST of one year of fees (no price in the sources); check Azure pricing.',
    source: EST_CLASS,
  },
  'ase-pro-2-128g4t1gpu': {
    usd: 15000,
    asOf: '2026-12-04',
    basis: 'Hardware as a service: EST of one year of fees (no price in the sources); check Azure pricing.',
    source: EST_CLASS,
  },
  'ase-pro-2-256g6t2gpu': {
    usd: 20000,
    asOf: '2026-12-04',
    basis: 'Hardware as a service: EST of one year of fees (no price in the sources); check Azure pricing.',
    source: EST_CLASS,
  },
  // ── Added 2026-12-04 (issue 19, "A catalog that covers what architects buy") ──
  // The vendors below sell through configurators and resellers and publish no list price that the research tools
  // could reach on 2026-12-04, so each price is an Edge Sizer estimate for the configuration named, with its range:
  // low confidence, to be replaced by a quote. The one price with a published figure is the ROG NUC's.
  'moxa-uc-8220-2gb': {
    usd: 700,
    asOf: '2026-12-04',
    basis:
      'EST $500–900 for an Arm industrial gateway of this class (no list price found); midpoint used, L.',
    source: EST_CLASS,
  },
  'onlogic-fr201-4gb': {
    usd: 450,
    asOf: '2026-12-04',
    basis: 'EST $350–600 for a CM4 4 GB / 32 GB eMMC in an industrial enclosure (no list price found), L.',
    source: EST_CLASS,
  },
  'advantech-uno-2271g-v2-8gb': {
    usd: 800,
    asOf: '2026-12-04',
    basis: 'EST $600–1,000 for a fanless Atom DIN-rail PC of this class (no list price found), L.',
    source: EST_CLASS,
  },
  'asus-nuc-14-essential-n150-8gb': {
    usd: 350,
    asOf: '2026-12-04',
    basis:
      'EST $250–450 for an Intel N150 mini PC with 8 GB, 256 GB and Windows 11 (no list price found), L.',
    source: EST_CLASS,
  },
  'lenovo-thinkedge-se30-16gb': {
    usd: 1300,
    asOf: '2026-12-04',
    basis:
      'EST $1,000–1,600 for the 16 GB / 512 GB configuration (configure-to-order; no list price found), L.',
    source: EST_CLASS,
  },
  'advantech-mic-711-orin-nx-16gb': {
    usd: 1500,
    asOf: '2026-12-04',
    basis:
      'EST $1,200–1,800: Orin NX 16 GB module, fanless industrial box and 128 GB NVMe (no list price found), L.',
    source: EST_CLASS,
  },
  'lenovo-thinkcentre-m70q-gen5-16gb': {
    usd: 1000,
    asOf: '2026-12-04',
    basis:
      'EST $800–1,200 for the Core i5 / 16 GB / 512 GB configuration with Windows 11 Pro (no list price found), L.',
    source: EST_CLASS,
  },
  'asus-rog-nuc-rtx4060-16gb': {
    usd: 1629,
    asOf: '2026-12-04',
    basis:
      "$1,629 for the entry RTX 4060 model, as reported by Tom's Hardware and quoted by minipcblogs.com (secondary; read 2026-12-04).",
    source:
      "https://minipcblogs.com/en/a/rtx-4070-mini-pcs-local-ai ; (secondary: quotes Tom's Hardware; no primary ASUS price found)",
  },
  'jetson-agx-orin-32gb-industrial': {
    usd: 2500,
    asOf: '2026-12-04',
    basis: 'EST $2,000–3,500: AGX Orin 32 GB module in a fanless industrial box (no list price found), L.',
    source: EST_CLASS,
  },
  'onlogic-karbon-804-rtx-a2000': {
    usd: 3500,
    asOf: '2026-12-04',
    basis:
      'EST $2,800–4,500: Karbon 804 with Core i7, 32 GB, 1 TB and an RTX A2000 12 GB card (configure-to-order; no list price found), L.',
    source: EST_CLASS,
  },
  'lenovo-thinkedge-se350-v2-a2': {
    usd: 9000,
    asOf: '2026-12-04',
    basis:
      'EST $6,000–12,000 with 128 GB, 2 SSDs and one NVIDIA A2 (configure-to-order; no list price found), L.',
    source: EST_CLASS,
  },
  'dell-poweredge-xr12-t4': {
    usd: 12000,
    asOf: '2026-12-04',
    basis:
      'EST $8,000–16,000 with 128 GB, 2 SSDs and one NVIDIA T4 (configure-to-order; no list price found), L.',
    source: EST_CLASS,
  },
  'hpe-edgeline-el8000-a2': {
    usd: 14000,
    asOf: '2026-12-04',
    basis:
      'EST $10,000–20,000 for a chassis with one e920 blade, 128 GB and one NVIDIA A2 (no list price found), L.',
    source: EST_CLASS,
  },
  'lenovo-thinkedge-se450-l4': {
    usd: 15000,
    asOf: '2026-12-04',
    basis:
      'EST $10,000–20,000 with 128 GB, 2 SSDs and one NVIDIA L4 (configure-to-order; no list price found), L.',
    source: EST_CLASS,
  },
} as const satisfies Record<string, Price>;

export type PricedDeviceId = keyof typeof PRICES;

/** The price row of a device. */
export function priceOf(id: PricedDeviceId): Price {
  return PRICES[id];
}

/** "$75 (as of 2026-02-03, ±30 %): basis" — the note devices carry. */
/** Whether a price is Edge Sizer's estimate for the class: no list price was found for it. */
export function isEstimatedPrice(id: PricedDeviceId): boolean {
  return PRICES[id].source === EST_CLASS;
}

/** A device's price as shown: "$1,629", or "$700 (estimate)" when no list price was found. */
export function formatDevicePrice(device: { priceUsd: number; priceEstimated?: boolean }): string {
  return device.priceEstimated === true
    ? `${formatUsd(device.priceUsd)} (estimate)`
    : formatUsd(device.priceUsd);
}

export function priceNote(id: PricedDeviceId, extra = ''): string {
  const p = PRICES[id];
  return `${p.basis} Price as of ${p.asOf}, ${PRICE_SPREAD} (2025–26 DRAM shortage).${extra ? ` ${extra}` : ''}`;
}
