/**
 * Platform constants of this wave: EFLOW's VM limits and host reserve, and how long IoT Edge keeps unused images.
 * Spread into the register in src/domain/assumptions.ts.
 */
import type { Assumption } from '../types.ts';

const EFLOW_FUNCTIONS =
  'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/iot-edge/reference-iot-edge-for-linux-on-windows-functions.md';
const EFLOW_PREREQUISITES =
  'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/iot-edge/includes/iot-edge-prerequisites-linux-on-windows.md';

export const PLATFORM_ASSUMPTIONS = {
  'eflow.vm-min-disk': {
    id: 'eflow.vm-min-disk',
    label: 'EFLOW VM disk (vmDiskSize): smallest accepted',
    value: 21,
    unit: 'GB',
    source: EFLOW_FUNCTIONS,
    confidence: 'H',
    date: '2026-12-04',
    note: 'Deploy-Eflow -vmDiskSize takes 21 GB to 2 TB (default 29 GB); -vmDataSize 2 GB to 2 TB (default 10 GB) instead, not both.',
  },
  'eflow.vm-max-disk': {
    id: 'eflow.vm-max-disk',
    label: 'EFLOW VM disk (vmDiskSize): largest accepted',
    value: 2000,
    unit: 'GB',
    source: EFLOW_FUNCTIONS,
    confidence: 'H',
    date: '2026-12-04',
    note: '2 TB.',
  },
  'eflow.host-free-ram': {
    id: 'eflow.host-free-ram',
    label: 'Windows host: free RAM EFLOW needs besides its VM',
    value: 1024,
    unit: 'MiB',
    source: EFLOW_PREREQUISITES,
    confidence: 'H',
    date: '2026-12-04',
    note: 'EFLOW prerequisites: at least 1 GB of free memory on the Windows host in addition to the VM.',
  },
  'eflow.host-free-disk': {
    id: 'eflow.host-free-disk',
    label: 'Windows host: free disk EFLOW needs besides its VM',
    value: 10,
    unit: 'GB',
    source: EFLOW_PREREQUISITES,
    confidence: 'H',
    date: '2026-12-04',
    note: 'EFLOW prerequisites: at least 10 GB of free disk on the Windows host in addition to the VM disk.',
  },
  'update.image-age-days': {
    id: 'update.image-age-days',
    label: 'Days IoT Edge keeps an unused image before removing it',
    value: 7,
    unit: 'days',
    source: 'https://github.com/Azure/iotedge/blob/main/edgelet/contrib/config/linux/template.toml',
    confidence: 'H',
    date: '2026-12-04',
    note: '[image_garbage_collection] image_age_cleanup_threshold = "7d", cleanup_recurrence = "1d" by default: images replaced by a deployment stay on disk up to 7 days, so frequent deployments keep several generations.',
  },
} as const satisfies Record<string, Assumption>;
