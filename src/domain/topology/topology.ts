/**
 * A layered (nested, ISA-95) IoT Edge topology: 1 to 5 layers of IoT Edge devices, layer 0 reaching the cloud and
 * every lower layer reaching only its parent. Each layer is a whole scenario (its own modules, data and platform).
 *
 * estimateTopology(t) sizes every layer with the single-device model (estimate()) on the layer's EFFECTIVE answers:
 * - its own answers;
 * - plus the traffic its children send up, as downstream traffic at its own sizes (layerTraffic): each child
 *   forwards everything it sends upstream (the hierarchy article's route `FROM /messages/* INTO $upstream`), summed
 *   over the children per parent and, through them, over every layer below;
 * - plus the API proxy module on every layer that has IoT Edge children ("required on any IoT Edge gateway that
 *   has another IoT Edge device below it"), and, when chosen, a Docker registry module on the top layer holding
 *   every distinct image the lower layers pull.
 * Pure and deterministic. See docs/topology.md.
 */
import { effectiveModules, type Answers, type ModuleSpec } from '../answers.ts';
import { ASSUMPTIONS } from '../assumptions.ts';
import { DEVICES } from '../catalog/devices.ts';
import { estimateWithContext } from '../estimate.ts';
import { buildContext, type Downstream, type Flow, type SizingContext } from '../sizing/context.ts';
import { moduleImages } from '../sizing/images.ts';
import { API_PROXY_SOURCE, DOWNSTREAM_EDGE_SOURCE, LIMITS_SOURCE } from '../assumptions/topology.ts';
import type { Device, Estimate, Finding } from '../types.ts';

/** At most this many layers (Microsoft: "up to five layers"). */
export const MAX_LAYERS = ASSUMPTIONS['topology.max-layers'].value;
/** A parent edgeHub's default MaxConnectedClients. */
export const DEFAULT_MAX_CONNECTED_CLIENTS = ASSUMPTIONS['topology.max-connected-clients'].value;
/** Bounds of "devices per parent" (the top layer's: its device count). */
export const DEVICES_PER_PARENT = { min: 1, max: 10_000 } as const;
/** Longest layer name. */
export const LAYER_NAME_LENGTH = 60;

/** The API proxy as Microsoft's hierarchy article deploys it (module name and image). */
export const API_PROXY_MODULE = {
  name: 'IoTEdgeAPIProxy',
  image: 'mcr.microsoft.com/azureiotedge-api-proxy:1.1',
} as const;
/** The Docker registry module as the hierarchy article deploys it on the top layer. */
export const REGISTRY_MODULE = { name: 'registry', image: 'registry:latest' } as const;

export interface Layer {
  /** What the layer is called ("Enterprise", "Site", "Line gateways"). */
  name: string;
  /** How many devices of this layer each parent serves; for the top layer, how many top-layer devices. */
  devicesPerParent: number;
  /** The layer's own scenario: its modules, data and platform. */
  answers: Answers;
}

export interface Topology {
  /** Top (cloud-facing) layer first. */
  layers: Layer[];
  /** Whether the top layer runs a Docker registry module that serves images to the layers below. */
  registry: boolean;
}

/**
 * Traffic one device sends to its parent (or, on the top layer, to IoT Hub): messages per second on average and at
 * peak, and their size at each (weighted by the average rates, and by the peak rates: the bigger messages may also
 * be the burstier ones), so the bytes stay exact through every layer.
 */
export type UpstreamTraffic = Flow;

export interface RegistryCache {
  /** Distinct images the lower layers pull (the runtime's edgeAgent + edgeHub counted as one entry). */
  images: string[];
  /** Their size, MB (typical): the registry module's image plus this is sized as its storage. */
  cacheMb: number;
  registryImageMb: number;
}

export interface LayerResult {
  index: number;
  name: string;
  devicesPerParent: number;
  /** Devices in this layer across the whole topology (the product of devices per parent down to here). */
  deviceCount: number;
  /** IoT Edge children each device of this layer serves (0 on the bottom layer). */
  childrenPerDevice: number;
  /**
   * Clients connected to each device's edgeHub: its own leaf devices plus the logical connections its IoT Edge
   * children open for their clients and themselves (limits article).
   */
  incomingConnections: number;
  /** Traffic received from the children, per device. */
  fromChildren: UpstreamTraffic;
  /**
   * Messages per second each device's edgeHub routes (its own, its leaf devices' and its children's), on average and
   * at peak.
   */
  routed: { avg: number; peak: number };
  /** Traffic this device sends up (its own share sent upstream plus all it forwards). */
  upstream: UpstreamTraffic;
  /** Modules the topology added to the layer (API proxy, registry). */
  addedModules: string[];
  registryCache: RegistryCache | null;
  /**
   * The answers the layer is sized with: its own, with the modules the topology adds, and its IoT Edge children
   * counted as downstream devices. The traffic they route is in `downstream`, which the estimate was given.
   */
  answers: Answers;
  /** What each device's edgeHub routes for others (leaf devices and IoT Edge children); undefined on a bottom layer without them. */
  downstream: Downstream | undefined;
  estimate: Estimate;
  /** Findings about the layer's place in the topology (connections, layers). */
  findings: Finding[];
}

