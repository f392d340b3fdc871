/**
 * Every enum of the Answers contract with its words, written once: the wizard's options, the report and
 * its exports all read them from here. The key order of each table is the share link's numbering (append
 * only; see ChoiceTable). Host OS and engine names come from the support tables in src/domain/compat (their
 * descriptors in platform.ts), so the wizard, the findings and the report call a choice the same.
 */
import { choices } from './field.ts';

/** Module languages. "rust-go" groups the two natively compiled, garbage-light runtimes. */
export const LANGUAGE = choices({
  c: { label: 'C / C++' },
  dotnet: { label: '.NET (C#)' },
  java: { label: 'Java' },
  node: { label: 'Node.js' },
  python: { label: 'Python' },
  'rust-go': { label: 'Rust or Go' },
  unknown: { label: "Don't know (typical mix)" },
});

/** "count": moduleCount modules in defaultLanguage. "list": the modules table, one row per module. */
export const WORKLOAD_MODE = choices({
  count: {
    label: 'By count',
    description: 'A number of modules in one language. The default.',
    report: 'A number of similar modules',
  },
  list: {
    label: 'One row per module',
    description: 'Name each module, with its language, image size, message rate and memory limit if known.',
    report: 'A list of named modules',
  },
});

/** How the modules' container images share layers (question 2 of Microsoft's list). */
export const LAYER_SHARING = choices({
  unknown: {
    label: "Don't know",
    description: 'The model assumes partial sharing: modules of the same language share their base layers.',
  },
  none: { label: 'No shared layers', description: 'Every module brings its own base image: the most disk.' },
  'by-language': {
    label: 'Shared by language',
    description: 'Modules written in the same language use the same base image.',
  },
  'single-base': {
    label: 'One common base image',
    description: 'All modules build on one base image, stored once: the least disk.',
  },
});

/** Local processing done per message, beyond routing it. */
export const PROCESSING = choices({
  passthrough: {
    label: 'Pass-through',
    description: 'Messages are only routed.',
    report: 'Pass-through (routing only)',
  },
  light: {
    label: 'Light',
    description: 'Filtering, formatting, unit conversion. The default.',
    report: 'Light (filtering, formatting)',
  },
  moderate: {
    label: 'Moderate',
    description: 'Aggregation over windows, rules, protocol translation.',
    report: 'Moderate (aggregation, rules)',
  },
  heavy: {
    label: 'Heavy',
    description: 'Analytics or models on every message.',
    report: 'Heavy (analytics on every message)',
  },
});

export const ACCELERATOR = choices({
  none: { label: 'None', description: 'No inference accelerator is needed. The default.' },
  gpu: { label: 'GPU', description: 'For example NVIDIA Jetson or a discrete GPU.' },
  npu: { label: 'NPU', description: 'A neural processing unit, for example Hailo or a built-in SoC NPU.' },
  vpu: { label: 'VPU', description: 'A vision processing unit, for example Intel Movidius.' },
});

/** How an inference load is stated: directly in TOPS, or as model cost × frames per second × streams. */
export const INFERENCE_SIZING = choices({
  tops: {
    label: 'I know the TOPS needed',
    description: 'State the INT8 throughput directly.',
    report: 'Stated in TOPS',
  },
  workload: {
    label: 'Work it out from the model',
    description: 'Model cost (GOPs per inference) × frames per second × streams.',
    report: 'From model cost × frames per second × streams',
  },
});

/**
 * IoT Edge release lines a user may pick; 1.6 LTS is the only supported one on 2026-11-25. End-of-support
 * dates: https://github.com/Azure/azure-iotedge/blob/main/README.md and
 * https://learn.microsoft.com/azure/iot-edge/version-history (src/domain/compat/os-support.ts IOT_EDGE_RELEASES).
 */
export const IOT_EDGE_VERSION = choices({
  '1.6': {
    label: '1.6 LTS',
    description: 'Current long-term support release (until Nov 2028). Recommended.',
  },
  '1.5': {
    label: '1.5 LTS',
    description: 'Out of support since 10 Nov 2026: plan the move to 1.6.',
    report: '1.5 LTS (end of support 10 Nov 2026)',
  },
  '1.4': {
    label: '1.4 LTS',
    description: 'Out of support since 12 Nov 2024.',
    report: '1.4 LTS (end of support 12 Nov 2024)',
  },
  '1.1': {
    label: '1.1 LTS',
    description: 'Out of support since 13 Dec 2022; the last line with Windows containers.',
    report: '1.1 LTS (end of support 13 Dec 2022)',
  },
});

/**
 * Host operating systems and their names (the first is the wizard's order). Their support tiers are in
 * src/domain/compat/os-support.ts, which names them from here: the wizard's first view needs the names alone.
 */
export const HOST_OS_NAMES = {
  'debian-12': 'Debian 12 (Bookworm)',
  'debian-11': 'Debian 11 (Bullseye)',
  'debian-13': 'Debian 13 (Trixie)',
  'raspberry-pi-os-bookworm': 'Raspberry Pi OS (Bookworm, Debian 12 based)',
  'raspberry-pi-os-trixie': 'Raspberry Pi OS (Trixie, Debian 13 based; current since 2025-10-01)',
  'ubuntu-24.04': 'Ubuntu Server 24.04 LTS',
  'ubuntu-22.04': 'Ubuntu Server 22.04 LTS',
  'ubuntu-20.04': 'Ubuntu Server 20.04 LTS',
  'ubuntu-core': 'Ubuntu Core (snaps)',
  'rhel-9': 'Red Hat Enterprise Linux 9',
  'rhel-8': 'Red Hat Enterprise Linux 8',
  'azure-linux-3': 'Azure Linux 3.0',
  yocto: 'Yocto (meta-iotedge)',
  'other-linux': 'Other Linux (systemd, with Moby)',
  'windows-client': 'Windows 10/11 (Pro, Enterprise, IoT Enterprise) via EFLOW',
  'windows-server': 'Windows Server 2019/2022 via EFLOW',
} as const;

