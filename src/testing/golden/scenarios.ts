/**
 * Golden scenarios for the share link. TWENTY_MODULE_SCENARIO is the "realistic 20-module scenario" of
 * issue 4: a plant-floor gateway listing every module with its image, size, rate and memory limit, as an
 * architect would after importing a deployment manifest. Its link must stay under 1,000 characters; with
 * format 3 it is 800 (share-codec.test.ts holds it to ≤ 850; `npm run bench` prints it through
 * shareLinkLengthFor20Modules()).
 */
import { DEFAULT_ANSWERS, type Answers, type ModuleSpec } from '../../domain/answers.ts';
import { createShareState, encodeShareState } from '../../domain/share/share-codec.ts';
import { formatHash } from '../../store/route.ts';

const m = (
  name: string,
  language: ModuleSpec['language'],
  image: string,
  imageSizeMb: number | null,
  messagesPerSecond: number | null,
  memoryLimitMb: number | null,
): ModuleSpec => ({ name, language, image, imageSizeMb, messagesPerSecond, memoryLimitMb });

const ACR = 'contosoplant.azurecr.io/line3';

/** A 20-module plant-floor gateway (OPC UA, Modbus, analytics, store-and-forward, monitoring). */
export const TWENTY_MODULE_SCENARIO: Answers = {
  ...DEFAULT_ANSWERS,
  scenarioName: 'Contoso plant 3 – line gateway (20 modules)',
  workload: {
    ...DEFAULT_ANSWERS.workload,
    mode: 'list',
    moduleCount: 20,
    defaultLanguage: 'dotnet',
    layerSharing: 'by-language',
    modules: [
      m('opc-publisher', 'dotnet', 'mcr.microsoft.com/iotedge/opc-publisher:2.9.12', 310, 150, 512),
      m('opc-plc', 'dotnet', 'mcr.microsoft.com/iotedge/opc-plc:2.12.0', 240, 20, 256),
      m('modbus', 'dotnet', 'mcr.microsoft.com/azureiotedge/modbus:1.0', 180, 50, 128),
      m(
        'simulated-temperature-sensor',
        'dotnet',
        'mcr.microsoft.com/azureiotedge-simulated-temperature-sensor:1.5',
        120,
        1,
        null,
      ),
      m('metrics-collector', 'dotnet', 'mcr.microsoft.com/azureiotedge-metrics-collector:1.1', 150, 1, 128),
      m('blob-storage', 'dotnet', 'mcr.microsoft.com/azure-blob-storage:latest', 420, null, 512),
      m('sql-edge', 'c', 'mcr.microsoft.com/azure-sql-edge:latest', 1600, 20, 2048),
      m(
        'stream-analytics',
        'dotnet',
        'mcr.microsoft.com/azure-stream-analytics/azureiotedge:1.0.15',
        650,
        200,
        1024,
      ),
      m('rules-engine', 'node', `${ACR}/rules-engine:4.2.1`, 210, 200, 256),
      m('filter', 'c', `${ACR}/filter:1.4.2`, 35, 200, 64),
      m('enricher', 'python', `${ACR}/enricher:0.9.3`, 480, 150, 256),
      m('anomaly-detector', 'python', `${ACR}/anomaly-detector:2.1.0`, 1250, 50, 1024),
      m('local-historian', 'python', `${ACR}/historian:3.0.4`, 520, 200, 512),
      m('alarm-notifier', 'node', `${ACR}/alarm-notifier:1.3.0`, 190, 5, 128),
      m('mqtt-bridge', 'rust-go', `${ACR}/mqtt-bridge:0.7.1`, 25, 100, 64),
      m('file-uploader', 'rust-go', `${ACR}/file-uploader:1.1.0`, 30, 1, 64),
      m('config-agent', 'java', `${ACR}/config-agent:5.0.2`, 380, 1, 384),
      m('dashboard-api', 'java', `${ACR}/dashboard-api:5.0.2`, 410, 10, 512),
      m('log-shipper', 'rust-go', `${ACR}/log-shipper:2.4.0`, 40, 5, 64),
      m('health-probe', 'c', `${ACR}/health-probe:1.0.0`, 12, 1, 32),
    ],
  },
  data: {
    ...DEFAULT_ANSWERS.data,
    messagesPerSecondAvg: 400,
    messagesPerSecondPeak: 1200,
    messageSizeKb: 2,
    processing: 'moderate',
    upstreamPercent: 20,
  },
  performance: { ...DEFAULT_ANSWERS.performance, headroomPercent: 30, offlineHours: 24 },
  budget: { ...DEFAULT_ANSWERS.budget, maxDeviceUsd: 2500 },
  platform: { ...DEFAULT_ANSWERS.platform, hostOs: 'ubuntu-24.04', architecture: 'amd64' },
};

/** Where the app is served in production, for measuring whole links (an example origin of typical length). */
export const EXAMPLE_ORIGIN = 'https://contoso.github.io/edge-sizer/';

/**
 * Length of the share link of TWENTY_MODULE_SCENARIO opened on the report view: the payload alone, the
 * fragment (`#/report?s=…`) and the whole link with EXAMPLE_ORIGIN.
 */
export function shareLinkLengthFor20Modules(): { payload: number; fragment: number; link: number } {
  const payload = encodeShareState(createShareState(TWENTY_MODULE_SCENARIO));
  const fragment = formatHash({ view: 'report', step: null, payload });
  return {
    payload: payload.length,
    fragment: fragment.length,
    link: EXAMPLE_ORIGIN.length + fragment.length,
  };
}
