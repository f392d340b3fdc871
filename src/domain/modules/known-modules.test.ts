import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS } from '../assumptions.ts';
import { DEVICES } from '../catalog/devices.ts';
import { estimate } from '../estimate.ts';
import { parseManifest } from '../manifest/import.ts';
import { manifestToAnswers } from '../manifest/to-answers.ts';
import { DEFAULT_ANSWERS } from '../answers.ts';
import { createAnswers } from '../../testing/builders.ts';
import { KNOWN_MODULES, knownModuleById, moduleNeeds, recognizeModule } from './known-modules.ts';
import { knownApplication } from './languages.ts';

const entry = (id: string) => {
  const found = knownModuleById(id);
  if (found === undefined) throw new Error(`no catalog entry ${id}`);
  return found;
};

describe('catalog of known modules: every entry is sourced', () => {
  it.each(KNOWN_MODULES.map((m) => [m.id, m]))(
    '%s has sources, dates and confidences for every need',
    (_, m) => {
      expect(m.source).toMatch(/^https:\/\//);
      for (const resource of ['ram', 'cpu', 'disk', 'imageSize'] as const) {
        const need = m[resource];
        if (need.kind === 'figure') {
          const a = ASSUMPTIONS[need.id];
          expect(a.source.length).toBeGreaterThan(10);
          expect(a.date).toMatch(/^20\d{2}-\d{2}/);
          expect(['H', 'M', 'L', 'EST']).toContain(a.confidence);
        } else {
          expect(need.note.length).toBeGreaterThan(10);
          expect(need.checked).toMatch(/^20\d{2}-\d{2}$/);
        }
      }
      for (const sourced of [m.gpu, m.architectures]) {
        expect(sourced.source).toMatch(/^https:\/\//);
        expect(sourced.date).toMatch(/^20\d{2}-\d{2}$/);
        expect(['H', 'M', 'L', 'EST']).toContain(sourced.confidence);
      }
      for (const name of m.names) expect(name).toMatch(/^[a-z0-9]+$/);
    },
  );

  it('ids are unique, and no image repository belongs to two entries', () => {
    expect(new Set(KNOWN_MODULES.map((m) => m.id)).size).toBe(KNOWN_MODULES.length);
    const repositories = KNOWN_MODULES.flatMap((m) => m.repositories);
    expect(new Set(repositories).size).toBe(repositories.length);
  });

  it('the picker image of every entry is recognised as that entry', () => {
    for (const m of KNOWN_MODULES) {
      if (m.image === '') continue; // built by the user (Custom Vision): recognised by name
      expect(recognizeModule(m.image, 'x')?.entry.id, m.id).toBe(m.id);
      expect(recognizeModule(m.image, 'x')?.fromName, m.id).toBe(false);
    }
  });

  it('the four server applications are recognised alike by the catalog and by the language knowledge', () => {
    for (const image of [
      'influxdb:1.8.10',
      'grafana/grafana-oss:11.2.0',
      'mcr.microsoft.com/azure-sql-edge/developer:latest',
      'mcr.microsoft.com/mssql/rhel/server:2022-latest',
    ]) {
      const app = knownApplication(image, 'm');
      const known = recognizeModule(image, 'm');
      expect(app?.application.minMemory).toBeDefined();
      const ram = known?.entry.ram;
      expect(ram?.kind === 'figure' ? ram.id : null).toBe(app?.application.minMemory);
    }
  });
});

describe('recognizeModule: by image (registries, tags, digests), then by name for placeholders', () => {
  it.each([
    ['mcr.microsoft.com/azure-sql-edge:latest', 'azure-sql-edge', false],
    ['mcr.microsoft.com/azure-sql-edge/premium:1.0.7', 'azure-sql-edge', false],
    ['myregistry.azurecr.io/azure-sql-edge/developer@sha256:0123abcd', 'azure-sql-edge', false],
    ['mcr.microsoft.com/mssql/server:2022-latest', 'sql-server-linux', false],
    ['influxdb:1.8', 'influxdb', false],
    ['docker.io/library/influxdb:2.7-alpine', 'influxdb', false],
    ['grafana/grafana-enterprise:10.0.0', 'grafana', false],
    ['mcr.microsoft.com/azure-cognitive-services/vision/spatial-analysis:1.3', 'spatial-analysis', false],
    ['marketplace.azurecr.io/nvidia/deepstream51-l4t:latest', 'deepstream-jetson', false],
    ['nvcr.io/nvidia/deepstream-l4t:6.0.1-samples', 'deepstream-jetson', false],
    ['nvcr.io/nvidia/deepstream:6.4-triton-multiarch', 'deepstream', false],
    ['mcr.microsoft.com/azureiotedge-api-proxy:1.1.5', 'api-proxy', false],
    ['mcr.microsoft.com/azure-stream-analytics/azureiotedge:1.0.9-linux-arm32v7', 'stream-analytics', false],
    ['mcr.microsoft.com/iotedge/opc-publisher:2.9.11', 'opc-publisher', false],
    ['mcr.microsoft.com/azure-blob-storage:latest', 'blob-storage', false],
    ['mcr.microsoft.com/azureiotedge-metrics-collector:1.0', 'metrics-collector', false],
    [
      '<Container_Registry>/microsoft/azureiotedge-metrics-collector:<Build.BuildNumber>-linux-<Architecture>',
      'metrics-collector',
      true,
    ],
    ['mcr.microsoft.com/azureiotedge/modbus:1.0', 'modbus', false],
    ['loraedge/lorawannetworksrvmodule:2.2.0', 'lorawan-network-server', false],
    ['loraedge/lorabasicsstationmodule:2.2.0', 'lorawan-basics-station', false],
    ['mcr.microsoft.com/azureml/onnxruntime:v0.5.0-tensorrt-l4t-r32.2', 'onnx-runtime', false],
    // A private mirror sharing only the last segment: likely the same image, to confirm.
    ['acme.azurecr.io/mirror/azure-blob-storage:1.4', 'blob-storage', true],
  ])('%s → %s (name only: %s)', (image, id, fromName) => {
    const match = recognizeModule(image, 'module');
    expect(match?.entry.id).toBe(id);
    expect(match?.fromName).toBe(fromName);
  });

  it.each([
    ['${MODULES.ImageClassifierService.arm32v7}', 'image-classifier-service', 'custom-vision'],
    ['${MODULES.InferenceModule}', 'inferencemodule', 'onnx-runtime'],
    ['', 'NVIDIADeepStreamSDK', 'deepstream-jetson'],
    ['${MODULES.opcpublisher}', 'opcPublisher', 'opc-publisher'],
  ])('placeholder %s named %s → %s, to confirm', (image, name, id) => {
    const match = recognizeModule(image, name);
    expect(match?.entry.id).toBe(id);
    expect(match?.fromName).toBe(true);
  });

  it.each([
    'myacr.azurecr.io/filter:1.0',
    'python:3.12-slim',
    'modbus-sim:1',
    'nginx:latest',
    'nvidia/cuda:12.2.0',
  ])('%s is no catalog entry', (image) => expect(recognizeModule(image, 'module')).toBeNull());

  it('never throws, whatever the strings', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.string({ maxLength: 80 }),
        fc.option(fc.string({ maxLength: 80 }), { nil: null }),
        (image, name, placeholder) => {
          const match = recognizeModule(image, name, placeholder);
          const needs = moduleNeeds(image, match);
          expect(needs.reasons.length >= (needs.gpu ? 1 : 0)).toBe(true);
        },
      ),
      { numRuns: 600 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (image) => {
        recognizeModule(image, image, image);
      }),
      { numRuns: 400 },
    );
  }, 30_000);
});

