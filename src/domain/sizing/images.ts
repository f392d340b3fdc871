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
import type { AssumptionId } from '../assumptions.ts';
import type { LayerSharing } from '../answers.ts';
import type { Range } from '../types.ts';
import { archFactorId } from './baseline.ts';
import type { ModuleLoad, SizingContext } from './context.ts';
import { add, constant, fromAssumption, max, scale } from './range.ts';
import { catalogFigureId } from './known.ts';

export interface ModuleImage {
  module: ModuleLoad;
  /** Base layers (shareable), MB. */
  base: Range;
  /** The module's own layers, MB. */
  app: Range;
  assumptionIds: AssumptionId[];
}

/** Image size factor for the architecture (1 on amd64). */
export function archFactor(ctx: SizingContext): number {
  const id = archFactorId(ctx.arch);
  return id === null ? 1 : fromAssumption(id).typical;
}

/** Base and own layers of one module's image. */
export function moduleImage(m: ModuleLoad, ctx: SizingContext): ModuleImage {
  const f = archFactor(ctx);
  const archIds: AssumptionId[] =
    archFactorId(ctx.arch) === null ? [] : [archFactorId(ctx.arch) as AssumptionId];
  const baseRange = scale(fromAssumption(`image.base.${m.language}`), f);
  // A size the user states wins; else the size its catalog entry publishes (known-modules.ts).
  const catalogImage = m.imageSizeMb === null ? catalogFigureId(m, 'imageSize') : null;
  const size = m.imageSizeMb ?? (catalogImage === null ? null : fromAssumption(catalogImage).typical);
  if (size !== null) {
    const base = Math.min(size, baseRange.typical);
    return {
      module: m,
      base: constant(base),
      app: constant(size - base),
      assumptionIds: [
        `image.base.${m.language}`,
        ...archIds,
        ...(catalogImage === null ? [] : [catalogImage]),
      ],
    };
  }
  return {
    module: m,
    base: baseRange,
    app: scale(fromAssumption(`image.app.${m.language}`), f),
    assumptionIds: [`image.base.${m.language}`, `image.app.${m.language}`, ...archIds],
  };
}

function singleBase(images: ModuleImage[]): Range {
  return max(...images.map((i) => i.base));
}

function byLanguage(images: ModuleImage[]): Range {
  const groups = new Map<string, ModuleImage[]>();
  for (const i of images) groups.set(i.module.language, [...(groups.get(i.module.language) ?? []), i]);
  return add(...[...groups.values()].map(singleBase));
}

function perModule(images: ModuleImage[]): Range {
  return add(...images.map((i) => i.base));
}

/** Base layers on disk after de-duplication, MB. */
export function sharedBases(images: ModuleImage[], sharing: LayerSharing): Range {
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
