/** Platform: where IoT Edge runs (version, host OS, architecture, engine, containers, hosting, identity). */
import { formatNumber } from '../vocabulary/format.ts';
import {
  ARCHITECTURE,
  ATTESTATION,
  CONTAINER_ENGINES,
  CONTAINER_ENGINE_NAMES,
  CONTAINER_OS,
  HOSTING,
  HOST_OSES,
  HOST_OS_NAMES,
  IOT_EDGE_VERSION,
} from './choices.ts';
import { bounded, choices, field, oneOf, type Choice } from './field.ts';
import { LIMITS } from './limits.ts';

/** Host OS choices (the support table, src/domain/compat/os-support.ts, uses the same names). */
export const HOST_OS = choices(
  Object.fromEntries(HOST_OSES.map((os) => [os, { label: HOST_OS_NAMES[os] }])) as Record<
    (typeof HOST_OSES)[number],
    Choice
  >,
);

/** Container engine choices (the wizard adds the support level from the support table). */
export const CONTAINER_ENGINE = choices(
  Object.fromEntries(
    CONTAINER_ENGINES.map((engine) => [engine, { label: CONTAINER_ENGINE_NAMES[engine] }]),
  ) as Record<(typeof CONTAINER_ENGINES)[number], Choice>,
);

const DEPLOYMENTS_PER_MONTH = 2;

export const PLATFORM_FIELDS = {
  iotEdgeVersion: field({
    schema: oneOf(IOT_EDGE_VERSION),
    default: '1.6',
    label: 'IoT Edge version',
    help: "Don't know? Keep 1.6 LTS, the only supported release line today.",
    short: 'IoT Edge version',
    choices: IOT_EDGE_VERSION,
    askedIn: 'platform',
    wire: { at: 0, since: 1, as: 'choice' },
  }),
  hostOs: field({
    schema: oneOf(HOST_OS),
    default: 'debian-12',
    label: 'Host operating system',
    help: "Tier 1: Microsoft tests it and ships packages. Tier 2: compatible, not tested by Microsoft. Don't know? Keep Debian 12, tier 1 on every architecture; its LTS ends 2028-06-30, before IoT Edge 1.6 (2028-11-14), so plan an OS upgrade for a longer service life.",
    short: 'host OS',
    choices: HOST_OS,
    askedIn: 'platform',
    report: { label: 'Host OS' },
    wire: { at: 1, since: 1, as: 'choice' },
  }),
  architecture: field({
    schema: oneOf(ARCHITECTURE),
    default: 'arm64',
    label: 'CPU architecture',
    help: "Don't know? Keep ARM64, the architecture of current Raspberry Pi, Jetson and most ARM gateways.",
    short: 'CPU architecture',
    choices: ARCHITECTURE,
    askedIn: 'platform',
    wire: { at: 2, since: 1, as: 'choice' },
  }),
  containerEngine: field({
    schema: oneOf(CONTAINER_ENGINE),
    default: 'moby',
    label: 'Container engine',
    help: "Don't know? Keep Moby, which Microsoft recommends for production.",
    short: 'container engine',
    choices: CONTAINER_ENGINE,
    askedIn: 'platform',
    wire: { at: 3, since: 1, as: 'choice' },
  }),
  containerOs: field({
    schema: oneOf(CONTAINER_OS),
    default: 'linux',
    label: 'Container OS family',
    help: "Don't know? Keep Linux containers: the only ones IoT Edge runs today.",
    short: 'container OS',
    choices: CONTAINER_OS,
    askedIn: 'platform',
    report: { label: 'Container OS' },
    wire: { at: 4, since: 1, as: 'choice' },
  }),
  hosting: field({
    schema: oneOf(HOSTING),
    default: 'bare-metal',
    label: 'Bare metal or virtual machine',
    help: "In a VM, IoT Edge works the same, but the VM's size is the device's size. Don't know? Keep Bare metal.",
    short: 'hosting',
    choices: HOSTING,
    askedIn: 'platform',
    report: { label: 'Hosting' },
    wire: { at: 5, since: 1, as: 'choice' },
  }),
  /** How the device proves its identity (choices.ts ATTESTATION has the sources). */
  attestation: field({
    schema: oneOf(ATTESTATION),
    default: 'symmetric-key',
    label: 'Device identity (attestation)',
    help: "How the device proves who it is to IoT Hub or the Device Provisioning Service. A TPM needs a TPM 2.0 chip on the device. Don't know? Keep Symmetric key.",
    short: 'device attestation',
    choices: ATTESTATION,
    askedIn: 'platform',
    report: { label: 'Device attestation' },
    wire: { at: 6, since: 3, as: 'choice' },
  }),
  /**
   * New deployments (module image updates) per month. aziot-edged removes an unused image only after it has
   * been unused for 7 days by default (`image_age_cleanup_threshold = "7d"`, Azure/iotedge
   * edgelet/contrib/config/linux/template.toml), so frequent updates keep older images on disk.
   */
  deploymentsPerMonth: field({
    schema: bounded(LIMITS.deploymentsPerMonth, 'Deployments per month'),
    default: DEPLOYMENTS_PER_MONTH,
    label: 'Deployments per month',
    help: `How often new module images reach the device, ${LIMITS.deploymentsPerMonth.min} to ${LIMITS.deploymentsPerMonth.max} a month. IoT Edge removes an unused image only after 7 days, so frequent updates keep older images on disk. Don't know? Keep ${DEPLOYMENTS_PER_MONTH}.`,
    whenEmpty: `Don't know? Enter ${DEPLOYMENTS_PER_MONTH}, the default.`,
    short: 'deployments per month',
    unit: '/month',
    limits: LIMITS.deploymentsPerMonth,
    askedIn: 'platform',
    report: { value: (value) => `${formatNumber(value)} per month` },
    wire: { at: 7, since: 3 },
  }),
};
