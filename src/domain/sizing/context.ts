/**
 * What every sizing function needs to know, derived once from the answers: the modules and the message rate
 * each one handles, the host OS family, the architecture and the per-message costs.
 *
 * Message rates: a range's low end uses the average rate; typical and high use the peak rate (never below the
 * average). The device must keep up with its peak without building a backlog, and its memory must hold what the
 * peak puts in flight; the average is what it needs when bursts are absorbed by queueing, the least it can get by
 * with. Store-and-forward and uplink volume are driven by the average (see buffer.ts and uplink.ts).
 */
import type { AssumptionId } from '../assumptions.ts';
import {
  effectiveModules,
  LANGUAGES,
  PROCESSING,
  type Answers,
  type Architecture,
  type HostOs,
  type Language,
  type Processing,
} from '../answers.ts';
import type { Range } from '../types.ts';
import { knownApplication } from '../modules/languages.ts';
import {
  moduleNeeds,
  recognizeModule,
  type KnownModuleMatch,
  type ModuleNeeds,
} from '../modules/known-modules.ts';
import { add, cited, idsByKey, max, mul, type Cited } from './range.ts';

/** Host OS families that share a baseline footprint. */
export type OsFamily =
  | 'raspberry-pi-os'
  | 'debian'
  | 'ubuntu-server'
  | 'ubuntu-core'
  | 'rhel'
  | 'azure-linux'
  | 'yocto'
  | 'windows-client'
  | 'windows-server';

const OS_FAMILY: Record<HostOs, OsFamily> = {
  'debian-11': 'debian',
  'debian-12': 'debian',
  'debian-13': 'debian',
  'other-linux': 'debian',
  'raspberry-pi-os-bookworm': 'raspberry-pi-os',
  'raspberry-pi-os-trixie': 'raspberry-pi-os',
  'ubuntu-20.04': 'ubuntu-server',
  'ubuntu-22.04': 'ubuntu-server',
  'ubuntu-24.04': 'ubuntu-server',
  'ubuntu-core': 'ubuntu-core',
  'rhel-8': 'rhel',
  'rhel-9': 'rhel',
  'azure-linux-3': 'azure-linux',
  yocto: 'yocto',
  'windows-client': 'windows-client',
  'windows-server': 'windows-server',
};

/** The host OS family whose baseline the model uses. */
export function osFamily(hostOs: HostOs): OsFamily {
  return OS_FAMILY[hostOs];
}

/** Architectures the model has numbers for; armv6 (which cannot run IoT Edge) is sized as arm32v7. */
export type SizedArch = Exclude<Architecture, 'armv6'>;

/** One module as the model sizes it. */
export interface ModuleLoad {
  index: number;
  name: string;
  language: Language;
  /** Messages per second this module handles: low = average, typical = high = peak. */
  rate: Range;
  /** True when the module's own rate was given; false when it shares the workload's rate. */
  stated: boolean;
  /** True when it shares the workload's rate with modules in other languages (costed at the dearest one). */
  pooledAcrossLanguages: boolean;
  /** CPU per message in ms of a reference core (processing × language + SDK), with the assumptions it came from. */
  cpuMsPerMessage: Cited;
  /** In-memory overhead per message held, in KB, with the assumptions it came from. */
  overheadKbPerMessage: Cited;
  imageSizeMb: number | null;
  memoryLimitMb: number | null;
  /**
   * The well-known server application the module runs (InfluxDB, Grafana, SQL Server…), recognised from its image
   * or, with an empty or placeholder image, from its name (`fromName`: the user should confirm it).
   */
  application: { what: string; minRam: AssumptionId | null; fromName: boolean } | null;
  /** The catalog entry the module is (src/domain/modules/known-modules.ts), recognised like `application`. */
  known: KnownModuleMatch | null;
  /** The GPU and architecture needs its catalog entry or its image (a Jetson l4t build) impose. */
  needs: ModuleNeeds;
}

