/**
 * Flash wear (issue 12 §4): bytes written per day, and how long each device's storage lasts at that rate.
 *
 * Host writes per day (GB, 10^9 bytes), each × the file-system factor (wear.fs-journal-factor):
 * - edgeHub's store: edgeHub persists every routed message (UsePersistentStorage=true, the default) until every
 *   endpoint has it, so the fraction stored is 1. Routed msg/s (average) × 86,400 s ×
 *   stored bytes per message (payload × k + metadata, as the buffer) × RocksDB write amplification (WAL, flush,
 *   compaction: wear.rocksdb-write-amp).
 * - Container logs: (modules + edgeAgent + edgeHub) × MB written per container per day. Rotation caps their size
 *   on disk, not what they write.
 * - Image pulls: deployments per month ÷ 30.44 × the image bytes a deployment pulls (the update room: largest app
 *   layer / largest image / every image) × 1.45 (compressed blobs + unpacked layers).
 * - The host OS (journald, package updates, engine metadata).
 * Flash writes = host writes × the medium's flash-translation-layer write amplification (SD cards and eMMC; SSD
 * and NVMe TBW ratings include it). Life (years) = endurance (TB) ÷ flash writes per day ÷ 365.25. The low life
 * pairs the low endurance with the high writes; the high life the reverse. See docs/sizing-model.md.
 */
import type { Answers } from '../answers.ts';
import type { AssumptionId } from '../assumptions.ts';
import { STORAGE_WEAR_ASSUMPTIONS } from '../assumptions/storage-wear.ts';
import {
  STORAGE_MEDIUM_LABELS,
  storageMediumOf,
  type StorageMedium,
  type StorageMediumKind,
} from '../catalog/storage-media.ts';
import type { BreakdownItem, Device, Finding, Range } from '../types.ts';
import { downstreamStoredBytes, storedBytesPerMessage } from './buffer.ts';
import { fmt, type SizingContext } from './context.ts';
import { moduleImages } from './images.ts';
import { add, cited, constant, fromAssumption, item, mul, scale } from './range.ts';
import { downstreamClause, otherSizeWords } from './gateway.ts';
import { updateRoomMb } from './storage.ts';

/** Lives are shown up to this many years; beyond it other ageing (retention, the controller, the board) rules. */
export const LIFE_CAP_YEARS = 100;

const DAYS_PER_YEAR = 365.25;
const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;
const SECONDS_PER_DAY = 86_400;

/** The answers the wear model reads besides the workload (the `fields` branch adds them to Answers). */
export interface WearOptions {
  serviceLifeYears: number;
  deploymentsPerMonth: number;
}

/** One catalog device's storage and its expected life at the estimated writes. */
export interface DeviceWear {
  deviceId: string;
  medium: StorageMediumKind;
  mediumLabel: string;
  capacityGB: number;
  /** Rated endurance of the medium, in TB of host writes (as the vendor rates it). */
  enduranceTB: Range;
  /** Bytes the flash itself programs per day (GB): host writes × the FTL factor, when the rating needs it. */
  flashGBPerDay: Range;
  /** Expected life in years: low = low endurance at the high writes; capped at LIFE_CAP_YEARS. */
  lifeYears: Range;
  /** The typical life is shorter than the planned service life. */
  shorterThanServiceLife: boolean;
  note: string;
  assumptionIds: AssumptionId[];
}

export interface StorageWear {
  serviceLifeYears: number;
  deploymentsPerMonth: number;
  /** Host writes per day in GB (after RocksDB and file-system amplification, before the flash's own). */
  writesGBPerDay: Range;
  /** What the writes are made of (GB per day); the items add up to writesGBPerDay. */
  breakdown: BreakdownItem[];
  explanation: string;
  /** Catalog order; devices the storage-media table does not know are left out. */
  devices: DeviceWear[];
}

/** The service life and deployments per month the user gave. */
export function wearOptions(answers: Answers): WearOptions {
  return {
    serviceLifeYears: answers.budget.serviceLifeYears,
    deploymentsPerMonth: answers.platform.deploymentsPerMonth,
  };
}

type WearAssumptionId = keyof typeof STORAGE_WEAR_ASSUMPTIONS;

/** The wear constants, for the estimate's list of constants used outside the requirements' breakdowns. */
export const WEAR_ASSUMPTION_USES = Object.fromEntries(
  (Object.keys(STORAGE_WEAR_ASSUMPTIONS) as WearAssumptionId[]).map((id) => [
    id,
    { where: 'sizing/wear.ts: flash writes per day and storage life (estimate.storageWear)', when: 'always' },
  ]),
) as Record<WearAssumptionId, { where: string; when: 'always' }>;

