/**
 * GOLDEN LINK, share-link format 1. Never edit: this string was produced by encodeShareState of format 1
 * (2026-11-25) and must keep opening with these answers after any change of the format (migrations.ts).
 * It uses every kind of value: list mode, images split by registry, nulls, decimals, non-ASCII text,
 * characters that would be markup in HTML, and non-default choices in every section.
 *
 * Fields added after format 1 (they are not in the link) open with their defaults: each section below
 * starts from DEFAULT_ANSWERS for that reason.
 */
import { DEFAULT_ANSWERS, type Answers } from '../../../domain/answers.ts';

/** One golden link and what it must open. */
export interface GoldenLink {
  formatVersion: number;
  modelVersion: string;
  fragment: string;
  /** The view and step of the fragment's path (formats 1 and 2 also held a copy inside the payload). */
  view: string;
  step: string | null;
  answers: Answers;
}

export const GOLDEN_V1: GoldenLink = {
  formatVersion: 1,
  modelVersion: '2026.11.1',
  /** The URL fragment as the app writes it. */
  fragment:
    '#/wizard/data?s=1.NoIgTADGBsB0CM8EgDQgO4EsBeBDATgCaoiG4AuuqoA4gPYA2hApgHYAEAbvO4MgE7AGUytm7AMzsAPAHMKzdLgCeAPnYAdEAEEAZACEN1eCjEoALCmCgAtgGN8sK5jt0AznQBm5WDbpWA9Jh05MyE0sx+JD6s5K50sLjYAK74zHawgREAuhYgdAAONgC0eYkARgyYLgAWzPgk7pgMwXVoAEoAly6JVu3sgLAqgLJKINnARhAo0COFRoVgKKyJDAwjIABcYLAAnAhgJKtIprC7aMMWYvDjC0vzi8sW8ACs4-AbDzdLIw8v7wwTppnZMQjUwQWBvSDjUFvExiB4jOZjFAADlgAHYUI8UGBgeNTEiRi8IBACRi3s8UM8AZkgA',
  view: 'wizard',
  step: 'data',
  answers: {
    scenarioName: 'Golden v1 – Line 3 <gateway> "A&B"',
    workload: {
      ...DEFAULT_ANSWERS.workload,
      mode: 'list',
      moduleCount: 3,
      defaultLanguage: 'python',
      layerSharing: 'single-base',
      modules: [
        {
          name: 'opc-publisher',
          language: 'dotnet',
          image: 'mcr.microsoft.com/iotedge/opc-publisher:2.9.12',
          imageSizeMb: 310,
          messagesPerSecond: 150,
          memoryLimitMb: 512,
        },
        {
          name: 'filter',
          language: 'c',
          image: 'contoso.azurecr.io/filter:1.4.2',
          imageSizeMb: null,
          messagesPerSecond: 12.5,
          memoryLimitMb: null,
        },
        {
          name: 'Résumé 名前',
          language: 'unknown',
          image: '',
          imageSizeMb: null,
          messagesPerSecond: null,
          memoryLimitMb: 64,
        },
      ],
    },
    data: {
      ...DEFAULT_ANSWERS.data,
      messagesPerSecondAvg: 40.5,
      messagesPerSecondPeak: 200,
      messageSizeKb: 0.5,
      processing: 'heavy',
      upstreamPercent: 35,
    },
    accelerator: {
      ...DEFAULT_ANSWERS.accelerator,
      kind: 'npu',
      sizing: 'workload',
      tops: 0,
      gopsPerInference: 8.7,
      framesPerSecond: 15,
      streams: 2,
    },
    performance: { ...DEFAULT_ANSWERS.performance, headroomPercent: 40, offlineHours: 48 },
    budget: { ...DEFAULT_ANSWERS.budget, maxDeviceUsd: 1200 },
    platform: {
      ...DEFAULT_ANSWERS.platform,
      iotEdgeVersion: '1.5',
      hostOs: 'windows-server',
      architecture: 'amd64',
      containerEngine: 'docker-ce',
      containerOs: 'linux',
      hosting: 'hyper-v',
    },
  },
};