export type TopologyResult =
  { ok: true; layers: LayerResult[]; totalDevices: number } | { ok: false; error: string };

/** Why a topology cannot be sized, or null. */
export function topologyProblem(t: Topology): string | null {
  if (t.layers.length === 0) return 'A topology needs at least one layer.';
  if (t.layers.length > MAX_LAYERS)
    return `A nested IoT Edge hierarchy is at most ${MAX_LAYERS} layers deep (Microsoft's limits article); this one has ${t.layers.length}. Remove a layer.`;
  for (const [i, layer] of t.layers.entries()) {
    const n = layer.devicesPerParent;
    if (!Number.isInteger(n) || n < DEVICES_PER_PARENT.min || n > DEVICES_PER_PARENT.max)
      return `Layer ${i + 1} (${layer.name}): ${i === 0 ? 'the number of devices' : 'devices per parent'} must be a whole number from ${DEVICES_PER_PARENT.min} to ${DEVICES_PER_PARENT.max.toLocaleString('en-US')}.`;
  }
  return null;
}

/** Two flows of messages as one: rates add, the sizes are the rate-weighted averages (at average and at peak). */
function plus(a: UpstreamTraffic, b: UpstreamTraffic): UpstreamTraffic {
  const avg = a.avg + b.avg;
  const peak = a.peak + b.peak;
  const sizeKb = avg > 0 ? mean(a.sizeKb, a.avg, b.sizeKb, b.avg) : Math.max(a.sizeKb, b.sizeKb);
  const peakSizeKb =
    peak > 0 ? mean(a.peakSizeKb, a.peak, b.peakSizeKb, b.peak) : Math.max(a.peakSizeKb, b.peakSizeKb);
  return { avg, peak, sizeKb, peakSizeKb };
}

/**
 * The mean of two sizes weighted by two rates (not both 0), from the rates' shares: Σ rate·size / Σ rate underflows
 * to 0 at subnormal rates (5e-324 msg/s × 0.01 KB is 0), and a size of 0 would cost every message nothing.
 */
function mean(sizeA: number, rateA: number, sizeB: number, rateB: number): number {
  const total = rateA + rateB;
  return sizeA * (rateA / total) + sizeB * (rateB / total);
}

/**
 * What the layer's own leaf devices (the gateway answers: data.downstreamDevices × downstreamMessagesPerMinute,
 * of the layer's message size) send through it. The gateway model takes them as steady: their peak is their average.
 */
export function leafTraffic(answers: Answers): UpstreamTraffic {
  const d = answers.data;
  const avg = (d.downstreamDevices * d.downstreamMessagesPerMinute) / 60;
  return { avg, peak: avg, sizeKb: d.messageSizeKb, peakSizeKb: d.messageSizeKb };
}

/**
 * What one device of a layer sends up: the share sent upstream of its own messages and of its leaf devices' (as
 * the gateway model counts them), plus everything its IoT Edge children send (forwarded whole: the hierarchy
 * article's route FROM /messages/* INTO $upstream).
 */
export function upstreamOf(answers: Answers, fromChildren: UpstreamTraffic): UpstreamTraffic {
  const d = answers.data;
  const share = d.upstreamPercent / 100;
  const leaves = leafTraffic(answers);
  const own: UpstreamTraffic = {
    avg: (d.messagesPerSecondAvg + leaves.avg) * share,
    peak: (Math.max(d.messagesPerSecondPeak, d.messagesPerSecondAvg) + leaves.peak) * share,
    sizeKb: d.messageSizeKb,
    peakSizeKb: d.messageSizeKb,
  };
  return plus(own, fromChildren);
}

const NO_TRAFFIC: UpstreamTraffic = { avg: 0, peak: 0, sizeKb: 0, peakSizeKb: 0 };

/**
 * The rate edgeHub routes for the layer's own modules, as the estimate counts it (sizing/context.ts): the workload's
 * rate, and at least what the modules with a stated rate send.
 */