describe('moduleNeeds: GPU and architecture from the entry or a Jetson image', () => {
  it.each([
    ['mcr.microsoft.com/azure-sql-edge:latest', false, ['amd64']],
    ['mcr.microsoft.com/azure-cognitive-services/vision/spatial-analysis:latest', true, ['amd64']],
    ['marketplace.azurecr.io/nvidia/deepstream51-l4t:latest', true, ['arm64']],
    ['nvcr.io/nvidia/deepstream:6.4-triton-multiarch', true, null],
    ['mcr.microsoft.com/azureml/onnxruntime:v0.5.0-tensorrt-l4t-r32.2', true, ['arm64']],
    ['myacr.azurecr.io/detector:1.0-jetpack5', true, ['arm64']],
    ['mcr.microsoft.com/azure-blob-storage:latest', false, null],
  ] as const)('%s: GPU %s, architectures %j', (image, gpu, architectures) => {
    const needs = moduleNeeds(image, recognizeModule(image, 'm'));
    expect(needs.gpu).toBe(gpu);
    expect(needs.architectures).toEqual(architectures);
  });

  it('a name-only match imposes nothing (the user has not confirmed it)', () => {
    const match = recognizeModule('${MODULES.spatialanalysis}', 'spatialanalysis');
    expect(match?.fromName).toBe(true);
    expect(moduleNeeds('${MODULES.spatialanalysis}', match)).toMatchObject({
      gpu: false,
      architectures: null,
    });
  });
});