/** Host writes per day, as breakdown items in GB per day. */
export function wearBreakdown(ctx: SizingContext, deploymentsPerMonth: number): BreakdownItem[] {
  // A day's writes follow the average rate (bursts average out over a day), at all three points.
  // A gateway's downstream devices send steadily: their messages are routed and stored too.
  const routed = constant(ctx.deviceRateAvg);
  const down = ctx.downstream.routed;
  const theirSize = otherSizeWords(ctx, down, true);
  const perMessage = storedBytesPerMessage(ctx);
  const containers = ctx.modules.length + 2;
  const images = moduleImages(ctx);
  const systemImages = cited((read) => read('runtime.system-images'));
  return [
    item(
      'edge-hub',
      'edgeHub message store (RocksDB)',
      'edge-hub',
      (read) => {
        // The downstream devices' messages at their own size, at the average rate (steady over a day).
        const theirs = downstreamStoredBytes(read, down, true);
        return scale(
          mul(
            add(mul(routed, read.cite(perMessage)), theirs),
            read('wear.rocksdb-write-amp'),
            read('wear.fs-journal-factor'),
          ),
          SECONDS_PER_DAY / 1e9,
        );
      },
      () =>
        `edgeHub persists every routed message until it is delivered: ${fmt(routed.typical + down.avg)} msg/s${downstreamClause(ctx)} × ${fmt(SECONDS_PER_DAY)} s × (${fmt(ctx.answers.data.messageSizeKb, 2)} KB × k + metadata${theirSize ? `; theirs ${theirSize} each` : ''}) × RocksDB write amplification (write-ahead log, flush, compaction), at the average rate.`,
    ),
    item(
      'logs',
      'Container logs',
      'logs',
      (read) =>
        scale(mul(read('wear.logs-mb-per-container-day'), read('wear.fs-journal-factor')), containers / 1000),
      () =>
        `${containers} containers (your modules, edgeAgent, edgeHub) each writing its log lines; rotation caps their size on disk, not what they write.`,
    ),
    item(
      'image-pulls',
      'Image pulls for updates',
      'image-layers',
      (read) =>
        scale(
          mul(
            read.cite(updateRoomMb(images, systemImages)),
            read('wear.image-pull-write-factor'),
            read('wear.fs-journal-factor'),
          ),
          deploymentsPerMonth / DAYS_PER_MONTH / 1000,
        ),
      () =>
        `${fmt(deploymentsPerMonth)} deployments a month, each pulling new image layers (compressed download plus unpacked layers): the largest image typically, every image at the high end.`,
    ),
    item(
      'os',
      'Operating system',
      'os',
      (read) => scale(mul(read('wear.os-mb-day'), read('wear.fs-journal-factor')), 1 / 1000),
      'journald, package updates, timers and the container engine’s own state.',
    ),
  ];
}

/** Rated endurance in TB of host writes for a medium (before its FTL factor). */
export function enduranceTB(m: StorageMedium): Range {
  const e = fromAssumption(m.endurance);
  const tb = (() => {
    switch (m.rating) {
      case 'card-writes':
      case 'pe-cycles':
        return scale(e, m.capacityGB / 1000);
      case 'tbw-per-gb':
        return scale(e, m.capacityGB);
      case 'dwpd-5y':
        return scale(e, (m.capacityGB / 1000) * DAYS_PER_YEAR * 5);
    }
  })();
  return scale(tb, m.spreadOver);
}

/** Years a medium lasts at the given host writes (GB/day); low pairs low endurance with high writes. */
export function lifeYears(m: StorageMedium, hostGBPerDay: Range): { flash: Range; life: Range } {
  const flash = m.ftlWaf ? mul(hostGBPerDay, fromAssumption(m.ftlWaf)) : hostGBPerDay;
  const tb = enduranceTB(m);
  const years = (enduranceTb: number, gbPerDay: number) =>
    gbPerDay > 0 ? Math.min(LIFE_CAP_YEARS, (enduranceTb * 1000) / gbPerDay / DAYS_PER_YEAR) : LIFE_CAP_YEARS;
  return {
    flash,
    life: {
      low: years(tb.low, flash.high),
      typical: years(tb.typical, flash.typical),
      high: years(tb.high, flash.low),
    },
  };
}

/** The ids of the constants one device's life rests on. */
function mediumAssumptionIds(m: StorageMedium): AssumptionId[] {
  return m.ftlWaf ? [m.endurance, m.ftlWaf] : [m.endurance];
}

