/**
 * The link codec is not in the first view (src/store/codec.ts): a page without a link starts without it. These
 * tests import the store afresh (vi.resetModules) so that the codec the test setup loads is not there yet.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_ANSWERS } from '../domain/answers.ts';

import type * as AppStoreModule from './app-store.ts';
import type * as CodecModule from './codec.ts';
import type * as PersistenceModule from './persistence.ts';
import type * as WriteUrlModule from './write-url.ts';

let codec: typeof CodecModule;
let writeUrl: typeof WriteUrlModule;
let persistence: typeof PersistenceModule;
let store: typeof AppStoreModule;

beforeEach(async () => {
  vi.resetModules();
  window.history.replaceState(null, '', '/#/wizard/start');
  codec = await import('./codec.ts');
  writeUrl = await import('./write-url.ts');
  persistence = await import('./persistence.ts');
  store = await import('./app-store.ts');
});

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('the link codec, loaded on demand', () => {
  it('is absent at start; requireCodec says so, loadCodec loads it once and tells the listeners', async () => {
    expect(codec.codecNow()).toBeNull();
    expect(codec.codecRequested()).toBe(false);
    expect(() => codec.requireCodec()).toThrow(/not loaded/);
    const heard: unknown[] = [];
    codec.onCodecLoaded((c) => heard.push(c));
    const [a, b] = await Promise.all([codec.loadCodec(), codec.loadCodec()]);
    expect(a).toBe(b);
    expect(codec.codecNow()).toBe(a);
    expect(heard).toEqual([a]);
    expect(typeof a.encodeShareState).toBe('function');
    // A listener added after the load is called at once.
    codec.onCodecLoaded((c) => heard.push(c));
    expect(heard).toHaveLength(2);
  });

  it('a flush before the codec autosaves and leaves the address bar; the link is written after the codec arrives', async () => {
    const answers = { ...DEFAULT_ANSWERS, scenarioName: 'Before the codec' };
    store.setAnswers(answers);
    writeUrl.flushUrlSync();
    expect(persistence.loadAutosave()?.answers.scenarioName).toBe('Before the codec');
    expect(window.location.hash).toBe('#/wizard/start');
    // Nothing was requested before the first paint: the app asks for the codec then (app.tsx).
    expect(codec.codecRequested()).toBe(false);
    const loaded = await codec.loadCodec();
    // Not in the task that evaluated the codec: the write follows in a task of its own.
    expect(window.location.hash).toBe('#/wizard/start');
    await vi.waitFor(() => expect(window.location.hash.startsWith('#/wizard/start?s=3.')).toBe(true));
    const payload = window.location.hash.split('?s=')[1] ?? '';
    const decoded = loaded.decodeShareState(payload);
    expect(decoded.ok && decoded.state.answers.scenarioName).toBe('Before the codec');
  });
});

/** Waits until the address bar's link holds answers named `name` (the codec loads if it has not). */
async function expectLinkedName(name: string): Promise<void> {
  const loaded = await codec.loadCodec();
  await vi.waitFor(() => {
    const decoded = loaded.decodeShareState(window.location.hash.split('?s=')[1] ?? '');
    expect(decoded.ok && decoded.state.answers.scenarioName).toBe(name);
  });
}

describe('the default answers’ link, made at build time (default-link.ts)', () => {
  it('is written at once, with no codec, and is the codec’s own payload for the defaults', async () => {
    const { DEFAULT_ANSWERS_PAYLOAD } = await import('./default-link.ts');
    expect(store.useAppStore.getState().answers).toEqual(DEFAULT_ANSWERS);
    writeUrl.flushUrlSync();
    expect(window.location.hash).toBe(`#/wizard/start?s=${DEFAULT_ANSWERS_PAYLOAD}`);
    expect(codec.codecRequested()).toBe(false);
    writeUrl.allowCodecLoad(); // the first paint: the address bar needs nothing more
    expect(codec.codecRequested()).toBe(false);

    const loaded = await codec.loadCodec();
    expect(loaded.encodeShareState(loaded.createShareState(DEFAULT_ANSWERS))).toBe(DEFAULT_ANSWERS_PAYLOAD);
    const decoded = loaded.decodeShareState(DEFAULT_ANSWERS_PAYLOAD);
    expect(decoded.ok && decoded.state.answers).toEqual(DEFAULT_ANSWERS);
  });

  it('after the first paint, the first change away from the defaults loads the codec and writes its link', async () => {
    writeUrl.flushUrlSync();
    writeUrl.allowCodecLoad();
    store.setAnswers({ ...DEFAULT_ANSWERS, scenarioName: 'Changed' });
    writeUrl.flushUrlSync();
    expect(codec.codecRequested()).toBe(true);
    await expectLinkedName('Changed');
  });

  it('answers from the autosave that are not the defaults load the codec after the first paint', async () => {
    store.setAnswers({ ...DEFAULT_ANSWERS, scenarioName: 'Autosaved work' });
    writeUrl.flushUrlSync(); // before the first paint: nothing loads
    expect(codec.codecRequested()).toBe(false);
    expect(window.location.hash).toBe('#/wizard/start');
    writeUrl.allowCodecLoad();
    expect(codec.codecRequested()).toBe(true);
    await expectLinkedName('Autosaved work');
  });
});

describe('a link pasted while its reader loads', () => {
  it('keeps the address bar until it opens, and while it waits for the user’s choice', async () => {
    const openLink = await import('./open-link.ts');
    const linkState = await import('./link-state.ts');
    const { answersToWire } = await import('../domain/share/answers-wire.ts');
    const { MODEL_VERSION } = await import('../domain/model-version.ts');
    const LZString = (await import('lz-string')).default;
    await codec.loadCodec(); // the codec is there; the format-1 reader (lz-string) is not
    const work = { ...DEFAULT_ANSWERS, scenarioName: 'My own work' };
    store.setAnswers(work);
    const link = { ...DEFAULT_ANSWERS, scenarioName: 'From an old link' };
    const v1 = `1.${LZString.compressToEncodedURIComponent(
      JSON.stringify([MODEL_VERSION, 'wizard', null, answersToWire(link)]),
    )}`;
    window.history.pushState(null, '', `/#/wizard/start?s=${v1}`); // pasted: an entry this tab did not write
    openLink.openPayload(v1, work);
    writeUrl.flushUrlSync(); // as url-sync does right after opening a pasted link
    expect(window.location.hash).toBe(`#/wizard/start?s=${v1}`);
    expect(persistence.loadAutosave()?.answers.scenarioName).toBe('My own work');
    // The reader loads; the link then waits for the user's choice, and the address bar still shows it.
    await vi.waitFor(() => expect(linkState.usePendingLink.getState().pending).not.toBeNull());
    expect(linkState.usePendingLink.getState().pending?.answers.scenarioName).toBe('From an old link');
    writeUrl.flushUrlSync();
    expect(window.location.hash).toBe(`#/wizard/start?s=${v1}`);
  });
});
