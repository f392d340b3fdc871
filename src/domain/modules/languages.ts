/**
 * Knowledge about modules, used by the sizing model and the manifest importer and exporter alike: infer a
 * module's language from its image reference (and, with less confidence, from its name), and recognise the
 * well-known server applications. 'unknown' whenever it cannot be shown, so the wizard asks instead of guessing.
 * The catalog of known modules with their sourced needs is known-modules.ts, next to this file.
 */
import type { Language } from '../answers.ts';
import { ASSUMPTIONS, type AssumptionId } from '../assumptions.ts';

/** How a language was found. */
export interface LanguageGuess {
  language: Language;
  /** 'known-image': a published image whose source we know; 'image': a word in the image reference;
   *  'name': a word in the module or placeholder name (confirm it); 'application': a well-known server
   *  application (a database, dashboard, broker…), sized by its own needs, not by a language; 'none': unknown. */
  basis: 'known-image' | 'image' | 'name' | 'application' | 'none';
  note: string;
  /** The server application the module runs, when it is a well-known one. */
  application?: KnownApplication;
}

/** The register entry's note, as the vendor's words (without its final full stop): written once, in assumptions.ts. */
function vendorWords(id: AssumptionId): string {
  return (ASSUMPTIONS[id].note ?? ASSUMPTIONS[id].label).replace(/\.$/, '');
}

/** The vendor's memory figure of an application in MB (10^6 bytes), or null when none is published. */
export function applicationMinMemoryMB(app: KnownApplication): number | null {
  return app.minMemory === null ? null : ASSUMPTIONS[app.minMemory].value;
}

/**
 * A well-known third-party server application. Its memory follows its data, caches and queries, not the
 * language it is written in (InfluxDB is written in Go, yet it is no small Go module), so the sizer keeps its
 * language unknown (or the runtime's, for Node-RED), asks the user to check its memory, and never exports a
 * memory limit under the vendor's minimum. The four with a published figure are also entries of the catalog of
 * known modules (known-modules.ts), which sizes them.
 */
export interface KnownApplication {
  what: string;
  /** The runtime language when it helps the estimate (Node-RED runs on Node.js); otherwise 'unknown'. */
  language: Language;
  /**
   * The register entry (assumptions.ts) holding the vendor's documented minimum or low-load memory, in MB
   * (10^6 bytes); null when none is published. The sizing model and the manifest export both use it.
   */
  minMemory: AssumptionId | null;
  /** The vendor's words, for the user. */
  guidance: string;
  source: string;
}

/**
 * Well-known server applications, keyed by image repository (registry and tag removed) or its last segment.
 * Sources read 2026-11.
 */
