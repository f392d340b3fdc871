/**
 * The app's location lives entirely in the URL fragment, so a share link carries the whole state and
 * no part of it is ever sent to a server:
 *
 *   #/<view>[/<step>][?s=<share payload>]
 *
 *   #/wizard/workload?s=3.bUq7…   the wizard at the "workload" step
 *   #/report?s=3.bUq7…            the printable report
 *   #/manifests?s=3.bUq7…         deployment manifests in and out (import, drop, paste; the tuned export)
 *   #/topology?s=3.bUq7…&t=3.x9…  a layered topology (its layers in `t`: src/domain/topology/topology-link.ts)
 *   #/compare?s=3.bUq7…&c=3.k2…   2–4 scenarios side by side (in `c`: src/domain/compare/compare-link-core.ts)
 *
 * The share payload (`<format version>.<packed answers>`: today format 3, raw DEFLATE + base64url; links of
 * formats 1 and 2 still open) is owned by src/domain/share/share-codec.ts; this module only
 * locates it.
 */
export const VIEWS = ['wizard', 'report', 'manifests', 'topology', 'compare'] as const;
export type View = (typeof VIEWS)[number];

export interface Route {
  view: View;
  /** Wizard step id, or null for the first step / a view without steps. */
  step: string | null;
  /** The encoded share state (opaque here), or null when the URL carries none. */
  payload: string | null;
  /** The encoded topology (`t=`, opaque here), kept on the topology view only. */
  topology?: string | null;
  /** The encoded comparison (`c=`, opaque here), kept on the compare view only. */
  compare?: string | null;
}

const STEP_PATTERN = /^[a-z][a-z0-9-]{0,40}$/;

/** Read a location.hash. Never throws: anything unrecognised falls back to the wizard's first step. */
export function parseHash(hash: string): Route {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const queryAt = raw.indexOf('?');
  const path = queryAt === -1 ? raw : raw.slice(0, queryAt);
  const query = queryAt === -1 ? '' : raw.slice(queryAt + 1);
  const [, viewPart, stepPart] = path.split('/');
  const view: View = (VIEWS as readonly string[]).includes(viewPart ?? '') ? (viewPart as View) : 'wizard';
  const step = view === 'wizard' && stepPart && STEP_PATTERN.test(stepPart) ? stepPart : null;
  let payload: string | null = null;
  let topology: string | null = null;
  let compare: string | null = null;
  for (const pair of query.split('&')) {
    if (pair.startsWith('s=')) payload = pair.slice(2) || null;
    else if (pair.startsWith('t=') && view === 'topology') topology = pair.slice(2) || null;
    else if (pair.startsWith('c=') && view === 'compare') compare = pair.slice(2) || null;
  }
  const route: Route = topology === null ? { view, step, payload } : { view, step, payload, topology };
  return compare === null ? route : { ...route, compare };
}

/** Build a location.hash (with its leading "#") for a route. */
export function formatHash(route: Route): string {
  const path = route.view === 'wizard' && route.step ? `/wizard/${route.step}` : `/${route.view}`;
  const query = [
    route.payload ? `s=${route.payload}` : '',
    route.view === 'topology' && route.topology ? `t=${route.topology}` : '',
    route.view === 'compare' && route.compare ? `c=${route.compare}` : '',
  ]
    .filter(Boolean)
    .join('&');
  return `#${path}${query ? `?${query}` : ''}`;
}
