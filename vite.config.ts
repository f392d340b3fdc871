/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { DEFAULT_ANSWERS } from './src/domain/answers.ts';
import { createShareState, encodeShareState } from './src/domain/share/share-codec.ts';

/**
 * The Content-Security-Policy of the built app (see docs/performance.md, "Content-Security-Policy").
 *
 * Static hosting sends no headers of ours, so the policy ships as a <meta http-equiv> tag, injected at build
 * time only (the dev server needs inline scripts for React Fast Refresh). A meta policy cannot carry
 * frame-ancestors, report-uri/report-to or sandbox: browsers ignore those there; set them as HTTP headers
 * where the host allows it.
 *
 * style-src-attr 'none' is deliberate: React and recharts set inline styles through the CSSOM
 * (element.style.x = …), which CSP does not govern; only style="…" in parsed markup would need
 * 'unsafe-inline', and e2e/csp.spec.ts fails if anything tries it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'none'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/** Put the policy right after <meta charset>, before every script, stylesheet and the manifest link. */
function contentSecurityPolicy(): Plugin {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
  return {
    name: 'edge-sizer:csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html)) return html.replace(/<head>/i, `<head>\n    ${tag}`);
        return html.replace(charset, (match) => `${match}\n    ${tag}`);
      },
    },
  };
}

/**
 * The entry's stylesheet is preloaded, not linked: `<link rel="preload" as="style" data-entry-style>`, and
 * src/main.tsx adds it as a stylesheet and waits for it before the first render (src/app/entry-style.ts). The page
 * draws nothing before that render (the app is all JavaScript), so nothing is shown unstyled. Why: with a
 * parser-inserted (render-blocking) stylesheet, Chromium 156 under Lighthouse presented the first frame 0.7–1.9 s
 * after the content was ready, even for a hello-world page with an empty stylesheet (docs/performance.md,
 * "The first frame under Lighthouse").
 */
function entryStyleAsPreload(): Plugin {
  return {
    name: 'edge-sizer:entry-style-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          /<link rel="stylesheet"( crossorigin)? href="([^"]+\.css)">/g,
          '<link rel="preload" as="style"$1 href="$2" data-entry-style>',
        ),
    },
  };
}

/**
 * The chunks of the dynamic imports the landing page makes with no click: src/features/wizard/steps/start-step.tsx
 * (STEP_FORM.start), src/domain/share/link-codec.ts (src/store/codec.ts) and src/pwa/register-sw.ts (main.tsx).
 * Vite names a chunk after its module; e2e/smoke.spec.ts checks that the landing page adds no modulepreload link.
 */
const LANDING_OWN_LOADS = /^assets\/(start-step|link-codec|register-sw)-[^/]+\.js$/;

/**
 * The link payload of the default answers, made by the link codec at build time: a first visit (on the defaults)
 * writes its address bar's link without loading the codec (src/store/default-link.ts).
 */
const DEFAULT_ANSWERS_PAYLOAD = encodeShareState(createShareState(DEFAULT_ANSWERS));

export default defineConfig({
  define: { __DEFAULT_ANSWERS_PAYLOAD__: JSON.stringify(DEFAULT_ANSWERS_PAYLOAD) },
  plugins: [
    react(),
    contentSecurityPolicy(),
    entryStyleAsPreload(),
    VitePWA({
      strategies: 'generateSW',
      // 'prompt' = a new service worker waits instead of taking over a page in use; src/pwa/register-sw.ts
      // activates it at the start of the next visit (a reload that restores the answers from the URL).
      registerType: 'prompt',
      // src/pwa/register-sw.ts registers it: no inline script (CSP), no extra request.
      injectRegister: false,
      // globPatterns below already picks up the icons and favicon from public/.
      includeManifestIcons: false,
      manifest: {
        name: 'Edge Sizer',
        short_name: 'Edge Sizer',
        description: 'Size the hardware for an Azure IoT Edge deployment, with every number sourced.',
        id: '/',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b5cad',
        lang: 'en',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        // Everything the app can ever load, lazy chunks (charts, report) included, so it works offline
        // after the first visit.
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        // The first install controls the open page at once (offline right after the first visit);
        // updates still wait (skipWaiting false) until register-sw.ts applies them.
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
        navigateFallback: 'index.html',
      },
      // No service worker in dev or tests: it would cache modules under Vite's dev server.
      devOptions: { enabled: false },
    }),
  ],
  preview: { port: 4173, strictPort: true },
  build: {
    chunkSizeWarningLimit: 600,
    // Every browser the app targets supports <link rel="modulepreload"> (Safari since 17); the polyfill would
    // only add bytes to the first view.
    modulePreload: {
      polyfill: false,
      // The chunks the landing page loads by itself, with no click (the start step's form and the link codec
      // after the first paint, the service worker's module at load), get no modulepreload list: the browser
      // fetches their imports as it reads them. Vite's preload helper otherwise inserts a <link rel="modulepreload">
      // per dependency in tasks after the first paint, and Lighthouse counted that work in its blocking time:
      // busy median 97 against 93 over 15 interleaved runs each (docs/performance.md, "Issue 18, fifth pass").
      // The views opened by a click keep their lists: without them the live results and the report would load
      // in 5 rounds of requests instead of 1 on a first visit.
      resolveDependencies: (_file, deps, { hostType }) =>
        hostType === 'js' && deps.some((dep) => LANDING_OWN_LOADS.test(dep)) ? [] : deps,
    },
  },
  test: {
    // Tests fail on what they assert, not on time: CI runs on a busy 2-core machine, where the property tests and
    // the report's render take several times longer than on a quiet one.
    testTimeout: 30_000,
    projects: [
      {
        // The sizing model runs in plain node: a test that needs the DOM fails here by design.
        extends: true,
        test: {
          name: 'domain',
          environment: 'node',
          include: ['src/domain/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          globals: true,
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/domain/**'],
          setupFiles: ['./src/testing/setup-tests.ts'],
        },
      },
    ],
  },
});
