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
import { decodeTopology, encodeTopology } from '../../domain/topology/topology-link.ts';
import type { Layer, Topology } from '../../domain/topology/topology.ts';
import { MAX_LAYERS } from '../../domain/topology/topology.ts';
import { formatHash, parseHash } from '../../store/route.ts';
import { readRaw, writeRaw } from '../../store/storage.ts';

export const TOPOLOGY_KEY = 'edge-sizer:topology';

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
  const raw = readRaw(TOPOLOGY_KEY);
  if (raw === null) return null;
  const decoded = decodeTopology(raw);
  if (decoded.ok) return decoded.topology;
  return decoded.partial ?? null;
}

/** Read the URL (and the saved copy) into the store. Call when the view opens and on navigation. */
export function loadTopology(current: Answers): void {
  const state = useTopologyStore.getState();
  const payload = parseHash(window.location.hash).topology ?? null;
  if (payload !== null && payload !== state.openedPayload) {
    const decoded = decodeTopology(payload);
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
  const payload = encodeTopology(topology);
  useTopologyStore.setState({ topology, openedPayload: payload });
  writeRaw(TOPOLOGY_KEY, payload);
  const route = parseHash(window.location.hash);
  if (route.view !== 'topology') return;
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
  return `${base}${formatHash({ view: 'topology', step: null, payload: sharePayload, topology: encodeTopology(topology) })}`;
}
