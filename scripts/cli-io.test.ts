import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printable, printableJson, readBounded } from './cli-io.ts';

describe('printable', () => {
  it('shows control and bidi characters as escapes, keeps line feeds and other text', () => {
    expect(printable('a\u001b[31mb\u0007\u0000\u009b\u202egnp.exe\nok é 名')).toBe(
      'a\\u{001b}[31mb\\u{0007}\\u{0000}\\u{009b}\\u{202e}gnp.exe\nok é 名',
    );
  });

  it('keeps JSON valid and its value unchanged', () => {
    const value = { name: 'a\u009b\u202eb\u2066' };
    const text = printableJson(JSON.stringify(value));
    expect(text).not.toMatch(/[\u009b\u202e\u2066]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('readBounded', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-io-'));

  it('reads a file up to the limit, in characters', () => {
    const path = join(dir, 'a.json');
    writeFileSync(path, 'é'.repeat(100));
    expect(readBounded(path, 100)).toBe('é'.repeat(100));
    expect(() => readBounded(path, 99)).toThrow(/100 characters, more than 99/);
  });

  it.runIf(process.platform !== 'win32')('stops reading /dev/zero at once', () => {
    const start = performance.now();
    expect(() => readBounded('/dev/zero', 1_000_000)).toThrow(/larger than 3,000,000 bytes/);
    expect(performance.now() - start).toBeLessThan(5_000);
  });

  it('names a missing file as fs does', () => {
    expect(() => readBounded(join(dir, 'missing'), 10)).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});
