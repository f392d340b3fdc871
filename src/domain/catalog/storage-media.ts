/**
 * The storage medium of each catalog device and what its endurance rests on, keyed by device id (issue 12 §4).
 * Kept apart from devices.ts so the device figures and the wear figures can change independently; a test checks
 * that every device in DEVICES has an entry here.
 *
 * Endurance is expressed in TB of host writes (1 TB = 10^12 bytes) from a register constant:
 * - 'card-writes' / 'pe-cycles': full-device writes × the capacity assumed (SD cards, eMMC). Such ratings assume
 *   sequential writes, so the flash translation layer's write amplification (wear.ftl-waf.*) is applied on top.
 * - 'tbw-per-gb': a JESD218 TBW rating per GB of capacity (client NVMe). The rating already includes the JEDEC
 *   client workload, so no FTL factor is applied.
 * - 'dwpd-5y': drive writes per day over 5 years (data-centre SSDs), likewise without an FTL factor.
 */
import type { AssumptionId } from '../assumptions.ts';

export const STORAGE_MEDIA_KINDS = ['sd', 'emmc', 'ssd', 'nvme'] as const;
export type StorageMediumKind = (typeof STORAGE_MEDIA_KINDS)[number];

export const STORAGE_MEDIUM_LABELS: Record<StorageMediumKind, string> = {
  sd: 'microSD card',
  emmc: 'eMMC',
  ssd: 'SATA/SAS SSD',
  nvme: 'NVMe SSD',
};

export type EnduranceRating = 'card-writes' | 'pe-cycles' | 'tbw-per-gb' | 'dwpd-5y';

export interface StorageMedium {
  medium: StorageMediumKind;
  /** The capacity the endurance is computed for (GB), as the catalog assumes it. */
  capacityGB: number;
  /** The register constant the endurance comes from, and how it is expressed. */
  endurance: AssumptionId;
  rating: EnduranceRating;
  /** The FTL write amplification applied to the host writes; null when the rating already includes it. */
  ftlWaf: AssumptionId | null;
  /**
   * Independent copies of the writes the endurance is spread over (2 for two mirrored pairs of SSDs: each write
   * lands on one pair, so the pool holds twice one drive's endurance). 1 for a single device or a plain mirror.
   */
  spreadOver: number;
  /** One sentence: what is assumed about the medium, and what a buyer can change. */
  note: string;
}

const PI_SD: StorageMedium = {
  medium: 'sd',
  capacityGB: 32,
  endurance: 'wear.endurance.sd-consumer',
  rating: 'card-writes',
  ftlWaf: 'wear.ftl-waf.sd',
  spreadOver: 1,
  note: 'A consumer 32 GB microSD card is assumed (the board ships without one). A high-endurance or industrial card, or an SSD on USB 3, lasts far longer.',
};

const PI5_SD: StorageMedium = {
  ...PI_SD,
  note: 'A consumer 32 GB microSD card is assumed (the board ships without one). An NVMe SSD on a PCIe HAT, or a high-endurance card, lasts far longer.',
};

const emmc = (capacityGB: number, note: string): StorageMedium => ({
  medium: 'emmc',
  capacityGB,
  endurance: 'wear.endurance.emmc',
  rating: 'pe-cycles',
  ftlWaf: 'wear.ftl-waf.emmc',
  spreadOver: 1,
  note,
});

const nvme = (capacityGB: number, note: string): StorageMedium => ({
  medium: 'nvme',
  capacityGB,
  endurance: 'wear.endurance.nvme-tbw-per-gb',
  rating: 'tbw-per-gb',
  ftlWaf: null,
  spreadOver: 1,
  note,
});

/** Two data-centre SSDs in RAID 1, as the edge-server classes assume. */
const MIRRORED_960: StorageMedium = {
  medium: 'ssd',
  capacityGB: 960,
  endurance: 'wear.endurance.enterprise-ssd-dwpd',
  rating: 'dwpd-5y',
  ftlWaf: null,
  spreadOver: 1,
  note: '2× 960 GB data-centre SSDs in RAID 1 are assumed: each write lands on both, so the pair lasts as long as one drive.',
};

