/**
 * Every enum of the Answers contract in words, for the report, its exports and anyone else who shows an
 * answer to a reader. Typed as Record<Enum, string>, so a new enum member without a label is a compile error.
 * The words follow the wizard's (src/features/wizard/options.ts); host OS and engine names come from the
 * support tables in src/domain/compat, so the report calls a choice what the wizard called it.
 *
 * Also the words for the model's output ids (components, grades, constraints, severities, confidence):
 * the one source for the results, the charts, the report and its exports.
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
import { CONTAINER_ENGINE_SUPPORT, OS_SUPPORT } from '../compat/os-support.ts';
import type { ComponentKind, Confidence, Constraint, DeviceClass, Grade, Severity } from '../types.ts';

export const LANGUAGE_LABELS: Record<Language, string> = {
  c: 'C / C++',
  dotnet: '.NET (C#)',
  java: 'Java',
  node: 'Node.js',
  python: 'Python',
  'rust-go': 'Rust or Go',
  unknown: "Don't know (typical mix)",
};

export const LAYER_SHARING_LABELS: Record<LayerSharing, string> = {
  unknown: "Don't know",
  none: 'No shared layers',
  'by-language': 'Shared by language',
  'single-base': 'One common base image',
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

export const HOST_OS_LABELS = Object.fromEntries(
  Object.entries(OS_SUPPORT).map(([id, os]) => [id, os.label]),
) as Record<HostOs, string>;

export const ARCHITECTURE_LABELS: Record<Architecture, string> = {
  amd64: 'x64 (amd64)',
  arm64: 'ARM64 (aarch64)',
  arm32v7: 'ARM32 (armv7)',
  armv6: 'ARMv6 (Raspberry Pi Zero / 1)',
};

export const CONTAINER_ENGINE_LABELS = Object.fromEntries(
  Object.entries(CONTAINER_ENGINE_SUPPORT).map(([id, engine]) => [id, engine.label]),
) as Record<ContainerEngine, string>;

export const CONTAINER_OS_LABELS: Record<ContainerOs, string> = {
  linux: 'Linux containers',
  windows: 'Windows containers (supported only up to IoT Edge 1.1)',
};

export const HOSTING_LABELS: Record<Hosting, string> = {
  'bare-metal': 'Bare metal',
  'hyper-v': 'Hyper-V virtual machine',
  vsphere: 'VMware vSphere / ESXi virtual machine',
  kvm: 'KVM / Proxmox virtual machine',
  'azure-vm': 'Azure virtual machine',
  'other-vm': 'Other virtual machine',
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

/** The grade of a device, in words. */
export const GRADE_LABELS: Record<Grade, string> = {
  fit: 'Fit',
  tight: 'Tight',
  insufficient: 'Insufficient',
};

/** Text symbols shown next to grade words (never instead of them). */
export const GRADE_ICONS: Record<Grade, string> = {
  fit: '✓',
  tight: '!',
  insufficient: '✕',
};

/** The constraint that decided a grade, in words. */
export const CONSTRAINT_LABELS: Record<Constraint, string> = {
  cpu: 'CPU',
  ram: 'RAM',
  storage: 'Storage',
  accelerator: 'Accelerator',
  architecture: 'Architecture',
  'host-os': 'Host OS',
  tpm: 'TPM',
  budget: 'Budget',
};

/** A finding's severity in words (one finding). */
export const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

/** A severity in words, for a group of more than one finding. */
export const SEVERITY_PLURAL_LABELS: Record<Severity, string> = {
  error: 'Errors',
  warning: 'Warnings',
  info: 'Notes',
};

/** Text symbols shown next to severity words (never instead of them). */
export const SEVERITY_ICONS: Record<Severity, string> = {
  error: '✕',
  warning: '!',
  info: 'i',
};

/** An assumption's confidence in words. */
export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  H: 'High',
  M: 'Medium',
  L: 'Low',
  EST: 'Estimate',
};