export const HOST_OSES = Object.keys(HOST_OS_NAMES) as (keyof typeof HOST_OS_NAMES)[];

export const ARCHITECTURE = choices({
  amd64: { label: 'x64 (amd64)', description: 'Intel and AMD 64-bit.' },
  arm64: {
    label: 'ARM64 (aarch64)',
    description: 'Raspberry Pi 4/5 with a 64-bit OS, Jetson, most new ARM boards.',
  },
  arm32v7: { label: 'ARM32 (armv7)', description: '32-bit ARM, for example a Pi with a 32-bit OS.' },
  armv6: {
    label: 'ARMv6',
    description: 'Raspberry Pi Zero / 1: IoT Edge does not run on it.',
    report: 'ARMv6 (Raspberry Pi Zero / 1)',
  },
});

/** Container engines and their names; their support levels are in src/domain/compat/os-support.ts. */
export const CONTAINER_ENGINE_NAMES = {
  moby: 'Moby (moby-engine)',
  'docker-ce': 'Docker CE',
  'docker-ee': 'Docker EE (Mirantis Container Runtime)',
  'docker-snap': 'Docker snap (Ubuntu Core)',
} as const;

export const CONTAINER_ENGINES = Object.keys(
  CONTAINER_ENGINE_NAMES,
) as (keyof typeof CONTAINER_ENGINE_NAMES)[];

/** Container OS family. Windows containers ended with IoT Edge 1.1 LTS; kept so the old rule can be explained. */
export const CONTAINER_OS = choices({
  linux: { label: 'Linux containers', description: 'The only container family IoT Edge supports since 1.2.' },
  windows: {
    label: 'Windows containers',
    description:
      'Only up to IoT Edge 1.1 LTS (end of life Dec 2022). Today Windows hosts run Linux containers in EFLOW.',
    report: 'Windows containers (supported only up to IoT Edge 1.1)',
  },
});

export const HOSTING = choices({
  'bare-metal': { label: 'Bare metal', description: 'IoT Edge runs directly on the device. The default.' },
  'hyper-v': {
    label: 'Hyper-V virtual machine',
    description: 'The results give the VM size (vCPU, RAM, disk) and what the host needs besides it.',
  },
  vsphere: {
    label: 'VMware vSphere / ESXi virtual machine',
    description: 'The results give the VM size (vCPU, RAM, disk) and what the host needs besides it.',
  },
  kvm: {
    label: 'KVM / Proxmox virtual machine',
    description: 'The results give the VM size (vCPU, RAM, disk) and what the host needs besides it.',
  },
  'azure-vm': {
    label: 'Azure virtual machine',
    description: 'Graded against Azure VM sizes; the budget is read as US dollars per month.',
  },
  'other-vm': {
    label: 'Other virtual machine',
    description: 'The results give the VM size (vCPU, RAM, disk) and what the host needs besides it.',
  },
});

/**
 * How the device proves its identity to IoT Hub (or to the Device Provisioning Service). The three forms DPS
 * supports: https://learn.microsoft.com/azure/iot-dps/tutorial-custom-hsm-enrollment-group-x509 ("X.509
 * certificates, Trusted platform module (TPM), Symmetric keys"); symmetric keys are "faster to get started,
 * but not as secure" (MicrosoftDocs/azure-docs articles/iot-edge/how-to-provision-single-device-linux-symmetric.md).
 */
export const ATTESTATION = choices({
  'symmetric-key': {
    label: 'Symmetric key',
    description: 'A shared secret key on the device. The quickest to set up, not as secure. The default.',
  },
  x509: {
    label: 'X.509 certificates',
    description: 'Identity certificates on the device, from your own certificate authority.',
  },
  tpm: {
    label: 'TPM',
    description: 'Keys held in a Trusted Platform Module (TPM 2.0) chip: the device must have one.',
    report: 'TPM (Trusted Platform Module)',
  },
});

/**
 * How downstream (leaf) devices connect to the gateway's edgeHub. Microsoft: in a transparent gateway "the
 * downstream devices have their own IoT Hub identities and connect using either MQTT or AMQP protocols"
 * (MicrosoftDocs/azure-docs articles/iot-edge/iot-edge-as-gateway.md). HTTPS is not among them, so it is not
 * offered. Ports: edgeHub's MQTT head listens on 8883 (Azure/iotedge doc/edgehub-api.md: "port 8883 or port 443 with
 * WebSocket"), its AMQP head on 5671 (doc/EnvironmentVariables.md, AmqpSettings__Port). Append only (the share link
 * writes the index).
 */
export const DOWNSTREAM_PROTOCOL = choices({
  mqtt: {
    label: 'MQTT',
    description: 'On port 8883 (or 443 over WebSocket). The default.',
  },
  amqp: {
    label: 'AMQP',
    description: 'On port 5671 (or 443 over WebSocket).',
  },
});
