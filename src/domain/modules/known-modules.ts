/**
 * The catalog of known modules: widely used IoT Edge modules whose needs have little to do with "a module in
 * language X" (a database, a video-analytics container, a GPU pipeline). Each entry records the images it
 * recognises and what is published about its RAM, CPU, disk, GPU and architecture needs, each with its source,
 * date and confidence. A figure the model computes with lives in the assumptions register
 * (src/domain/assumptions/known-modules.ts, and the four server applications' app.min-ram.* entries); where
 * nothing is published the entry says so, and the module is sized by its language, which is an estimate (EST).
 *
 * Recognition is by image repository (registry, tag and digest removed; Docker Hub's "library/" dropped), by a
 * repository pattern for image families (DeepStream's *-l4t images), and, for a build placeholder or an empty
 * image, by the module or placeholder name (to be confirmed by the user). See docs/known-modules.md.
 * Sources read 2026-12.
 */
import type { Architecture, Language } from '../answers.ts';
import type { AssumptionId } from '../assumptions.ts';
import type { Confidence } from '../types.ts';
import { imageRepository } from './languages.ts';

/** A need as the catalog knows it: a register figure, or "not published" with what is known. */
export type CatalogNeed =
  { kind: 'figure'; id: AssumptionId } | { kind: 'not-published'; note: string; checked: string };

/** A need stated in words (GPU, architecture), with its source. */
export interface SourcedNeed<T> {
  value: T;
  note: string;
  source: string;
  date: string;
  confidence: Confidence;
}

export interface GpuNeed {
  /** What the module needs, in the vendor's words. */
  what: string;
  /** GPU memory in GB, minimum and recommended, when published. */
  gpuMemoryGB: { min: number; recommended: number } | null;
  /** Minimum NVIDIA CUDA compute capability, when published. */
  computeCapability: number | null;
}

export interface KnownModule {
  id: string;
  name: string;
  summary: string;
  /** The image the picker puts in a new row (a published reference). */
  image: string;
  /** The module name the picker suggests (as in Microsoft's samples where there is one). */
  moduleName: string;
  /** The runtime language when it is known (for the language-based parts of the estimate). */
  language: Language;
  /** Image repositories (registry and tag removed) that are this module. */
  repositories: readonly string[];
  /** Image families: a repository matching this is the module too. */
  repositoryPattern?: RegExp;
  /** Module or placeholder names (letters and digits only, lower case) that suggest it (to confirm). */
  names: readonly string[];
  ram: CatalogNeed;
  cpu: CatalogNeed;
  /** Disk the module needs beyond its image (data, models), when published. */
  disk: CatalogNeed;
  /** The image's size on disk, when published or measured. */
  imageSize: CatalogNeed;
  gpu: SourcedNeed<GpuNeed | null>;
  /** The architectures it runs on; null when it publishes images for every IoT Edge architecture or none is stated. */
  architectures: SourcedNeed<readonly Architecture[] | null>;
  /** Other things a planner must know (memory defaults, retirement), each sentence sourced. */
  notes: readonly { text: string; source: string }[];
  /** The primary page about the module. */
  source: string;
}

const CHECKED = '2026-12';
const notPublished = (note: string): CatalogNeed => ({ kind: 'not-published', note, checked: CHECKED });
const figure = (id: AssumptionId): CatalogNeed => ({ kind: 'figure', id });
const noGpu = (source: string, note = 'No GPU use is documented.'): SourcedNeed<null> => ({
  value: null,
  note,
  source,
  date: CHECKED,
  confidence: 'M',
});
const anyArch = (note: string, source: string): SourcedNeed<null> => ({
  value: null,
  note,
  source,
  date: CHECKED,
  confidence: 'M',
});

const SQL_EDGE_FEATURES =
  'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/azure-sql-edge/features.md';
const SQL_EDGE_PERFORMANCE =
  'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/azure-sql-edge/performance-best-practices.md';
const SPATIAL_ANALYSIS =
  'https://github.com/MicrosoftDocs/azure-ai-docs/blob/main/articles/ai-services/computer-vision/spatial-analysis-container.md';
