/**
 * A QR code as an SVG data URL, built synchronously with the qrcode package's encoder (QRCode.create, imported
 * from its core module so that the package's canvas and SVG renderers stay out of the report's chunk), so
 * the report renders in one pass (print and PDF need no async step) and prints crisp at any size.
 * The SVG is drawn from the module matrix: one path of horizontal runs, with the standard 4-module quiet zone.
 */
import type { BitMatrix } from 'qrcode';
import { create } from 'qrcode/lib/core/qrcode.js';

export interface QrImage {
  /** data:image/svg+xml URL of the code. */
  dataUrl: string;
  /** Modules per side, quiet zone included. */
  modules: number;
}

const QUIET_ZONE = 4;

/** The QR code of a text, or null when it cannot be encoded (longer than a version-40 code holds). */
export function qrImage(text: string): QrImage | null {
  let matrix: BitMatrix;
  try {
    matrix = create(text, { errorCorrectionLevel: 'M' }).modules;
  } catch {
    return null;
  }
  const size = matrix.size;
  const runs: string[] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!matrix.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && matrix.get(row, col)) col++;
      runs.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h-${col - start}z`);
    }
  }
  const total = size + 2 * QUIET_ZONE;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${total} ${total}" shape-rendering="crispEdges">` +
    `<rect width="${total}" height="${total}" fill="#fff"/><path fill="#000" d="${runs.join('')}"/></svg>`;
  return { dataUrl: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, modules: total };
}