export interface SizingContext {
  answers: Answers;
  family: OsFamily;
  windowsHost: boolean;
  arch: SizedArch;
  modules: ModuleLoad[];
  /** Messages per second edgeHub routes: low = average, typical = high = peak. */
  deviceRate: Range;
  /** Average messages per second through edgeHub (drives store-and-forward and uplink volume). */
  deviceRateAvg: number;
  /** Peak messages per second through edgeHub (never below the average). */
  deviceRatePeak: number;
  /**
   * The workload's messages per second routed upstream to IoT Hub, on average and at peak: the workload's rate ×
   * the upstream share. Module rates are not added here: in a pipeline (OPC UA → filter → upstream) each hop is
   * routed by edgeHub, but only the workload's messages leave the device. The downstream devices' are in downstream.
   */
  upstreamAvg: number;
  upstreamPeak: number;
  headroomPercent: number;
  /** What edgeHub routes for others, beside the workload: see Downstream. */
  downstream: Downstream;
}

/** A flow of messages: per second on average and at peak, and their size (KB) at each, weighted by the rates. */
export interface Flow {
  avg: number;
  peak: number;
  sizeKb: number;
  peakSizeKb: number;
}

/**
 * The messages edgeHub routes for others, beside the workload's (not by the modules), with their own sizes, so
 * that the bytes are exact on average and at peak: a gateway's downstream devices (data.downstreamDevices; 0 = not
 * a gateway), steady and of the scenario's message size, the upstream share of them sent up; and on a layer of a
 * nested topology, its IoT Edge children's messages too, each forwarded whole (topology.ts passes them).
 */
export interface Downstream {
  /** Devices connected below (leaf devices and IoT Edge children). */
  devices: number;
  /** Their messages edgeHub routes. */
  routed: Flow;
  /** Of those, the messages sent upstream. */
  upstream: Flow;
}

/** A steady flow of one size. */
export function steadyFlow(rate: number, sizeKb: number): Flow {
  return { avg: rate, peak: rate, sizeKb, peakSizeKb: sizeKb };
}

/** A gateway's downstream devices as the answers give them: steady, of the scenario's size, the upstream share sent up. */
export function answersDownstream(answers: Answers): Downstream {
  const d = answers.data;
  // Messages per device per minute → messages per second through edgeHub.
  const rate = (d.downstreamDevices * d.downstreamMessagesPerMinute) / 60;
  return {
    devices: d.downstreamDevices,
    routed: steadyFlow(rate, d.messageSizeKb),
    upstream: steadyFlow((rate * d.upstreamPercent) / 100, d.messageSizeKb),
  };
}

/** The register ids a module's language and the processing weight select (idsByKey: made once). */
export const LANGUAGE_IDS = {
  cpuFactor: idsByKey('language.cpu-factor.', LANGUAGES),
  sdkCpuMs: idsByKey('language.sdk-cpu-ms.', LANGUAGES),
  overheadKb: idsByKey('msg.overhead-kb.', LANGUAGES),
  moduleRam: idsByKey('module.ram.', LANGUAGES),
  imageBase: idsByKey('image.base.', LANGUAGES),
  imageApp: idsByKey('image.app.', LANGUAGES),
} as const satisfies Record<string, Record<Language, AssumptionId>>;

export const PROCESSING_IDS = {
  cpuMs: idsByKey('processing.cpu-ms.', PROCESSING),
  ramFactor: idsByKey('processing.ram-factor.', PROCESSING),
} as const satisfies Record<string, Record<Processing, AssumptionId>>;

/** Range of a module's CPU cost per message: processing work × language factor + SDK send/receive cost. */
export function cpuMsPerMessage(language: Language, answers: Answers): Cited {
  return cited((read) =>
    add(
      mul(read(PROCESSING_IDS.cpuMs[answers.data.processing]), read(LANGUAGE_IDS.cpuFactor[language])),
      read(LANGUAGE_IDS.sdkCpuMs[language]),
    ),
  );
}