const APPLICATIONS: Readonly<Record<string, KnownApplication>> = {
  influxdb: {
    what: 'InfluxDB (time-series database)',
    language: 'unknown',
    minMemory: 'app.min-ram.influxdb',
    guidance: vendorWords('app.min-ram.influxdb'),
    source: ASSUMPTIONS['app.min-ram.influxdb'].source,
  },
  grafana: {
    what: 'Grafana (dashboards)',
    language: 'unknown',
    minMemory: 'app.min-ram.grafana',
    guidance: vendorWords('app.min-ram.grafana'),
    source: ASSUMPTIONS['app.min-ram.grafana'].source,
  },
  'azure-sql-edge': {
    what: 'Azure SQL Edge (database; retired by Microsoft on 2025-09-30)',
    language: 'unknown',
    minMemory: 'app.min-ram.azure-sql-edge',
    guidance: vendorWords('app.min-ram.azure-sql-edge'),
    source: ASSUMPTIONS['app.min-ram.azure-sql-edge'].source,
  },
  'mssql/server': {
    what: 'SQL Server on Linux (database)',
    language: 'unknown',
    minMemory: 'app.min-ram.mssql',
    guidance: vendorWords('app.min-ram.mssql'),
    source: ASSUMPTIONS['app.min-ram.mssql'].source,
  },
  postgres: {
    what: 'PostgreSQL (database)',
    language: 'unknown',
    minMemory: null,
    guidance: 'PostgreSQL publishes no minimum; its shared_buffers default to 128 MB',
    source: 'https://www.postgresql.org/docs/current/runtime-config-resource.html',
  },
  mysql: {
    what: 'MySQL (database)',
    language: 'unknown',
    minMemory: null,
    guidance: "MySQL's InnoDB buffer pool defaults to 128 MB",
    source: 'https://dev.mysql.com/doc/refman/8.4/en/innodb-parameters.html',
  },
  mariadb: {
    what: 'MariaDB (database)',
    language: 'unknown',
    minMemory: null,
    guidance: "MariaDB's InnoDB buffer pool defaults to 128 MB",
    source: 'https://mariadb.com/kb/en/innodb-system-variables/',
  },
  mongo: {
    what: 'MongoDB (database)',
    language: 'unknown',
    minMemory: null,
    guidance:
      "MongoDB's WiredTiger cache takes the larger of 50 % of (RAM − 1 GB) and 256 MB, so it needs well over 256 MB",
    source: 'https://www.mongodb.com/docs/manual/core/wiredtiger/',
  },
  redis: {
    what: 'Redis (in-memory store)',
    language: 'unknown',
    minMemory: null,
    guidance: 'Redis holds its whole data set in memory: size it from the data',
    source: 'https://redis.io/docs/latest/operate/oss_and_stack/management/optimization/memory-optimization/',
  },
  'eclipse-mosquitto': {
    what: 'Eclipse Mosquitto (MQTT broker)',
    language: 'unknown',
    minMemory: null,
    guidance: 'Mosquitto is small, but its memory grows with clients and queued messages',
    source: 'https://mosquitto.org/man/mosquitto-conf-5.html',
  },
  'node-red': {
    what: 'Node-RED (flow engine on Node.js)',
    language: 'node',
    minMemory: null,
    guidance: 'Node-RED runs on Node.js; its memory grows with the flows and nodes installed',
    source: 'https://nodered.org/docs/getting-started/local',
  },
  telegraf: {
    what: 'Telegraf (metrics agent)',
    language: 'unknown',
    minMemory: null,
    guidance: "Telegraf's memory grows with its metric buffer (metric_buffer_limit)",
    source: 'https://docs.influxdata.com/telegraf/v1/configuration/',
  },
  prometheus: {
    what: 'Prometheus (time-series database)',
    language: 'unknown',
    minMemory: null,
    guidance: "Prometheus's memory grows with the number of active series",
    source: 'https://prometheus.io/docs/prometheus/latest/storage/',
  },
  nginx: {
    what: 'nginx (web server)',
    language: 'unknown',
    minMemory: null,
    guidance: 'nginx is small; its memory grows with workers, connections and caches',
    source: 'https://nginx.org/en/docs/ngx_core_module.html',
  },
};

/**
 * The vendors' own repositories that are not an APPLICATIONS key themselves (registry removed; Docker Hub's
 * "library/" prefix is dropped before the lookup).
 */
const OFFICIAL_REPOSITORIES: Readonly<Record<string, string>> = {
  'grafana/grafana': 'grafana',
  'grafana/grafana-oss': 'grafana',
  'grafana/grafana-enterprise': 'grafana',
  'mssql/rhel/server': 'mssql/server',
  'azure-sql-edge/developer': 'azure-sql-edge',
  'nodered/node-red': 'node-red',
  'prom/prometheus': 'prometheus',
};

/** Application keys by module or placeholder name (case and separators ignored). */
const APPLICATION_NAMES: Readonly<Record<string, string>> = {
  influxdb: 'influxdb',
  influx: 'influxdb',
  grafana: 'grafana',
  sqledge: 'azure-sql-edge',
  azuresqledge: 'azure-sql-edge',
  mssql: 'mssql/server',
  sqlserver: 'mssql/server',
  postgres: 'postgres',
  postgresql: 'postgres',
  mysql: 'mysql',
  mariadb: 'mariadb',
  mongo: 'mongo',
  mongodb: 'mongo',
  redis: 'redis',
  mosquitto: 'eclipse-mosquitto',
  nodered: 'node-red',
  telegraf: 'telegraf',
  prometheus: 'prometheus',
  nginx: 'nginx',
};

/**
 * The well-known server application an image (or, for a placeholder image, the module or placeholder name)
 * runs, or null. `fromName` tells that only the name matched (confirm it).
 */
