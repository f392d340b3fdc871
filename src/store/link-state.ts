/**
 * What "open a link" (open-link.ts) and "write the URL" (write-url.ts) both need to know about links, so that
 * neither imports the other's internals: the link waiting for the user's choice, the answers of the last link
 * opened while unedited, and the foreign payload handled last.
 */
import { create } from 'zustand';
import type { Answers } from '../domain/answers.ts';

/** A link that was opened while the user had other unsaved work, waiting for the user's choice. */
export interface PendingLink {
  answers: Answers;
  /** The user's own work, kept in the store meanwhile. */
  mine: Answers;
}

export const usePendingLink = create<{ pending: PendingLink | null }>()(() => ({ pending: null }));

export const linkState = {
  /** The answers of the last link opened, while they are unedited: replacing them loses nothing. */
  fromLink: null as Answers | null,
  /** The foreign payload handled last (popstate and hashchange both report one paste). */
  lastOpened: null as string | null,
  /**
   * A link whose readers are still loading (open-link.ts: the codec, or lz-string for a format-1 link): the
   * address bar keeps showing it meanwhile, as it does while a link waits for the user's choice.
   */
  opening: null as string | null,
};
