/**
 * The wizard's wording for every choice of the Answers contract. Typed as Record<Enum, …>, so a new enum
 * member without wording is a compile error.
 */
import type {
  AcceleratorKind,
  Architecture,
  ContainerOs,
  Hosting,
  InferenceSizing,
  IotEdgeVersion,
  Language,
  LayerSharing,
  Processing,
} from '../../domain/answers.ts';

export interface Wording {
  label: string;
  description?: string;
}

export const LANGUAGE_WORDING: Record<Language, Wording> = {
  c: { label: 'C / C++' },
  dotnet: { label: '.NET (C#)' },
  java: { label: 'Java' },
  node: { label: 'Node.js' },
  python: { label: 'Python' },
  'rust-go': { label: 'Rust or Go' },
  unknown: { label: "Don't know (typical mix)" },
};

export const LAYER_SHARING_WORDING: Record<LayerSharing, Wording> = {
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
};

export const PROCESSING_WORDING: Record<Processing, Wording> = {
  passthrough: { label: 'Pass-through', description: 'Messages are only routed.' },
  light: { label: 'Light', description: 'Filtering, formatting, unit conversion. The default.' },
  moderate: { label: 'Moderate', description: 'Aggregation over windows, rules, protocol translation.' },
  heavy: { label: 'Heavy', description: 'Analytics or models on every message.' },
};

export const ACCELERATOR_WORDING: Record<AcceleratorKind, Wording> = {
  none: { label: 'None', description: 'No inference accelerator is needed. The default.' },
  gpu: { label: 'GPU', description: 'For example NVIDIA Jetson or a discrete GPU.' },
  npu: { label: 'NPU', description: 'A neural processing unit, for example Hailo or a built-in SoC NPU.' },
  vpu: { label: 'VPU', description: 'A vision processing unit, for example Intel Movidius.' },
};

export const INFERENCE_SIZING_WORDING: Record<InferenceSizing, Wording> = {
  tops: { label: 'I know the TOPS needed', description: 'State the INT8 throughput directly.' },
  workload: {
    label: 'Work it out from the model',
    description: 'Model cost (GOPs per inference) × frames per second × streams.',
  },
};

export const IOT_EDGE_VERSION_WORDING: Record<IotEdgeVersion, Wording> = {
  '1.6': {
    label: '1.6 LTS',
    description: 'Current long-term support release (until Nov 2028). Recommended.',
  },
  '1.5': { label: '1.5 LTS', description: 'Out of support since 10 Nov 2026: plan the move to 1.6.' },
  '1.4': { label: '1.4 LTS', description: 'Out of support since 12 Nov 2024.' },
  '1.1': {
    label: '1.1 LTS',
    description: 'Out of support since 13 Dec 2022; the last line with Windows containers.',
  },
};

export const ARCHITECTURE_WORDING: Record<Architecture, Wording> = {
  amd64: { label: 'x64 (amd64)', description: 'Intel and AMD 64-bit.' },
  arm64: {
    label: 'ARM64 (aarch64)',
    description: 'Raspberry Pi 4/5 with a 64-bit OS, Jetson, most new ARM boards.',
  },
  arm32v7: { label: 'ARM32 (armv7)', description: '32-bit ARM, for example a Pi with a 32-bit OS.' },
  armv6: { label: 'ARMv6', description: 'Raspberry Pi Zero / 1: IoT Edge does not run on it.' },
};

export const CONTAINER_OS_WORDING: Record<ContainerOs, Wording> = {
  linux: { label: 'Linux containers', description: 'The only container family IoT Edge supports since 1.2.' },
  windows: {
    label: 'Windows containers',
    description:
      'Only up to IoT Edge 1.1 LTS (end of life Dec 2022). Today Windows hosts run Linux containers in EFLOW.',
  },
};

export const HOSTING_WORDING: Record<Hosting, Wording> = {
  'bare-metal': { label: 'Bare metal', description: 'IoT Edge runs directly on the device. The default.' },
  'hyper-v': { label: 'Hyper-V virtual machine' },
  vsphere: { label: 'VMware vSphere / ESXi virtual machine' },
  kvm: { label: 'KVM / Proxmox virtual machine' },
  'azure-vm': { label: 'Azure virtual machine' },
  'other-vm': { label: 'Other virtual machine' },
};

/** Options for a select or radio group from a wording table, in the enum's order. */
export function optionsOf<V extends string>(values: readonly V[], wording: Record<V, Wording>) {
  return values.map((value) => ({
    value,
    label: wording[value].label,
    description: wording[value].description,
  }));
}