function ownRate(answers: Answers): { avg: number; peak: number } {
  const d = answers.data;
  const stated = effectiveModules(answers.workload).reduce((sum, m) => sum + (m.messagesPerSecond ?? 0), 0);
  return {
    avg: Math.max(d.messagesPerSecondAvg, stated),
    peak: Math.max(d.messagesPerSecondPeak, d.messagesPerSecondAvg, stated),
  };
}

/**
 * A layer's answers and the traffic its edgeHub routes for others, with its IoT Edge children as downstream devices
 * of the gateway model (sizing/gateway.ts: connections, routing, messages held, store-and-forward, uplink):
 * - data.downstreamDevices = the layer's own leaf devices + its children per parent, and
 *   downstreamMessagesPerMinute their messages (the leaves' and what the children send up) per device;
 * - the downstream traffic (sizing/context.ts, Downstream) is the leaves' (steady, of the layer's message size, its
 *   upstream share sent up) plus everything the children send (forwarded whole: the hierarchy article's route
 *   FROM /messages/* INTO $upstream), each flow at its own size, on average and at peak.
 * The layer's own answers (rates, size, upstream share) are left as they are, so every byte and every message is
 * counted at its own size, on average and at peak: more children or more traffic below never lower a layer's
 * need (tested).
 */
export function layerTraffic(
  answers: Answers,
  fromChildren: UpstreamTraffic,
  children = 0,
): { answers: Answers; downstream: Downstream | undefined } {
  if (children === 0 && fromChildren.avg === 0 && fromChildren.peak === 0)
    return { answers, downstream: undefined };
  const d = answers.data;
  const leaves = leafTraffic(answers);
  const devices = d.downstreamDevices + children;
  const downstream: Downstream = {
    devices,
    routed: plus(leaves, fromChildren),
    upstream: plus(
      {
        ...leaves,
        avg: (leaves.avg * d.upstreamPercent) / 100,
        peak: (leaves.peak * d.upstreamPercent) / 100,
      },
      fromChildren,
    ),
  };
  const downstreamMessagesPerMinute =
    devices > 0 ? ((leaves.avg + fromChildren.avg) * 60) / devices : d.downstreamMessagesPerMinute;
  return {
    answers: { ...answers, data: { ...d, downstreamDevices: devices, downstreamMessagesPerMinute } },
    downstream,
  };
}

/**
 * Messages per second edgeHub routes for the answers: the workload's and the gateway answers' downstream devices'.
 * On a layer's own answers that is its own traffic and its leaf devices'; LayerResult.routed adds the children's.
 */
export function routedRate(answers: Answers): { avg: number; peak: number } {
  const leaves = leafTraffic(answers).avg;
  const own = ownRate(answers);
  return { avg: own.avg + leaves, peak: own.peak + leaves };
}

/** The messages a device of a layer routes: its own and its leaf devices' (routedRate), plus what its children send. */
function routedWith(answers: Answers, fromChildren: UpstreamTraffic): { avg: number; peak: number } {
  const own = routedRate(answers);
  return { avg: own.avg + fromChildren.avg, peak: own.peak + fromChildren.peak };
}

const isApiProxy = (m: ModuleSpec) => m.image.includes('azureiotedge-api-proxy');
const isRegistry = (m: ModuleSpec) => /(^|\/)registry(:|@|$)/.test(m.image);

/** The answers with extra modules in list mode (count mode's generic modules become rows: the same sizing). */
function withModules(answers: Answers, extra: ModuleSpec[]): Answers {
  if (extra.length === 0) return answers;
  const current = effectiveModules(answers.workload);
  const taken = new Set(current.map((m) => m.name));
  const unique = extra.map((m) => {
    let name = m.name;
    for (let k = 2; taken.has(name); k++) name = `${m.name}${k}`;
    taken.add(name);
    return { ...m, name };
  });
  return { ...answers, workload: { ...answers.workload, mode: 'list', modules: [...current, ...unique] } };
}

const GENERIC_IMAGE = (language: string) => `(a ${language} module with no image named)`;

/** Distinct images the given layers pull, with their typical size (MB, unpacked). */
export function imagesPulled(layers: readonly Answers[]): Map<string, number> {
  return imagesPulledFrom(layers.map((answers) => buildContext(answers)));
}

/**
 * imagesPulled, from the layers' sizing contexts (the ones their estimates were made with: a layer's images depend
 * only on its modules and architecture, which the estimate's context keeps as they are).
 */
