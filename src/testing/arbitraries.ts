/**
 * fast-check arbitraries for the model's input. Every generated Answers passes the schema (a test checks it).
 * Sizes are kept modest (≤ 12 modules) so that properties run fast; the schema allows up to 200.
 */
import fc from 'fast-check';
import {
  ACCELERATORS,
  ATTESTATIONS,
  ARCHITECTURES,
  CONTAINER_ENGINES,
  CONTAINER_OSES,
  DOWNSTREAM_PROTOCOLS,
  HOSTINGS,
  HOST_OSES,
  INFERENCE_SIZING,
  IOT_EDGE_VERSIONS,
  LANGUAGES,
  LAYER_SHARING,
  LIMITS,
  PROCESSING,
  type Answers,
  type ModuleSpec,
} from '../domain/answers.ts';

const num = (limits: { readonly min: number; readonly max: number }, max: number = limits.max) =>
  fc.double({ min: limits.min, max: Math.min(max, limits.max), noNaN: true, noDefaultInfinity: true });

const int = (limits: { readonly min: number; readonly max: number }, max: number = limits.max) =>
  fc.integer({ min: limits.min, max: Math.min(max, limits.max) });

/** One valid module row. */
export const arbModule: fc.Arbitrary<ModuleSpec> = fc.record({
  name: fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/),
  language: fc.constantFrom(...LANGUAGES),
  image: fc.constantFrom(
    '',
    'mcr.microsoft.com/azureiotedge-simulated-temperature-sensor:1.5',
    'myacr.azurecr.io/filter:1.0',
    // Server applications the model sizes by their vendor's figure (assumptions app.min-ram.*).
    'influxdb:1.8.10',
    'grafana/grafana:11.2.0',
    'mcr.microsoft.com/azure-sql-edge:latest',
    'mcr.microsoft.com/mssql/server:2022-latest',
    'eclipse-mosquitto:2',
    // Known modules sized by their catalog entry (src/domain/modules/known-modules.ts).
    'mcr.microsoft.com/azure-cognitive-services/vision/spatial-analysis:latest',
    'marketplace.azurecr.io/nvidia/deepstream51-l4t:latest',
    'mcr.microsoft.com/azureiotedge-api-proxy:1.1',
    'mcr.microsoft.com/azure-stream-analytics/azureiotedge:1.0.14',
    'mcr.microsoft.com/azure-blob-storage:latest',
  ),
  imageSizeMb: fc.option(num(LIMITS.imageSizeMb, 5_000), { nil: null }),
  messagesPerSecond: fc.option(num(LIMITS.messagesPerSecond, 5_000), { nil: null }),
  memoryLimitMb: fc.option(num(LIMITS.memoryLimitMb, 4_096), { nil: null }),
});

/** Always-valid Answers covering every enum value and the numeric ranges (rates up to 20,000 msg/s). */
export const arbAnswers: fc.Arbitrary<Answers> = fc.record({
  scenarioName: fc.constantFrom('Scenario', 'Line 3 gateway', ''),
  workload: fc.record({
    mode: fc.constantFrom('count' as const, 'list' as const),
    moduleCount: int(LIMITS.modules, 12),
    defaultLanguage: fc.constantFrom(...LANGUAGES),
    modules: fc.array(arbModule, { maxLength: 12 }),
    layerSharing: fc.constantFrom(...LAYER_SHARING),
  }),
  data: fc.record({
    messagesPerSecondAvg: num(LIMITS.messagesPerSecond, 20_000),
    messagesPerSecondPeak: num(LIMITS.messagesPerSecond, 20_000),
    messageSizeKb: num(LIMITS.messageSizeKb),
    processing: fc.constantFrom(...PROCESSING),
    upstreamPercent: num(LIMITS.upstreamPercent),
    // Often not a gateway (0), else up to the limit.
    downstreamDevices: fc.oneof(fc.constant(0), int(LIMITS.downstreamDevices)),
    downstreamProtocol: fc.constantFrom(...DOWNSTREAM_PROTOCOLS),
    downstreamMessagesPerMinute: num(LIMITS.downstreamMessagesPerMinute, 600),
  }),
  accelerator: fc.record({
    kind: fc.constantFrom(...ACCELERATORS),
    sizing: fc.constantFrom(...INFERENCE_SIZING),
    tops: num(LIMITS.tops, 500),
    gopsPerInference: num(LIMITS.gopsPerInference, 500),
    framesPerSecond: num(LIMITS.framesPerSecond, 120),
    streams: int(LIMITS.streams, 32),
  }),
  performance: fc.record({
    headroomPercent: num(LIMITS.headroomPercent),
    offlineHours: num(LIMITS.offlineHours),
    mayBootOffline: fc.boolean(),
  }),
  budget: fc.record({
    maxDeviceUsd: fc.option(num(LIMITS.budgetUsd, 50_000), { nil: null }),
    serviceLifeYears: fc
      .integer({ min: LIMITS.serviceLifeYears.min * 2, max: LIMITS.serviceLifeYears.max * 2 })
      .map((halves) => halves / 2),
    planFleet: fc.boolean(),
    sites: int(LIMITS.sites),
    devicesPerSite: int(LIMITS.devicesPerSite),
    energyUsdPerKwh: fc.option(num(LIMITS.energyUsdPerKwh), { nil: null }),
    dataUsdPerGb: fc.option(num(LIMITS.dataUsdPerGb), { nil: null }),
    sparePercent: num(LIMITS.sparePercent),
  }),
  platform: fc.record({
    iotEdgeVersion: fc.constantFrom(...IOT_EDGE_VERSIONS),
    hostOs: fc.constantFrom(...HOST_OSES),
    architecture: fc.constantFrom(...ARCHITECTURES),
    containerEngine: fc.constantFrom(...CONTAINER_ENGINES),
    containerOs: fc.constantFrom(...CONTAINER_OSES),
    hosting: fc.constantFrom(...HOSTINGS),
    attestation: fc.constantFrom(...ATTESTATIONS),
    deploymentsPerMonth: num(LIMITS.deploymentsPerMonth),
  }),
});
