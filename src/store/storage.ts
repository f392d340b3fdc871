/**
 * Browser storage that never throws: localStorage (autosave, scenarios) and sessionStorage (this tab's own
 * answers). Missing, blocked or full storage is reported once with a notice and otherwise ignored.
 * Nothing here knows what is stored; persistence.ts and scenarios.ts do.
 */
import { pushNotice } from './notices.ts';

/** Version of the storage envelopes (not of the share-link format nor of the model). */
export const STORAGE_FORMAT = 1;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // some browsers throw on access when storage is disabled
  }
}

export function sessionStore(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

let warnedUnavailable = false;

function warnUnavailable(what: string): void {
  if (warnedUnavailable) return;
  warnedUnavailable = true;
  pushNotice({
    id: 'storage-unavailable',
    kind: 'warning',
    title: `This browser did not let Edge Sizer ${what}: autosave and saved scenarios are off for this page.`,
    details: [
      'Your answers stay in the page and in its link (Copy share link); export them as JSON to keep a copy.',
    ],
  });
}

export function readRaw(key: string): string | null {
  const s = storage();
  if (!s) return null;
  try {
    return s.getItem(key);
  } catch {
    warnUnavailable('read its local storage');
    return null;
  }
}

/**
 * Write a key; false when storage refused it. `quiet`: a refusal is not reported (for a copy whose loss the
 * user need not hear about, such as a tab's spare copy of its work).
 */
export function writeRaw(key: string, value: string, quiet = false): boolean {
  const s = storage();
  if (!s) {
    if (!quiet) warnUnavailable('use local storage');
    return false;
  }
  try {
    s.setItem(key, value);
    return true;
  } catch {
    if (!quiet) warnUnavailable('write to its local storage (it may be full or disabled)');
    return false;
  }
}

export function removeRaw(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    /* nothing to do: the next write reports the problem */
  }
}

/** The key under which unreadable data is kept aside. */
export const asideKey = (key: string) => `${key}:unreadable`;

/**
 * Keep a copy of unreadable data aside so that a later save does not destroy what might be recovered.
 * Returns true only when a copy is actually in storage afterwards (an older copy already kept counts).
 */
export function setAside(key: string, raw: string): boolean {
  if (readRaw(asideKey(key)) !== null) return true;
  return writeRaw(asideKey(key), raw) && readRaw(asideKey(key)) === raw;
}

export function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false };
  }
}