const DEEPSTREAM_SAMPLE =
  'https://github.com/Azure-Samples/NVIDIA-Deepstream-Azure-IoT-Edge-on-a-NVIDIA-Jetson-Nano';
const API_PROXY = 'https://github.com/Azure/iotedge/tree/main/edge-modules/api-proxy-module';
const ASA_EDGE = 'https://learn.microsoft.com/azure/stream-analytics/stream-analytics-edge';
const OPC_PUBLISHER = 'https://github.com/Azure/Industrial-IoT';
const BLOB = 'https://learn.microsoft.com/azure/iot-edge/how-to-store-data-blob';
const METRICS_COLLECTOR = 'https://github.com/Azure/iotedge/tree/main/edge-modules/metrics-collector';
const MODBUS = 'https://github.com/Azure/iot-edge-modbus';
const LORAWAN = 'https://github.com/Azure/iotedge-lorawan-starterkit';
const CUSTOM_VISION = 'https://github.com/Azure-Samples/Custom-vision-service-iot-edge-raspberry-pi';
const ONNX_RUNTIME = 'https://github.com/Azure-Samples/onnxruntime-iot-edge';

const JETSON_LINUX = 'https://developer.nvidia.com/embedded/jetson-linux';

const NO_RAM = 'No memory figure is published';
const NO_CPU = 'No CPU figure is published';

