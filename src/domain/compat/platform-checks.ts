/**
 * Checks of this wave beyond the OS tiers: deployment limits, the device's clock when it may boot offline, and what
 * the firewall must allow. Each rule cites its Microsoft source.
 */
import { effectiveModules, type Answers } from '../answers.ts';
import type { Device, Finding } from '../types.ts';
import { SUPPORT_DATA_CHECKED } from './os-support.ts';

export const LIMITS_SOURCE = 'https://learn.microsoft.com/azure/iot-edge/iot-edge-limits-and-restrictions';
const NETWORKING_SOURCE = 'https://learn.microsoft.com/azure/iot-edge/production-checklist#networking';
const PROXY_SOURCE = 'https://learn.microsoft.com/azure/iot-edge/how-to-configure-proxy-support';

/** IoT Hub: at most 50 modules in one IoT Edge deployment; the $edgeAgent module twin holds them within 32 KB. */
export const DEPLOYMENT_LIMITS = { modulesPerDeployment: 50, moduleTwinKb: 32 } as const;

/** An error above 50 modules (the wizard accepts up to 200 so a bigger plan can still be sized). */
export function deploymentLimitFindings(answers: Answers): Finding[] {
  const n = effectiveModules(answers.workload).length;
  if (n <= DEPLOYMENT_LIMITS.modulesPerDeployment) return [];
  return [
    {
      id: 'deployment-module-limit',
      severity: 'error',
      title: `${n} modules exceed IoT Hub's 50 modules per deployment`,
      message:
        `IoT Hub holds at most ${DEPLOYMENT_LIMITS.modulesPerDeployment} modules in one IoT Edge deployment, and the ` +
        `$edgeAgent module twin that carries them is limited to ${DEPLOYMENT_LIMITS.moduleTwinKb} KB, which long ` +
        `createOptions reach sooner. Layered deployments do not lift this: they merge into the same twin. Support data checked on ${SUPPORT_DATA_CHECKED}.`,
      remedy:
        'Consolidate modules (fewer, larger containers), or spread the workload over more than one IoT Edge device; keep each deployment at 50 modules or fewer.',
      field: 'workload.moduleCount',
      source: LIMITS_SOURCE,
    },
  ];
}

/**
 * TLS to IoT Hub and certificate checks need the right time. A board that may boot without a network must keep
 * time itself: a finding when the recommended device has no battery-backed real-time clock.
 */
export function clockFindings(device: Device | undefined, mayBootOffline: boolean): Finding[] {
  if (device === undefined || !mayBootOffline || device.rtc.kind === 'yes') return [];
  const fixes: Record<Exclude<Device['rtc']['kind'], 'yes'>, string> = {
    no: 'Add an RTC module with a battery (I²C, for example a DS3231 board), or make sure the device reaches an NTP server before IoT Edge starts.',
    'battery-needed': 'Fit the RTC backup battery so the clock keeps time while the device is unpowered.',
    carrier: 'Use a carrier board with a battery-backed RTC, and fit its battery.',
    unknown: 'Check that the device keeps time while unpowered, or add a battery-backed RTC module.',
  };
  return [
    {
      id: 'device-clock-offline-boot',
      severity: 'warning',
      title: `${device.name}: the clock may be wrong after an offline boot`,
      message:
        `The device may have to start without a network. ${device.rtc.note} TLS to IoT Hub and the ` +
        'certificates IoT Edge issues to its modules need the right time: with a clock at its build date, edgeHub ' +
        'rejects or cannot make connections until the time is corrected.',
      remedy: fixes[device.rtc.kind],
      field: 'performance.mayBootOffline',
      source: device.rtc.source,
    },
  ];
}

/**
 * DPS TPM attestation needs a TPM 2.0 (the limits page). The grader already rules out devices without one; this
 * tells the user when the recommended device needs an add-on module for it.
 */
export function attestationFindings(device: Device | undefined, attestation: string): Finding[] {
  if (device === undefined || attestation !== 'tpm' || device.tpm.kind !== 'add-on') return [];
  return [
    {
      id: 'attestation-tpm-add-on',
      severity: 'warning',
      title: `${device.name} needs a TPM 2.0 module for TPM attestation`,
      message: `DPS TPM attestation needs a TPM 2.0, and this device has none on board. ${device.tpm.note}`,
      remedy: 'Add a TPM 2.0 module (and its cost), or use X.509 or symmetric-key attestation.',
      field: 'platform.attestation',
      source: `${LIMITS_SOURCE} ; ${device.tpm.source}`,
    },
  ];
}

/** One firewall rule the device needs. */
export interface FirewallRule {
  ports: string;
  hosts: string;
  purpose: string;
}

/** Registry hosts named in the modules' images (the part before the first "/" when it has a dot or a port). */
export function registryHosts(answers: Answers): string[] {
  const hosts = new Set<string>();
  for (const m of answers.workload.modules) {
    const first = m.image.split('/')[0] ?? '';
    if (m.image.includes('/') && /[.:]/.test(first) && first !== 'mcr.microsoft.com') hosts.add(first);
  }
  return [...hosts].sort();
}

/** What the firewall must allow outbound, and how a proxy must authenticate, with the sources. */
export function networkRequirements(answers: Answers): {
  rules: FirewallRule[];
  proxy: string;
  sources: string[];
} {
  const registries = registryHosts(answers);
  return {
    rules: [
      {
        ports: '8883 (MQTT), 5671 (AMQP), 443 (HTTPS, MQTT/AMQP over WebSockets)',
        hosts: '*.azure-devices.net',
        purpose: 'IoT Hub: edgeHub and edgeAgent to the cloud (one of the three protocols is enough).',
      },
      {
        ports: '443',
        hosts: 'global.azure-devices-provisioning.net',
        purpose: 'Device Provisioning Service, when the device is provisioned through DPS.',
      },
      {
        ports: '443',
        hosts: 'mcr.microsoft.com, *.data.mcr.microsoft.com',
        purpose: 'Microsoft Container Registry: the edgeAgent and edgeHub images.',
      },
      {
        ports: '443',
        hosts:
          registries.length > 0
            ? registries.join(', ')
            : 'your container registry (for example <name>.azurecr.io)',
        purpose: 'Your module images.',
      },
      {
        ports: '443',
        hosts: '*.blob.core.windows.net',
        purpose:
          'Image layers served from blob storage by Azure Container Registry, and uploads (module logs, support bundles, blob storage).',
      },
      {
        ports: '443',
        hosts: 'packages.microsoft.com',
        purpose: 'Installing and updating the IoT Edge packages.',
      },
    ],
    proxy:
      'Through a proxy, IoT Edge (aziot-edged, edgeAgent, edgeHub and the container engine) must be configured with its URL, and the proxy must accept basic authentication (user and password in the URL): NTLM proxies are not supported.',
    sources: [NETWORKING_SOURCE, PROXY_SOURCE],
  };
}