const one = (image: string, architecture: 'amd64' | 'arm64' = 'amd64', extra = {}) =>
  createAnswers({
    workload: { mode: 'list', modules: [{ name: 'known', image, ...extra }] },
    platform: { architecture, hostOs: 'ubuntu-24.04' },
  });

const moduleRow = (e: ReturnType<typeof estimate>, resource: 'ram' | 'cpu' | 'storage') => {
  const row = e.requirements[resource].breakdown.find((i) => i.id === 'module:0');
  if (row === undefined) throw new Error('no module row');
  return row;
};

const isJetson = (id: string | null) =>
  id !== null && /jetson/i.test(DEVICES.find((d) => d.id === id)?.name ?? '');

describe('the model sizes a catalog module by its entry', () => {
  it.each([
    ['azure-sql-edge', 'ram', 476],
    ['azure-sql-edge', 'cpu', 1],
    ['spatial-analysis', 'ram', 4096],
    ['spatial-analysis', 'cpu', 8],
    ['spatial-analysis', 'storage', 20],
    ['influxdb', 'ram', 1907],
    ['grafana', 'ram', 243],
  ] as const)(
    '%s: the module row’s %s is at least %d (typical), and names the entry',
    (id, resource, floor) => {
      const m = entry(id);
      const e = estimate(one(m.image));
      const row = moduleRow(e, resource);
      expect(row.value.typical).toBeGreaterThanOrEqual(floor);
      expect(row.explanation).toContain(`Sized by catalog entry “${m.name}”`);
    },
  );

  it('Spatial Analysis: recommended 32 GB of RAM and 50 GB of disk are the high end', () => {
    const e = estimate(one(entry('spatial-analysis').image));
    expect(moduleRow(e, 'ram').value.high).toBeGreaterThanOrEqual(32768);
    expect(moduleRow(e, 'storage').value.high).toBeGreaterThanOrEqual(50);
  });

  it.each([
    ['deepstream-jetson', 1750],
    ['api-proxy', 22],
    ['stream-analytics', 566],
    ['blob-storage', 203],
  ] as const)('%s: its image is %d MB, from the catalog, when the user gives no size', (id, mb) => {
    const m = entry(id);
    const e = estimate(one(m.image, id === 'deepstream-jetson' ? 'arm64' : 'amd64'));
    const row = moduleRow(e, 'storage');
    expect(row.explanation).toContain(`${mb.toLocaleString('en-US')} MB image its catalog entry gives`);
    const stated = estimate(one(m.image, 'amd64', { imageSizeMb: 5000 }));
    expect(moduleRow(stated, 'storage').explanation).toContain('the stated 5,000 MB image');
  });

  it('an entry with no published figure says its language sizes it (an estimate)', () => {
    const e = estimate(one(entry('opc-publisher').image, 'amd64', { language: 'dotnet' }));
    expect(moduleRow(e, 'ram').explanation).toContain(
      'Catalog entry “OPC Publisher”: No memory figure is published',
    );
    expect(moduleRow(e, 'ram').explanation).toContain('so its language sizes it (an estimate)');
  });
});

