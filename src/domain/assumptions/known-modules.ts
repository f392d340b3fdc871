/**
 * Register entries of the catalog of known modules (src/domain/modules/known-modules.ts): the published figures
 * the sizing model uses for a module it recognises. Only figures a vendor or a Microsoft sample published are here;
 * where nothing is published, the catalog says so and the module is sized by its language (an estimate).
 * Sources read 2026-12.
 */
import type { Assumption } from '../types.ts';

const SQL_EDGE_FEATURES =
  'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/azure-sql-edge/features.md#hardware-support';
const SPATIAL_ANALYSIS =
  'https://github.com/MicrosoftDocs/azure-ai-docs/blob/main/articles/ai-services/computer-vision/spatial-analysis-container.md#spatial-analysis-container-requirements';
const DEEPSTREAM_SAMPLE =
  'https://github.com/Azure-Samples/NVIDIA-Deepstream-Azure-IoT-Edge-on-a-NVIDIA-Jetson-Nano';
/** A Microsoft sample's `sudo docker images` listing on a Jetson (2020): measured image sizes. */
const IVA_SAMPLE_LISTING =
  'https://github.com/toolboc/Intelligent-Video-Analytics-with-NVIDIA-Jetson-and-Microsoft-Azure (docs, Module 2.5: `sudo docker images` on the Jetson)';

export const KNOWN_MODULE_ASSUMPTIONS = {
  'known.sql-edge.cpu-min': {
    id: 'known.sql-edge.cpu-min',
    label: 'Azure SQL Edge: minimum CPU',
    value: 1,
    unit: 'ref-cores',
    source: SQL_EDGE_FEATURES,
    confidence: 'H',
    date: '2026-12',
    note: 'Microsoft: "an x86 64-bit processor, with a minimum of 1 CPU core, and 1 GB of RAM on the host". One core counted as one reference core.',
  },
  'known.spatial-analysis.ram': {
    id: 'known.spatial-analysis.ram',
    label: 'Spatial Analysis: system RAM (minimum; recommended at the high end)',
    value: 4096,
    low: 4096,
    high: 32768,
    unit: 'MiB',
    source: SPATIAL_ANALYSIS,
    confidence: 'H',
    date: '2026-12',
    note: 'Minimum 4 GB of system RAM, recommended 32 GB (read as GiB, the larger reading). Also 4 GB (recommended 16 GB) of GPU RAM on an NVIDIA GPU of compute capability 6.0 or higher.',
  },
  'known.spatial-analysis.cpu': {
    id: 'known.spatial-analysis.cpu',
    label: 'Spatial Analysis: CPU cores (minimum and recommended)',
    value: 8,
    unit: 'ref-cores',
    source: SPATIAL_ANALYSIS,
    confidence: 'M',
    date: '2026-12',
    note: 'Microsoft lists an "8 core CPU" for both the minimum and the recommended desktop machine; counted as 8 reference cores (desktop x86 cores are faster, so this errs on the safe side).',
  },
  'known.spatial-analysis.disk': {
    id: 'known.spatial-analysis.disk',
    label: 'Spatial Analysis: disk (minimum; recommended at the high end)',
    value: 20,
    low: 20,
    high: 50,
    unit: 'GB',
    source: SPATIAL_ANALYSIS,
    confidence: 'H',
    date: '2026-12',
    note: 'Minimum 20 GB of HDD space, recommended 50 GB of SSD space.',
  },
  'known.deepstream.image': {
    id: 'known.deepstream.image',
    label: 'NVIDIA DeepStream (Jetson sample): image size',
    value: 1750,
    low: 1750,
    high: 2160,
    unit: 'MB',
    source: DEEPSTREAM_SAMPLE,
    confidence: 'M',
    date: '2026-12',
    note: 'The sample\'s README: "DeepStream module which is 1.75GB" (DeepStream 5.1, JetPack 4.5). High end: nvcr.io/nvidia/deepstream-l4t 5.0-dp-20.04-iot listed at 2.16 GB by `docker images` in a Microsoft sample (toolboc/Intelligent-Video-Analytics-with-NVIDIA-Jetson-and-Microsoft-Azure).',
  },
  'known.api-proxy.image': {
    id: 'known.api-proxy.image',
    label: 'IoT Edge API proxy: image size',
    value: 22,
    unit: 'MB',
    source: 'https://github.com/Azure/iotedge/pull/3490',
    confidence: 'M',
    date: '2026-12',
    note: 'The pull request that added the module: "The generated image is ~22Mb" (2020-09; later releases updated the Alpine and nginx bases).',
  },
  'known.stream-analytics.image': {
    id: 'known.stream-analytics.image',
    label: 'Azure Stream Analytics on IoT Edge: image size',
    value: 566,
    unit: 'MB',
    source: IVA_SAMPLE_LISTING,
    confidence: 'L',
    date: '2026-12',
    note: 'azure-stream-analytics/azureiotedge 1.0.6-linux-arm32v7 listed at 566 MB (2020). Microsoft publishes no size.',
  },
  'known.blob-storage.image': {
    id: 'known.blob-storage.image',
    label: 'Azure Blob Storage on IoT Edge: image size',
    value: 203,
    unit: 'MB',
    source: IVA_SAMPLE_LISTING,
    confidence: 'L',
    date: '2026-12',
    note: 'mcr.microsoft.com/azure-blob-storage:latest listed at 203 MB on arm64 (2020). Microsoft publishes no size; the blobs themselves need their own disk.',
  },
} as const satisfies Record<string, Assumption>;
