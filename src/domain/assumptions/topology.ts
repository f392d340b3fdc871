/**
 * Nested (layered, ISA-95) IoT Edge topologies: the sourced constants behind src/domain/topology/. Spread into the
 * assumptions register (src/domain/assumptions.ts). Sources read 2026-12-04.
 */
import type { Assumption } from '../types.ts';

/** "Understand Azure IoT Edge limits and restrictions" (ms.date 2025-07-11). */
export const LIMITS_SOURCE =
  'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/iot-edge/iot-edge-limits-and-restrictions.md';
/** "Connect Azure IoT Edge devices to create a hierarchy" (the API proxy and registry modules, $upstream:443 images). */
export const DOWNSTREAM_EDGE_SOURCE =
  'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/iot-edge/how-to-connect-downstream-iot-edge-device.md';
/** "Tutorial: Create a hierarchy of IoT Edge devices". */
export const NESTED_TUTORIAL_SOURCE =
  'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/iot-edge/tutorial-nested-iot-edge.md';
/** "Configure the API proxy module for your gateway hierarchy scenario". */
export const API_PROXY_SOURCE =
  'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/iot-edge/how-to-configure-api-proxy-module.md';
/** The API proxy's image: Alpine + nginx + a Rust binary. */
export const API_PROXY_DOCKERFILE =
  'https://github.com/Azure/iotedge/blob/main/edge-modules/api-proxy-module/docker/linux/amd64/Dockerfile';

const a = (x: Assumption): Assumption => x;

export const TOPOLOGY_ASSUMPTIONS = {
  'topology.max-layers': a({
    id: 'topology.max-layers',
    label: 'Deepest nested hierarchy Microsoft supports',
    value: 5,
    unit: 'layers',
    source: LIMITS_SOURCE,
    confidence: 'H',
    date: '2026-12-04',
    note: '"An IoT Edge device supports up to five layers of IoT Edge devices linked as children below it."',
  }),
  'topology.max-connected-clients': a({
    id: 'topology.max-connected-clients',
    label: 'Connected clients a parent edgeHub accepts by default (MaxConnectedClients)',
    value: 100,
    unit: 'clients',
    source: LIMITS_SOURCE,
    confidence: 'H',
    date: '2026-12-04',
    note: 'Each child opens one logical connection to its parent per connected client (device or module) plus one for itself: connections add up layer by layer. Raised with the MaxConnectedClients environment variable of the parent\'s edgeHub; above "a few hundred" clients IoT Edge can fail to report its state (twin size limit).',
  }),
  'topology.registry-image': a({
    id: 'topology.registry-image',
    label: 'Docker registry module (registry image): image size',
    value: 25,
    low: 20,
    high: 40,
    unit: 'MB',
    source:
      'Edge Sizer estimate (the Docker registry image is a single Go binary on Alpine; no size is published by Microsoft)',
    confidence: 'EST',
    date: '2026-12',
    note: 'Microsoft\'s hierarchy article deploys it as "registry:latest" on the top layer; its cache of the images the lower layers pull is added separately.',
  }),
  'topology.registry-cache-factor': a({
    id: 'topology.registry-cache-factor',
    label: 'Registry cache: stored size of an image relative to its size on a device',
    value: 1,
    unit: '×',
    source:
      'Edge Sizer convention (a registry stores compressed layers, about half the unpacked size; counting the unpacked size keeps room for a second tag of each image during an update)',
    confidence: 'EST',
    date: '2026-12',
  }),
} as const satisfies Record<string, Assumption>;

/** Where each constant is used: never in a single device's estimate (estimate.ts ASSUMPTIONS_USED_OUTSIDE_BREAKDOWNS). */
export const TOPOLOGY_ASSUMPTION_USES = {
  'topology.max-layers': {
    where: 'topology/topology.ts: a topology deeper than this is refused',
    when: 'topology',
  },
  'topology.max-connected-clients': {
    where: 'topology/topology.ts: the finding on a parent with more incoming connections',
    when: 'topology',
  },
  'topology.registry-image': {
    where: 'topology/topology.ts: the registry module added to the top layer',
    when: 'topology',
  },
  'topology.registry-cache-factor': {
    where: 'topology/topology.ts: the registry cache of the images lower layers pull',
    when: 'topology',
  },
} as const;
