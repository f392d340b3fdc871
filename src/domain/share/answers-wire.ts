/**
 * The answers in the share links' compact positional form (layout: wire.ts), without the codec around it
 * (share-codec.ts: packing, format versions, decoding). Kept apart because the first view needs only this
 * part: the store compares answers by their wire form (src/store/same-answers.ts), while the codec, with
 * DEFLATE (fflate) and the migrations, is loaded when a link is read or written (src/store/codec.ts).
 */
import type { ModuleSpec } from '../answers.ts';
import type { Answers } from '../answers.ts';
import { MODULE_FIELDS, type FieldSpec } from '../fields/index.ts';
import { WIRE_FIELDS, WIRE_SECTIONS, valueToWire } from './wire.ts';

const LANGUAGE_SPEC: FieldSpec = MODULE_FIELDS.language;

/** Module rows → the module columns (see wire.ts for the image split). */
export function modulesToWire(modules: readonly ModuleSpec[]): unknown[] {
  const registries: string[] = [];
  const imageRef: (number | null)[] = [];
  const imageTail: string[] = [];
  for (const module of modules) {
    if (module.image === '') {
      imageRef.push(null);
      imageTail.push('');
      continue;
    }
    // The image usually contains the module's name: split around it (prefix → registries, the rest → tail).
    const at = module.name === '' ? -1 : module.image.indexOf(module.name);
    const cut = at === -1 ? module.image.lastIndexOf('/') + 1 : at;
    const registry = module.image.slice(0, cut);
    let k = registries.indexOf(registry);
    if (k === -1) k = registries.push(registry) - 1;
    imageRef.push(at === -1 ? k : -k - 1);
    imageTail.push(module.image.slice(at === -1 ? cut : cut + module.name.length));
  }
  return [
    registries,
    modules.map((m) => m.name),
    modules.map((m) => valueToWire(LANGUAGE_SPEC, m.language)),
    imageRef,
    imageTail,
    modules.map((m) => m.imageSizeMb),
    modules.map((m) => m.messagesPerSecond),
    modules.map((m) => m.memoryLimitMb),
  ];
}

/** Answers → the positional `answers` array (wire.ts). */
export function answersToWire(answers: Answers): unknown[] {
  const sections = WIRE_SECTIONS.map((section) => {
    const values = answers[section] as unknown as Record<string, unknown>;
    const fields = WIRE_FIELDS[section];
    const wire = fields.map(({ key, spec }) =>
      spec.wire.as === 'modules' ? modulesToWire(answers.workload.modules) : valueToWire(spec, values[key]),
    );
    // Trailing fields at their default that may be left off (FieldWire.omitDefault) are not written.
    while (wire.length > 0) {
      const spec = fields[wire.length - 1]?.spec;
      if (!spec?.wire.omitDefault || wire[wire.length - 1] !== valueToWire(spec, spec.default)) break;
      wire.pop();
    }
    return wire;
  });
  return [answers.scenarioName, ...sections];
}
