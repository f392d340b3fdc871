/**
 * The CSV and Markdown exports for each hosting (issue 19, "Exports for VM hosting"): a Linux VM on a hypervisor
 * gets its VM size, an Azure VM its graded Azure sizes and no board sections, bare metal neither. The figures are
 * the estimate's own, as plain numbers with their units in columns of their own.
 */
import { describe, expect, it } from 'vitest';
import { AZURE_VM_SIZES } from '../catalog/azure-vms.ts';
import { estimate } from '../estimate.ts';
import type { Answers } from '../answers.ts';
import { createAnswers } from '../../testing/builders.ts';
import { toCsv } from './to-csv.ts';
import { toMarkdown } from './to-markdown.ts';

const META = { shareUrl: '', generatedAt: new Date('2026-12-04T08:00:00Z') };

/** RFC 4180 lines into cells (quoted fields with commas and doubled quotes). */
function csvLines(text: string): string[][] {
  return text.split('\r\n').map((line) => {
    const cells: string[] = [];
    const field = /("((?:[^"]|"")*)"|[^,]*)(,|$)/g;
    for (let m = field.exec(line); m; m = field.exec(line)) {
      cells.push(m[2] !== undefined ? m[2].replaceAll('""', '"') : (m[1] ?? ''));
      if (m[3] === '') break;
    }
    return cells;
  });
}

/** A CSV number as the screen rounds it: within 0.5 % (or 0.01) of the model's figure. */
function near(cell: string | undefined, value: number): boolean {
  return Math.abs(Number(cell) - value) <= Math.max(Math.abs(value) * 0.005, 0.01);
}

/** The lines of a CSV section: from its title line to the next empty line. */
function section(lines: string[][], title: string): string[][] {
  const start = lines.findIndex((l) => l.length === 1 && l[0] === title);
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && l.length === 1 && l[0] === '');
  return lines.slice(start, end < 0 ? undefined : end);
}

const headings = (md: string) => md.split('\n').filter((l) => l.startsWith('## '));

describe('exports for a Linux VM on a hypervisor', () => {
  const answers: Answers = createAnswers({
    platform: { hosting: 'vsphere', architecture: 'amd64' },
    budget: { maxDeviceUsd: 400 },
  });
  const e = estimate(answers);
  const vm = e.vmSize!;

  it('the CSV has the VM size: need, size and unit per resource as numbers, and the host room', () => {
    const lines = csvLines(toCsv(e, answers));
    const s = section(lines, 'Virtual machine size');
    expect(s.length).toBeGreaterThan(5);
    expect(s).toContainEqual(['Hypervisor', 'VMware vSphere / ESXi']);
    for (const l of vm.lines) {
      const row = s.find((r) => r[1] === l.needUnit && r[6] === l.unit);
      expect(row, `${l.resource} row`).toBeDefined();
      // Plain numbers a spreadsheet reads: the VM's size, and the needs in the requirement's unit.
      expect(Number(row![5])).toBe(l.size);
      expect(near(row![3], l.needs.typical), `${row![3]} vs ${l.needs.typical}`).toBe(true);
      expect(near(row![4], l.needs.high), `${row![4]} vs ${l.needs.high}`).toBe(true);
    }
    expect(s).toContainEqual(['Host RAM (VM + hypervisor overhead)', 'MiB', String(vm.host.ramMiB)]);
    expect(s.find((r) => r[0] === 'Hypervisor RAM overhead')?.[2]).toBe(String(vm.overhead.ramMiB));
    expect(s.some((r) => r[0] === 'Source' && /^https:\/\//.test(r[1] ?? ''))).toBe(true);
    // The ladder stays (the hosts for the VM), titled as such; there are no Azure sizes.
    expect(lines).toContainEqual(["Device grades (hosts for the VM, against the VM's needs)"]);
    expect(section(lines, 'Azure VM sizes')).toEqual([]);
  });

  it('the Markdown has the VM size and the host for the VM, like the report', () => {
    const h = headings(toMarkdown(e, answers, META));
    expect(h).toContain('## Virtual machine size');
    expect(h).toContain('## Recommended host for the VM');
    expect(h).toContain('## Device ladder');
    expect(h).not.toContain('## Recommended device');
    expect(h).not.toContain('## Azure VM size');
  });
});

describe('exports for an Azure virtual machine', () => {
  const answers: Answers = createAnswers({
    platform: { hosting: 'azure-vm', architecture: 'amd64' },
    budget: { maxDeviceUsd: 150 },
  });
  const e = estimate(answers);
  const azure = e.azureVms!;

  it('the CSV has every graded Azure size with its numbers and no board ladder', () => {
    const text = toCsv(e, answers);
    const lines = csvLines(text);
    const s = section(lines, 'Azure VM sizes');
    expect(s.length).toBeGreaterThan(azure.suggestions.length);
    expect(s).toContainEqual(['Monthly budget (USD per month)', '150']);
    for (const suggestion of azure.suggestions) {
      const size = AZURE_VM_SIZES.find((z) => z.id === suggestion.sizeId)!;
      const row = s.find((r) => r[0] === size.id);
      expect(row, size.id).toBeDefined();
      expect(row![1]).toBe(size.name);
      expect(Number(row![4])).toBe(size.vcpus);
      expect(Number(row![6])).toBe(size.memoryGiB);
      // Every price in the catalog is "not listed" (null): an empty number cell, never a guessed figure.
      expect(row![10]).toBe(size.price.usdPerMonth === null ? '' : String(size.price.usdPerMonth));
      expect(row![14]).toBe(suggestion.sizeId === azure.recommendedId ? 'Yes' : 'No');
    }
    expect(s.filter((r) => r[14] === 'Yes')).toHaveLength(azure.recommendedId === null ? 0 : 1);
    // No board is bought: no device ladder, as on the screen and in the report.
    expect(text).not.toContain('Device grades');
    expect(section(lines, 'Virtual machine size')).toEqual([]);
  });

  it('the Markdown has the Azure sizes, their reasons and sources, and no physical-board section', () => {
    const md = toMarkdown(e, answers, META);
    const h = headings(md);
    expect(h).toContain('## Azure VM size');
    expect(h).not.toContain('## Recommended device');
    expect(h).not.toContain('## Recommended host for the VM');
    expect(h).not.toContain('## Device ladder');
    expect(md).toContain('**Recommended Azure VM size: B2s (Standard\\_B2s)**');
    expect(md).toMatch(/\nSources: <https:\/\/learn\.microsoft\.com\//);
    // The board recommendation's words are nowhere.
    expect(md).not.toContain('binding constraint');
  });
});

describe('exports on bare metal', () => {
  it('keep the recommended device and the ladder, with no VM or Azure section', () => {
    const answers = createAnswers({});
    const e = estimate(answers);
    const csv = toCsv(e, answers);
    expect(csv).toContain('\r\nDevice grades\r\n');
    expect(csv).not.toContain('Virtual machine size');
    expect(csv).not.toContain('Azure VM sizes');
    const h = headings(toMarkdown(e, answers, META));
    expect(h).toEqual(expect.arrayContaining(['## Recommended device', '## Device ladder']));
    expect(h).not.toContain('## Virtual machine size');
    expect(h).not.toContain('## Azure VM size');
  });
});