/** In-memory overhead per message held (KB) by a module in this language. */
function overheadKbPerMessage(language: Language): Cited {
  return cited((read) => read(LANGUAGE_IDS.overheadKb[language]));
}

/**
 * Derive the sizing context from valid answers. `downstream` replaces what the gateway answers give (a layer of a
 * nested topology passes its leaf devices and IoT Edge children).
 */
export function buildContext(
  answers: Answers,
  downstream: Downstream = answersDownstream(answers),
): SizingContext {
  const specs = effectiveModules(answers.workload);
  const avg = answers.data.messagesPerSecondAvg;
  const peak = Math.max(answers.data.messagesPerSecondPeak, avg);

  const unstated = specs.filter((m) => m.messagesPerSecond === null);
  const statedSum = specs.reduce((sum, m) => sum + (m.messagesPerSecond ?? 0), 0);

  // Messages without a stated owner are spread evenly over the modules without a stated rate, and costed at the
  // most expensive language among them: we cannot know which module handles which message, and this way adding
  // a module never lowers the estimate.
  // One cost per language (a module's costs depend only on its language and the answers), made when first needed.
  const cpuByLanguage = new Map<Language, Cited>();
  const overheadByLanguage = new Map<Language, Cited>();
  const cpuOf = (language: Language): Cited => {
    let cost = cpuByLanguage.get(language);
    if (cost === undefined) cpuByLanguage.set(language, (cost = cpuMsPerMessage(language, answers)));
    return cost;
  };
  const overheadOf = (language: Language): Cited => {
    let cost = overheadByLanguage.get(language);
    if (cost === undefined) overheadByLanguage.set(language, (cost = overheadKbPerMessage(language)));
    return cost;
  };
  const pooledCpu = cited((read) => max(...unstated.map((m) => read.cite(cpuOf(m.language)))));
  const pooledOverhead = cited((read) => max(...unstated.map((m) => read.cite(overheadOf(m.language)))));
  const share = unstated.length > 0 ? 1 / unstated.length : 0;
  const mixedPool = new Set(unstated.map((m) => m.language)).size > 1;

  // Every module whose rate nobody states has the same share of the workload rate: one range for all of them.
  const pooledRate: Range = { low: avg * share, typical: peak * share, high: peak * share };
  const modules: ModuleLoad[] = specs.map((m, index) => {
    const stated = m.messagesPerSecond !== null;
    const knowledge = moduleKnowledge(m.image, m.name);
    const own = m.messagesPerSecond ?? 0;
    return {
      index,
      name: m.name,
      language: m.language,
      rate: stated ? { low: own, typical: own, high: own } : pooledRate,
      stated,
      pooledAcrossLanguages: !stated && mixedPool,
      cpuMsPerMessage: stated ? cpuOf(m.language) : pooledCpu,
      overheadKbPerMessage: stated ? overheadOf(m.language) : pooledOverhead,
      imageSizeMb: m.imageSizeMb,
      memoryLimitMb: m.memoryLimitMb,
      application: knowledge.application,
      known: knowledge.known,
      needs: knowledge.needs,
    };
  });

  // edgeHub routes at least the workload's rate, and at least what the modules with a stated rate send.
  const deviceRateAvg = Math.max(avg, statedSum);
  const deviceRatePeak = Math.max(peak, statedSum);
  const family = osFamily(answers.platform.hostOs);
  return {
    answers,
    family,
    windowsHost: family === 'windows-client' || family === 'windows-server',
    arch: answers.platform.architecture === 'armv6' ? 'arm32v7' : answers.platform.architecture,
    modules,
    deviceRate: { low: deviceRateAvg, typical: deviceRatePeak, high: deviceRatePeak },
    deviceRateAvg,
    deviceRatePeak,
    upstreamAvg: (avg * answers.data.upstreamPercent) / 100,
    upstreamPeak: (peak * answers.data.upstreamPercent) / 100,
    headroomPercent: answers.performance.headroomPercent,
    downstream,
  };
}

