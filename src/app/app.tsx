import { lazy, Suspense, useEffect, useLayoutEffect, useRef, type MouseEvent } from 'react';
import { ShareToolbar } from '../features/share/share-toolbar.tsx';
import { prefetchStepForms } from '../features/wizard/step-registry.ts';
import { Wizard } from '../features/wizard/wizard.tsx';
import { afterNextPaint, onFirstInput, preloadable, usePreloadable } from '../lib/preloadable.ts';
import { ChunkStatus } from '../components/ui/chunk-status.tsx';
import { setAnswers, useAppStore } from '../store/app-store.ts';
import { loadCodec, requireCodec } from '../store/codec.ts';
import type { TopologyDeps } from '../features/topology/topology-store.ts';
import type { CompareDeps } from '../features/compare/compare-store.ts';
import { loadAnswers } from '../store/open-link.ts';
import { saveScenario, useScenarioStore } from '../store/scenarios.ts';
import { readRaw, writeRaw } from '../store/storage.ts';
import { hrefFor, lastWizardStepId, navigate, startRouter } from '../store/router.ts';
import { allowCodecLoad } from '../store/write-url.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { LazyShareNotices } from './lazy-share-notices.tsx';
import { LIVE_RESULTS, LiveResults } from './live-results.tsx';
import './styles/shell.css';

/** A chunk that reads or writes links, loaded together with the link codec (src/store/codec.ts). */
function withCodec<T>(chunk: Promise<T>): Promise<T> {
  return Promise.all([chunk, loadCodec()]).then(([module]) => module);
}

// The report (with its estimate) is its own chunk, fetched when the report view opens. A preloadable, not
// React.lazy: lazy keeps a failed load for good, so Try again could never bring the report back.
// It writes the report's link, so the link codec comes with it.
const REPORT = preloadable(() => withCodec(import('./report-route.tsx')));
// The manifests view (#/manifests): used by few visits, so kept out of the first view's JavaScript (about 22 kB
// gzip) and fetched when the view opens, or when the pointer or the focus reaches its link in the header.
const loadManifestPanel = () => import('../features/manifest/manifest-panel.tsx');
const prefetchManifestPanel = () => void loadManifestPanel().catch(() => undefined);
const ManifestPanel = lazy(() => loadManifestPanel().then((m) => ({ default: m.ManifestPanel })));
// The layered topology (#/topology): its own chunk, like the manifests view.
const loadTopologyView = () => withCodec(import('../features/topology/topology-view.tsx'));
const prefetchTopologyView = () => void loadTopologyView().catch(() => undefined);
const TopologyView = lazy(() => loadTopologyView().then((m) => ({ default: m.TopologyView })));
/**
 * The topology view's share codec, storage and saved scenarios, handed over rather than imported by its chunk:
 * storage and the scenarios are in this first chunk already, and a lazy chunk importing them makes the bundler
 * split them out of it (+1.9 kB gzip on the first view, measured 2026-12-04). The codec is the one src/store/codec.ts
 * loads; the view's chunk is loaded with it (withCodec), so it is there when the view reads it.
 */
const TOPOLOGY_DEPS: TopologyDeps = {
  get link() {
    return requireCodec();
  },
  readRaw,
  writeRaw: (key, value) => writeRaw(key, value),
  useScenarios: () => useScenarioStore((s) => s.scenarios),
};
// Scenarios side by side (#/compare): its own chunk; it gets the same share codec and scenario store by hand.
const loadCompareView = () => withCodec(import('../features/compare/compare-view.tsx'));
const prefetchCompareView = () => void loadCompareView().catch(() => undefined);
const CompareView = lazy(() => loadCompareView().then((m) => ({ default: m.CompareView })));
const COMPARE_DEPS: CompareDeps = {
  get link() {
    return requireCodec();
  },
  useScenarios: TOPOLOGY_DEPS.useScenarios,
  saveScenario: (name, answers) => saveScenario(name, answers),
  openInWizard: (answers) => {
    const kept = loadAnswers(answers, '(before opening a compared scenario)');
    navigate('wizard');
    return kept;
  },
  renameCurrent: (name) => setAnswers({ ...useAppStore.getState().answers, scenarioName: name }),
  goToWizard: () => navigate('wizard', lastWizardStepId() ?? null),
};

/**
 * Composition root: the header, the skip link, and the view switch. The wizard view has two columns (the
 * wizard left, the live results right; stacked at phone width). The report view is lazy-loaded. Each area has
 * its own error boundary, and the answers live in the store outside them, so a crash never loses answers.
 */
