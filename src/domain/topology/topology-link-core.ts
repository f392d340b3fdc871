/**
 * Topology links: every layer of a topology in one URL-safe string, `#/topology?t=<format>.<packed>`.
 *
 *   payload = <format version> "." pack(JSON.stringify([modelVersion, registry 0|1, [[name, devicesPerParent,
 *             answersWire], …]]))
 *
 * Each layer's answers use the share link's positional form (answersToWire, wire.ts) and all layers are packed
 * together (raw DEFLATE + base64url, pack.ts), so layers that share modules and platform compress well. Decoding
 * reuses the share codec's checks and words (share-codec.ts readPayloadJson, restoreAnswersFromWire): a broken or
 * hostile link gives the same clear message, and whatever could be read is kept.
 *
 * The codec is made from the share codec's functions (createTopologyLink(deps)) rather than importing them: the app
 * hands over the copies its first chunk already holds (app.tsx), so the lazy topology chunk does not make the bundler
 * split the share codec out of the first view. topology-link.ts makes it with the real imports.
 */

/** What a topology link needs from the share codec (src/domain/share/). */
export interface TopologyLinkDeps {
  CURRENT_FORMAT_VERSION: number;
  MAX_PROBLEMS_LISTED: number;
  packV2: (json: string) => string;
  answersToWire: (answers: Answers) => unknown[];
  readPayloadJson: (payload: unknown) => PayloadJson;
  restoreAnswersFromWire: (
    raw: unknown,
    path?: string,
  ) => { answers: Answers; problems: string[]; unknownFromNewer: number };
  modelVersionNotice: (linkVersion: string) => string | null;
  newerAppNotice: (count: number) => string;
}

export interface TopologyLink {
  topologyToWire: (t: Topology) => unknown[];
  encodeTopology: (t: Topology) => string;
  decodeTopology: (payload: string) => TopologyDecodeResult;
}
import * as v from 'valibot';
import { DEFAULT_ANSWERS, type Answers } from '../answers.ts';
import { MODEL_VERSION } from '../model-version.ts';
import { damagedListLink, readListPayload } from '../share/list-link.ts';
import type { DecodeFailure, PayloadJson } from '../share/share-codec.ts';
import { DEVICES_PER_PARENT, LAYER_NAME_LENGTH, MAX_LAYERS, type Layer, type Topology } from './topology.ts';

export type TopologyDecodeResult =
  | { ok: true; topology: Topology; modelVersion: string; notices: string[] }
  | {
      ok: false;
      reason: DecodeFailure;
      error: string;
      problems: string[];
      /** What could be read, with defaults for the rest; absent when nothing could be read. */
      partial?: Topology;
      notices: string[];
    };

/** A topology link codec on the share codec's functions. */
export function createTopologyLink(deps: TopologyLinkDeps): TopologyLink {
  const {
    CURRENT_FORMAT_VERSION,
    MAX_PROBLEMS_LISTED,
    packV2,
    answersToWire,
    readPayloadJson,
    restoreAnswersFromWire,
    modelVersionNotice,
    newerAppNotice,
  } = deps;

  /** The JSON value inside a topology payload. */
  function topologyToWire(t: Topology): unknown[] {
    return [
      MODEL_VERSION,
      t.registry ? 1 : 0,
      t.layers.map((l) => [l.name, l.devicesPerParent, answersToWire(l.answers)]),
    ];
  }

  /** Encode a topology as a link payload. Pure and deterministic. */
  function encodeTopology(t: Topology): string {
    return `${CURRENT_FORMAT_VERSION}.${packV2(JSON.stringify(topologyToWire(t)))}`;
  }

  const MODEL_VERSION_PATTERN = /^[0-9A-Za-z][0-9A-Za-z.+-]{0,31}$/;
  const NameSchema = v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(LAYER_NAME_LENGTH));
  const CountSchema = v.pipe(
    v.number(),
    v.integer(),
    v.minValue(DEVICES_PER_PARENT.min),
    v.maxValue(DEVICES_PER_PARENT.max),
  );

  /** Decode a topology payload. Never throws. */
  function decodeTopology(payload: string): TopologyDecodeResult {
    // The share codec's words, about a topology link.
    const read = readListPayload(readPayloadJson(payload), 'topology', CURRENT_FORMAT_VERSION, 2, 'layers');
    if (!read.ok) return failed(read.reason, read.error);
    const wire = read.wire;
    const problems: string[] = [];
    let unknown = wire.length > 3 ? wire.length - 3 : 0;
    const [rawModel, rawRegistry, rawLayers] = wire as [unknown, unknown, unknown[]];
    let modelVersion = MODEL_VERSION;
    if (typeof rawModel === 'string' && MODEL_VERSION_PATTERN.test(rawModel)) modelVersion = rawModel;
    else problems.push('The link’s model version was unreadable.');
    let registry = true;
    if (rawRegistry === 0 || rawRegistry === 1) registry = rawRegistry === 1;
    else problems.push('Whether the top layer runs a registry was unreadable; it was set to yes.');
    if (rawLayers.length === 0) {
      return failed('invalid', 'This topology link holds no layer (it was changed or damaged).');
    }
    if (rawLayers.length > MAX_LAYERS) {
      problems.push(
        `The link had ${rawLayers.length} layers; a hierarchy is at most ${MAX_LAYERS} deep, so only the first ${MAX_LAYERS} were kept.`,
      );
    }
    const layers: Layer[] = rawLayers.slice(0, MAX_LAYERS).map((raw, i) => {
      const at = `Layer ${i + 1}`;
      const parts: unknown[] = Array.isArray(raw) ? raw : [];
      if (!Array.isArray(raw)) problems.push(`${at} was unreadable; defaults were used.`);
      if (parts.length > 3) unknown += parts.length - 3;
      const name = v.safeParse(NameSchema, parts[0]);
      if (!name.success && Array.isArray(raw))
        problems.push(`${at}: its name was unreadable; it was set to “${at}”.`);
      const count = v.safeParse(CountSchema, parts[1]);
      if (!count.success && Array.isArray(raw))
        problems.push(
          `${at}: its device count was unreadable (a whole number from 1 to 10,000); it was set to 1.`,
        );
      const restored = Array.isArray(raw)
        ? restoreAnswersFromWire(parts[2], at)
        : { answers: DEFAULT_ANSWERS, problems: [], unknownFromNewer: 0 };
      problems.push(...restored.problems);
      unknown += restored.unknownFromNewer;
      return {
        name: name.success ? name.output : at,
        devicesPerParent: count.success ? count.output : 1,
        answers: restored.answers,
      };
    });
    const topology: Topology = { layers, registry };
    const notices: string[] = [];
    const notice = modelVersionNotice(modelVersion);
    if (notice) notices.push(notice);
    if (unknown > 0) notices.push(newerAppNotice(unknown));
    if (problems.length === 0) return { ok: true, topology, modelVersion, notices };
    return {
      ok: false,
      reason: 'invalid',
      ...damagedListLink('topology', problems, MAX_PROBLEMS_LISTED),
      partial: topology,
      notices,
    };
  }

  return { topologyToWire, encodeTopology, decodeTopology };
}

function failed(reason: DecodeFailure, error: string): TopologyDecodeResult {
  return { ok: false, reason, error, problems: [], notices: [] };
}
