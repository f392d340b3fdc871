/**
 * The topology being built on #/topology: held here (module state, so it survives leaving the view), kept in the
 * URL's `t=` (replaceState) and in localStorage, so a reload or a shared link brings it back.
 *
 * Where it comes from when the view opens: a `t=` in the URL (a shared link) wins; else the saved copy; else one
 * layer made of the current scenario. A link that cannot be read keeps the topology the user had and says why;
 * a damaged one opens with what could be read and lists what was replaced.
 */
import { create } from 'zustand';
import type { Answers } from '../../domain/answers.ts';
import {
  createTopologyLink,
  type TopologyLink,
  type TopologyLinkDeps,
} from '../../domain/topology/topology-link-core.ts';
import type { Layer, Topology } from '../../domain/topology/topology.ts';
import { MAX_LAYERS } from '../../domain/topology/topology.ts';
import { formatHash, parseHash } from '../../store/route.ts';
import type { SavedScenario } from '../../store/scenarios.ts';

export const TOPOLOGY_KEY = 'edge-sizer:topology';

/**
 * What the view needs from the app's first chunk, handed over by the composition root (app.tsx) instead of imported:
 * a lazy chunk that imports the share codec, the storage helpers or the scenarios store makes the bundler split them
 * out of the first chunk (measured: +1.9 kB gzip on the first view). Type imports cost nothing.
 */
export interface TopologyDeps {
  link: TopologyLinkDeps;
  readRaw: (key: string) => string | null;
  writeRaw: (key: string, value: string) => boolean;
  /** The saved scenarios (a zustand hook). */
  useScenarios: () => readonly SavedScenario[];
}

let deps: TopologyDeps | null = null;
let link: TopologyLink | null = null;

/** Hand the view its dependencies (once; the same object again is a no-op). */
export function configureTopology(next: TopologyDeps): void {
  if (deps === next) return;
  deps = next;
  link = createTopologyLink(next.link);
}

function need(): { deps: TopologyDeps; link: TopologyLink } {
  if (deps === null || link === null) throw new Error('configureTopology() was not called');
  return { deps, link };
}

export interface LinkMessage {
  error: string;
  problems: string[];
  /** Whether what could be read was opened (true) or the user's topology kept (false). */
  opened: boolean;
}

interface TopologyState {
  topology: Topology | null;
  linkMessage: LinkMessage | null;
  /** The `t=` payload last opened from the URL (not opened again on the same page). */
  openedPayload: string | null;
}

export const useTopologyStore = create<TopologyState>()(() => ({
  topology: null,
  linkMessage: null,
  openedPayload: null,
}));

/** One layer from a scenario's answers. */
export function layerFrom(answers: Answers, name: string, devicesPerParent: number): Layer {
  return { name, devicesPerParent, answers };
}

function saved(): Topology | null {
  const raw = need().deps.readRaw(TOPOLOGY_KEY);
  if (raw === null) return null;
  const decoded = need().link.decodeTopology(raw);
  if (decoded.ok) return decoded.topology;
  return decoded.partial ?? null;
}

/** Read the URL (and the saved copy) into the store. Call when the view opens and on navigation. */
export function loadTopology(current: Answers): void {
  const state = useTopologyStore.getState();
  const payload = parseHash(window.location.hash).topology ?? null;
  if (payload !== null && payload !== state.openedPayload) {
    const decoded = need().link.decodeTopology(payload);
    const mine = state.topology ?? saved();
    if (decoded.ok) {
      useTopologyStore.setState({ topology: decoded.topology, linkMessage: null, openedPayload: payload });
    } else if (decoded.partial) {
      useTopologyStore.setState({
        topology: decoded.partial,
        openedPayload: payload,
        linkMessage: { error: decoded.error, problems: decoded.problems, opened: true },
      });
    } else {
      useTopologyStore.setState({
        topology: mine ?? { layers: [layerFrom(current, 'Layer 1', 1)], registry: true },
        openedPayload: payload,
        linkMessage: {
          error: `${decoded.error} ${mine ? 'Your topology was kept.' : 'A topology of the current scenario was started instead.'}`,
          problems: [],
          opened: false,
        },
      });
    }
    return;
  }
  if (state.topology === null) {
    useTopologyStore.setState({
      topology: saved() ?? { layers: [layerFrom(current, 'Layer 1', 1)], registry: true },
    });
  }
}

/** Change the topology: the store, the saved copy and the URL follow. */
export function setTopology(next: Topology): void {
  const layers = next.layers.slice(0, MAX_LAYERS);
  const topology = { ...next, layers };
  const payload = need().link.encodeTopology(topology);
  useTopologyStore.setState({ topology, openedPayload: payload });
  need().deps.writeRaw(TOPOLOGY_KEY, payload);
  writeTopologyToUrl(payload);
}

/** Put the current topology in the address bar (on opening the view from the header, the fragment has none). */
export function syncTopologyUrl(): void {
  const { topology } = useTopologyStore.getState();
  if (topology === null) return;
  const payload = need().link.encodeTopology(topology);
  useTopologyStore.setState({ openedPayload: payload });
  writeTopologyToUrl(payload);
}

function writeTopologyToUrl(payload: string): void {
  const route = parseHash(window.location.hash);
  if (route.view !== 'topology') return;
  if (route.topology === payload) return;
  const hash = formatHash({ ...route, topology: payload });
  if (hash !== window.location.hash) {
    try {
      window.history.replaceState(window.history.state, '', hash);
    } catch {
      // Some embedded browsers limit replaceState: the copy button builds its link from the store.
    }
  }
}

export function dismissLinkMessage(): void {
  useTopologyStore.setState({ linkMessage: null });
}

/** The topology link for the current state. */
export function topologyUrl(topology: Topology, sharePayload: string | null): string {
  const base = `${window.location.origin}${window.location.pathname}${window.location.search}`;
  return `${base}${formatHash({ view: 'topology', step: null, payload: sharePayload, topology: need().link.encodeTopology(topology) })}`;
}