export const KNOWN_MODULES: readonly KnownModule[] = [
  {
    id: 'azure-sql-edge',
    name: 'Azure SQL Edge',
    summary: 'Relational database engine for IoT Edge (retired by Microsoft on 2025-09-30).',
    image: 'mcr.microsoft.com/azure-sql-edge:latest',
    moduleName: 'AzureSQLEdge',
    language: 'unknown',
    repositories: ['azure-sql-edge', 'azure-sql-edge/developer', 'azure-sql-edge/premium'],
    names: ['sqledge', 'azuresqledge'],
    ram: figure('app.min-ram.azure-sql-edge'),
    cpu: figure('known.sql-edge.cpu-min'),
    disk: notPublished('No disk figure is published: the databases grow with the data kept'),
    imageSize: notPublished('No image size is published'),
    gpu: noGpu(SQL_EDGE_FEATURES),
    architectures: {
      value: ['amd64'],
      note: 'Requires an x86 64-bit processor; "Azure SQL Edge no longer supports the ARM64 platform".',
      source: SQL_EDGE_FEATURES,
      date: CHECKED,
      confidence: 'H',
    },
    notes: [
      {
        text: 'Needs at least 1 CPU core and 1 GB of RAM on the host; its startup footprint is close to 450 MB.',
        source: SQL_EDGE_FEATURES,
      },
      {
        text: 'By default the SQL process uses 80 % of the physical RAM it sees: set a container memory limit or memory.memorylimitmb in mssql.conf on a shared device.',
        source: SQL_EDGE_PERFORMANCE,
      },
    ],
    source: SQL_EDGE_FEATURES,
  },
  {
    id: 'sql-server-linux',
    name: 'SQL Server on Linux',
    summary: 'SQL Server in a Linux container.',
    image: 'mcr.microsoft.com/mssql/server:2022-latest',
    moduleName: 'sqlserver',
    language: 'unknown',
    repositories: ['mssql/server', 'mssql/rhel/server'],
    names: ['mssql', 'sqlserver'],
    ram: figure('app.min-ram.mssql'),
    cpu: notPublished('Setup lists 2 processor cores for the whole server, not per container'),
    disk: notPublished('No container disk figure is used here; the databases grow with the data kept'),
    imageSize: notPublished('No image size is published'),
    gpu: noGpu('https://learn.microsoft.com/sql/linux/sql-server-linux-setup#system-requirements'),
    architectures: {
      value: ['amd64'],
      note: 'Setup lists the processor type as "x64-compatible only".',
      source: 'https://learn.microsoft.com/sql/linux/sql-server-linux-setup#system-requirements',
      date: CHECKED,
      confidence: 'M',
    },
    notes: [],
    source: 'https://learn.microsoft.com/sql/linux/sql-server-linux-setup#system-requirements',
  },
  {
    id: 'influxdb',
    name: 'InfluxDB',
    summary: 'Time-series database.',
    image: 'influxdb:2.7',
    moduleName: 'influxdb',
    language: 'unknown',
    repositories: ['influxdb'],
    names: ['influxdb', 'influx'],
    ram: figure('app.min-ram.influxdb'),
    cpu: notPublished('InfluxData sizes CPU by writes and queries per second, not per container'),
    disk: notPublished('Disk grows with the series and retention kept'),
    imageSize: notPublished('No image size is used here'),
    gpu: noGpu('https://docs.influxdata.com/influxdb/v1/guides/hardware_sizing/'),
    architectures: anyArch('Official images for amd64 and arm64.', 'https://hub.docker.com/_/influxdb'),
    notes: [],
    source: 'https://docs.influxdata.com/influxdb/v1/guides/hardware_sizing/',
  },
  {
    id: 'grafana',
    name: 'Grafana',
    summary: 'Dashboards.',
    image: 'grafana/grafana:latest',
    moduleName: 'grafana',
    language: 'unknown',
    repositories: ['grafana', 'grafana/grafana', 'grafana/grafana-oss', 'grafana/grafana-enterprise'],
    names: ['grafana'],
    ram: figure('app.min-ram.grafana'),
    cpu: notPublished('Grafana lists a minimum of 1 CPU core for the server, not per container'),
    disk: notPublished('No disk figure is used here'),
    imageSize: notPublished('No image size is used here'),
    gpu: noGpu('https://grafana.com/docs/grafana/latest/setup-grafana/installation/'),
    architectures: anyArch(
      'Not constrained by the catalog.',
      'https://grafana.com/docs/grafana/latest/setup-grafana/installation/',
    ),
    notes: [],
    source: 'https://grafana.com/docs/grafana/latest/setup-grafana/installation/',
  },
  {
    id: 'spatial-analysis',
    name: 'Spatial Analysis (Azure AI Vision)',
    summary: 'Video analytics of people in camera streams; needs an NVIDIA GPU (preview).',
    image: 'mcr.microsoft.com/azure-cognitive-services/vision/spatial-analysis:latest',
    moduleName: 'spatialanalysis',
    language: 'unknown',
    repositories: ['azure-cognitive-services/vision/spatial-analysis'],
    names: ['spatialanalysis'],
    ram: figure('known.spatial-analysis.ram'),
    cpu: figure('known.spatial-analysis.cpu'),
    disk: figure('known.spatial-analysis.disk'),
    imageSize: notPublished('No image size is published (the disk figure covers it)'),
    gpu: {
      value: {
        what: 'An NVIDIA CUDA compute capable GPU of capability 6.0 or higher (for example a Tesla T4, A2, 1080 Ti or 2080 Ti); two recommended',
        gpuMemoryGB: { min: 4, recommended: 16 },
        computeCapability: 6.0,
      },
      note: 'Minimum 4 GB and recommended 16 GB of GPU RAM.',
      source: SPATIAL_ANALYSIS,
      date: CHECKED,
      confidence: 'H',
    },
    architectures: {
      value: ['amd64'],
      note: 'Microsoft documents an Azure Stack Edge, an x86-64 desktop machine with Ubuntu 18.04 or an NCv3 Azure VM; no Jetson or ARM host is documented.',
      source: SPATIAL_ANALYSIS,
      date: CHECKED,
      confidence: 'M',
    },
    notes: [
      {
        text: 'Each camera must stream RTSP H.264 at 15 fps and 1080p.',
        source: SPATIAL_ANALYSIS,
      },
    ],
    source: SPATIAL_ANALYSIS,
  },
  {
    id: 'deepstream-jetson',
    name: 'NVIDIA DeepStream (Jetson, l4t)',
    summary: 'GPU video-analytics pipeline on an NVIDIA Jetson (Linux for Tegra images).',
    image: 'marketplace.azurecr.io/nvidia/deepstream51-l4t:latest',
    moduleName: 'NVIDIADeepStreamSDK',
    language: 'c',
    repositories: [],
    repositoryPattern: /(^|\/)deepstream[\w.-]*-l4t$/,
    names: ['nvidiadeepstreamsdk', 'deepstream'],
    ram: notPublished(
      `${NO_RAM}; the sample runs 8 streams of 1080p at 30 fps on a Jetson Nano (4 GB) with interval inference`,
    ),
    cpu: notPublished(`${NO_CPU}; video is decoded in hardware`),
    disk: notPublished('Models and configurations are bind-mounted from the host (a few hundred MB)'),
    imageSize: figure('known.deepstream.image'),
    gpu: {
      value: {
        what: 'The Jetson GPU, through the NVIDIA container runtime (HostConfig.Runtime "nvidia")',
        gpuMemoryGB: null,
        computeCapability: null,
      },
      note: "The sample's deployment sets the nvidia runtime; JetPack 4.5 (L4T R32.5) for DeepStream 5.1.",
      source: DEEPSTREAM_SAMPLE,
      date: CHECKED,
      confidence: 'H',
    },
    architectures: {
      value: ['arm64'],
      note: 'l4t images are built for Jetson (arm64) and run only there.',
      source: DEEPSTREAM_SAMPLE,
      date: CHECKED,
      confidence: 'H',
    },
    notes: [
      {
        text: 'The sample sets edgeHub usePersistentStorage=false and turns off the AMQP and HTTP heads for throughput.',
        source: DEEPSTREAM_SAMPLE,
      },
    ],
    source: DEEPSTREAM_SAMPLE,
  },
  {
    id: 'deepstream',
    name: 'NVIDIA DeepStream (dGPU / multiarch)',
    summary: 'GPU video-analytics pipeline on a discrete NVIDIA GPU.',
    image: 'nvcr.io/nvidia/deepstream:7.0-triton-multiarch',
    moduleName: 'deepstream',
    language: 'c',
    repositories: ['nvidia/deepstream'],
    names: [],
    ram: notPublished(NO_RAM),
    cpu: notPublished(`${NO_CPU}; video is decoded in hardware`),
    disk: notPublished('No disk figure is published'),
    imageSize: notPublished('No size is published for the dGPU images (the Jetson image is about 1.75 GB)'),
    gpu: {
      value: { what: 'An NVIDIA GPU', gpuMemoryGB: null, computeCapability: null },
      note: 'DeepStream runs on NVIDIA GPUs only.',
      source: 'https://docs.nvidia.com/metropolis/deepstream/dev-guide/',
      date: CHECKED,
      confidence: 'H',
    },
    architectures: anyArch(
      '"multiarch" images run on x86-64 and on Jetson; not constrained here.',
      'https://docs.nvidia.com/metropolis/deepstream/dev-guide/',
    ),
    notes: [],
    source: 'https://docs.nvidia.com/metropolis/deepstream/dev-guide/',
  },
  {
    id: 'api-proxy',
    name: 'IoT Edge API proxy',
    summary: 'nginx-based proxy for nested (layered) IoT Edge deployments.',
    image: 'mcr.microsoft.com/azureiotedge-api-proxy:1.1',
    moduleName: 'IoTEdgeAPIProxy',
    language: 'rust-go',
    repositories: ['azureiotedge-api-proxy'],
    names: ['iotedgeapiproxy', 'apiproxy'],
    ram: notPublished(NO_RAM),
    cpu: notPublished(NO_CPU),
    disk: notPublished('No disk figure beyond the image'),
    imageSize: figure('known.api-proxy.image'),
    gpu: noGpu(API_PROXY),
    architectures: anyArch(
      'Built for amd64, arm32v7 and arm64.',
      'https://github.com/Azure/iotedge/pull/5457',
    ),
    notes: [],
    source: API_PROXY,
  },
  {
    id: 'stream-analytics',
    name: 'Azure Stream Analytics on IoT Edge',
    summary: 'Stream Analytics job running on the device.',
    image: 'mcr.microsoft.com/azure-stream-analytics/azureiotedge:latest',
    moduleName: 'StreamAnalytics',
    language: 'dotnet',
    repositories: ['azure-stream-analytics/azureiotedge'],
    names: ['streamanalytics', 'asa'],
    ram: notPublished(`${NO_RAM}; it grows with the query's windows and reference data`),
    cpu: notPublished(NO_CPU),
    disk: notPublished('No disk figure is published'),
    imageSize: figure('known.stream-analytics.image'),
    gpu: noGpu(ASA_EDGE),
    architectures: anyArch(
      'Image information (2020-09-21) lists linux-amd64 and linux-arm32v7 tags (.NET on Alpine); not constrained here.',
      ASA_EDGE,
    ),
    notes: [],
    source: ASA_EDGE,
  },
  {
    id: 'opc-publisher',
    name: 'OPC Publisher',
    summary: 'OPC UA client that publishes node values to IoT Hub (Azure Industrial IoT).',
    image: 'mcr.microsoft.com/iotedge/opc-publisher:latest',
    moduleName: 'publisher',
    language: 'dotnet',
    repositories: ['iotedge/opc-publisher'],
    names: ['opcpublisher', 'publisher'],
    ram: notPublished(
      `${NO_RAM}; it grows with the endpoints and monitored nodes (Azure/Industrial-IoT#2365: 20 endpoints, about 200,000 nodes)`,
    ),
    cpu: notPublished(NO_CPU),
    disk: notPublished('No disk figure is published'),
    imageSize: notPublished('No image size is published'),
    gpu: noGpu(OPC_PUBLISHER),
    architectures: anyArch('Not constrained by the catalog.', OPC_PUBLISHER),
    notes: [],
    source: OPC_PUBLISHER,
  },
  {
    id: 'blob-storage',
    name: 'Azure Blob Storage on IoT Edge',
    summary: 'Local block and append blob store with tiering to Azure.',
    image: 'mcr.microsoft.com/azure-blob-storage:latest',
    moduleName: 'AzureBlobStorageonIoTEdge',
    language: 'unknown',
    repositories: ['azure-blob-storage'],
    names: ['azureblobstorageoniotedge', 'blobstorage'],
    ram: notPublished(NO_RAM),
    cpu: notPublished(NO_CPU),
    disk: notPublished('The blobs need their own host storage, sized by what you keep'),
    imageSize: figure('known.blob-storage.image'),
    gpu: noGpu(BLOB),
    architectures: anyArch('Not constrained by the catalog.', BLOB),
    notes: [],
    source: BLOB,
  },
  {
    id: 'metrics-collector',
    name: 'IoT Edge Metrics Collector',
    summary: "Collects the runtime's Prometheus metrics and sends them to Azure Monitor or IoT Hub.",
    image: 'mcr.microsoft.com/azureiotedge-metrics-collector:1.0',
    moduleName: 'metricsCollector',
    language: 'dotnet',
    repositories: ['azureiotedge-metrics-collector'],
    names: ['metricscollector', 'azuremonitorondevice'],
    ram: notPublished(NO_RAM),
    cpu: notPublished(NO_CPU),
    disk: notPublished('No disk figure is published'),
    imageSize: notPublished('No image size is published'),
    gpu: noGpu(METRICS_COLLECTOR),
    architectures: anyArch('Not constrained by the catalog.', METRICS_COLLECTOR),
    notes: [],
    source: METRICS_COLLECTOR,
  },
  {
    id: 'modbus',
    name: 'Modbus module',
    summary: 'Modbus TCP/RTU to IoT Edge messages (C#, open source).',
    image: 'mcr.microsoft.com/azureiotedge/modbus:1.0',
    moduleName: 'modbus',
    language: 'dotnet',
    repositories: ['azureiotedge/modbus'],
    names: ['modbus', 'iotedgemodbus'],
    ram: notPublished(NO_RAM),
    cpu: notPublished(NO_CPU),
    disk: notPublished('No disk figure is published'),
    imageSize: notPublished('No image size is published'),
    gpu: noGpu(MODBUS),
    architectures: anyArch('Not constrained by the catalog.', MODBUS),
    notes: [],
    source: MODBUS,
  },
  {
    id: 'lorawan-network-server',
    name: 'LoRaWAN starter kit: network server',
    summary: 'LoRaWAN network server module of the IoT Edge LoRaWAN starter kit (.NET).',
    image: 'loraedge/lorawannetworksrvmodule:2.0.0',
    moduleName: 'LoRaWanNetworkSrvModule',
    language: 'dotnet',
    repositories: ['loraedge/lorawannetworksrvmodule'],
    names: ['lorawannetworksrvmodule'],
    ram: notPublished(NO_RAM),
    cpu: notPublished(NO_CPU),
    disk: notPublished('No disk figure is published'),
    imageSize: notPublished('No image size is published'),
    gpu: noGpu(LORAWAN),
    architectures: anyArch('Built for x64, arm32v7 and arm64v8.', LORAWAN),
    notes: [],
    source: LORAWAN,
  },
  {
    id: 'lorawan-basics-station',
    name: 'LoRaWAN starter kit: Basics Station',
    summary: 'LoRa Basics Station packet forwarder module of the starter kit (C).',
    image: 'loraedge/lorabasicsstationmodule:2.0.0',
    moduleName: 'LoRaBasicsStationModule',
    language: 'c',
    repositories: ['loraedge/lorabasicsstationmodule', 'loraedge/lorabasicsstation'],
    names: ['lorabasicsstationmodule'],
    ram: notPublished(NO_RAM),
    cpu: notPublished(NO_CPU),
    disk: notPublished('No disk figure is published'),
    imageSize: notPublished('No image size is published'),
    gpu: noGpu(LORAWAN),
    architectures: anyArch(
      'Built for x64, arm32v7 and arm64v8; needs the concentrator on the host (SPI or USB).',
      LORAWAN,
    ),
    notes: [],
    source: LORAWAN,
  },
  {
    id: 'custom-vision',
    name: 'Custom Vision exported model',
    summary: 'An image classifier exported from Custom Vision as a Docker container (Python, TensorFlow).',
    image: '',
    moduleName: 'image-classifier-service',
    language: 'python',
    repositories: [],
    names: ['imageclassifierservice', 'customvision', 'classifier'],
    ram: notPublished(`${NO_RAM}; the model is loaded into memory`),
    cpu: notPublished(`${NO_CPU}; inference runs on the CPU unless an accelerator build is exported`),
    disk: notPublished('No disk figure is published'),
    imageSize: notPublished('Built by you from the export; no size is published'),
    gpu: noGpu(CUSTOM_VISION, 'The Linux and ARM exports run on the CPU; GPU builds are separate exports.'),
    architectures: anyArch('Exports for Linux amd64 and ARM (Raspberry Pi) exist.', CUSTOM_VISION),
    notes: [],
    source: CUSTOM_VISION,
  },
  {
    id: 'onnx-runtime',
    name: 'ONNX Runtime inference module',
    summary: 'Inference with ONNX Runtime (CPU, CUDA or TensorRT builds).',
    image: 'mcr.microsoft.com/azureml/onnxruntime:latest',
    moduleName: 'inferencemodule',
    language: 'python',
    repositories: ['azureml/onnxruntime'],
    names: ['inferencemodule', 'onnxruntime'],
    ram: notPublished(`${NO_RAM}; it grows with the model loaded`),
    cpu: notPublished(NO_CPU),
    disk: notPublished('No disk figure is published'),
    imageSize: notPublished('No image size is published'),
    gpu: noGpu(
      ONNX_RUNTIME,
      'The CPU build needs none; CUDA / TensorRT builds (and l4t tags) need an NVIDIA GPU, read from the image tag.',
    ),
    architectures: anyArch('l4t tags are Jetson (arm64) builds, read from the image tag.', ONNX_RUNTIME),
    notes: [],
    source: ONNX_RUNTIME,
  },
];

