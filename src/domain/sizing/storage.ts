/**
 * Storage requirement (GB, 10^9 bytes): OS, container engine, IoT Edge binaries, the edgeAgent/edgeHub images,
 * module images (shared bases counted once), the store-and-forward buffer, logs with rotation, room to pull a new
 * image version during an update, an EFLOW guest on Windows, and the user's headroom.
 * Image bytes are multiplied by the containerd-store factor (1 / 1 / 1.45): the high end allows for Docker 29+'s
 * containerd image store keeping compressed blobs next to the unpacked layers.
 */
import { ASSUMPTIONS } from '../assumptions.ts';
import { waveAnswers } from '../compat/wave-answers.ts';
import type { BreakdownItem, Range, Requirement } from '../types.ts';
import { daemonsDiskId, OS_LABEL, osDiskId } from './baseline.ts';
import { bufferItems } from './buffer.ts';
import { fmt, moduleItemId, moduleLabel, type SizingContext } from './context.ts';
import { moduleImages, SHARING_LABEL, sharedBases, type ModuleImage } from './images.ts';
import {
  add,
  cited,
  headroomItem,
  item,
  itemFrom,
  max,
  mul,
  requirement,
  sameCited,
  scale,
  Twins,
} from './range.ts';
import type { Cited, Reader } from './range.ts';
import { catalogFigureId, catalogSentence } from './known.ts';

const MB_PER_GB = 1000;
/** Days in an average month (365.25 / 12): a unit conversion. */
const DAYS_PER_MONTH = 365.25 / 12;

/**
 * Image generations kept side by side: IoT Edge removes an unused image only after `update.image-age-days` (7 by
 * default), so at d deployments a month about d × 7 / 30.4 replaced versions wait on disk, and the one being pulled
 * needs room too: max(`update.image-copies`, ⌈d × 7 / 30.4⌉).
 */
export function imageGenerations(deploymentsPerMonth: number): Cited<number> {
  return cited((read) => {
    const kept = Math.ceil(
      (Math.max(0, deploymentsPerMonth) * read.scalar('update.image-age-days')) / DAYS_PER_MONTH,
    );
    return Math.max(read.scalar('update.image-copies'), kept);
  });
}

/**
 * Room to pull new image versions next to the old ones (MB, before the store factor): `update.image-copies` (1)
 * × the largest module's own layers (low), the largest single image (typical), or every image (high).
 */
export function updateRoomMb(
  images: readonly ModuleImage[],
  systemImages: Cited,
  generations: Cited<number> = ONE_GENERATION,
): Cited {
  return cited((read) => {
    const own = images.map((i) => read.cite(i.app));
    const full = images.map((i) => add(read.cite(i.base), read.cite(i.app)));
    const system = read.cite(systemImages);
    return scale(
      {
        low: max(...own).low,
        typical: Math.max(system.typical, max(...full).typical),
        high: system.high + add(...full).high,
      },
      read.cite(generations),
    );
  });
}

const ONE_GENERATION: Cited<number> = { value: 1, assumptionIds: [] };