/** Storage medium per device id (every id in DEVICES; tested). */
export const STORAGE_MEDIA: Readonly<Record<string, StorageMedium>> = {
  'rpi3b-1gb': PI_SD,
  'rpi3bplus-1gb': PI_SD,
  'coral-dev-board-1gb': emmc(
    8,
    '8 GB eMMC on board; its endurance is not published. A microSD card in the slot can hold the edgeHub store instead.',
  ),
  'siemens-iot2050-advanced': emmc(
    16,
    '16 GB eMMC on board; Siemens publishes no endurance figure. An industrial SD card in the slot can take the edgeHub store.',
  ),
  'rpi4b-2gb': PI_SD,
  'rpi4b-4gb': PI_SD,
  'rpi4b-4gb-coral-usb': PI_SD,
  'rpi-cm4-4gb-32gb': emmc(
    32,
    '32 GB eMMC on the module; Raspberry Pi publishes no endurance figure. Carrier boards with an M.2 slot can add an NVMe SSD.',
  ),
  'rpi5-4gb': PI5_SD,
  'rpi4b-8gb': PI_SD,
  'up-squared-6000-8gb': emmc(
    64,
    '64 GB eMMC on board; endurance not published. The optional M.2 SSD can hold /var/lib/docker and the edgeHub store.',
  ),
  'rpi5-8gb': PI5_SD,
  'jetson-orin-nano-super-8gb': nvme(
    128,
    'A 128 GB client NVMe SSD is assumed (bought separately); its rated TBW scales with capacity.',
  ),
  'rpi5-16gb': PI5_SD,
  'jetson-orin-nx-16gb': nvme(128, 'A 128 GB client NVMe SSD is assumed on the carrier.'),
  'nuc-core-i5-16gb': nvme(512, 'A 512 GB client NVMe SSD is assumed.'),
  'nuc-core-ultra5-32gb': nvme(1000, 'A 1 TB client NVMe SSD is assumed.'),
  'jetson-agx-orin-64gb': emmc(
    64,
    '64 GB eMMC on board; endurance not published. The NVMe slot can take an SSD for /var/lib/docker and the edgeHub store.',
  ),
  'dell-poweredge-xr-class': MIRRORED_960,
  'moxa-uc-8220-2gb': emmc(
    8,
    '8 GB eMMC on board; Moxa publishes no endurance figure. An industrial SD card in the slot can take the edgeHub store.',
  ),
  'onlogic-fr201-4gb': emmc(32, '32 GB eMMC on the CM4; Raspberry Pi publishes no endurance figure.'),
  'advantech-uno-2271g-v2-8gb': emmc(
    64,
    '64 GB eMMC on board; endurance not published. An mSATA SSD can hold /var/lib/docker and the edgeHub store.',
  ),
  'asus-nuc-14-essential-n150-8gb': nvme(256, 'A 256 GB client NVMe SSD is assumed.'),
  'lenovo-thinkedge-se30-16gb': nvme(512, 'A 512 GB client NVMe SSD is assumed.'),
  'advantech-mic-711-orin-nx-16gb': nvme(128, 'A 128 GB client NVMe SSD is assumed in the box.'),
  'lenovo-thinkcentre-m70q-gen5-16gb': nvme(512, 'A 512 GB client NVMe SSD is assumed.'),
  'asus-rog-nuc-rtx4060-16gb': nvme(512, 'The 512 GB client NVMe SSD of the entry model is assumed.'),
  'jetson-agx-orin-32gb-industrial': emmc(
    64,
    '64 GB eMMC on the module; endurance not published. Industrial boxes add an NVMe or SATA SSD for /var/lib/docker and the edgeHub store.',
  ),
  'onlogic-karbon-804-rtx-a2000': nvme(1000, 'A 1 TB client NVMe SSD is assumed.'),
  'lenovo-thinkedge-se350-v2-a2': MIRRORED_960,
  'dell-poweredge-xr12-t4': MIRRORED_960,
  'hpe-edgeline-el8000-a2': MIRRORED_960,
  'lenovo-thinkedge-se450-l4': MIRRORED_960,
  'ase-pro-2-64g2t': {
    medium: 'ssd',
    capacityGB: 720,
    endurance: 'wear.endurance.enterprise-ssd-dwpd',
    rating: 'dwpd-5y',
    ftlWaf: null,
    spreadOver: 1,
    note: '2 data-centre SSDs (inferred from the model name’s raw capacity), mirrored, counted at the 720 GB Microsoft lists as usable: each write lands on both, so the pair lasts as long as one drive. Microsoft services the hardware.',
  },
  'ase-pro-2-128g4t1gpu': {
    medium: 'ssd',
    capacityGB: 960,
    endurance: 'wear.endurance.enterprise-ssd-dwpd',
    rating: 'dwpd-5y',
    ftlWaf: null,
    spreadOver: 2,
    note: '4× 960 GB data-centre SSDs (inferred from the model name’s raw capacity), mirrored: each write lands on two of them, so the pool holds about 2 drives’ endurance. Microsoft services the hardware.',
  },
  'ase-pro-2-256g6t2gpu': {
    medium: 'ssd',
    capacityGB: 960,
    endurance: 'wear.endurance.enterprise-ssd-dwpd',
    rating: 'dwpd-5y',
    ftlWaf: null,
    spreadOver: 3,
    note: '6× 960 GB data-centre SSDs (inferred from the model name’s raw capacity), mirrored: each write lands on two of them, so the pool holds about 3 drives’ endurance. Microsoft services the hardware.',
  },
};

/** The storage medium of a device, or undefined for a device the table does not know (a custom catalog). */
export function storageMediumOf(deviceId: string): StorageMedium | undefined {
  return Object.hasOwn(STORAGE_MEDIA, deviceId) ? STORAGE_MEDIA[deviceId] : undefined;
}
