/**
 * Infer a module's language from its image reference (and, with less confidence, from its name).
 * 'unknown' whenever it cannot be shown, so the wizard asks instead of guessing.
 */
import type { Language } from '../answers.ts';

/** How a language was found. */
export interface LanguageGuess {
  language: Language;
  /** 'known-image': a published image whose source we know; 'image': a word in the image reference;
   *  'name': a word in the module or placeholder name (confirm it); 'none': unknown. */
  basis: 'known-image' | 'image' | 'name' | 'none';
  note: string;
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
  'node-red': {
    language: 'node',
    what: 'Node-RED (Node.js)',
    source: 'https://github.com/node-red/node-red-docker',
  },
  influxdb: { language: 'rust-go', what: 'InfluxDB (Go)', source: 'https://github.com/influxdata/influxdb' },
  telegraf: { language: 'rust-go', what: 'Telegraf (Go)', source: 'https://github.com/influxdata/telegraf' },
  grafana: {
    language: 'rust-go',
    what: 'Grafana (Go back end)',
    source: 'https://github.com/grafana/grafana',
  },
  prometheus: {
    language: 'rust-go',
    what: 'Prometheus (Go)',
    source: 'https://github.com/prometheus/prometheus',
  },
  'eclipse-mosquitto': {
    language: 'c',
    what: 'Eclipse Mosquitto (C)',
    source: 'https://github.com/eclipse/mosquitto',
  },
  nginx: { language: 'c', what: 'nginx (C)', source: 'https://github.com/nginx/nginx' },
  redis: { language: 'c', what: 'Redis (C)', source: 'https://github.com/redis/redis' },
};

/** Known services by module/placeholder name (exact, case and separators ignored), e.g. ${MODULES.opcpublisher}. */
const KNOWN_NAMES: Readonly<Record<string, string>> = {
  opcpublisher: 'opc-publisher',
  opcplc: 'opc-plc',
  nodered: 'node-red',
  influxdb: 'influxdb',
  telegraf: 'telegraf',
  grafana: 'grafana',
  mosquitto: 'eclipse-mosquitto',
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
