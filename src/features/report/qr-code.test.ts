import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrImage } from './qr-code.ts';

/** The dark modules of a qrImage SVG, read back from its path of horizontal runs (quiet zone included). */
function darkModules(dataUrl: string, modules: number): boolean[][] {
  const svg = decodeURIComponent(dataUrl.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''));
  const grid = Array.from({ length: modules }, () => Array<boolean>(modules).fill(false));
  for (const [, x, y, width] of svg.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let col = Number(x); col < Number(x) + Number(width); col++) grid[Number(y)]![col] = true;
  }
  return grid;
}

describe('qrImage', () => {
  const url = 'https://edge-sizer.example/#/report?s=2.eJyrVkrOz0nVK8nPz1GyUjA0MNBRSs7PS8tMBwA';

  it('draws the matrix of the qrcode package (M level) with a 4-module quiet zone', () => {
    const image = qrImage(url);
    expect(image).not.toBeNull();
    const matrix = create(url, { errorCorrectionLevel: 'M' }).modules;
    expect(image!.modules).toBe(matrix.size + 8);
    const grid = darkModules(image!.dataUrl, image!.modules);
    for (let row = 0; row < image!.modules; row++) {
      for (let col = 0; col < image!.modules; col++) {
        const inside = row >= 4 && col >= 4 && row < matrix.size + 4 && col < matrix.size + 4;
        expect(grid[row]![col], `module ${row},${col}`).toBe(
          inside ? Boolean(matrix.get(row - 4, col - 4)) : false,
        );
      }
    }
  });

  it('has the three finder patterns (a scanner finds the code)', () => {
    const image = qrImage(url)!;
    const grid = darkModules(image.dataUrl, image.modules);
    const size = image.modules - 8;
    for (const [top, left] of [
      [4, 4],
      [4, 4 + size - 7],
      [4 + size - 7, 4],
    ] as const) {
      // A finder pattern: a dark 7×7 ring, a light ring, a dark 3×3 centre.
      for (let r = 0; r < 7; r++) {
        for (let c = 0; c < 7; c++) {
          const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
          expect(grid[top + r]![left + c]).toBe(ring !== 2);
        }
      }
    }
  });

  it('returns null for a text longer than a version-40 code holds', () => {
    expect(qrImage('x'.repeat(3000))).toBeNull();
  });
});
