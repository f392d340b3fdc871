/**
 * Flash wear: the constants behind bytes written per day and the life of each device's storage
 * (src/domain/sizing/wear.ts; issue 12 §4). Spread into the assumptions register (src/domain/assumptions.ts).
 *
 * Every figure here is either a vendor's published endurance rating or an estimate (EST) marked as such. Sizes:
 * 1 GB = 10^9 bytes, 1 TB = 10^12 bytes, as flash vendors rate endurance.
 */
import type { Assumption } from '../types.ts';

const OUR_ESTIMATE = 'Edge Sizer estimate (no published figure found)';
const ROCKSDB_LEVELED = 'https://github.com/facebook/rocksdb/wiki/Leveled-Compaction';
const KINGSTON_EMMC_LIFE = 'https://www.kingston.com/en/blog/embedded-and-industrial/emmc-lifecycle';
/** Samsung PRO Endurance (2022): 140,160 h of 26 Mbit/s video on the 256 GB card, linear in capacity. */
const SAMSUNG_PRO_ENDURANCE =
  'https://www.digi.no/artikler/med-dette-kortet-skal-du-kunne-ta-opp-video-i-16-ar-i-strekk/519323';
/** Samsung SSD 980 (PCIe 3, TLC): 150 / 300 / 600 TBW for 250 GB / 500 GB / 1 TB, 5-year warranty. */
const SAMSUNG_980_TBW = 'https://www.guru3d.com/articles-pages/samsung-980-1tb-nvme-ssd-review,2.html';

const a = (x: Assumption): Assumption => x;

