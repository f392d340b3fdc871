/** Compare links with the share codec's real functions: for the domain, the tests and the bench. */
import { SHARE_CODEC_DEPS } from '../topology/topology-link.ts';
import { createCompareLink } from './compare-link-core.ts';

export type { CompareDecodeResult, CompareLink } from './compare-link-core.ts';

export const { encodeComparison, decodeComparison } = createCompareLink(SHARE_CODEC_DEPS);
