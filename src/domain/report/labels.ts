/**
 * Every enum of the Answers contract in words, for the report, its exports and anyone else who shows an
 * answer to a reader. Typed as Record<Enum, string>, so a new enum member without a label is a compile error.
 */
import type {
  AcceleratorKind,
  Architecture,
  ContainerEngine,
  ContainerOs,
  HostOs,
  Hosting,
  InferenceSizing,
  IotEdgeVersion,
  Language,
  LayerSharing,
  Processing,
  Workload,
} from '../answers.ts';
import type { ComponentKind, DeviceClass } from '../types.ts';

export const LANGUAGE_LABELS: Record<Language, string> = {
  c: 'C',
  dotnet: '.NET (C#)',
  java: 'Java',
  node: 'Node.js',
  python: 'Python',
  'rust-go': 'Rust or Go',
  unknown: "Don't know",
};

export const LAYER_SHARING_LABELS: Record<LayerSharing, string> = {
  unknown: "Don't know",
  none: 'No shared layers',
  'by-language': 'Shared by modules of the same language',
  'single-base': 'One common base image for all modules',
};

export const PROCESSING_LABELS: Record<Processing, string> = {
  passthrough: 'Pass-through (routing only)',
  light: 'Light (filtering, formatting)',
  moderate: 'Moderate (aggregation, rules)',
  heavy: 'Heavy (analytics on every message)',
};

export const ACCELERATOR_LABELS: Record<AcceleratorKind, string> = {
  none: 'None',
  gpu: 'GPU',
  npu: 'NPU',
  vpu: 'VPU',
};

export const INFERENCE_SIZING_LABELS: Record<InferenceSizing, string> = {
  tops: 'Stated in TOPS',
  workload: 'From model cost × frames per second × streams',
};

/** Lifecycle dates: iotedge-facts.md §1.1 (github.com/Azure/azure-iotedge README, CHANGELOG). */
export const IOT_EDGE_VERSION_LABELS: Record<IotEdgeVersion, string> = {
  '1.6': '1.6 LTS',
  '1.5': '1.5 LTS (end of support 10 Nov 2026)',
  '1.4': '1.4 LTS (end of support 12 Nov 2024)',
  '1.1': '1.1 LTS (end of support 13 Dec 2022)',
};

export const HOST_OS_LABELS: Record<HostOs, string> = {
  'debian-12': 'Debian 12 (Bookworm)',
  'debian-11': 'Debian 11 (Bullseye)',
  'debian-13': 'Debian 13 (Trixie)',
  'raspberry-pi-os-bookworm': 'Raspberry Pi OS (Bookworm, Debian 12)',
  'raspberry-pi-os-trixie': 'Raspberry Pi OS (Trixie, Debian 13)',
  'ubuntu-24.04': 'Ubuntu Server 24.04 LTS',
  'ubuntu-22.04': 'Ubuntu Server 22.04 LTS',
  'ubuntu-20.04': 'Ubuntu Server 20.04 LTS',
  'ubuntu-core': 'Ubuntu Core (snaps)',
  'rhel-9': 'Red Hat Enterprise Linux 9',
  'rhel-8': 'Red Hat Enterprise Linux 8',
  'azure-linux-3': 'Azure Linux 3.0',
  yocto: 'Yocto Project (custom image)',
  'other-linux': 'Other Linux distribution',
  'windows-client': 'Windows 10/11 (IoT Edge for Linux on Windows)',
  'windows-server': 'Windows Server (IoT Edge for Linux on Windows)',
};

export const ARCHITECTURE_LABELS: Record<Architecture, string> = {
  amd64: 'x86-64 (amd64)',
  arm64: 'ARM 64-bit (arm64 / aarch64)',
  arm32v7: 'ARM 32-bit (arm32v7 / armhf)',
  armv6: 'ARMv6 (Raspberry Pi Zero / 1)',
};

export const CONTAINER_ENGINE_LABELS: Record<ContainerEngine, string> = {
  moby: 'Moby engine (moby-engine, recommended for production)',
  'docker-ce': 'Docker CE (best-effort support)',
  'docker-ee': 'Docker EE / Mirantis (best-effort support)',
  'docker-snap': 'Docker snap (Ubuntu Core)',
};

export const CONTAINER_OS_LABELS: Record<ContainerOs, string> = {
  linux: 'Linux containers',
  windows: 'Windows containers (supported only up to IoT Edge 1.1)',
};

export const HOSTING_LABELS: Record<Hosting, string> = {
  'bare-metal': 'Bare metal',
  'hyper-v': 'Virtual machine on Hyper-V',
  vsphere: 'Virtual machine on VMware vSphere',
  kvm: 'Virtual machine on KVM',
  'azure-vm': 'Azure virtual machine',
  'other-vm': 'Virtual machine (other hypervisor)',
};

export const WORKLOAD_MODE_LABELS: Record<Workload['mode'], string> = {
  count: 'A number of similar modules',
  list: 'A list of named modules',
};

export const COMPONENT_LABELS: Record<ComponentKind, string> = {
  os: 'Operating system',
  'container-engine': 'Container engine',
  'iot-edge-daemons': 'IoT Edge daemons',
  'edge-agent': 'edgeAgent',
  'edge-hub': 'edgeHub',
  module: 'Module',
  'image-layers': 'Image layers',
  'message-buffer': 'Message buffer',
  logs: 'Logs',
  'eflow-vm': 'EFLOW Linux VM',
  'update-headroom': 'Update headroom',
  headroom: 'Headroom',
};

export const DEVICE_CLASS_LABELS: Record<DeviceClass, string> = {
  sbc: 'Single-board computer',
  'ai-module': 'AI module',
  'industrial-gateway': 'Industrial gateway',
  'mini-pc': 'Mini PC',
  'edge-server': 'Edge server',
};
