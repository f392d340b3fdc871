/**
 * The qrcode package's encoder alone (lib/core/qrcode.js): its browser entry also bundles the canvas and SVG
 * renderers, which the report does not use (qr-code.ts draws its own SVG from the matrix). Typed as the
 * package's `create` (@types/qrcode).
 */
declare module 'qrcode/lib/core/qrcode.js' {
  export { create } from 'qrcode';
}
