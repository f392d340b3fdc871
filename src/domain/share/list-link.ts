/**
 * What compare links (src/domain/compare/compare-link-core.ts) and topology links
 * (src/domain/topology/topology-link-core.ts) share: both carry several scenarios in one payload on the share
 * codec, and fail with its checks and words, said about their own kind of link.
 */
import type { DecodeFailure, PayloadJson } from './share-codec.ts';

/** The kind of link, as its messages name it ("compare link", "topology link"). */
export type ListLinkKind = 'compare' | 'topology';

export type ListPayload = { ok: true; wire: unknown[] } | { ok: false; reason: DecodeFailure; error: string };

/**
 * Read a list link's payload up to its JSON array: the share codec's checks (empty, too long, not a link, damaged,
 * too large unpacked), the one format list links exist in, and a list at position `listAt`. Never throws.
 */
export function readListPayload(
  read: PayloadJson,
  kind: ListLinkKind,
  currentFormat: number,
  listAt: number,
  holds: string,
): ListPayload {
  if (!read.ok)
    return {
      ok: false,
      reason: read.failure.reason,
      error: read.failure.error.replace(/share link/g, `${kind} link`),
    };
  if (read.version !== currentFormat)
    return {
      ok: false,
      reason: 'unknown-version',
      error: `This ${kind} link has format ${read.version}; ${kind} links exist only in format ${currentFormat}.`,
    };
  const wire = read.wire;
  if (!Array.isArray(wire) || !Array.isArray(wire[listAt]))
    return {
      ok: false,
      reason: 'invalid',
      error: `This ${kind} link does not hold Edge Sizer ${holds} (it was changed or damaged).`,
    };
  return { ok: true, wire };
}

/** The message for a list link opened with some values replaced by their defaults, and the problems to list. */
export function damagedListLink(
  kind: ListLinkKind,
  problems: readonly string[],
  maxListed: number,
): { error: string; problems: string[] } {
  const listed = problems.slice(0, maxListed);
  if (problems.length > maxListed) listed.push(`… and ${problems.length - maxListed} more.`);
  return {
    error:
      problems.length === 1
        ? `This ${kind} link was changed or damaged: one value could not be read and was replaced by its default. Everything else was kept.`
        : `This ${kind} link was changed or damaged: ${problems.length} values could not be read and were replaced by their defaults. Everything else was kept.`,
    problems: listed,
  };
}