/** Flash writes per day and the storage life of every catalog device the storage-media table knows. */
export function storageWear(
  ctx: SizingContext,
  catalog: readonly Device[],
  options: WearOptions,
): StorageWear {
  const breakdown = wearBreakdown(ctx, options.deploymentsPerMonth);
  const writes = add(...breakdown.map((i) => i.value));
  const devices: DeviceWear[] = [];
  for (const d of catalog) {
    const m = storageMediumOf(d.id);
    if (!m) continue;
    const { flash, life } = lifeYears(m, writes);
    devices.push({
      deviceId: d.id,
      medium: m.medium,
      mediumLabel: STORAGE_MEDIUM_LABELS[m.medium],
      capacityGB: m.capacityGB,
      enduranceTB: enduranceTB(m),
      flashGBPerDay: flash,
      lifeYears: life,
      shorterThanServiceLife: life.typical < options.serviceLifeYears,
      note: m.note,
      assumptionIds: mediumAssumptionIds(m),
    });
  }
  return {
    serviceLifeYears: options.serviceLifeYears,
    deploymentsPerMonth: options.deploymentsPerMonth,
    writesGBPerDay: writes,
    breakdown,
    explanation:
      'Bytes written to the device’s storage per day: edgeHub’s message store (every routed message, with RocksDB and file-system write amplification), container logs, image pulls for updates and the OS. SD cards and eMMC then write more inside (their flash translation layer); the life of each device’s storage follows from its rated endurance.',
    devices,
  };
}

/** A life in words: "0.8 years", "more than 100 years". */
export function formatLife(years: number): string {
  if (years >= LIFE_CAP_YEARS) return `more than ${LIFE_CAP_YEARS} years`;
  if (years < 1) {
    const months = Math.round(years * 12);
    return months < 1 ? 'under a month' : months === 1 ? '1 month' : `${months} months`;
  }
  return `${fmt(years, 1)} years`;
}

/** The life a same-size high-endurance card would give (for the SD-card remedy), typical years. */
export function highEnduranceCardLife(m: StorageMedium, hostGBPerDay: Range): number {
  if (m.medium !== 'sd') return lifeYears(m, hostGBPerDay).life.typical;
  return lifeYears({ ...m, endurance: 'wear.endurance.sd-high-endurance' }, hostGBPerDay).life.typical;
}

/** The storage-wear finding for the recommended device, when its storage wears out before the service life. */
export function wearFindings(wear: StorageWear, recommended: Device | undefined): Finding[] {
  if (!recommended) return [];
  const d = wear.devices.find((x) => x.deviceId === recommended.id);
  const m = storageMediumOf(recommended.id);
  if (!d || !m || !d.shorterThanServiceLife) return [];
  const store = wear.breakdown.find((i) => i.id === 'edge-hub')?.value.typical ?? 0;
  const hec = m.medium === 'sd' ? highEnduranceCardLife(m, wear.writesGBPerDay) : null;
  const media =
    hec !== null
      ? `Use a high-endurance or industrial card: a ${fmt(m.capacityGB)} GB high-endurance card would last about ${formatLife(hec)} at this load (larger cards last proportionally longer).`
      : 'Use industrial-grade or larger storage (endurance grows with capacity), or add an SSD.';
  return [
    {
      id: 'model-storage-wear',
      severity: 'warning',
      title: `${recommended.name}: its storage wears out in about ${formatLife(d.lifeYears.typical)}, before the ${fmt(wear.serviceLifeYears)}-year service life`,
      message:
        `About ${fmt(wear.writesGBPerDay.typical, 2)} GB is written a day (edgeHub’s message store ${fmt(store, 2)} GB of it), ` +
        `and the ${d.mediumLabel} itself writes about ${fmt(d.flashGBPerDay.typical, 2)} GB a day; rated for about ${fmt(d.enduranceTB.typical, 2)} TB, ` +
        `it lasts about ${formatLife(d.lifeYears.typical)} (range ${formatLife(d.lifeYears.low)} to ${formatLife(d.lifeYears.high)}). Endurance and write amplification are estimates: check the wear in the field.`,
      remedy:
        `${media} Put edgeHub’s store on a host-mounted SSD (a storageFolder bind mount to an SSD on USB 3, NVMe or SATA). ` +
        'Route fewer messages through edgeHub, and keep its timeToLiveSecs short so RocksDB holds and compacts less. ' +
        'Write fewer logs: lower module log levels, keep the journal in RAM (journald Storage=volatile) and turn off swap on the card.',
      field: 'budget.serviceLifeYears',
      source: 'https://github.com/Azure/iotedge/issues/1274',
    },
  ];
}
