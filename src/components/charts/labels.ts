/** Words for the model's ids, shared by the results, the charts and the report. */
import type { ComponentKind, Constraint, Grade, ResourceId, Severity } from '../../domain/types.ts';

export const COMPONENT_LABELS: Record<ComponentKind, string> = {
  os: 'Operating system',
  'container-engine': 'Container engine',
  'iot-edge-daemons': 'IoT Edge daemons',
  'edge-agent': 'edgeAgent',
  'edge-hub': 'edgeHub',
  module: 'Modules',
  'image-layers': 'Image layers',
  'message-buffer': 'Message buffer',
  logs: 'Logs',
  'eflow-vm': 'EFLOW VM',
  'update-headroom': 'Update headroom',
  headroom: 'Headroom',
};

export const RESOURCE_LABELS: Record<ResourceId, string> = {
  cpu: 'CPU',
  ram: 'RAM',
  storage: 'Storage',
  buffer: 'Store-and-forward buffer',
  uplink: 'Uplink',
};

export const CONSTRAINT_LABELS: Record<Constraint, string> = {
  cpu: 'CPU',
  ram: 'RAM',
  storage: 'Storage',
  accelerator: 'Accelerator',
  architecture: 'Architecture',
  budget: 'Budget',
};

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

export const SEVERITY_LABELS: Record<Severity, { one: string; many: string; icon: string }> = {
  error: { one: 'Error', many: 'Errors', icon: '✕' },
  warning: { one: 'Warning', many: 'Warnings', icon: '!' },
  info: { one: 'Note', many: 'Notes', icon: 'i' },
};