function imagesPulledFrom(contexts: readonly SizingContext[]): Map<string, number> {
  const images = new Map<string, number>();
  for (const ctx of contexts) {
    const modules = effectiveModules(ctx.answers.workload);
    for (const img of moduleImages(ctx)) {
      const spec = modules[img.module.index];
      const key = spec && spec.image !== '' ? spec.image : GENERIC_IMAGE(img.module.language);
      const mb = img.base.value.typical + img.app.value.typical;
      images.set(key, Math.max(images.get(key) ?? 0, mb));
    }
  }
  if (contexts.length > 0) {
    images.set('edgeAgent + edgeHub (IoT Edge runtime)', ASSUMPTIONS['runtime.system-images'].value);
  }
  return images;
}

/**
 * Size every layer. Layers are processed bottom-up: each layer's traffic is its own plus all its children send.
 * Refuses (ok: false) an empty topology, one deeper than MAX_LAYERS, or devices per parent out of bounds.
 */
export function estimateTopology(t: Topology, catalog: readonly Device[] = DEVICES): TopologyResult {
  const problem = topologyProblem(t);
  if (problem !== null) return { ok: false, error: problem };
  const n = t.layers.length;
  const effective: Answers[] = new Array<Answers>(n);
  const downstream: (Downstream | undefined)[] = new Array<Downstream | undefined>(n);
  const upstream: UpstreamTraffic[] = new Array<UpstreamTraffic>(n);
  const fromChildren: UpstreamTraffic[] = new Array<UpstreamTraffic>(n);
  const connections: number[] = new Array<number>(n).fill(0);
  const added: string[][] = Array.from({ length: n }, () => []);
  for (let i = n - 1; i >= 0; i--) {
    const layer = t.layers[i]!;
    const child = i + 1 < n ? t.layers[i + 1]! : null;
    const children = child?.devicesPerParent ?? 0;
    const childUp = child ? upstream[i + 1]! : NO_TRAFFIC;
    const received: UpstreamTraffic = {
      avg: children * childUp.avg,
      peak: children * childUp.peak,
      sizeKb: childUp.sizeKb,
      peakSizeKb: childUp.peakSizeKb,
    };
    fromChildren[i] = received;
    const extra: ModuleSpec[] = [];
    if (child && !effectiveModules(layer.answers.workload).some(isApiProxy)) {
      extra.push(apiProxyModule());
      added[i]!.push(API_PROXY_MODULE.name);
    }
    const traffic = layerTraffic(withModules(layer.answers, extra), received, children);
    effective[i] = traffic.answers;
    downstream[i] = traffic.downstream;
    upstream[i] = upstreamOf(layer.answers, received);
    // The clients connected to this device's edgeHub: its own leaf devices (gateway answers), plus, per IoT Edge
    // child, one connection for each client of the child (its modules and everything connected to it) and one for
    // the child itself. Connections are added, not aggregated (limits article).
    connections[i] = layer.answers.data.downstreamDevices;
    if (child) {
      const childModules = effectiveModules(effective[i + 1]!.workload).length;
      connections[i] = connections[i]! + children * (childModules + connections[i + 1]! + 1);
    }
  }
  // The lower layers' answers are final: estimate them now, and read the registry's images from their contexts.
  const estimates: Estimate[] = new Array<Estimate>(n);
  const contexts: SizingContext[] = new Array<SizingContext>(n);
  for (let i = n - 1; i >= 1; i--) {
    const sized = estimateWithContext(effective[i]!, catalog, downstream[i]);
    estimates[i] = sized.estimate;
    contexts[i] = sized.context;
  }
  let registryCache: RegistryCache | null = null;
  if (t.registry && n > 1 && !effectiveModules(t.layers[0]!.answers.workload).some(isRegistry)) {
    const pulled = imagesPulledFrom(contexts.slice(1));
    const factor = ASSUMPTIONS['topology.registry-cache-factor'].value;
    let cacheMb = 0;
    for (const mb of pulled.values()) cacheMb += mb * factor;
    const registryImageMb = ASSUMPTIONS['topology.registry-image'].value;
    registryCache = { images: [...pulled.keys()], cacheMb: Math.round(cacheMb), registryImageMb };
    // Not capped at the wizard's largest image size: the cache of a big hierarchy may exceed it, and the estimate
    // must see all of it.
    effective[0] = withModules(effective[0]!, [registryModule(Math.ceil(registryImageMb + cacheMb))]);
    added[0]!.push(REGISTRY_MODULE.name);
  }
  estimates[0] = estimateWithContext(effective[0]!, catalog, downstream[0]).estimate;
  let deviceCount = 1;
  const layers = t.layers.map((layer, i): LayerResult => {
    deviceCount *= layer.devicesPerParent;
    const childrenPerDevice = t.layers[i + 1]?.devicesPerParent ?? 0;
    return {
      index: i,
      name: layer.name,
      devicesPerParent: layer.devicesPerParent,
      deviceCount,
      childrenPerDevice,
      incomingConnections: connections[i]!,
      fromChildren: fromChildren[i]!,
      routed: routedWith(layer.answers, fromChildren[i]!),
      upstream: upstream[i]!,
      addedModules: added[i]!,
      registryCache: i === 0 ? registryCache : null,
      answers: effective[i]!,
      downstream: downstream[i],
      estimate: withoutGatewayClientCount(estimates[i]!, childrenPerDevice),
      findings: layerFindings(i, childrenPerDevice, connections[i]!, t),
    };
  });
  return { ok: true, layers, totalDevices: layers.reduce((sum, l) => sum + l.deviceCount, 0) };
}

