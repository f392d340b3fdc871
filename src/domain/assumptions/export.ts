/**
 * Constants of the manifest export and the system modules' memory minimums, with their sources. Spread into the
 * register (src/domain/assumptions.ts). The minimums for edgeHub and edgeAgent are used by the estimate's RAM
 * rows (sizing/ram.ts) and by the export's memory limits, so that the two tell one story (docs/sizing-model.md,
 * "edgeHub and edgeAgent: what the estimate counts and the export allows").
 */
import type { Assumption } from '../types.ts';

const ISSUE_4545 = 'https://github.com/Azure/iotedge/issues/4545';
const ISSUE_6983 = 'https://github.com/Azure/iotedge/issues/6983';

export const EXPORT_ASSUMPTIONS = {
  'edge-hub.ram-min-mb': {
    id: 'edge-hub.ram-min-mb',
    label:
      "edgeHub: the maintainers' minimum memory (what the estimate counts at least, and the least its limit)",
    value: 300,
    unit: 'MB',
    source: ISSUE_6983,
    confidence: 'M',
    date: '2026-12',
    note: 'Maintainer (gordonwang0, 2023-04-11, IoT Edge 1.4): "We recommend between 300MB to 500MB as a minimum, depending on your use case. Note that edgeHub will restart if it reached the memory limit you set." The lower figure is the minimum for any load; traffic raises it (edge-hub.window-s). Earlier, for 1.1 (and-rewsmith, 2021-04-13, #4545): "around 200-300MB is enough for EdgeHub to handle a busy environment", so a busy router of hundreds of messages a second lands at the top of that band.',
  },
  'edge-agent.ram-min-mb': {
    id: 'edge-agent.ram-min-mb',
    label: "edgeAgent: the maintainers' suggested memory limit (what the estimate counts at least)",
    value: 100,
    unit: 'MB',
    source: ISSUE_4545,
    confidence: 'M',
    date: '2026-12',
    note: 'Maintainer (and-rewsmith, 2021-04-13): "I would err on the side of caution and limit it anyway. My intution is ~100MB. Maybe more if you have log upload issues."',
  },
  'export.low-memory-mib': {
    id: 'export.low-memory-mib',
    label: 'Device RAM at or under which the export sets edgeHub OptimizeForPerformance=false',
    value: 1024,
    unit: 'MiB',
    source: 'https://learn.microsoft.com/azure/iot-edge/production-checklist',
    confidence: 'M',
    date: '2026-11',
    note: 'The production checklist: the default (true) "can cause stability problems on smaller devices like the Raspberry Pi" and "does not work well on 32-bit OS or low memory". It names no threshold; 1 GiB includes the Raspberry Pi 3, the device class it names. Our threshold (confidence M).',
  },
  'export.min-module-memory-mib': {
    id: 'export.min-module-memory-mib',
    label: 'Smallest memory limit the export writes for a module',
    value: 64,
    unit: 'MiB',
    source:
      'Edge Sizer estimate from idle RSS measured on an x86_64 Debian 12 machine, 2026-11: Node.js 20 with azure-iot-device loaded 65 MB, Java 17 37.5 MB, Python 3.11 13.5 MB (30–50 MB estimated with the SDK and TLS)',
    confidence: 'EST',
    date: '2026-11',
    note: "A limit is a cap (the cgroup's memory.max), not a reservation: a floor costs nothing until the module uses it, while a limit too low gets the container OOM-killed at start and restarted in a loop. Docker itself refuses limits under 6 MB (moby daemon/daemon_unix.go).",
  },
  'export.min-ttl-s': {
    id: 'export.min-ttl-s',
    label: 'Shortest store-and-forward time to live the export writes',
    value: 300,
    unit: 's',
    source: 'Edge Sizer estimate (no published figure found)',
    confidence: 'EST',
    date: '2026-11',
    note: "Under a few minutes a brief network blip loses messages. edgeHub's own default is 7,200 s (production checklist).",
  },
} as const satisfies Record<string, Assumption>;
