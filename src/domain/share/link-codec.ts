/**
 * Everything the app needs to read and write links, as one module that the store loads on demand
 * (src/store/codec.ts): the share codec with its packing (fflate) and migrations. The first view does not carry
 * it; it is loaded before the first render when the URL holds a link, and right after the first paint otherwise
 * (the address bar then gets its link).
 */
export * from './share-codec.ts';
export { format1ReaderInstalled, installFormat1Reader, packV2 } from './pack.ts';
export { CURRENT_FORMAT_VERSION } from './migrations.ts';