export function knownApplication(
  image: string,
  moduleName: string,
  placeholderName: string | null = null,
): { application: KnownApplication; fromName: boolean } | null {
  const isPlaceholder = /^\s*\$\{/.test(image) || image.trim() === '';
  if (!isPlaceholder) {
    const repository = imageRepository(image).replace(/^library\//, '');
    const official = APPLICATIONS[repository] ?? APPLICATIONS[OFFICIAL_REPOSITORIES[repository] ?? ''];
    if (official !== undefined) return { application: official, fromName: false };
    // Only the last path segment matches (acme.azurecr.io/dashboards/grafana): a custom image may just share the
    // name, so it is reported like a name match, to confirm.
    const byLastSegment = APPLICATIONS[repository.split('/').pop() ?? ''];
    return byLastSegment === undefined ? null : { application: byLastSegment, fromName: true };
  }
  const placeholder = placeholderName ?? /^\s*\$\{MODULES\.([^}.]+)/.exec(image)?.[1] ?? null;
  for (const name of [placeholder, moduleName]) {
    if (name === null) continue;
    const key = APPLICATION_NAMES[name.toLowerCase().replace(/[^a-z0-9]/g, '')];
    const found = key === undefined ? undefined : APPLICATIONS[key];
    if (found !== undefined) return { application: found, fromName: true };
  }
  return null;
}

interface KnownImage {
  language: Language;
  what: string;
  source: string;
}

const AZ_IOTEDGE = 'https://github.com/Azure/iotedge';
const DOTNET_TEST_MODULE: KnownImage = {
  language: 'dotnet',
  what: 'Azure IoT Edge test module (C#)',
  source: `${AZ_IOTEDGE}/tree/main/test/modules`,
};

/**
 * Published images whose implementation language is public, keyed by the last path segment of the
 * repository (registry and tag removed). Sources read 2026-11.
 */
const KNOWN_IMAGES: Readonly<Record<string, KnownImage>> = {
  'azureiotedge-simulated-temperature-sensor': {
    language: 'dotnet',
    what: 'Simulated Temperature Sensor (C#)',
    source: `${AZ_IOTEDGE}/tree/main/edge-modules/SimulatedTemperatureSensor`,
  },
  'azureiotedge-metrics-collector': {
    language: 'dotnet',
    what: 'IoT Edge Metrics Collector (C#)',
    source: `${AZ_IOTEDGE}/tree/main/edge-modules/metrics-collector`,
  },
  'azureiotedge-api-proxy': {
    language: 'rust-go',
    what: 'IoT Edge API proxy (Rust, with nginx)',
    source: `${AZ_IOTEDGE}/tree/main/edge-modules/api-proxy-module`,
  },
  'azureiotedge-load-gen': DOTNET_TEST_MODULE,
  'azureiotedge-relayer': DOTNET_TEST_MODULE,
  'azureiotedge-twin-tester': DOTNET_TEST_MODULE,
  'azureiotedge-direct-method-sender': DOTNET_TEST_MODULE,
  'azureiotedge-direct-method-receiver': DOTNET_TEST_MODULE,
  'azureiotedge-test-result-coordinator': DOTNET_TEST_MODULE,
  'azureiotedge-module-restarter': DOTNET_TEST_MODULE,
  'azureiotedge-temperature-filter': DOTNET_TEST_MODULE,
  'azureiotedge-network-controller': {
    language: 'dotnet',
    what: 'IoT Edge Network Controller test module (C#)',
    source: `${AZ_IOTEDGE}/tree/main/test/connectivity/modules/NetworkController`,
  },
  'opc-publisher': {
    language: 'dotnet',
    what: 'OPC Publisher (C#)',
    source: 'https://github.com/Azure/Industrial-IoT',
  },
  'opc-plc': {
    language: 'dotnet',
    what: 'OPC PLC simulation server (C#)',
    source: 'https://github.com/Azure-Samples/iot-edge-opc-plc',
  },
};

/** Known services by module/placeholder name (exact, case and separators ignored), e.g. ${MODULES.opcpublisher}. */
const KNOWN_NAMES: Readonly<Record<string, string>> = {
  opcpublisher: 'opc-publisher',
  opcplc: 'opc-plc',
  simulatedtemperaturesensor: 'azureiotedge-simulated-temperature-sensor',
  tempsensor: 'azureiotedge-simulated-temperature-sensor',
  metricscollector: 'azureiotedge-metrics-collector',
};

/** Whole words (tokens) that name a language or its runtime / base image. */
const TOKENS: Readonly<Record<string, Language>> = {
  python: 'python',
  python2: 'python',
  python3: 'python',
  py: 'python',
  py3: 'python',
  pypy: 'python',
  flask: 'python',
  fastapi: 'python',
  node: 'node',
  nodejs: 'node',
  npm: 'node',
  dotnet: 'dotnet',
  csharp: 'dotnet',
  aspnet: 'dotnet',
  fsharp: 'dotnet',
  java: 'java',
  jre: 'java',
  jdk: 'java',
  openjdk: 'java',
  temurin: 'java',
  corretto: 'java',
  spring: 'java',
  quarkus: 'java',
  c: 'c',
  cpp: 'c',
  gcc: 'c',
  rust: 'rust-go',
  go: 'rust-go',
  golang: 'rust-go',
};

/** Longer words also found inside concatenated names ("pythonclassifier", "filterdotnet"). */
const SUBSTRINGS: ReadonlyArray<[RegExp, Language]> = [
  [/python/, 'python'],
  [/javascript|typescript|nodejs|nodered/, 'node'],
  [/dotnet|csharp|aspnet/, 'dotnet'],
  [/openjdk|java(?!script)/, 'java'],
  [/golang/, 'rust-go'],
];

/** The repository path of an image without registry, tag or digest ("nodered/node-red"). */
export function imageRepository(image: string): string {
  let rest = image.trim().split('@')[0] ?? '';
  const parts = rest.split('/');
  const first = parts[0] ?? '';
  if (parts.length > 1 && (/[.:<>$]/.test(first) || first === 'localhost')) parts.shift();
  rest = parts.join('/');
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', lastSlash + 1);
  return (colon < 0 ? rest : rest.slice(0, colon)).toLowerCase();
}

const splitWords = (text: string) =>
  text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9+]+/)
    .filter((w) => w !== '');

