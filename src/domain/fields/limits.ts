/** Limits shared by the schema, the wizard's inputs and their help texts. */
export const LIMITS = {
  modules: { min: 0, max: 200 },
  messagesPerSecond: { min: 0, max: 100_000 },
  /** IoT Hub / edgeHub reject device-to-cloud messages over 256 KB. */
  messageSizeKb: { min: 0.01, max: 256 },
  imageSizeMb: { min: 1, max: 20_000 },
  memoryLimitMb: { min: 4, max: 1_048_576 },
  headroomPercent: { min: 0, max: 200 },
  offlineHours: { min: 0, max: 720 },
  upstreamPercent: { min: 0, max: 100 },
  budgetUsd: { min: 0, max: 1_000_000 },
  tops: { min: 0, max: 10_000 },
  gopsPerInference: { min: 0, max: 10_000 },
  framesPerSecond: { min: 0, max: 1_000 },
  streams: { min: 0, max: 256 },
  serviceLifeYears: { min: 1, max: 15 },
  deploymentsPerMonth: { min: 0, max: 100 },
  sites: { min: 1, max: 10_000 },
  devicesPerSite: { min: 1, max: 10_000 },
  energyUsdPerKwh: { min: 0, max: 10 },
  dataUsdPerGb: { min: 0, max: 1_000 },
  sparePercent: { min: 0, max: 100 },
  /** Downstream (leaf) devices on a gateway; well above edgeHub's default of 100 clients, which a finding explains. */
  downstreamDevices: { min: 0, max: 10_000 },
  /** Messages per downstream device per minute (6,000 = 100 per second per device). */
  downstreamMessagesPerMinute: { min: 0, max: 6_000 },
  nameLength: 80,
  imageLength: 300,
} as const;