/** A recognised module: its catalog entry, and whether only the name matched (the user should confirm it). */
export interface KnownModuleMatch {
  entry: KnownModule;
  fromName: boolean;
}

const BY_REPOSITORY = new Map<string, KnownModule>(
  KNOWN_MODULES.flatMap((entry) => entry.repositories.map((r) => [r, entry] as const)),
);
const BY_NAME = new Map<string, KnownModule>(
  KNOWN_MODULES.flatMap((entry) => entry.names.map((n) => [n, entry] as const)),
);
const BY_LAST_SEGMENT = new Map<string, KnownModule>(
  KNOWN_MODULES.flatMap((entry) => entry.repositories.map((r) => [r.split('/').pop() ?? r, entry] as const)),
);

const normaliseName = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The catalog entry with this id, or undefined. */
export function knownModuleById(id: string): KnownModule | undefined {
  return KNOWN_MODULES.find((m) => m.id === id);
}

/**
 * The catalog entry an image (or, for an empty or placeholder image, the module or placeholder name) is, or null.
 * Never throws, whatever the strings.
 */
export function recognizeModule(
  image: string,
  moduleName: string,
  placeholderName: string | null = null,
): KnownModuleMatch | null {
  const isPlaceholder = /^\s*\$\{/.test(image) || image.trim() === '';
  if (!isPlaceholder) {
    const repository = imageRepository(image).replace(/^library\//, '');
    const exact = BY_REPOSITORY.get(repository);
    if (exact !== undefined) return { entry: exact, fromName: false };
    for (const entry of KNOWN_MODULES)
      if (entry.repositoryPattern?.test(repository) === true) return { entry, fromName: false };
    // The path under a mirror or a private registry ("myacr.azurecr.io/mirror/azure-sql-edge"): the same last
    // segment is likely the same image, but a custom image may just share the name, so confirm it.
    const segment = repository.split('/').pop() ?? '';
    const byLast = segment.includes('-') || segment.length > 6 ? BY_LAST_SEGMENT.get(segment) : undefined;
    return byLast === undefined ? null : { entry: byLast, fromName: true };
  }
  const placeholder = placeholderName ?? /^\s*\$\{MODULES\.([^}.]+)/.exec(image)?.[1] ?? null;
  for (const name of [placeholder, moduleName]) {
    if (name === null) continue;
    const entry = BY_NAME.get(normaliseName(name));
    if (entry !== undefined) return { entry, fromName: true };
  }
  return null;
}

/** What an image tag or repository says about the hardware, whatever the module: Jetson (l4t / JetPack) images. */
export function imageHardware(image: string): { jetson: boolean } {
  return { jetson: /(^|[^a-z0-9])(l4t|jetpack)([^a-z]|$)/i.test(image) };
}

/** The needs a module's image and catalog entry impose on the device. */
export interface ModuleNeeds {
  /** A GPU is needed (from the catalog entry, or a Jetson image). */
  gpu: boolean;
  /** The architectures it can run on, or null when not constrained. */
  architectures: readonly Architecture[] | null;
  /** Why, in words, with the source. */
  reasons: { text: string; source: string }[];
}

/** The GPU and architecture needs of one module (catalog entry, or a Jetson image). */
export function moduleNeeds(image: string, match: KnownModuleMatch | null): ModuleNeeds {
  const reasons: ModuleNeeds['reasons'] = [];
  let gpu = false;
  let architectures: readonly Architecture[] | null = null;
  if (match !== null && !match.fromName) {
    const { entry } = match;
    if (entry.gpu.value !== null) {
      gpu = true;
      reasons.push({
        text: `${entry.name} needs ${lowerFirst(entry.gpu.value.what)}.`,
        source: entry.gpu.source,
      });
    }
    if (entry.architectures.value !== null) {
      architectures = entry.architectures.value;
      reasons.push({
        text: `${entry.name} runs only on ${entry.architectures.value.join(' or ')}: ${entry.architectures.note}`,
        source: entry.architectures.source,
      });
    }
  }
  if (imageHardware(image).jetson) {
    if (!gpu)
      reasons.push({
        text: `The image "${image}" is a Jetson (l4t / JetPack) build: it needs the Jetson's NVIDIA GPU.`,
        source: JETSON_LINUX,
      });
    gpu = true;
    if (architectures === null) {
      architectures = ['arm64'];
      reasons.push({
        text: `The image "${image}" is a Jetson (l4t / JetPack) build: it runs only on arm64.`,
        source: JETSON_LINUX,
      });
    }
  }
  return { gpu, architectures, reasons };
}

const lowerFirst = (s: string) => (s.length > 0 ? s[0]!.toLowerCase() + s.slice(1) : s);
