/** Words for the answer fields a finding can point at, for "Change …" buttons. Unknown paths fall back to the path. */
const FIELD_LABELS: Record<string, string> = {
  scenarioName: 'scenario name',
  workload: 'workload',
  'workload.mode': 'workload mode',
  'workload.moduleCount': 'number of modules',
  'workload.defaultLanguage': 'module language',
  'workload.modules': 'modules',
  'workload.layerSharing': 'shared layers',
  data: 'data volume',
  'data.messagesPerSecondAvg': 'average message rate',
  'data.messagesPerSecondPeak': 'peak message rate',
  'data.messageSizeKb': 'message size',
  'data.processing': 'processing',
  'data.upstreamPercent': 'share sent upstream',
  accelerator: 'accelerator',
  'accelerator.kind': 'accelerator',
  'accelerator.tops': 'accelerator TOPS',
  performance: 'performance targets',
  'performance.headroomPercent': 'headroom',
  'performance.offlineHours': 'offline hours',
  budget: 'budget',
  'budget.maxDeviceUsd': 'budget',
  platform: 'platform',
  'platform.iotEdgeVersion': 'IoT Edge version',
  'platform.hostOs': 'host OS',
  'platform.architecture': 'CPU architecture',
  'platform.containerEngine': 'container engine',
  'platform.containerOs': 'container OS',
  'platform.hosting': 'hosting',
};

export function fieldLabel(path: string): string {
  if (FIELD_LABELS[path]) return FIELD_LABELS[path];
  // "workload.modules.3.language" → "modules" (the closest known parent).
  const parts = path.split('.');
  for (let i = parts.length - 1; i > 0; i--) {
    const label = FIELD_LABELS[parts.slice(0, i).join('.')];
    if (label) return label;
  }
  return path;
}
