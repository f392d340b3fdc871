/**
 * The manifest the user imported and applied ("Use these modules"), kept for the export so it can tune that
 * manifest instead of generating one. A small module-level store: it lives in this feature only (not in the
 * answers nor the URL: a manifest can hold registry credentials and is too large for a link), and survives
 * the panel unmounting while the report is shown. A page reload forgets it.
 */
import { useSyncExternalStore } from 'react';
import type { JsonObject } from '../../domain/manifest/import.ts';

export interface ImportedBase {
  document: JsonObject;
  /** What to call it in the UI, for example "deployment.template.json (4 modules)". */
  label: string;
}

let current: ImportedBase | null = null;
const listeners = new Set<() => void>();

/** Remember (or with null, forget) the imported manifest. */
export function setImportedBase(base: ImportedBase | null): void {
  current = base;
  for (const listener of listeners) listener();
}

/** The imported manifest the export tunes, or null. */
export function getImportedBase(): ImportedBase | null {
  return current;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

/** React hook: the imported manifest the export tunes, or null. */
export function useImportedBase(): ImportedBase | null {
  return useSyncExternalStore(subscribe, getImportedBase, getImportedBase);
}
