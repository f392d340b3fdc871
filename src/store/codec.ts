/**
 * The link codec (src/domain/share/link-codec.ts: DEFLATE, format versions, migrations, decoding; about 8 kB gzip)
 * is loaded on demand, not with the first view:
 *
 * - main.tsx loads it before the first render when the URL holds a payload (the link is read before the page
 *   is drawn, as before);
 * - otherwise the app requests it right after the first paint (app.tsx), and the address bar gets its link when
 *   it arrives (write-url.ts writes it in a task of its own);
 * - Copy share link, the report, the compare and topology views wait for it (they load it with their chunk).
 *
 * A failed load (offline before the service worker cached it) is not kept: the next call tries again.
 */
import type * as LinkCodec from '../domain/share/link-codec.ts';

export type Codec = typeof LinkCodec;

let loaded: Codec | null = null;
let pending: Promise<Codec> | null = null;
let requested = false;
const listeners = new Set<(codec: Codec) => void>();

/** True once something has asked for the codec (loaded, loading, or a load that failed). */
export function codecRequested(): boolean {
  return requested;
}

/** Call `listener` when the codec has loaded (at once if it has). Returns an unsubscribe function. */
export function onCodecLoaded(listener: (codec: Codec) => void): () => void {
  if (loaded) listener(loaded);
  else listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The codec if it has loaded, else null (callers that cannot wait skip what needs it, or load and retry). */
export function codecNow(): Codec | null {
  return loaded;
}

/** The codec; throws when it has not loaded (for code that runs only once it has, such as a loaded chunk). */
export function requireCodec(): Codec {
  if (loaded === null) throw new Error('the link codec is not loaded yet (src/store/codec.ts)');
  return loaded;
}

/** Load the codec (once at a time); rejects when the chunk cannot be fetched. */
export function loadCodec(): Promise<Codec> {
  if (loaded) return Promise.resolve(loaded);
  requested = true;
  pending ??= import('../domain/share/link-codec.ts').then(
    (module) => {
      loaded = module;
      pending = null;
      for (const listener of [...listeners]) listener(module);
      listeners.clear();
      return module;
    },
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}
