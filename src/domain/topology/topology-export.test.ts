import { describe, expect, it } from 'vitest';
import { createAnswers } from '../../testing/builders.ts';
import { estimateTopology, type Topology } from './topology.ts';
import { summarizeLayers, topologyCsv, topologyFileName, topologyMarkdown } from './topology-export.ts';

const t: Topology = {
  registry: true,
  layers: [
    { name: '=Enterprise|top', devicesPerParent: 1, answers: createAnswers() },
    { name: 'Lines', devicesPerParent: 20, answers: createAnswers({ data: { messagesPerSecondAvg: 30 } }) },
  ],
};
const result = estimateTopology(t);
if (!result.ok) throw new Error(result.error);
const layers = result.layers;

describe('topology CSV and Markdown', () => {
  it('summarizes each layer with the numbers of its estimate', () => {
    const [top, lines] = summarizeLayers(layers);
    expect(top!.routed.avg).toBe(5 + 20 * 30);
    expect(lines!.deviceCount).toBe(20);
    expect(top!.requirements.cpu.total).toEqual(layers[0]!.estimate.requirements.cpu.total);
    expect(top!.findings.length).toBeGreaterThanOrEqual(layers[0]!.estimate.findings.length);
  });

  it('CSV: one row per layer, numbers as numbers, a formula-like name guarded', () => {
    const csv = topologyCsv(t, layers);
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).toMatch(/^Layer,Name,Reaches,Devices per parent,Devices in layer/);
    expect(rows[1]).toMatch(/^1,'=Enterprise\|top,/);
    expect(rows[2]).toMatch(/^2,Lines,its parent in layer 1,20,20,0,0,30,/);
    expect(csv).toContain('Registry module on the top layer: yes');
    const cpuTypical = rows[0]!.split(',').indexOf('CPU typical (ref-cores)');
    expect(Number(rows[1]!.split(',')[cpuTypical])).toBeCloseTo(
      layers[0]!.estimate.requirements.cpu.total.typical,
      2,
    );
  });

  it('Markdown: a table of the layers and a section per layer, text escaped', () => {
    const md = topologyMarkdown(t, layers, { link: 'https://example.org/#/topology?t=3.x' });
    expect(md).toContain('| 1 | =Enterprise\\|top | 1 | 1 | 605 |');
    expect(md).toContain('## Layer 2: Lines');
    expect(md).toContain('Open this topology: <https://example.org/#/topology?t=3.x>');
  });

  it('a file name from the top layer', () => {
    expect(topologyFileName(t, 'csv')).toBe('edge-sizer-topology-enterprise-top.csv');
  });
});