export function App() {
  const view = useAppStore((s) => s.view);
  const answers = useAppStore((s) => s.answers);
  const mainRef = useRef<HTMLElement>(null);
  const resultsRef = useRef<HTMLDivElement>(null);

  // Before the first paint: read the view/step from the URL, then follow Back/Forward.
  useLayoutEffect(() => startRouter(), []);

  // The link codec (8 kB) is not in the first view. After the first paint it may load: at once when the answers
  // are not the defaults (the address bar then gets its link, write-url.ts), else when they change; the default
  // answers' link needs no codec (default-link.ts). A page opened from a link has it already (main.tsx loaded it
  // first). Not at idle: measured, that moved its evaluation after the page had settled and made Lighthouse's
  // blocking time longer (quiet runs 5–16 → 41–163 ms; docs/performance.md, "Issue 18, third pass").
  useEffect(() => afterNextPaint(allowCodecLoad), []);

  // Nothing is fetched ahead at idle: a visit that only looks pays for what it sees (the step on screen; the
  // results once near the viewport; a report's charts once scrolled to). At the user's first input in the
  // wizard, the other steps' forms and the results are fetched, so Next and the results answer at once.
  // Offline, the service worker has every chunk (it precaches them all after the first visit).
  useEffect(
    () =>
      onFirstInput(() => {
        if (useAppStore.getState().view !== 'wizard') return;
        prefetchStepForms();
        LIVE_RESULTS.prefetch();
      }),
    [],
  );

  // The skip link must not touch the fragment (it holds the route), so it moves focus itself.
  const skipTo = (target: HTMLElement | null) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    target?.focus();
    target?.scrollIntoView?.();
  };

  return (
    <>
      <a className="skip-link" href="#main" onClick={(event) => skipTo(mainRef.current)(event)}>
        Skip to main content
      </a>
      {view === 'wizard' ? (
        <a className="skip-link" href="#live-results" onClick={(event) => skipTo(resultsRef.current)(event)}>
          Skip to the live results
        </a>
      ) : null}
      <header className="app-header">
        <div className="app-header__inner">
          {/* The report has its own h1 (its title), so there the brand is not a heading: one h1 a page. */}
          {view === 'report' ? (
            <p className="app-header__brand">Edge Sizer</p>
          ) : (
            <h1 className="app-header__brand">Edge Sizer</h1>
          )}
          <p className="app-header__tagline">Hardware sizing for Azure IoT Edge, every number sourced</p>
          <ViewNav current={view} />
          <ShareToolbar />
        </div>
      </header>
      <LazyShareNotices />
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        {view === 'report' ? (
          <ErrorBoundary area="the report" resetKeys={[answers]}>
            <LazyReport />
          </ErrorBoundary>
        ) : view === 'manifests' ? (
          <ErrorBoundary area="the deployment manifests" resetKeys={[answers]}>
            <ManifestsView />
          </ErrorBoundary>
        ) : view === 'compare' ? (
          <ErrorBoundary area="the comparison" resetKeys={[answers]}>
            <CompareRoute />
          </ErrorBoundary>
        ) : view === 'topology' ? (
          <ErrorBoundary area="the topology" resetKeys={[answers]}>
            <TopologyRoute />
          </ErrorBoundary>
        ) : (
          <div className="app-columns">
            <div className="app-columns__wizard">
              <ErrorBoundary area="the wizard" resetKeys={[answers]}>
                <Wizard />
              </ErrorBoundary>
            </div>
            <div className="app-columns__results" id="live-results" ref={resultsRef} tabIndex={-1}>
              <ErrorBoundary area="the live results" resetKeys={[answers]}>
                <LiveResults />
              </ErrorBoundary>
            </div>
          </div>
        )}
      </main>
      <footer className="app-footer">
        Edge Sizer runs entirely in your browser: your answers never leave this page except in links you
        share.
      </footer>
    </>
  );
}

/**
 * The app's views in the header: the sizing (wizard and live results) and the deployment manifests. The report
 * opens from the wizard's last step and the share toolbar. Links with real hrefs (open in a new tab works);
 * a plain click navigates in place and keeps the answers.
 */
function ViewNav({ current }: { current: string }) {
  const go = (event: MouseEvent<HTMLAnchorElement>, to: () => void) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    to();
  };
  const step = lastWizardStepId() ?? null;
  return (
    <nav className="app-nav" aria-label="Views">
      <ul>
        <li>
          <a
            href={hrefFor('wizard', step)}
            aria-current={current === 'wizard' ? 'page' : undefined}
            onClick={(event) => go(event, () => navigate('wizard', step))}
          >
            Sizing
          </a>
        </li>
        <li>
          <a
            href={hrefFor('manifests')}
            aria-current={current === 'manifests' ? 'page' : undefined}
            onClick={(event) => go(event, () => navigate('manifests'))}
            onPointerEnter={prefetchManifestPanel}
            onFocus={prefetchManifestPanel}
            onTouchStart={prefetchManifestPanel}
          >
            Deployment manifests
          </a>
        </li>
        <li>
          <a
            href={hrefFor('topology')}
            aria-current={current === 'topology' ? 'page' : undefined}
            onClick={(event) => go(event, () => navigate('topology'))}
            onPointerEnter={prefetchTopologyView}
            onFocus={prefetchTopologyView}
            onTouchStart={prefetchTopologyView}
          >
            Topology
          </a>
        </li>
        <li>
          <a
            href={hrefFor('compare')}
            aria-current={current === 'compare' ? 'page' : undefined}
            onClick={(event) => go(event, () => navigate('compare'))}
            onPointerEnter={prefetchCompareView}
            onFocus={prefetchCompareView}
            onTouchStart={prefetchCompareView}
          >
            Compare
          </a>
        </li>
      </ul>
    </nav>
  );
}

/** The manifests view: its own page title, and the panel once its chunk has loaded. */
function ManifestsView() {
  useEffect(() => {
    document.title = 'Deployment manifests · Edge Sizer';
  }, []);
  return (
    <Suspense fallback={<p className="loading">Loading the deployment manifests…</p>}>
      <ManifestPanel />
    </Suspense>
  );
}

function TopologyRoute() {
  useEffect(() => {
    document.title = 'Topology · Edge Sizer';
  }, []);
  return (
    <Suspense fallback={<p className="loading">Loading the topology…</p>}>
      <TopologyView deps={TOPOLOGY_DEPS} />
    </Suspense>
  );
}

function CompareRoute() {
  useEffect(() => {
    document.title = 'Compare scenarios · Edge Sizer';
  }, []);
  return (
    <Suspense fallback={<p className="loading">Loading the comparison…</p>}>
      <CompareView deps={COMPARE_DEPS} />
    </Suspense>
  );
}

function LazyReport() {
  const { module, failed, retry } = usePreloadable(REPORT);
  if (!module) return <ChunkStatus what="the report" failed={failed} retry={retry} />;
  return <module.ReportRoute />;
}
