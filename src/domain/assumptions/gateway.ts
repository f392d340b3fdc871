/**
 * A gateway's downstream (leaf) devices: the constants behind edgeHub's load from their connections
 * (src/domain/sizing/gateway.ts) and the 100-client limit (src/domain/compat/gateway-findings.ts). Spread into the
 * assumptions register (src/domain/assumptions.ts).
 *
 * What is published (read 2026-12-04): edgeHub accepts `MaxConnectedClients` clients, 100 by default (edgeHub's
 * appsettings_hub.json; doc/EnvironmentVariables.md lists "101 (100 clients + 1 Edge Hub)"); the maintainers
 * advise 300–500 MB as edgeHub's minimum "depending on your use case" (Azure/iotedge#6983). What is not published:
 * any memory or CPU figure per connected client, for MQTT or AMQP. The per-connection memory below is therefore an
 * Edge Sizer estimate, and its note says what it is made of.
 */
import type { Assumption } from '../types.ts';

/** edgeHub's settings file in the Azure/iotedge repository (MaxConnectedClients: 100). */
export const EDGE_HUB_SETTINGS_SOURCE =
  'https://github.com/Azure/iotedge/blob/main/edge-hub/core/src/Microsoft.Azure.Devices.Edge.Hub.Service/appsettings_hub.json';
/** edgeHub's environment variables (MaxConnectedClients, OptimizeForPerformance, MqttSettings__…, AmqpSettings__…). */
export const EDGE_HUB_ENV_SOURCE = 'https://github.com/Azure/iotedge/blob/main/doc/EnvironmentVariables.md';

const OUR_ESTIMATE = 'Edge Sizer estimate (no per-connection figure is published; the basis is in the note)';

const a = (x: Assumption): Assumption => x;

export const GATEWAY_ASSUMPTIONS = {
  'gateway.max-connected-clients': a({
    id: 'gateway.max-connected-clients',
    label: 'Clients edgeHub accepts by default (MaxConnectedClients)',
    value: 100,
    unit: 'clients',
    source: EDGE_HUB_SETTINGS_SOURCE,
    confidence: 'H',
    date: '2026-12-04',
    note: 'appsettings_hub.json sets "MaxConnectedClients": 100; edgeHub adds one for itself (DependencyManager.cs: GetValue("MaxConnectedClients", 100) + 1) and ConnectionManager.cs refuses a new client when that many are active ("Edge hub already has maximum allowed clients (100) connected."). It counts every client identity connected to edgeHub: downstream devices and modules alike. Microsoft\'s gateway article: "Each parent can have up to 100 children."',
  }),
  'gateway.ram-per-connection-kb': a({
    id: 'gateway.ram-per-connection-kb',
    label: 'edgeHub memory per connected downstream device',
    value: 256,
    low: 128,
    high: 1024,
    unit: 'KB per connected device',
    source: OUR_ESTIMATE,
    confidence: 'EST',
    date: '2026-12-04',
    note: 'Not measured or published (searched the Azure/iotedge issues, docs and repo, 2026-12-04). For each client edgeHub keeps a device proxy, a cloud proxy with its own SDK client (the logs show "Created cloud proxy for client …" per identity, Azure/iotedge#6965), a TLS session and protocol buffers (DotNetty MQTT channel or AMQP link), subscriptions and twin cache entries. 128 KB (a lean TLS session and channel) to 1 MB (.NET objects and buffers per client under load), 256 KB typical. MQTT and AMQP get the same figure: no difference is published. Validate on the device with edgeHub\'s built-in metrics (edgeAgent_used_memory_bytes for edgeHub) at the planned client count.',
  }),
} as const satisfies Record<string, Assumption>;
