/**
 * The topology in words and numbers: one summary per layer (shared by the view, its table, the CSV and the
 * Markdown), and the CSV and Markdown themselves. Pure functions.
 */
import { DEVICES } from '../catalog/devices.ts';
import { csvRows, type Cell } from '../report/to-csv.ts';
import { mdText } from '../report/to-markdown.ts';
import { RESOURCES, type Device, type Finding, type Range, type ResourceId, type Unit } from '../types.ts';
import { formatNumber, formatRange, formatUsd } from '../vocabulary/format.ts';
import { GRADE_LABELS } from '../vocabulary/labels.ts';
import { type LayerResult, type Topology } from './topology.ts';

export const RESOURCE_LABELS: Record<ResourceId, string> = {
  cpu: 'CPU',
  ram: 'RAM',
  storage: 'Storage',
  buffer: 'Offline buffer',
  uplink: 'Uplink',
};

export interface LayerSummary {
  index: number;
  name: string;
  /** "Reaches the cloud" or "Reaches its parent (layer 1)". */
  reaches: string;
  devicesPerParent: number;
  deviceCount: number;
  childrenPerDevice: number;
  incomingConnections: number;
  /** Messages per second its edgeHub routes (own + children), average and peak. */
  routed: { avg: number; peak: number };
  /** Messages per second one device sends up. */
  upstreamAvg: number;
  requirements: Record<ResourceId, { total: Range; unit: Unit; text: string; typicalText: string }>;
  /** The recommended device, or null when none fits. */
  device: { id: string; name: string; priceUsd: number; priceEstimated: boolean } | null;
  /** The device in a few words: "Raspberry Pi 5 (8 GB), fit" or "No device fits: …". */
  deviceText: string;
  addedModules: string[];
  registryCacheMb: number | null;
  findings: Finding[];
}

/** The display text of a requirement: "1.2 ref-cores (0.8–2.1)". */
function requirementText(total: Range, unit: Unit): { text: string; typicalText: string } {
  const f = formatRange(total, unit);
  return {
    text: `${f.typical} ${f.scale.unit} (${f.low}–${f.high})`,
    typicalText: `${f.typical} ${f.scale.unit}`,
  };
}

export function summarizeLayers(
  layers: readonly LayerResult[],
  catalog: readonly Device[] = DEVICES,
): LayerSummary[] {
  return layers.map((l) => {
    const e = l.estimate;
    const requirements = Object.fromEntries(
      RESOURCES.map((r) => {
        const req = e.requirements[r];
        return [r, { total: req.total, unit: req.unit, ...requirementText(req.total, req.unit) }];
      }),
    ) as LayerSummary['requirements'];
    const found =
      e.recommendedDeviceId === null ? undefined : catalog.find((d) => d.id === e.recommendedDeviceId);
    const device = found
      ? {
          id: found.id,
          name: found.name,
          priceUsd: found.priceUsd,
          priceEstimated: found.priceEstimated === true,
        }
      : null;
    const closest = e.verdict.closest[0];
    const deviceText = device
      ? `${device.name}, fit (${formatUsd(device.priceUsd)}${device.priceEstimated ? ', an estimate' : ''})`
      : closest
        ? `No device fits; closest: ${closest.name} (${GRADE_LABELS[closest.grade].toLowerCase()})`
        : 'No device fits';
    return {
      index: l.index,
      name: l.name,
      reaches: l.index === 0 ? 'the cloud (IoT Hub)' : `its parent in layer ${l.index}`,
      devicesPerParent: l.devicesPerParent,
      deviceCount: l.deviceCount,
      childrenPerDevice: l.childrenPerDevice,
      incomingConnections: l.incomingConnections,
      routed: l.routed,
      upstreamAvg: l.upstream.avg,
      requirements,
      device,
      deviceText,
      addedModules: l.addedModules,
      registryCacheMb: l.registryCache?.cacheMb ?? null,
      findings: [...l.findings, ...e.findings],
    };
  });
}

const num = (value: number): Cell => ({ number: value });

