/**
 * Topology links with the share codec's real functions: for the domain, the tests and the bench. The app makes the
 * same codec from the copies its first chunk holds (topology-link-core.ts explains why).
 */
import { CURRENT_FORMAT_VERSION } from '../share/migrations.ts';
import { packV2 } from '../share/pack.ts';
import {
  MAX_PROBLEMS_LISTED,
  answersToWire,
  modelVersionNotice,
  newerAppNotice,
  readPayloadJson,
  restoreAnswersFromWire,
} from '../share/share-codec.ts';
import { createTopologyLink, type TopologyLinkDeps } from './topology-link-core.ts';

export type { TopologyDecodeResult, TopologyLink, TopologyLinkDeps } from './topology-link-core.ts';

export const SHARE_CODEC_DEPS: TopologyLinkDeps = {
  CURRENT_FORMAT_VERSION,
  MAX_PROBLEMS_LISTED,
  packV2,
  answersToWire,
  readPayloadJson,
  restoreAnswersFromWire,
  modelVersionNotice,
  newerAppNotice,
};

export const { topologyToWire, encodeTopology, decodeTopology } = createTopologyLink(SHARE_CODEC_DEPS);