export const STORAGE_WEAR_ASSUMPTIONS = {
  // ── Write amplification: bytes reaching flash per byte the application writes ─────────────────────────
  'wear.rocksdb-write-amp': a({
    id: 'wear.rocksdb-write-amp',
    label: 'edgeHub RocksDB write amplification (write-ahead log + memtable flush + compaction)',
    value: 3,
    low: 1.5,
    high: 10,
    unit: '× bytes stored',
    source: ROCKSDB_LEVELED,
    confidence: 'EST',
    date: '2026-12',
    note: 'Every stored message is written to the write-ahead log (1×). Whether it is written again depends on whether it is deleted before its memtable is flushed: edgeHub deletes delivered messages at its 30-minute cleanup, so with large memtables (64 MB, OptimizeForPerformance=true) and a light load most puts and deletes meet in memory (low 1.5); with the 2 MB memtables of OptimizeForPerformance=false (recommended on small devices) they are flushed to L0 and compacted before the tombstones reach them (typical 3). The RocksDB wiki calls the usual write amplification of leveled compaction "often larger than 10" (the high end). Not measured on edgeHub.',
  }),
  'wear.fs-journal-factor': a({
    id: 'wear.fs-journal-factor',
    label: 'File-system overhead on writes (ext4 journal, metadata, fsync of small appends)',
    value: 1.3,
    low: 1.1,
    high: 2,
    unit: '× bytes written',
    source: 'https://docs.kernel.org/filesystems/ext4/journal.html',
    confidence: 'EST',
    date: '2026-12',
    note: 'ext4 journals metadata (data=ordered by default), so every fsync of a small RocksDB or log append also writes journal and inode blocks. The factor is our estimate; frequent fsyncs of tiny writes can exceed the high end.',
  }),
  'wear.ftl-waf.sd': a({
    id: 'wear.ftl-waf.sd',
    label: 'Flash translation layer write amplification: SD card under small random writes',
    value: 4,
    low: 2,
    high: 10,
    unit: '× host bytes',
    source: KINGSTON_EMMC_LIFE,
    confidence: 'EST',
    date: '2026-12',
    note: 'A card programs whole pages and erases whole blocks; small scattered writes make its controller rewrite more than the host sent (TBW = NAND endurance × capacity ÷ WAF, Kingston). SD card controllers have little RAM and over-provisioning, so their WAF under database-like writes is high. Card endurance ratings (video hours) assume sequential writes, so this factor applies to them.',
  }),
  'wear.ftl-waf.emmc': a({
    id: 'wear.ftl-waf.emmc',
    label: 'Flash translation layer write amplification: eMMC under small random writes',
    value: 3,
    low: 1.5,
    high: 6,
    unit: '× host bytes',
    source: KINGSTON_EMMC_LIFE,
    confidence: 'EST',
    date: '2026-12',
    note: 'JEDEC eMMC 5.x endurance follows TBW = P/E cycles × capacity ÷ WAF (Kingston). The WAF depends on the workload and free space; our estimate for an IoT Edge write pattern. SSD and NVMe TBW ratings already include the JESD218 client workload, so no factor is applied to them.',
  }),

  // ── What gets written (besides edgeHub's store) ─────────────────────────────────────────────────────────
  'wear.logs-mb-per-container-day': a({
    id: 'wear.logs-mb-per-container-day',
    label: 'Container log volume written per container per day (json-file driver)',
    value: 5,
    low: 1,
    high: 50,
    unit: 'MB per container per day',
    source: OUR_ESTIMATE,
    confidence: 'EST',
    date: '2026-12',
    note: 'Log rotation (10 MB × 3 files) caps the disk a container’s logs take, not what they write: every line is written once before it is rotated away. edgeHub and edgeAgent log connections and deployments at Info level, not every message; a module that logs every message writes far more (the high end). Measure with `docker inspect --format {{.LogPath}}` and the file growth.',
  }),
  'wear.os-mb-day': a({
    id: 'wear.os-mb-day',
    label: 'Host OS writes per day (journald, package updates, timers, container engine metadata)',
    value: 200,
    low: 50,
    high: 1000,
    unit: 'MB per day',
    source: OUR_ESTIMATE,
    confidence: 'EST',
    date: '2026-12',
    note: 'A persistent journal, apt/unattended-upgrades and the engine’s own state. Swap on the card adds more (turn it off or use zram on SD-card devices). Measure with `iostat -d` or the card’s /sys/block/*/stat write sectors over a day.',
  }),
  'wear.image-pull-write-factor': a({
    id: 'wear.image-pull-write-factor',
    label: 'Bytes written per byte of image pulled (compressed download + unpacked layers)',
    value: 1.45,
    unit: '× uncompressed image size',
    source: 'https://docs.docker.com/engine/storage/containerd/',
    confidence: 'M',
    date: '2026-12',
    note: 'A pull writes the compressed blobs (≈ 1 / 2.2 of the uncompressed size) and then the unpacked layers: 1 + 0.45. Which images a deployment pulls is taken from the update room (the largest image typically, every image at the high end).',
  }),

  // ── Endurance of the media ───────────────────────────────────────────────────────────────────────────────
  'wear.endurance.sd-consumer': a({
    id: 'wear.endurance.sd-consumer',
    label: 'Consumer microSD card endurance (full-card writes before wear-out)',
    value: 160,
    low: 100,
    high: 500,
    unit: 'full-card writes',
    source:
      'http://www.steves-digicams.com/news/samsungs_new_micro_sd_cards_can_handle_up_to_43800_hours_of_continuous_video_recording.html',
    confidence: 'EST',
    date: '2026-12',
    note: 'Consumer cards publish no endurance. Samsung rated its first PRO Endurance card at 43,800 h of video on 128 GB (≈ 4,000 full-card writes at 26 Mbit/s) and "25 times" the endurance of speed-focused cards: ≈ 160 full-card writes, which is the typical value. Low/high are our estimates.',
  }),
  'wear.endurance.sd-high-endurance': a({
    id: 'wear.endurance.sd-high-endurance',
    label: 'High-endurance microSD card endurance (Samsung PRO Endurance, 2022)',
    value: 6400,
    low: 4000,
    high: 6400,
    unit: 'full-card writes',
    source: SAMSUNG_PRO_ENDURANCE,
    confidence: 'M',
    date: '2026-12',
    note: 'Rated 140,160 h of 26 Mbit/s (3.25 MB/s) video on 256 GB, linear in capacity: 140,160 h × 3.25 MB/s ÷ 256 GB ≈ 6,400 card writes (Samsung quotes about 10,000 overwrites per cell). Low: the 2017 card (≈ 4,000). Used for the remedy, not for the catalog’s Pi boards, which ship without a card.',
  }),
  'wear.endurance.emmc': a({
    id: 'wear.endurance.emmc',
    label: 'On-board eMMC endurance (program/erase cycles of its NAND)',
    value: 3000,
    low: 1000,
    high: 5000,
    unit: 'P/E cycles (full-device writes)',
    source: KINGSTON_EMMC_LIFE,
    confidence: 'EST',
    date: '2026-12',
    note: 'Board vendors (Raspberry Pi CM4, Coral, Siemens IOT2050, AAEON UP, NVIDIA Jetson) do not publish the eMMC endurance. 3D TLC NAND is commonly rated 1,000–3,000 P/E cycles, MLC 3,000–10,000. The device reports its own wear in the JEDEC DEVICE_LIFE_TIME_EST registers (`mmc extcsd read /dev/mmcblk0`): check it in the field.',
  }),
  'wear.endurance.nvme-tbw-per-gb': a({
    id: 'wear.endurance.nvme-tbw-per-gb',
    label: 'Client NVMe SSD rated endurance per GB of capacity (JESD218 TBW)',
    value: 0.6,
    low: 0.3,
    high: 0.6,
    unit: 'TB written per GB',
    source: SAMSUNG_980_TBW,
    confidence: 'M',
    date: '2026-12',
    note: 'Samsung 980 (TLC): 150 / 300 / 600 TBW for 250 GB / 500 GB / 1 TB = 0.6 TB per GB, under the JESD218 client workload. Low: QLC-class drives, about half (EST). The TBW is the warranty figure; drives often outlast it.',
  }),
  'wear.endurance.enterprise-ssd-dwpd': a({
    id: 'wear.endurance.enterprise-ssd-dwpd',
    label: 'Data-centre SSD endurance (read-intensive class), drive writes per day over 5 years',
    value: 1,
    low: 0.5,
    high: 1,
    unit: 'drive writes per day × 5 years',
    source: OUR_ESTIMATE,
    confidence: 'EST',
    date: '2026-12',
    note: 'Read-intensive server SSDs are commonly rated about 1 drive write per day for 5 years (≈ 1,750 TBW for 960 GB); the configuration of the catalog’s servers is not known, so this is an estimate. Mixed-use drives are rated about 3.',
  }),
} as const satisfies Record<string, Assumption>;
