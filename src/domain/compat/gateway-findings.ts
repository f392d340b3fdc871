/**
 * Findings for a gateway (data.downstreamDevices > 0): edgeHub's client limit, the certificates a transparent
 * gateway needs, and the upstream protocol that multiplexes the downstream devices' cloud connections. Each rule
 * cites its Microsoft source (docs/gateway.md).
 */
import { effectiveModules, type Answers } from '../answers.ts';
import { ASSUMPTIONS } from '../assumptions.ts';
import { EDGE_HUB_ENV_SOURCE } from '../assumptions/gateway.ts';
import type { Finding } from '../types.ts';
import { formatNumber } from '../vocabulary/format.ts';
import { LIMITS_SOURCE } from './platform-checks.ts';

const TRANSPARENT_GATEWAY_SOURCE =
  'https://learn.microsoft.com/azure/iot-edge/how-to-create-transparent-gateway';
const GATEWAY_SOURCE = 'https://learn.microsoft.com/azure/iot-edge/iot-edge-as-gateway';

/** edgeHub's default client limit (MaxConnectedClients), from the register. */
export const DEFAULT_MAX_CLIENTS = ASSUMPTIONS['gateway.max-connected-clients'].value;

const kb = ASSUMPTIONS['gateway.ram-per-connection-kb'];
const mib = (devices: number, perKb: number) => formatNumber(Math.round((devices * perKb) / 1024));

/** The findings of a gateway; none when the device has no downstream devices. */
export function gatewayFindings(answers: Answers): Finding[] {
  const devices = answers.data.downstreamDevices;
  if (devices === 0) return [];
  const modules = effectiveModules(answers.workload).length;
  const findings: Finding[] = [];
  const clients = devices + modules;
  if (devices > DEFAULT_MAX_CLIENTS) {
    const extra = devices - DEFAULT_MAX_CLIENTS;
    findings.push({
      id: 'gateway-max-connected-clients',
      severity: 'warning',
      title: `${formatNumber(devices)} downstream devices exceed edgeHub's default of ${DEFAULT_MAX_CLIENTS} clients`,
      message:
        `edgeHub accepts ${DEFAULT_MAX_CLIENTS} connected clients by default and refuses the next one ("Edge hub already has maximum allowed clients"). ` +
        `Modules that connect to edgeHub count too: with ${formatNumber(modules)} module${modules === 1 ? '' : 's'}, up to ${formatNumber(clients)} clients. ` +
        `Each client costs edgeHub memory: the ${formatNumber(extra)} above the default about ${mib(extra, kb.low ?? kb.value)}–${mib(extra, kb.high ?? kb.value)} MiB (${mib(extra, kb.value)} MiB typical; an estimate, no per-connection figure is published), already in the RAM estimate. ` +
        'Microsoft warns that IoT Edge can run into issues reporting its state in the twin when the clients exceed a few hundred, because of the twin size limit.',
      remedy:
        `Set the environment variable MaxConnectedClients of edgeHub (systemModules.edgeHub.env in the deployment) to at least ${formatNumber(clients)}: the downstream devices plus the modules that connect to edgeHub. ` +
        'Above a few hundred clients, spread the devices over more than one gateway.',
      field: 'data.downstreamDevices',
      source: LIMITS_SOURCE,
    });
  } else if (clients > DEFAULT_MAX_CLIENTS) {
    findings.push({
      id: 'gateway-max-connected-clients-modules',
      severity: 'info',
      title: `${formatNumber(devices)} downstream devices and ${formatNumber(modules)} modules may reach edgeHub's ${DEFAULT_MAX_CLIENTS}-client default`,
      message: `edgeHub counts every client connected to it, modules included, against MaxConnectedClients (${DEFAULT_MAX_CLIENTS} by default). If all ${formatNumber(modules)} modules connect to edgeHub, ${formatNumber(clients)} clients would need more than the default.`,
      remedy: `If your modules connect to edgeHub, set edgeHub's environment variable MaxConnectedClients to at least ${formatNumber(clients)}.`,
      field: 'data.downstreamDevices',
      source: EDGE_HUB_ENV_SOURCE,
    });
  }
  findings.push({
    id: 'gateway-certificates',
    severity: 'info',
    title: 'A transparent gateway needs its certificates set up',
    message:
      "Downstream devices check the gateway's identity over TLS: the gateway needs an edge CA certificate issued from a root CA that every downstream device trusts, and its hostname set so the devices can find it. Each downstream device also needs its own IoT Hub identity with this gateway as its parent. The edge CA certificate's common name must differ from the gateway's hostname.",
    remedy:
      "Follow Microsoft's transparent gateway setup: create or obtain the root and edge CA certificates (the test-certificate scripts only for development), set them and the hostname in the gateway's config.toml, install the root CA on each downstream device, and use gatewayHostname in each device's connection string.",
    field: 'data.downstreamDevices',
    source: TRANSPARENT_GATEWAY_SOURCE,
  });
  findings.push({
    id: 'gateway-upstream-multiplexing',
    severity: 'info',
    title: 'Keep AMQP upstream so the downstream devices share one connection to IoT Hub',
    message: `All devices behind a gateway can share one underlying connection to IoT Hub, but only when edgeHub's upstream protocol is AMQP (its default, UpstreamProtocol: Amqp with fallback to AmqpWs). With MQTT upstream, each device needs a connection of its own (MQTT does not multiplex devices). The downstream devices themselves connect to edgeHub over ${answers.data.downstreamProtocol.toUpperCase()}; Microsoft lists MQTT and AMQP for them.`,
    remedy:
      "Leave edgeHub's UpstreamProtocol at Amqp (or AmqpWs where only port 443 is open); don't set Mqtt on a gateway.",
    field: 'data.downstreamProtocol',
    source: GATEWAY_SOURCE,
  });
  return findings;
}
