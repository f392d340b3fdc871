/**
 * Compare links: 2–4 scenarios in one URL-safe string, `#/compare?c=<format>.<packed>`.
 *
 *   payload = <format version> "." pack(JSON.stringify([modelVersion, [[name, answersWire], …]]))
 *
 * Each scenario's answers use the share link's positional form (answersToWire, src/domain/share/wire.ts), and all
 * of them are packed together (raw DEFLATE + base64url), so scenarios that share modules and images compress once:
 * three 10-module variants take about as much room as one and a half (figures in docs/compare.md, measured by
 * `npm run bench`). Decoding reuses the share codec's checks and words (readPayloadJson, restoreAnswersFromWire):
 * a broken or hostile link gives the same clear message, and whatever could be read is kept.
 *
 * Made from the share codec's functions (the same dependencies as topology links: the app hands over the copies
 * its first chunk holds, so the lazy compare chunk does not pull the codec out of the first view).
 */
import * as v from 'valibot';
import { LIMITS } from '../answers.ts';
import { MODEL_VERSION } from '../model-version.ts';
import { damagedListLink, readListPayload } from '../share/list-link.ts';
import type { DecodeFailure } from '../share/share-codec.ts';
import type { TopologyLinkDeps } from '../topology/topology-link-core.ts';
import { MAX_COMPARED, MIN_COMPARED, type ComparedScenario } from './compare.ts';

/** What a compare link needs from the share codec: the same as a topology link. */
export type ScenarioLinkDeps = TopologyLinkDeps;

export type CompareDecodeResult =
  | { ok: true; scenarios: ComparedScenario[]; modelVersion: string; notices: string[] }
  | {
      ok: false;
      reason: DecodeFailure;
      error: string;
      problems: string[];
      /** What could be read, with defaults for the rest; absent when nothing usable could be read. */
      partial?: ComparedScenario[];
      notices: string[];
    };

export interface CompareLink {
  encodeComparison: (scenarios: readonly ComparedScenario[]) => string;
  decodeComparison: (payload: string) => CompareDecodeResult;
}

const MODEL_VERSION_PATTERN = /^[0-9A-Za-z][0-9A-Za-z.+-]{0,31}$/;

export function createCompareLink(deps: ScenarioLinkDeps): CompareLink {
  const { CURRENT_FORMAT_VERSION, MAX_PROBLEMS_LISTED, packV2, answersToWire, readPayloadJson } = deps;
  const NameSchema = v.pipe(v.string(), v.maxLength(LIMITS.nameLength));

  function encodeComparison(scenarios: readonly ComparedScenario[]): string {
    const wire = [MODEL_VERSION, scenarios.map((s) => [s.name, answersToWire(s.answers)])];
    return `${CURRENT_FORMAT_VERSION}.${packV2(JSON.stringify(wire))}`;
  }

  function decodeComparison(payload: string): CompareDecodeResult {
    const read = readListPayload(readPayloadJson(payload), 'compare', CURRENT_FORMAT_VERSION, 1, 'scenarios');
    if (!read.ok) return failed(read.reason, read.error);
    const wire = read.wire;
    const [rawModel, rawList] = wire as [unknown, unknown[]];
    if (rawList.length < MIN_COMPARED) {
      return failed(
        'invalid',
        `This compare link holds ${rawList.length === 0 ? 'no scenario' : 'one scenario'}; a comparison needs ${MIN_COMPARED} to ${MAX_COMPARED}.`,
      );
    }
    const problems: string[] = [];
    let unknown = wire.length > 2 ? wire.length - 2 : 0;
    let modelVersion = MODEL_VERSION;
    if (typeof rawModel === 'string' && MODEL_VERSION_PATTERN.test(rawModel)) modelVersion = rawModel;
    else problems.push('The link’s model version was unreadable.');
    if (rawList.length > MAX_COMPARED) {
      problems.push(
        `The link had ${rawList.length} scenarios; at most ${MAX_COMPARED} are compared, so only the first ${MAX_COMPARED} were kept.`,
      );
    }
    const scenarios = rawList.slice(0, MAX_COMPARED).map((raw, i): ComparedScenario => {
      const at = `Scenario ${i + 1}`;
      if (!Array.isArray(raw)) {
        problems.push(`${at} was unreadable; the default answers were used.`);
        return { name: at, answers: deps.restoreAnswersFromWire(undefined, at).answers };
      }
      if (raw.length > 2) unknown += raw.length - 2;
      const name = v.safeParse(NameSchema, raw[0]);
      if (!name.success) problems.push(`${at}: its name was unreadable; it was set to “${at}”.`);
      const restored = deps.restoreAnswersFromWire(raw[1], at);
      problems.push(...restored.problems);
      unknown += restored.unknownFromNewer;
      return {
        name: name.success && name.output.trim() !== '' ? name.output : at,
        answers: restored.answers,
      };
    });
    const notices: string[] = [];
    const notice = deps.modelVersionNotice(modelVersion);
    if (notice) notices.push(notice);
    if (unknown > 0) notices.push(deps.newerAppNotice(unknown));
    if (problems.length === 0) return { ok: true, scenarios, modelVersion, notices };
    return {
      ok: false,
      reason: 'invalid',
      ...damagedListLink('compare', problems, MAX_PROBLEMS_LISTED),
      partial: scenarios,
      notices,
    };
  }

  return { encodeComparison, decodeComparison };
}

function failed(reason: DecodeFailure, error: string): CompareDecodeResult {
  return { ok: false, reason, error, problems: [], notices: [] };
}