/**
 * A module's breakdown item id, `module:<index>`, made once per index: the CPU, RAM and storage breakdowns each
 * wrote it again for every module of every estimate (issue 18).
 */
export function moduleItemId(index: number): string {
  let id = MODULE_ITEM_IDS[index];
  if (id === undefined) {
    id = `module:${index}`;
    MODULE_ITEM_IDS[index] = id;
  }
  return id;
}

const MODULE_ITEM_IDS: string[] = [];

/** Display label for a module in a breakdown. */
export function moduleLabel(m: ModuleLoad): string {
  return m.name.trim() === '' ? `Module ${m.index + 1}` : m.name;
}

/** Readable language names for explanations. */
export const LANGUAGE_LABEL: Record<Language, string> = {
  c: 'C/C++',
  dotnet: '.NET',
  java: 'Java',
  node: 'Node.js',
  python: 'Python',
  'rust-go': 'Rust/Go',
  unknown: 'unknown language',
};

/** "A .NET module", "A module in an unknown language": the start of an explanation. */
export function moduleNoun(m: ModuleLoad): string {
  return m.language === 'unknown'
    ? 'A module in an unknown language'
    : `A ${LANGUAGE_LABEL[m.language]} module`;
}

type ModuleKnowledge = Pick<ModuleLoad, 'application' | 'known' | 'needs'>;

/** What the knowledge base says about a module's image and name: server application, catalog entry, needs. */
export function moduleKnowledge(image: string, name: string): ModuleKnowledge {
  // By image, then by name: two lookups of the answers' own strings (whose hashes V8 keeps) cost less than
  // building and hashing a joined key for every module.
  let byName = KNOWLEDGE_OF.get(image);
  const cached = byName?.get(name);
  if (cached !== undefined) return cached;
  const app = knownApplication(image, name);
  const known = recognizeModule(image, name);
  const found: ModuleKnowledge = Object.freeze({
    application: app
      ? Object.freeze({
          what: app.application.what,
          minRam: app.application.minMemory,
          fromName: app.fromName,
        })
      : null,
    known,
    needs: moduleNeeds(image, known),
  });
  // Parsing image references was half of a 100-module estimate; the answers change one field at a time, so the
  // same modules come back on every keystroke. Bounded: cleared when it outgrows any real scenario.
  if (knowledgeCount >= 2000) {
    KNOWLEDGE_OF.clear();
    knowledgeCount = 0;
    byName = undefined;
  }
  if (byName === undefined) KNOWLEDGE_OF.set(image, (byName = new Map()));
  byName.set(name, found);
  knowledgeCount += 1;
  return found;
}

const KNOWLEDGE_OF = new Map<string, Map<string, ModuleKnowledge>>();
let knowledgeCount = 0;

/** Round for explanations (not for the numbers themselves). */
export function fmt(x: number, digits = 1): string {
  if (x === 0) return '0';
  const rounded = Math.abs(x) >= 100 ? Math.round(x) : Number(x.toFixed(digits));
  // Below 1,000 (and with at most 3 decimals) en-US formatting is the number's own text: skip Intl, which was a
  // quarter of the estimate's time (hundreds of explanations per estimate). A test checks the two agree.
  return Math.abs(rounded) < 1000 ? String(rounded) : EN_US.format(rounded);
}

/** What `toLocaleString('en-US')` uses: a comma every three digits. */
const EN_US = new Intl.NumberFormat('en-US');

/** "2–10 msg/s" for a range of rates, "10 msg/s" when both ends are equal (for explanations). */
export function fmtRate(low: number, high: number): string {
  return fmt(low) === fmt(high) ? `${fmt(high)} msg/s` : `${fmt(low)}–${fmt(high)} msg/s`;
}
