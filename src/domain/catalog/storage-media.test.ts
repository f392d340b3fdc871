import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS } from '../assumptions.ts';
import { DEVICES } from './devices.ts';
import { STORAGE_MEDIA, STORAGE_MEDIA_KINDS, storageMediumOf } from './storage-media.ts';

describe('STORAGE_MEDIA: the storage medium and endurance of every catalog device', () => {
  it.each(DEVICES.map((d) => [d.id, d] as const))('%s has an entry', (id, device) => {
    const m = storageMediumOf(id);
    expect(m, `add ${id} to src/domain/catalog/storage-media.ts`).toBeDefined();
    if (!m) return;
    expect(STORAGE_MEDIA_KINDS).toContain(m.medium);
    expect(m.capacityGB).toBeGreaterThan(0);
    // The endurance is computed for storage the catalog says the device has, never for more.
    expect(m.capacityGB).toBeLessThanOrEqual(device.storageGB);
    expect(m.spreadOver).toBeGreaterThanOrEqual(1);
    expect(ASSUMPTIONS[m.endurance]).toBeDefined();
    if (m.ftlWaf) expect(ASSUMPTIONS[m.ftlWaf]).toBeDefined();
    expect(m.note.length).toBeGreaterThan(20);
  });

  it('has no entry for a device the catalog does not have', () => {
    const ids = new Set(DEVICES.map((d) => d.id));
    expect(Object.keys(STORAGE_MEDIA).filter((id) => !ids.has(id))).toEqual([]);
    expect(storageMediumOf('no-such-device')).toBeUndefined();
    expect(storageMediumOf('toString')).toBeUndefined();
  });

  it('applies the flash translation layer factor exactly to the ratings that assume sequential writes', () => {
    for (const m of Object.values(STORAGE_MEDIA)) {
      const sequential = m.rating === 'card-writes' || m.rating === 'pe-cycles';
      expect(m.ftlWaf !== null, m.medium).toBe(sequential);
    }
  });

  it('gives the SD-card Pis an SD card and the NVMe mini PCs an NVMe SSD', () => {
    expect(storageMediumOf('rpi4b-4gb')?.medium).toBe('sd');
    expect(storageMediumOf('rpi-cm4-4gb-32gb')?.medium).toBe('emmc');
    expect(storageMediumOf('nuc-core-i5-16gb')?.medium).toBe('nvme');
    expect(storageMediumOf('dell-poweredge-xr-class')?.medium).toBe('ssd');
  });
});
