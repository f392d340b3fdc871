import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWERS, parseAnswers } from '../answers.ts';
import gpuText from '../../testing/fixtures/manifests/gpu-string-createoptions.deployment.json?raw';
import layeredText from '../../testing/fixtures/manifests/layered.deployment.json?raw';
import templateText from '../../testing/fixtures/manifests/multi-module.template.json?raw';
import simText from '../../testing/fixtures/manifests/simulated-temperature-sensor.deployment.json?raw';
import typoText from '../../testing/fixtures/manifests/typo-modulecontent.template.json?raw';
import { parseManifest, stripJsonComments, type ImportedManifest } from './import.ts';
import { manifestToAnswers } from './to-answers.ts';
import { inferLanguage } from '../modules/languages.ts';

function imported(text: string): { manifest: ImportedManifest; warnings: string[] } {
  const result = parseManifest(text);
  if (!result.ok) throw new Error(`expected ok, got: ${result.error}`);
  return result;
}

const byName = (m: ImportedManifest, name: string) => {
  const found = m.modules.find((x) => x.name === name);
  if (found === undefined) throw new Error(`no module ${name}`);
  return found;
};

describe('parseManifest: own fixtures', () => {
  it('reads the SimulatedTemperatureSensor deployment', () => {
    const { manifest, warnings } = imported(simText);
    expect(manifest.kind).toBe('deployment');
    expect(manifest.modules.map((m) => m.name)).toEqual(['SimulatedTemperatureSensor']);
    const sensor = byName(manifest, 'SimulatedTemperatureSensor');
    expect(sensor).toMatchObject({
      image: 'mcr.microsoft.com/azureiotedge-simulated-temperature-sensor:1.5',
      language: 'dotnet',
      languageBasis: 'known-image',
      restartPolicy: 'always',
      status: 'running',
      createOptionsForm: 'string',
      memoryLimitBytes: null,
      gpuHints: [],
      sendsUpstream: true,
    });
    expect(manifest.edgeAgent?.version).toBe('1.5');
    expect(manifest.edgeHub?.image).toBe('mcr.microsoft.com/azureiotedge-hub:1.5');
    expect(manifest.timeToLiveSecs).toBe(7200);
    expect(manifest.optimizeForPerformance).toBeNull();
    expect(manifest.upstreamRoutes).toEqual(['upstream']);
    expect(manifest.moduleTwins).toEqual(['SimulatedTemperatureSensor']);
    expect(manifest.placeholders).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('reads a multi-module template with placeholders, memory limits and edgeHub settings', () => {
    const { manifest, warnings } = imported(templateText);
    expect(manifest.kind).toBe('template');
    expect(manifest.schemaTemplate).toBe('4.0.0');
    expect(manifest.modules.map((m) => [m.name, m.language, m.memoryLimitMiB])).toEqual([
      ['filtermodule', 'unknown', 128],
      ['pythonclassifier', 'python', 512],
      ['nodered', 'node', null],
      ['opcPublisher', 'dotnet', null],
    ]);
    expect(byName(manifest, 'filtermodule').imagePlaceholder).toBe('filtermodule');
    expect(byName(manifest, 'pythonclassifier')).toMatchObject({
      restartPolicy: 'on-failure',
      memoryLimitBytes: 536_870_912,
      sendsUpstream: true,
    });
    expect(byName(manifest, 'opcPublisher')).toMatchObject({ status: 'stopped', restartPolicy: 'never' });
    expect(manifest.optimizeForPerformance).toBe(false);
    expect(manifest.protocolHeads).toEqual({ amqp: false, mqtt: null, http: null });
    expect(manifest.timeToLiveSecs).toBe(43_200);
    // A schema 1.1 route object { route, priority, timeToLiveSecs } is read like a string route.
    expect(manifest.upstreamRoutes).toEqual(['classifierToCloud']);
    expect(manifest.placeholders).toEqual([
      '$CONTAINER_REGISTRY_PASSWORD_myacr',
      '$CONTAINER_REGISTRY_USERNAME_myacr',
      '${MODULES.filtermodule}',
    ]);
    // Its on-failure module is flagged against the limits page (src/domain/manifest/limits.ts).
    expect(warnings).toEqual([expect.stringMatching(/"pythonclassifier" uses restartPolicy "on-failure"/)]);
  });

  it('reads a layered deployment as a layer, not as a manifest missing its system modules', () => {
    const { manifest, warnings } = imported(layeredText);
    expect(manifest.kind).toBe('layered');
    expect(manifest.edgeAgent).toBeNull();
    expect(manifest.edgeHub).toBeNull();
    expect(manifest.modules.map((m) => [m.name, m.language, m.memoryLimitMiB, m.createOptionsForm])).toEqual([
      ['opcPlc', 'dotnet', 256, 'string'],
      ['telemetryForwarder', 'rust-go', null, 'empty'],
    ]);
    expect(manifest.routes.map((r) => [r.name, r.toUpstream, r.sourceModule])).toEqual([
      ['opcPlcToForwarder', false, 'opcPlc'],
      ['forwarderToCloud', true, 'telemetryForwarder'],
    ]);
    expect(manifest.placeholders).toEqual(['<iot hub name>']);
    expect(warnings).toEqual([]);
  });

  it('reads a GPU deployment with createOptions as chunked and plain strings', () => {
    const { manifest } = imported(gpuText);
    const detector = byName(manifest, 'detector');
    expect(detector.createOptionsForm).toBe('chunked');
    expect(detector.memoryLimitBytes).toBe(2_147_483_648);
    expect(detector.memoryLimitMiB).toBe(2048);
    expect(detector.gpuHints).toEqual(['nvidia-runtime', 'nvidia-env']);
    expect(detector.language).toBe('python');
    const tracker = byName(manifest, 'tracker');
    expect(tracker.createOptionsForm).toBe('string');
    expect(tracker.gpuHints).toEqual(['device-requests']);
    expect(tracker.memoryLimitMiB).toBe(1024);
    expect(manifest.optimizeForPerformance).toBe(true);
    expect(manifest.timeToLiveSecs).toBe(86_400);
  });

  it('accepts the legacy "moduleContent" key with a warning that names it', () => {
    const { manifest, warnings } = imported(typoText);
    expect(manifest.modules.map((m) => m.name)).toEqual(['modbus']);
    expect(warnings.join(' ')).toMatch(/"moduleContent".*"modulesContent"/);
    expect(manifest.moduleTwins).toEqual(['modbus']);
  });

  it('accepts JSON with comments and trailing commas, with a warning, keeping // inside strings', () => {
    const text = `// template
{
  "$schema-template": "4.0.0",
  "modulesContent": {
    "$edgeAgent": { "properties.desired": { "schemaVersion": "1.1", "modules": {
      /* a Java module */
      "javaaggregator": { "type": "docker", "settings": {
        "image": "\${MODULES.javaaggregator}", // built from eclipse-temurin
        "createOptions": { "Env": ["URL=http://example.com/a//b"], "HostConfig": { "Memory": 104857600 } },
      } },
    } } },
    "$edgeHub": { "properties.desired": { "routes": { "all": "FROM /messages/modules/* INTO $upstream" } } },
  },
}`;
    const { manifest, warnings } = imported(text);
    expect(warnings[0]).toMatch(/comments/);
    expect(byName(manifest, 'javaaggregator')).toMatchObject({
      language: 'java',
      memoryLimitMiB: 100,
      sendsUpstream: true,
    });
    expect(stripJsonComments('{"a": "x//y"}')).toBeNull();
  });
});

describe('parseManifest: memory values written as strings', () => {
  it('one warning names every module whose HostConfig.Memory is a string of digits (not one per module)', () => {
    const module = (memory: unknown) => ({
      type: 'docker',
      settings: {
        image: 'x.azurecr.io/m:1',
        createOptions: JSON.stringify({ HostConfig: { Memory: memory } }),
      },
    });
    const text = JSON.stringify({
      modulesContent: {
        $edgeAgent: {
          'properties.desired': {
            schemaVersion: '1.1',
            modules: {
              a: module('10000000'),
              b: module('20000000'),
              c: module(30000000),
              d: module('40000000'),
            },
          },
        },
        $edgeHub: { 'properties.desired': { schemaVersion: '1.1', routes: {} } },
      },
    });
    const { manifest, warnings } = imported(text);
    expect(manifest.modules.map((m) => m.memoryLimitBytes)).toEqual([
      10_000_000, 20_000_000, 30_000_000, 40_000_000,
    ]);
    const memory = warnings.filter((w) => w.includes('HostConfig.Memory'));
    expect(memory).toEqual([
      'HostConfig.Memory is a string of digits, not a number, for 3 modules: Module "a", Module "b", Module "d". Read as bytes; Docker\'s API expects a number, so write it without quotes.',
    ]);
    expect(warnings.some((w) => w.includes('\u0000'))).toBe(false);
  });
});

describe('parseManifest: bad input', () => {
  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['{"modulesContent": ', /not valid JSON at the end of the text \(line 1, column 19\)/],
    ['{\n  "modulesContent": {\n    "$edgeAgent": {,}\n  }\n}', /not valid JSON at line 3/],
    ['{\n  "modulesContent": {\n    "a": 1,\n', /at the end of the text \(line 3, column 12\)/],
    ['[1, 2]', /an array, not a deployment manifest/],
    ['"deployment"', /a string, not a deployment manifest/],
    ['{"foo": 1, "bar": 2}', /No "modulesContent" found.*"foo", "bar"/],
    ['{"modulesContent": []}', /modulesContent is an array/],
    ['{"modulesContent": {"x": 1}}', /neither \$edgeAgent nor \$edgeHub/],
    ['{"modulesContent": {"$edgeAgent": "x"}}', /\$edgeAgent is a string/],
    ['{"modulesContent": {"$edgeAgent": {"properties.desired": {"modules": [1]}}}}', /modules is an array/],
    ['{"modulesContent": {"$edgeAgent": {"other": 1}}}', /no "properties.desired"/],
  ])('%j → a clear error', (text, message) => {
    const result = parseManifest(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('keeps a module named "__proto__" (layered and full) as a module, not a prototype', () => {
    const module = { type: 'docker', settings: { image: 'x/a:1', createOptions: '' } };
    const layered = `{"modulesContent": {"$edgeAgent": {"properties.desired.modules.__proto__": ${JSON.stringify(module)}}}}`;
    const full = `{"modulesContent": {"$edgeAgent": {"properties.desired": {"modules": {"__proto__": ${JSON.stringify(module)}}}}}}`;
    for (const text of [layered, full])
      expect(imported(text).manifest.modules.map((m) => m.name)).toEqual(['__proto__']);
  });

  it('warns about an invalid createOptions string and a placeholder memory limit without failing', () => {
    const text = JSON.stringify({
      modulesContent: {
        $edgeAgent: {
          'properties.desired': {
            modules: {
              a: { type: 'docker', settings: { image: 'x/a:1', createOptions: '{"HostConfig": {' } },
              b: {
                type: 'docker',
                settings: { image: 'x/b:1', createOptions: { HostConfig: { Memory: '<Mem>' } } },
              },
              c: {
                type: 'docker',
                settings: { image: 'x/c:1', createOptions: { HostConfig: { Memory: 0, ShmSize: 1e9 } } },
              },
            },
          },
        },
      },
    });
    const { manifest, warnings } = imported(text);
    expect(manifest.modules.map((m) => m.memoryLimitBytes)).toEqual([null, null, null]);
    expect(warnings.some((w) => /module "a" is not valid JSON/.test(w))).toBe(true);
    expect(warnings.some((w) => /"<Mem>", not a number of bytes/.test(w))).toBe(true);
  });

  it('never throws and always answers ok or a message, for arbitrary text and JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ modulesContent: v })),
        ),
        (text) => {
          const result = parseManifest(text);
          if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
          else expect(Array.isArray(result.manifest.modules)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('survives random mutations of a real manifest (truncation, deletions, type swaps)', () => {
    const base = JSON.parse(templateText) as unknown;
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
      else if (typeof v === 'object' && v !== null)
        for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk(base, []);
    const mutate = (path: (string | number)[], replacement: unknown) => {
      const copy = structuredClone(base) as Record<string | number, unknown>;
      if (path.length === 0) return replacement;
      let target: Record<string | number, unknown> = copy;
      for (const p of path.slice(0, -1)) target = target[p] as Record<string | number, unknown>;
      const last = path[path.length - 1] as string | number;
      if (replacement === undefined) delete target[last];
      else target[last] = replacement;
      return copy;
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.oneof(fc.constant(undefined), fc.jsonValue()),
        fc.nat(templateText.length),
        (path, replacement, cut) => {
          for (const text of [JSON.stringify(mutate(path, replacement)), templateText.slice(0, cut)]) {
            const result = parseManifest(text);
            expect(typeof result.ok).toBe('boolean');
            if (!result.ok) expect(result.error).not.toBe('');
            else if (result.manifest.modules.length > 0) {
              // Whatever was read maps onto answers the wizard accepts.
              expect(parseAnswers(manifestToAnswers(result.manifest, DEFAULT_ANSWERS).answers).ok).toBe(true);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('inferLanguage', () => {
  it.each([
    ['mcr.microsoft.com/azureiotedge-simulated-temperature-sensor:1.5', 'm', 'dotnet', 'known-image'],
    ['mcr.microsoft.com/iotedge/opc-publisher:2.9.4', 'm', 'dotnet', 'known-image'],
    // Well-known server applications: sized by their own needs, not as "a small module in language X".
    ['nodered/node-red:latest', 'm', 'node', 'application'],
    ['influxdb:2.7', 'm', 'unknown', 'application'],
    ['docker.io/grafana/grafana:10.4.2', 'm', 'unknown', 'application'],
    ['mcr.microsoft.com/azure-sql-edge:latest', 'm', 'unknown', 'application'],
    ['mcr.microsoft.com/mssql/server:2022-latest', 'm', 'unknown', 'application'],
    ['postgres:16-alpine', 'm', 'unknown', 'application'],
    ['eclipse-mosquitto:2', 'm', 'unknown', 'application'],
    ['${MODULES.influxdb}', 'influxdb', 'unknown', 'application'],
    ['${MODULES.grafana}', 'grafana', 'unknown', 'application'],
    ['myacr.azurecr.io/filter-python:1.0-arm32v7', 'm', 'python', 'image'],
    ['myacr.azurecr.io/filter:1.0-python3.11-slim', 'm', 'python', 'image'],
    ['registry/app:1.0-openjdk17', 'm', 'java', 'image'],
    ['registry/app-c:1', 'm', 'c', 'image'],
    ['registry/mongo:7', 'm', 'unknown', 'application'],
    ['registry/node-python-bridge:1', 'm', 'unknown', 'none'],
    ['registry/javascript-thing:1', 'm', 'node', 'image'],
    ['${MODULES.CSharpFilter}', 'csharpFilter', 'dotnet', 'name'],
    ['${MODULES.x}', 'opcpublisher', 'dotnet', 'name'],
    ['${MODULES.edgetoinfluxdb}', 'edgetoinfluxdb', 'unknown', 'none'],
    ['mcr.microsoft.com/azure-blob-storage:latest', 'blob', 'unknown', 'none'],
  ] as const)('%s (%s) → %s by %s', (image, name, language, basis) => {
    const placeholder = /^\$\{MODULES\.([^}]+)\}$/.exec(image)?.[1] ?? null;
    expect(inferLanguage(image, name, placeholder)).toMatchObject({ language, basis });
  });
});

describe('manifestToAnswers', () => {
  it('fills list-mode modules, offline hours and notes what to confirm', () => {
    const { manifest } = imported(templateText);
    const { answers, questions } = manifestToAnswers(manifest, DEFAULT_ANSWERS);
    expect(answers.workload.mode).toBe('list');
    expect(answers.workload.modules.map((m) => [m.name, m.language, m.image, m.memoryLimitMb])).toEqual([
      ['filtermodule', 'unknown', '${MODULES.filtermodule}', 128],
      ['pythonclassifier', 'python', 'myacr.azurecr.io/python-classifier:0.3.1-arm64v8', 512],
      ['nodered', 'node', 'nodered/node-red:3.1', null],
      ['opcPublisher', 'dotnet', 'mcr.microsoft.com/iotedge/opc-publisher:2.9', null],
    ]);
    expect(answers.performance.offlineHours).toBe(12);
    expect(answers.accelerator.kind).toBe('none');
    expect(questions.some((q) => q.includes('"filtermodule"') && q.startsWith('Which language'))).toBe(true);
    expect(questions.some((q) => q.includes('stopped'))).toBe(true);
    expect(parseAnswers(answers).ok).toBe(true);
    // Everything the manifest does not speak about is kept.
    expect(answers.platform.hostOs).toBe(DEFAULT_ANSWERS.platform.hostOs);
    expect(answers.budget).toEqual(DEFAULT_ANSWERS.budget);
  });

  it('sets a GPU accelerator when a module asks for one and keeps the base when the manifest says nothing', () => {
    const { manifest } = imported(gpuText);
    const { answers, questions } = manifestToAnswers(manifest, DEFAULT_ANSWERS);
    expect(answers.accelerator.kind).toBe('gpu');
    expect(questions.join(' ')).toMatch(/GPU requested by "detector"/);
    expect(answers.performance.offlineHours).toBe(24);

    const layer = manifestToAnswers(imported(layeredText).manifest, DEFAULT_ANSWERS);
    expect(layer.answers.performance.offlineHours).toBe(DEFAULT_ANSWERS.performance.offlineHours);
  });

  it('takes the architecture from platform placeholders (${MODULES.x.amd64})', () => {
    const { answers, questions } = manifestToAnswers(imported(typoText).manifest, DEFAULT_ANSWERS);
    expect(answers.platform.architecture).toBe('amd64');
    expect(questions.join(' ')).toMatch(/architecture changed from arm64 to amd64/);
  });

  it('sets upstream share to 100 % when all messages go upstream', () => {
    const base = { ...DEFAULT_ANSWERS, data: { ...DEFAULT_ANSWERS.data, upstreamPercent: 30 } };
    expect(manifestToAnswers(imported(simText).manifest, base).answers.data.upstreamPercent).toBe(100);
  });
});

// The shared, real manifests (Microsoft samples) when this checkout has them; the facts are from their SOURCES.md.
const SHARED = '/work/shared/fixtures/manifests';
describe.skipIf(!existsSync(SHARED))('parseManifest: real manifests from Microsoft repositories', () => {
  const read = (file: string) => imported(readFileSync(`${SHARED}/${file}`, 'utf8'));

  it('01 spatial analysis: GPU runtime, no memory limit (ShmSize and sizeLimit are not limits)', () => {
    const { manifest } = read('01-spatial-analysis-gpu.json');
    expect(manifest.modules.map((m) => m.name)).toEqual(['spatialanalysis']);
    expect(byName(manifest, 'spatialanalysis')).toMatchObject({
      language: 'unknown',
      memoryLimitBytes: null,
      gpuHints: ['nvidia-runtime'],
      createOptionsForm: 'string',
      version: null,
    });
    expect(manifest.edgeAgent?.version).toBe('1.1');
    expect(manifest.edgeHub?.env).toEqual({ SslProtocols: 'tls1.2' });
    expect(manifest.timeToLiveSecs).toBe(7200);
    expect(manifest.upstreamRoutes).toEqual(['route']);
    expect(manifest.schemaTemplate).toBeNull();
  });

  it('02 devops C sample: tempSensor is .NET, FilterModule is a placeholder', () => {
    const { manifest } = read('02-devops-sample-c.json');
    expect(manifest.kind).toBe('template');
    expect(manifest.modules.map((m) => [m.name, m.language, m.imagePlaceholder])).toEqual([
      ['tempSensor', 'dotnet', null],
      ['FilterModule', 'unknown', 'FilterModule'],
    ]);
    expect(manifest.upstreamRoutes).toEqual(['FilterModuleToIoTHub']);
    expect(manifest.placeholders).toEqual([
      '${ACR_ADDRESS}',
      '${ACR_PASSWORD}',
      '${ACR_USER}',
      '${MODULES.FilterModule}',
    ]);
  });

  it('03 offline dashboarding: 5 modules, 9 placeholders', () => {
    const { manifest } = read('03-offline-dashboarding-nodered-opc.json');
    expect(manifest.modules.map((m) => m.name)).toEqual([
      'influxdb',
      'edgetoinfluxdb',
      'grafana',
      'opcpublisher',
      'opcsimulator',
    ]);
    expect(byName(manifest, 'opcpublisher').language).toBe('dotnet');
    expect(manifest.modules.every((m) => m.version === null && m.memoryLimitBytes === null)).toBe(true);
    expect(manifest.edgeHub?.version).toBe('1.2');
    expect(manifest.upstreamRoutes).toEqual(['cloud']);
    expect(manifest.placeholders).toHaveLength(9);
  });

  it('04 custom vision on a Pi: OptimizeForPerformance false, route from an undeployed module', () => {
    const { manifest, warnings } = read('04-custom-vision-rpi-arm32v7.json');
    expect(manifest.kind).toBe('template');
    expect(manifest.modules.map((m) => [m.name, m.createOptionsForm])).toEqual([
      ['camera-capture', 'object'],
      ['sensehat-display', 'object'],
      ['image-classifier-service', 'empty'],
    ]);
    expect(manifest.optimizeForPerformance).toBe(false);
    expect(manifest.upstreamRoutes).toEqual(['CameraCaptureToIoTHub', 'CameraCaptureGAToIoTHub']);
    expect(warnings.join(' ')).toMatch(/"CameraCaptureGA", which is not in this manifest/);
    expect(manifest.placeholders).toHaveLength(6);
    const { answers } = manifestToAnswers(manifest, DEFAULT_ANSWERS);
    expect(answers.platform.architecture).toBe('arm32v7');
  });

  it('05 Jetson: GPU by device nodes, case-mismatched and dangling routes', () => {
    const { manifest, warnings } = read('05-onnxruntime-jetson-l4t.json');
    expect(manifest.modules.map((m) => m.name)).toEqual([
      'inferencemodule',
      'CameraCaptureModule',
      'azureblobstorageoniotedge',
    ]);
    expect(byName(manifest, 'inferencemodule').gpuHints).toEqual(['nvidia-devices']);
    expect(manifest.modules.every((m) => !m.sendsUpstream)).toBe(true);
    expect(warnings.join(' ')).toMatch(/"InferenceModule", but the module is named "inferencemodule"/);
    expect(warnings.join(' ')).toMatch(/No deployed module reaches \$upstream/);
    expect(manifest.placeholders).toHaveLength(8);
  });

  it('06 metrics collector: a layer, no schemaVersion, no store-and-forward', () => {
    const { manifest } = read('06-metrics-collector-layered.json');
    expect(manifest.kind).toBe('layered');
    expect(manifest.modules.map((m) => [m.name, m.language, m.image])).toEqual([
      ['metricsCollector', 'dotnet', 'mcr.microsoft.com/azureiotedge-metrics-collector:1.0'],
    ]);
    expect(manifest.schemaVersion).toEqual({ edgeAgent: null, edgeHub: null });
    expect(manifest.timeToLiveSecs).toBeNull();
    expect(manifest.upstreamRoutes).toEqual(['metricsCollector']);
  });

  it('07 long haul: 14 modules with memory limits summing to 655,000,000 bytes', () => {
    const { manifest } = read('07-longhaul-14-modules-memory.json');
    expect(manifest.modules).toHaveLength(14);
    expect(manifest.modules.reduce((s, m) => s + (m.memoryLimitBytes ?? 0), 0)).toBe(655_000_000);
    expect(byName(manifest, 'networkController').memoryLimitBytes).toBe(10_000_000);
    expect(manifest.modules.every((m) => m.language === 'dotnet')).toBe(true);
    expect(manifest.edgeAgent?.memoryLimitBytes).toBe(70_000_000);
    expect(manifest.edgeHub?.memoryLimitBytes).toBe(140_000_000);
    expect(manifest.edgeHub?.version).toBeNull();
    expect(manifest.optimizeForPerformance).toBeNull();
    expect(manifest.timeToLiveSecs).toBe(86_400);
    expect(manifest.upstreamRoutes).toEqual(['relayer1ToCloud', 'relayer2ToCloud']);
    expect(manifest.placeholders.filter((p) => p.startsWith('<'))).toHaveLength(36);
    const { answers } = manifestToAnswers(manifest, DEFAULT_ANSWERS);
    // 140,000,000 bytes = 133.51 MiB, rounded UP to 133.6 so the exported limit is never below the original.
    expect(answers.workload.modules.find((m) => m.name === 'testResultCoordinator')?.memoryLimitMb).toBe(
      133.6,
    );
  });

  it('08 modbus: legacy moduleContent accepted with a warning, one module, not zero', () => {
    const { manifest, warnings } = read('08-modbus-modulecontent-typo.json');
    expect(manifest.modules.map((m) => [m.name, m.imagePlaceholder])).toEqual([
      ['modbus', 'iotedgeModbus.amd64'],
    ]);
    expect(warnings[0]).toMatch(/moduleContent/);
    expect(manifest.upstreamRoutes).toEqual(['iotedgeModbusToIoTHub']);
    expect(manifest.timeToLiveSecs).toBe(7200);
  });
});
