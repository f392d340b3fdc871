import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { format1ReaderInstalled, isFormat1Payload } from './pack.ts';
import { answersToWire, decodeShareState } from './share-codec.ts';
import { MODEL_VERSION } from '../model-version.ts';
import { DEFAULT_ANSWERS } from '../answers.ts';

// This file never imports format-1.ts: as in the app's first view, the format-1 reader is not loaded.
/** A format-1 link as the first release wrote it: `[model, view, step, answers]`, lz-string packed. */
const v1 = `1.${LZString.compressToEncodedURIComponent(
  JSON.stringify([MODEL_VERSION, 'wizard', null, answersToWire(DEFAULT_ANSWERS)]),
)}`;

describe('the format-1 reader, loaded on demand', () => {
  it('tells format-1 payloads from the current format', () => {
    expect(isFormat1Payload(v1)).toBe(true);
    expect(isFormat1Payload(` 001.${v1.slice(2)}`)).toBe(true);
    expect(isFormat1Payload('3.abc')).toBe(false);
    expect(isFormat1Payload('11.abc')).toBe(false);
  });

  it('without the reader, a format-1 link is refused with a message, never misread', () => {
    expect(format1ReaderInstalled()).toBe(false);
    const result = decodeShareState(v1);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(/first link format.*could not be loaded/);
  });

  it('with the reader loaded, the same link opens', async () => {
    await import('./format-1.ts');
    expect(format1ReaderInstalled()).toBe(true);
    expect(decodeShareState(v1)).toMatchObject({ ok: true, state: { answers: DEFAULT_ANSWERS } });
  });
});