describe('GPU and architecture needs reach the ladder and the findings', () => {
  it('DeepStream on Jetson (arm64, no accelerator chosen): sized with a GPU, a Jetson recommended', () => {
    // JetPack 6 is Ubuntu 22.04 based: a Jetson runs no Ubuntu 24.04 image, so the host OS is the Jetson's.
    const e = estimate(
      createAnswers({
        workload: { mode: 'list', modules: [{ name: 'known', image: entry('deepstream-jetson').image }] },
        platform: { architecture: 'arm64', hostOs: 'ubuntu-22.04' },
      }),
    );
    expect(isJetson(e.recommendedDeviceId)).toBe(true);
    expect(e.suggestions.find((s) => s.deviceId === 'rpi4b-2gb')?.grade).toBe('insufficient');
    const gpu = e.findings.find((f) => f.id === 'model-known-module-gpu');
    expect(gpu?.severity).toBe('warning');
    expect(e.requirements.ram.breakdown.some((i) => i.id === 'accelerator-runtime')).toBe(true);
  });

  it('Azure SQL Edge on arm64: an error finding, and no device fits', () => {
    const e = estimate(one(entry('azure-sql-edge').image, 'arm64'));
    expect(e.findings.find((f) => f.id === 'model-known-module-architecture')?.severity).toBe('error');
    expect(e.recommendedDeviceId).toBeNull();
    const pi = e.suggestions.find((s) => s.deviceId === 'rpi5-8gb');
    expect(pi?.binding).toBe('architecture');
    expect(pi?.reasons.join(' ')).toContain('Azure SQL Edge runs only on amd64; arm64 was chosen');
    // On amd64 it is sized and fits, with the 80 % RAM default explained.
    const amd = estimate(one(entry('azure-sql-edge').image, 'amd64'));
    expect(amd.recommendedDeviceId).not.toBeNull();
    expect(amd.findings.some((f) => f.id === 'model-known-module-architecture')).toBe(false);
    expect(amd.findings.some((f) => f.id === 'model-known-module-sql-edge-memory-0')).toBe(true);
  });

  it('Spatial Analysis with a GPU chosen: an info finding lists compute capability and GPU memory', () => {
    const answers = createAnswers({
      ...one(entry('spatial-analysis').image),
      accelerator: { kind: 'gpu' },
    });
    const e = estimate(answers);
    const gpu = e.findings.find((f) => f.id === 'model-known-module-gpu');
    expect(gpu?.severity).toBe('info');
    expect(gpu?.message).toContain(
      'CUDA compute capability 6.0 or higher and 4 GB of GPU memory (16 GB recommended)',
    );
    const device = DEVICES.find((d) => d.id === e.recommendedDeviceId);
    expect(device?.accelerator?.kind).toBe('gpu');
    expect(device?.architectures).toContain('amd64');
  });
});

describe('importing the DeepStream-on-Jetson manifest (issue 19)', () => {
  const text = readFileSync('src/testing/fixtures/manifests/deepstream-jetson.template.json', 'utf8');

  it('reads the lower-case "runtime": "nvidia" as a GPU, the l4t image as arm64, and recommends a Jetson', () => {
    const imported = parseManifest(text);
    if (!imported.ok) throw new Error(imported.error);
    const [module] = imported.manifest.modules;
    expect(module?.gpuHints).toContain('nvidia-runtime');
    const base = {
      ...DEFAULT_ANSWERS,
      platform: { ...DEFAULT_ANSWERS.platform, architecture: 'amd64' as const },
    };
    const { answers, questions } = manifestToAnswers(imported.manifest, base);
    expect(answers.accelerator.kind).toBe('gpu');
    expect(answers.workload.modules[0]?.language).toBe('c');
    expect(questions.join(' ')).not.toContain('Which language is module');
    expect(answers.platform.architecture).toBe('arm64');
    expect(questions.join(' ')).toContain(
      'is NVIDIA DeepStream (Jetson, l4t): it is sized by its catalog entry',
    );
    const e = estimate(answers);
    expect(isJetson(e.recommendedDeviceId)).toBe(true);
    const row = e.requirements.storage.breakdown.find((i) => i.id === 'module:0');
    expect(row?.explanation).toContain('catalog entry');
  });
});