function fromWords(text: string, substrings: boolean): Language | null {
  const found = new Set<Language>();
  for (const word of splitWords(text)) {
    const lang = TOKENS[word];
    if (lang !== undefined) found.add(lang);
  }
  if (substrings && found.size === 0) {
    const flat = text.toLowerCase();
    for (const [pattern, lang] of SUBSTRINGS) if (pattern.test(flat)) found.add(lang);
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/**
 * Infer a module's language from its image (a known published image, or words such as "python" in the
 * repository or tag), else from its module or placeholder name. Unknown when nothing matches or the
 * words disagree.
 */
export function inferLanguage(
  image: string,
  moduleName: string,
  placeholderName: string | null,
): LanguageGuess {
  const isPlaceholder = /^\s*\$\{/.test(image) || image.trim() === '';
  const app = knownApplication(image, moduleName, placeholderName);
  if (app !== null) {
    const { application, fromName } = app;
    return {
      language: application.language,
      basis: 'application',
      application,
      note: `${fromName ? `The name suggests ${application.what}; confirm that this module runs it. ` : ''}${application.what} is a server application: its memory follows its data and load, not its language. ${application.guidance} (${application.source}).`,
    };
  }
  if (!isPlaceholder) {
    const repository = imageRepository(image);
    const last = repository.split('/').pop() ?? '';
    const known = KNOWN_IMAGES[last];
    if (known !== undefined)
      return {
        language: known.language,
        basis: 'known-image',
        note: `${known.what}; source: ${known.source}`,
      };
    // The registry host is not evidence (an "mcr" or "azurecr" host says nothing about the language).
    const tag = image.includes(':') ? ((image.split('/').pop() ?? '').split(':')[1] ?? '') : '';
    const lang = fromWords(`${repository} ${tag}`, true);
    if (lang !== null)
      return { language: lang, basis: 'image', note: `The image reference "${image}" names it.` };
  }
  for (const name of [placeholderName?.split('.')[0] ?? null, moduleName]) {
    if (name === null) continue;
    const knownName = KNOWN_NAMES[name.toLowerCase().replace(/[^a-z0-9]/g, '')];
    const known = knownName === undefined ? undefined : KNOWN_IMAGES[knownName];
    if (known !== undefined)
      return {
        language: known.language,
        basis: 'name',
        note: `The name "${name}" matches ${known.what}; confirm that this module wraps it.`,
      };
    const lang = fromWords(name, true);
    if (lang !== null)
      return { language: lang, basis: 'name', note: `Guessed from the name "${name}"; confirm it.` };
  }
  return {
    language: 'unknown',
    basis: 'none',
    note: isPlaceholder
      ? 'The image is a build placeholder, so its base image is not in the manifest.'
      : 'Neither the image nor the name shows the language.',
  };
}