/**
 * On a layer with IoT Edge children, the gateway answers' connected-clients findings (compat/gateway-findings.ts)
 * count each child as one client; the topology's own finding counts what the hierarchy adds up to (each child's
 * modules and everything below it), so it replaces them instead of saying the same thing with another number.
 */
function withoutGatewayClientCount(e: Estimate, children: number): Estimate {
  if (children === 0) return e;
  const findings = e.findings.filter((f) => !f.id.startsWith('gateway-max-connected-clients'));
  return findings.length === e.findings.length ? e : { ...e, findings };
}

function apiProxyModule(): ModuleSpec {
  return {
    name: API_PROXY_MODULE.name,
    language: 'rust-go',
    image: API_PROXY_MODULE.image,
    imageSizeMb: null,
    messagesPerSecond: 0,
    memoryLimitMb: null,
  };
}

function registryModule(imageSizeMb: number): ModuleSpec {
  return {
    name: REGISTRY_MODULE.name,
    language: 'rust-go',
    image: REGISTRY_MODULE.image,
    imageSizeMb,
    messagesPerSecond: 0,
    memoryLimitMb: null,
  };
}

function layerFindings(i: number, children: number, connections: number, t: Topology): Finding[] {
  const findings: Finding[] = [];
  const max = DEFAULT_MAX_CONNECTED_CLIENTS;
  const leaves = t.layers[i]!.answers.data.downstreamDevices;
  // Above the default only because of the layer's own leaf devices: the gateway answers' finding says it.
  if (connections > max && connections > leaves && children > 0) {
    const own =
      leaves > 0
        ? ` Its own ${leaves.toLocaleString('en-US')} leaf ${leaves === 1 ? 'device adds' : 'devices add'} as many.`
        : '';
    findings.push({
      id: 'topology.max-connected-clients',
      severity: 'warning',
      title: `${connections.toLocaleString('en-US')} connected clients: above the default of ${max}`,
      message: `Each device of this layer serves ${children.toLocaleString('en-US')} IoT Edge ${children === 1 ? 'child' : 'children'}, and each child opens one connection per client (its modules and everything connected below it) plus one for itself.${own} ${connections.toLocaleString('en-US')} in all; a parent edgeHub accepts ${max} connected clients by default.`,
      remedy: `Set the MaxConnectedClients environment variable of this layer's edgeHub above ${connections.toLocaleString('en-US')}, or spread the children over more parents. Microsoft warns that IoT Edge can fail to report its state in the twin above a few hundred clients (twin size limit): test it.`,
      field: 'topology.devicesPerParent',
      source: LIMITS_SOURCE,
    });
  }
  if (i === 0 && t.layers.length > 1 && !t.registry) {
    findings.push({
      id: 'topology.no-registry',
      severity: 'info',
      title: 'The lower layers need another way to get their images',
      message:
        'Lower layers reach only their parent. Without a registry module on the top layer they cannot pull images through the hierarchy.',
      remedy:
        'Add the registry module (it maps to one container registry, so keep every image in one private registry), run a local registry, or load the images onto each device and set imagePullPolicy to never.',
      source: DOWNSTREAM_EDGE_SOURCE,
    });
  }
  if (i > 0) {
    findings.push({
      id: 'topology.lower-layer',
      severity: 'info',
      title: 'Reaches only its parent',
      message: `Its messages go to its parent's edgeHub (FROM /messages/* INTO $upstream); it needs ports 443 and 5671 (or 8883) open to the parent, and pulls images from $upstream:443 when the top layer runs a registry.`,
      remedy: 'Set parent_hostname in its config.toml and route its edgeAgent image through the parent.',
      source: API_PROXY_SOURCE,
    });
  }
  return findings;
}
