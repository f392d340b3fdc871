/**
 * The words for the model's output ids (components, device classes, grades, constraints, severities,
 * confidence): the one source for the results, the charts, the report and its exports. The words for the
 * answers' choices are in their descriptions (src/domain/fields/choices.ts).
 */
import type { ComponentKind, Confidence, Constraint, DeviceClass, Grade, Severity } from '../types.ts';

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