/** The topology as CSV: one row per layer (numbers as numbers, in the model's units). */
export function topologyCsv(
  t: Topology,
  layers: readonly LayerResult[],
  catalog: readonly Device[] = DEVICES,
): string {
  const s = summarizeLayers(layers, catalog);
  const header: Cell[] = [
    'Layer',
    'Name',
    'Reaches',
    'Devices per parent',
    'Devices in layer',
    'IoT Edge children per device',
    'Incoming connections per device',
    'Messages/s routed (avg)',
    'Messages/s routed (peak)',
    'Messages/s sent up per device (avg)',
    ...RESOURCES.flatMap((r) => {
      const unit = layers[0]?.estimate.requirements[r].unit ?? '';
      return [
        `${RESOURCE_LABELS[r]} low (${unit})`,
        `${RESOURCE_LABELS[r]} typical (${unit})`,
        `${RESOURCE_LABELS[r]} high (${unit})`,
      ];
    }),
    'Recommended device',
    'Price (USD)',
    'Price basis',
    'Modules added by the topology',
    'Registry cache (MB)',
    'Findings',
  ];
  const rows: Cell[][] = s.map((l) => [
    num(l.index + 1),
    l.name,
    l.reaches,
    num(l.devicesPerParent),
    num(l.deviceCount),
    num(l.childrenPerDevice),
    num(l.incomingConnections),
    num(l.routed.avg),
    num(l.routed.peak),
    num(l.upstreamAvg),
    ...RESOURCES.flatMap((r) => {
      const total = l.requirements[r].total;
      return [num(total.low), num(total.typical), num(total.high)];
    }),
    l.device?.name ?? l.deviceText,
    l.device ? num(l.device.priceUsd) : { number: null },
    l.device ? (l.device.priceEstimated ? 'estimate' : 'list') : '',
    l.addedModules.join(' '),
    l.registryCacheMb === null ? { number: null } : num(l.registryCacheMb),
    l.findings.map((f) => `${f.severity}: ${f.title}`).join('; '),
  ]);
  const meta: Cell[][] = [[`Registry module on the top layer: ${t.registry ? 'yes' : 'no'}`]];
  return csvRows([header, ...rows, [], ...meta]);
}

/** The topology as Markdown: a layer table, then each layer's requirements and findings. */
export function topologyMarkdown(
  t: Topology,
  layers: readonly LayerResult[],
  options: { link?: string; generatedAt?: string } = {},
  catalog: readonly Device[] = DEVICES,
): string {
  const s = summarizeLayers(layers, catalog);
  const out: string[] = ['# IoT Edge topology', ''];
  if (options.generatedAt) out.push(`Generated ${mdText(options.generatedAt)}.`, '');
  out.push(
    `${s.length} ${s.length === 1 ? 'layer' : 'layers'}, ${formatNumber(s.reduce((a, l) => a + l.deviceCount, 0))} IoT Edge devices; registry module on the top layer: ${t.registry ? 'yes' : 'no'}.`,
    '',
    '| Layer | Name | Devices | Per parent | Routes (msg/s, avg) | CPU | RAM | Storage | Recommended device |',
    '| ---: | --- | ---: | ---: | ---: | --- | --- | --- | --- |',
  );
  for (const l of s) {
    out.push(
      `| ${l.index + 1} | ${mdText(l.name)} | ${formatNumber(l.deviceCount)} | ${formatNumber(l.devicesPerParent)} | ${formatNumber(l.routed.avg)} | ${l.requirements.cpu.text} | ${l.requirements.ram.text} | ${l.requirements.storage.text} | ${mdText(l.deviceText)} |`,
    );
  }
  for (const l of s) {
    out.push('', `## Layer ${l.index + 1}: ${mdText(l.name)}`, '');
    out.push(`- Reaches ${mdText(l.reaches)}; ${formatNumber(l.deviceCount)} devices.`);
    if (l.childrenPerDevice > 0)
      out.push(
        `- Serves ${formatNumber(l.childrenPerDevice)} IoT Edge children per device: ${formatNumber(l.incomingConnections)} incoming connections.`,
      );
    if (l.addedModules.length > 0)
      out.push(`- Modules added by the topology: ${l.addedModules.map(mdText).join(', ')}.`);
    if (l.registryCacheMb !== null)
      out.push(`- Registry cache for the lower layers' images: ${formatNumber(l.registryCacheMb)} MB.`);
    for (const r of RESOURCES) out.push(`- ${RESOURCE_LABELS[r]}: ${l.requirements[r].text}.`);
    out.push(`- Recommended device: ${mdText(l.deviceText)}.`);
    if (l.findings.length > 0) {
      out.push('', 'Findings:', '');
      for (const f of l.findings) out.push(`- **${f.severity}**: ${mdText(f.title)}. ${mdText(f.remedy)}`);
    }
  }
  if (options.link) out.push('', `Open this topology: <${options.link}>`);
  return out.join('\n') + '\n';
}

/** A file name for the topology's downloads. */
export function topologyFileName(t: Topology, ext: string): string {
  const base = (t.layers[0]?.name ?? 'topology')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `edge-sizer-topology-${base || 'layers'}.${ext}`;
}