/** The storage items that live on the Linux side (inside the EFLOW VM on Windows), without the OS and headroom. */
export function linuxStorageItems(ctx: SizingContext): BreakdownItem[] {
  const n = ctx.modules.length;
  const images = moduleImages(ctx);
  const systemImages = cited((read) => read('runtime.system-images'));
  /** MB of image layers as stored on disk, in GB: × the containerd store factor. */
  const stored = (read: Reader, mb: Range) =>
    scale(mul(mb, read('engine.containerd-store-factor')), 1 / MB_PER_GB);
  const items: BreakdownItem[] = [
    item(
      'container-engine',
      'Container engine',
      'container-engine',
      (read) => read('engine.disk'),
      'moby-engine, containerd and runc, and the engine metadata.',
    ),
    item(
      'iot-edge-daemons',
      'IoT Edge binaries',
      'iot-edge-daemons',
      (read) => read(daemonsDiskId(ctx.arch)),
      "aziot-edged and the identity service packages (Microsoft's measured size).",
    ),
    item(
      'system-images',
      'edgeAgent + edgeHub images',
      'image-layers',
      (read) => stored(read, read.cite(systemImages)),
      "Microsoft's measured unique layers of the runtime images; edgeAgent and edgeHub share one aspnet-alpine base.",
    ),
  ];
  // Modules whose own layers (value and citations) and catalog disk figure are the same have the same value and
  // citations: it is computed once and shared (every module of a language whose size nobody states, say).
  const twins = new Twins<{ app: Cited; disk: string | null; value: Cited }>();
  for (const img of images) {
    // A catalog entry's published disk need (data, models) is a floor under its layers.
    const disk = catalogFigureId(img.module, 'disk');
    const catalogImage = img.module.imageSizeMb === null ? catalogFigureId(img.module, 'imageSize') : null;
    let value: Cited | undefined;
    for (const t of twins.under(img.app.value.typical))
      if (t.disk === disk && sameCited(t.app, img.app)) {
        value = t.value;
        break;
      }
    if (value === undefined) {
      value = cited((read) => {
        const layers = mul(read.cite(img.app), read('engine.containerd-store-factor'));
        const own = scale(add(layers, read('container.writable-layer')), 1 / MB_PER_GB);
        return disk === null ? own : max(own, read(disk));
      });
      twins.add(img.app.value.typical, { app: img.app, disk, value });
    }
    items.push(
      itemFrom(
        moduleItemId(img.module.index),
        moduleLabel(img.module),
        'module',
        value,
        () =>
          (img.module.imageSizeMb !== null
            ? `Its own layers: the stated ${fmt(img.module.imageSizeMb)} MB image less a shareable base, plus its writable layer.`
            : catalogImage !== null
              ? `Its own layers: the ${fmt(ASSUMPTIONS[catalogImage].value)} MB image its catalog entry gives (${ASSUMPTIONS[catalogImage].source}) less a shareable base, plus its writable layer.`
              : "Its own image layers (application, packages) and the container's writable layer.") +
          (disk === null ? '' : catalogSentence(img.module, 'disk')),
      ),
    );
  }
  if (n > 0) {
    items.push(
      item(
        'base-images',
        'Module base images (shared layers counted once)',
        'image-layers',
        (read) => stored(read, read.cite(sharedBases(images, ctx.answers.workload.layerSharing))),
        `Language base images with ${SHARING_LABEL[ctx.answers.workload.layerSharing]}.`,
      ),
    );
  }
  const kind = ctx.answers.accelerator.kind;
  if (kind !== 'none') {
    items.push(
      item(
        'accelerator-images',
        `Inference runtime images (${kind.toUpperCase()})`,
        'image-layers',
        (read) => read(`accelerator.disk.${kind}`),
        'Inference runtime base layers (CUDA/TensorRT, Edge TPU or OpenVINO) and model files, counted apart from the module images: leave the inference module’s image size blank, or this counts them twice.',
      ),
    );
  }
  const buffer = bufferItems(ctx);
  items.push(
    item(
      'message-buffer',
      'Store-and-forward buffer',
      'message-buffer',
      (read) => add(...buffer.map((b) => read.cite(b))),
      'edgeHub’s queue for the offline hours (see the buffer requirement).',
    ),
  );
  const containers = n + 2;
  items.push(
    item(
      'logs',
      'Logs',
      'logs',
      (read) =>
        scale(add(scale(read('logs.per-container'), containers), read('logs.host-journal')), 1 / MB_PER_GB),
      () =>
        `${containers} containers with json-file rotation (10 MB × 3 files each, the production checklist), plus the host journal.`,
    ),
  );
  const deployments = waveAnswers(ctx.answers).deploymentsPerMonth;
  const generations = imageGenerations(deployments);
  items.push(
    item(
      'update-headroom',
      'Update room',
      'update-headroom',
      (read) => stored(read, read.cite(updateRoomMb(images, systemImages, generations))),
      () =>
        `${fmt(deployments)} deployment${deployments === 1 ? '' : 's'} a month, and IoT Edge keeps a replaced image ` +
        `${fmt(ASSUMPTIONS['update.image-age-days'].value)} days: room for ${generations.value} extra version${generations.value === 1 ? '' : 's'} ` +
        'of the largest image (typical); high allows for rebuilding every image that often.',
    ),
  );
  return items;
}

/** The storage requirement. */
export function storageRequirement(ctx: SizingContext): Requirement {
  const items: BreakdownItem[] = [
    item(
      'os',
      OS_LABEL[ctx.family],
      'os',
      (read) => read(osDiskId(ctx.family)),
      ctx.windowsHost ? 'Windows on the host disk.' : 'The installed operating system.',
    ),
  ];
  if (ctx.windowsHost) {
    items.push(
      item(
        'eflow-vm',
        'EFLOW Linux VM (guest OS)',
        'eflow-vm',
        (read) => read('eflow.guest-disk'),
        "The EFLOW VM's own operating system inside its virtual disk.",
      ),
      item(
        'eflow-host-free',
        'Windows host: free disk EFLOW requires',
        'eflow-vm',
        (read) => read('eflow.host-free-disk'),
        'EFLOW asks Windows to keep 10 GB of disk free besides the VM disk.',
      ),
    );
  }
  items.push(...linuxStorageItems(ctx));
  return requirement(
    'storage',
    'Storage',
    'GB',
    items,
    'Operating system, runtime, images with shared layers counted once, the store-and-forward buffer, logs, room for an update and your headroom.',
    headroomItem(items, ctx.headroomPercent, 'storage'),
  );
}
