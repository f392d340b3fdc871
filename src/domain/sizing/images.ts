/**
 * Container images on disk (uncompressed MB), with shared base layers counted once.
 *
 * Each module's image = a base image for its language + its application layers (sizes from the assumptions
 * register, scaled for the architecture). When the user gives an image size, that is the whole image: the part up to
 * the language's typical base is treated as its base (shareable), the rest as its own layers.
 * Sharing (workload.layerSharing): 'single-base' = one base for all modules (the largest); 'by-language' = one base
 * per language; 'none' = one base per module; 'unknown' = low single-base, typical by-language, high none.
 * A base layer used by n images is stored once (docs.docker.com storage drivers; `docker system df -v`).
 */
import type { LayerSharing } from '../answers.ts';
import type { Range } from '../types.ts';
import { archFactorId } from './baseline.ts';
import { LANGUAGE_IDS, type ModuleLoad, type SizingContext } from './context.ts';
import { add, cited, constant, max, scale, type Cited, type Reader } from './range.ts';
import { catalogFigureId } from './known.ts';

export interface ModuleImage {
  module: ModuleLoad;
  /** Base layers (shareable), MB, with the assumptions they came from. */
  base: Cited;
  /** The module's own layers, MB, with the assumptions they came from. */
  app: Cited;
}

/** Image size factor for the architecture (1 on amd64). */
function archFactor(ctx: SizingContext, read: Reader): number {
  const id = archFactorId(ctx.arch);
  return id === null ? 1 : read.scalar(id);
}

/** Base and own layers of one module's image. */
export function moduleImage(m: ModuleLoad, ctx: SizingContext): ModuleImage {
  const baseRange = cited((read) => scale(read(LANGUAGE_IDS.imageBase[m.language]), archFactor(ctx, read)));
  // A size the user states wins; else the size its catalog entry publishes (known-modules.ts).
  const catalogImage = m.imageSizeMb === null ? catalogFigureId(m, 'imageSize') : null;
  const size = cited((read) => m.imageSizeMb ?? (catalogImage === null ? null : read.scalar(catalogImage)));
  const stated = size.value;
  if (stated !== null) {
    // The part up to the language's typical base is its base (shareable); the rest its own layers.
    const sized: Cited<number> = { value: stated, assumptionIds: size.assumptionIds };
    const base = cited((read) => Math.min(read.cite(sized), read.cite(baseRange).typical));
    return {
      module: m,
      base: cited((read) => constant(read.cite(base))),
      app: cited((read) => constant(read.cite(sized) - read.cite(base))),
    };
  }
  return {
    module: m,
    base: baseRange,
    app: cited((read) => scale(read(LANGUAGE_IDS.imageApp[m.language]), archFactor(ctx, read))),
  };
}

/**
 * Every module's image, made once per sizing context (storage and flash wear both read them). Modules of one
 * language with the same stated size and the same catalog figure (or none) share one image's layers: its base and
 * own layers depend only on those and the architecture.
 */
export function moduleImages(ctx: SizingContext): readonly ModuleImage[] {
  const made = IMAGES_OF.get(ctx);
  if (made !== undefined) return made;
  const byInputs = new Map<string, ModuleImage>();
  const images = ctx.modules.map((m): ModuleImage => {
    const catalogImage = m.imageSizeMb === null ? catalogFigureId(m, 'imageSize') : null;
    const key = `${m.language}|${m.imageSizeMb ?? ''}|${catalogImage ?? ''}`;
    let shared = byInputs.get(key);
    if (shared === undefined) {
      shared = moduleImage(m, ctx);
      byInputs.set(key, shared);
    }
    return shared.module === m ? shared : { module: m, base: shared.base, app: shared.app };
  });
  IMAGES_OF.set(ctx, images);
  return images;
}

const IMAGES_OF = new WeakMap<SizingContext, readonly ModuleImage[]>();

function singleBase(images: readonly ModuleImage[]): Range {
  return max(...images.map((i) => i.base.value));
}

function byLanguage(images: readonly ModuleImage[]): Range {
  // The largest base of each language (as singleBase), in the order the languages first appear.
  const groups = new Map<string, Range>();
  for (const i of images) {
    const largest = groups.get(i.module.language);
    groups.set(i.module.language, largest === undefined ? max(i.base.value) : max(largest, i.base.value));
  }
  return add(...groups.values());
}

function perModule(images: readonly ModuleImage[]): Range {
  return add(...images.map((i) => i.base.value));
}

/** Base layers on disk after de-duplication, MB, citing every image's base. */
export function sharedBases(images: readonly ModuleImage[], sharing: LayerSharing): Cited {
  return cited((read) => {
    for (const i of images) read.cite(i.base);
    return dedupe(images, sharing);
  });
}

function dedupe(images: readonly ModuleImage[], sharing: LayerSharing): Range {
  switch (sharing) {
    case 'single-base':
      return singleBase(images);
    case 'by-language':
      return byLanguage(images);
    case 'none':
      return perModule(images);
    case 'unknown':
      return {
        low: singleBase(images).low,
        typical: byLanguage(images).typical,
        high: perModule(images).high,
      };
  }
}

export const SHARING_LABEL: Record<LayerSharing, string> = {
  'single-base': 'one base image shared by all modules',
  'by-language': 'one base image per language',
  none: 'no shared base images',
  unknown: 'sharing unknown: low assumes one shared base, typical one per language, high none',
};
