/**
 * What Microsoft supports, as data the wizard displays and the compatibility checks read:
 * host OS tiers for IoT Edge 1.6, the IoT Edge release lifecycle, and container engine support levels.
 *
 * Each OS cites its sources. The current learn.microsoft.com tier table could not be read; tiers are taken from the
 * 1.6 package build matrix and end-to-end test jobs (a row is tier 1 when it is both packaged and e2e-tested) and from
 * the support pages Microsoft published for 1.4/1.5. Where Microsoft does not list an OS by name, the tier is
 * 'not-listed' and the notes say what is known; no tier is invented.
 */
import type { ContainerEngine, HostOs, IotEdgeVersion } from '../answers.ts';
import type { Confidence } from '../types.ts';
import { CONTAINER_ENGINE_NAMES, HOST_OS_NAMES } from '../fields/choices.ts';

/** The date the rules were checked against (the product's "today"). */
export const REFERENCE_DATE = '2026-12-04';

/** The date the support data (tiers, lifecycles, EFLOW, limits) was last checked; the results and report show it. */
export const SUPPORT_DATA_CHECKED = REFERENCE_DATE;

/**
 * Microsoft's tier definitions (unchanged since 2018):
 * tier1 = in Microsoft's automated tests, with installation packages; tier2 = compatible, informally tested or known
 * to run at a partner, packages for other platforms may work; unsupported = removed or never possible.
 */
export type Tier = 'tier1' | 'tier2' | 'not-listed' | 'unsupported';

/** Architectures that have tiers (armv6 is never supported: see the compatibility checks). */
export type TieredArchitecture = 'amd64' | 'arm64' | 'arm32v7';

export const TIER_LABELS: Record<Tier, string> = {
  tier1: 'Tier 1 (tested and packaged by Microsoft)',
  tier2: 'Tier 2 (compatible, not tested by Microsoft)',
  'not-listed': 'Not listed by Microsoft',
  unsupported: 'Not supported',
};

/** One host OS: family, tier per architecture for IoT Edge 1.6, and where that comes from. */
export interface OsSupport {
  label: string;
  family: 'linux' | 'windows';
  tiers: Record<TieredArchitecture, Tier>;
  /** When IoT Edge support for this OS ended (YYYY-MM or YYYY-MM-DD), or null if it has not. */
  endOfSupport: string | null;
  /** The IoT Edge release that removed the OS, if any. */
  removedIn: string | null;
  notes: string;
  source: string;
  confidence: Confidence;
}

const TIER_DEFINITIONS = 'https://github.com/Azure/iotedge/issues/7117';
const BUILD_MATRIX = 'https://github.com/Azure/iotedge/blob/main/builds/misc/templates/build-packages.yaml';
const E2E_MATRIX = 'https://github.com/Azure/iotedge/blob/main/builds/e2e/e2e.yaml';
const CHANGELOG = 'https://github.com/Azure/iotedge/blob/main/CHANGELOG.md';
const SUPPORT_PAGE_15 = 'https://learn.microsoft.com/en-ca/azure/iot-edge/support?view=iotedge-1.5';
const SUPPORT_MD_2020 =
  'https://github.com/MicrosoftDocs/azure-docs/blob/0010dc2/articles/iot-edge/support.md (2020 text of the support page)';
/** EFLOW: Linux containers in a Microsoft-curated Linux VM on Windows. */
export const EFLOW_SOURCE = 'https://github.com/Azure/iotedge-eflow';
export const EFLOW_VERSION_HISTORY = 'https://learn.microsoft.com/zh-cn/azure/iot-edge/version-history';
/** The open question whether an EFLOW release will carry IoT Edge 1.6 (no answer up to Sept 2026). */
export const EFLOW_ISSUE_319 = 'https://github.com/Azure/iotedge-eflow/issues/319';
/** The support page (its 2023 version): EFLOW Windows hosts (amd64 and, with EFLOW 1.4, ARM64) listed as Tier 1. */
export const SUPPORT_MD_2023 =
  'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/iot-edge/support.md';
/** When the last EFLOW line (1.5 LTS) ended, with IoT Edge 1.5. */
export const EFLOW_END_OF_SUPPORT = '2026-11-10';
/** Raspberry Pi OS Trixie's release (2025-10-01/02): a secondary source, named without a deep link. */
export const PI_OS_TRIXIE_SOURCE =
  'raspithek.de, article "Raspberry Pi OS Trixie" (release on 2025-10-01/02)';

const all = (tier: Tier): Record<TieredArchitecture, Tier> => ({ amd64: tier, arm64: tier, arm32v7: tier });

/** Host OS support for IoT Edge 1.6 (the only supported line on REFERENCE_DATE). */
export const OS_SUPPORT: Record<HostOs, OsSupport> = {
  'debian-12': {
    label: HOST_OS_NAMES['debian-12'],
    family: 'linux',
    tiers: all('tier1'),
    endOfSupport: null,
    removedIn: null,
    notes: 'Packaged and end-to-end tested on amd64, arm64 and arm32v7 since 1.5.10 (2024-09).',
    source: `${BUILD_MATRIX} ; ${E2E_MATRIX}`,
    confidence: 'H',
  },
  'debian-11': {
    label: HOST_OS_NAMES['debian-11'],
    family: 'linux',
    tiers: all('unsupported'),
    endOfSupport: '2026-08',
    removedIn: '1.6.0',
    notes:
      'Removed in IoT Edge 1.6; 1.5 packages for Debian 11 ran until Aug 2026, and 1.5 itself ended 2026-11-10.',
    source: CHANGELOG,
    confidence: 'H',
  },
  'debian-13': {
    label: HOST_OS_NAMES['debian-13'],
    family: 'linux',
    tiers: all('not-listed'),
    endOfSupport: null,
    removedIn: null,
    notes:
      'Not listed by Microsoft for IoT Edge 1.6, and there are no Debian 13 packages: the 1.6 build matrix targets Debian 12 only (amd64, arm64, arm32v7).',
    source: BUILD_MATRIX,
    confidence: 'M',
  },
  'raspberry-pi-os-bookworm': {
    label: HOST_OS_NAMES['raspberry-pi-os-bookworm'],
    family: 'linux',
    tiers: { amd64: 'unsupported', arm64: 'not-listed', arm32v7: 'not-listed' },
    endOfSupport: null,
    removedIn: null,
    notes:
      'Not listed by Microsoft by name for IoT Edge 1.6. What is known: it is Debian 12 based, and 1.6 builds Debian 12 packages for arm64 and arm32v7 (armhf), which install on it.',
    source: `${BUILD_MATRIX} ; ${SUPPORT_MD_2020}`,
    confidence: 'M',
  },
  'raspberry-pi-os-trixie': {
    label: HOST_OS_NAMES['raspberry-pi-os-trixie'],
    family: 'linux',
    tiers: { amd64: 'unsupported', arm64: 'not-listed', arm32v7: 'not-listed' },
    endOfSupport: null,
    removedIn: null,
    notes:
      'Not listed by Microsoft. The current Raspberry Pi OS (released 2025-10-01) is based on Debian 13, for which IoT Edge 1.6 builds no packages. Use a Bookworm-based image or Ubuntu 24.04 arm64.',
    source: `${BUILD_MATRIX} ; ${PI_OS_TRIXIE_SOURCE}`,
    confidence: 'M',
  },
  'ubuntu-24.04': {
    label: HOST_OS_NAMES['ubuntu-24.04'],
    family: 'linux',
    tiers: { amd64: 'tier1', arm64: 'tier1', arm32v7: 'not-listed' },
    endOfSupport: null,
    removedIn: null,
    notes:
      'Added in 1.5.10. amd64 and arm64 are packaged and e2e-tested (tier 1); arm32v7 packages are built but Microsoft does not list or test them.',
    source: `${BUILD_MATRIX} ; ${E2E_MATRIX}`,
    confidence: 'H',
  },
  'ubuntu-22.04': {
    label: HOST_OS_NAMES['ubuntu-22.04'],
    family: 'linux',
    tiers: { amd64: 'tier1', arm64: 'tier1', arm32v7: 'not-listed' },
    endOfSupport: null,
    removedIn: null,
    notes:
      'amd64/arm64 since 1.4.9 (2023-02), tier 1. arm32v7 packages are built but Microsoft does not list or test them.',
    source: `${BUILD_MATRIX} ; ${E2E_MATRIX}`,
    confidence: 'H',
  },
  'ubuntu-20.04': {
    label: HOST_OS_NAMES['ubuntu-20.04'],
    family: 'linux',
    tiers: all('unsupported'),
    endOfSupport: null,
    removedIn: '1.5.21',
    notes: 'Removed in IoT Edge 1.5.21; not in the 1.6 build matrix.',
    source: CHANGELOG,
    confidence: 'H',
  },
  'ubuntu-core': {
    label: HOST_OS_NAMES['ubuntu-core'],
    family: 'linux',
    tiers: { amd64: 'tier1', arm64: 'tier1', arm32v7: 'unsupported' },
    endOfSupport: null,
    removedIn: null,
    notes:
      'IoT Edge snaps since 1.4.33 (2024-03). Needs the Docker snap, which "is serviced by Canonical and supported for production scenarios". No arm32v7 snap.',
    source: `${SUPPORT_PAGE_15} ; ${CHANGELOG}`,
    confidence: 'H',
  },
  'rhel-9': {
    label: HOST_OS_NAMES['rhel-9'],
    family: 'linux',
    tiers: { amd64: 'tier1', arm64: 'unsupported', arm32v7: 'unsupported' },
    endOfSupport: null,
    removedIn: null,
    notes: 'amd64 only, since 1.4.10 (2023-05), tested with OpenSSL 3.0. No ARM packages.',
    source: `${BUILD_MATRIX} ; ${CHANGELOG}`,
    confidence: 'H',
  },
  'rhel-8': {
    label: HOST_OS_NAMES['rhel-8'],
    family: 'linux',
    tiers: { amd64: 'tier1', arm64: 'unsupported', arm32v7: 'unsupported' },
    endOfSupport: null,
    removedIn: null,
    notes: 'amd64 only, since 1.3.0. No ARM packages.',
    source: `${BUILD_MATRIX} ; ${CHANGELOG}`,
    confidence: 'H',
  },
  'azure-linux-3': {
    label: HOST_OS_NAMES['azure-linux-3'],
    family: 'linux',
    tiers: { amd64: 'tier1', arm64: 'tier1', arm32v7: 'unsupported' },
    endOfSupport: null,
    removedIn: null,
    notes:
      'Added in 1.5.21; packaged and e2e-tested (whether the docs call it tier 1 is not confirmed). Mariner 2.0 was removed in 1.6.',
    source: `${BUILD_MATRIX} ; ${E2E_MATRIX} ; ${CHANGELOG}`,
    confidence: 'M',
  },
  yocto: {
    label: HOST_OS_NAMES['yocto'],
    family: 'linux',
    tiers: all('tier2'),
    endOfSupport: null,
    removedIn: null,
    notes: 'Listed as tier 2 historically; built from the meta-iotedge layer, not from Microsoft packages.',
    source: SUPPORT_MD_2020,
    confidence: 'M',
  },
  'other-linux': {
    label: HOST_OS_NAMES['other-linux'],
    family: 'linux',
    tiers: all('not-listed'),
    endOfSupport: null,
    removedIn: null,
    notes:
      'Not listed by Microsoft. Its tier-2 definition covers systems where "installation packages for other platforms may work", without testing.',
    source: `${SUPPORT_MD_2020} ; ${TIER_DEFINITIONS}`,
    confidence: 'M',
  },
  'windows-client': {
    label: HOST_OS_NAMES['windows-client'],
    family: 'windows',
    tiers: all('unsupported'),
    endOfSupport: '2026-11-10',
    removedIn: null,
    notes:
      'Only through IoT Edge for Linux on Windows (EFLOW): Linux containers in a Microsoft-curated Linux VM. While EFLOW was serviced, Microsoft listed these hosts as Tier 1 on amd64 and, from EFLOW 1.4 LTS (which shipped an ARM64 installer), on ARM64. EFLOW 1.5 LTS ended with IoT Edge 1.5 on 2026-11-10, and no EFLOW release carrying IoT Edge 1.6 appears in public sources (Azure/iotedge-eflow#319 asks, unanswered): a new deployment has no serviced path.',
    source: `${EFLOW_SOURCE} ; ${EFLOW_ISSUE_319} ; ${EFLOW_VERSION_HISTORY} ; ${SUPPORT_MD_2023}`,
    confidence: 'M',
  },
  'windows-server': {
    label: HOST_OS_NAMES['windows-server'],
    family: 'windows',
    tiers: all('unsupported'),
    endOfSupport: '2026-11-10',
    removedIn: null,
    notes:
      'Only through EFLOW (Linux containers in a Linux VM; the Hyper-V role is required). While EFLOW was serviced, Microsoft listed Windows Server 2019/2022 amd64 as Tier 1. EFLOW 1.5 LTS ended on 2026-11-10 and no EFLOW release carries IoT Edge 1.6 (Azure/iotedge-eflow#319): a new deployment has no serviced path.',
    source: `${EFLOW_SOURCE} ; ${EFLOW_ISSUE_319} ; ${EFLOW_VERSION_HISTORY} ; ${SUPPORT_MD_2023}`,
    confidence: 'M',
  },
};

/** The tier of a host OS on an architecture for IoT Edge 1.6; armv6 is never supported. */
export function osTier(hostOs: HostOs, architecture: TieredArchitecture | 'armv6'): Tier {
  if (architecture === 'armv6') return 'unsupported';
  return OS_SUPPORT[hostOs].tiers[architecture];
}

/** One IoT Edge release line. */
export interface IotEdgeRelease {
  label: string;
  kind: 'LTS';
  released: string;
  endOfSupport: string;
  /** .NET release the system modules are built on (each LTS follows a .NET LTS). */
  dotnet: string;
  windowsContainers: boolean;
  notes: string;
  source: string;
}

/** IoT Edge release lines the wizard offers, with their lifecycle. */
export const IOT_EDGE_RELEASES: Record<IotEdgeVersion, IotEdgeRelease> = {
  '1.6': {
    label: 'IoT Edge 1.6 LTS',
    kind: 'LTS',
    released: '2026-07-14',
    endOfSupport: '2028-11-14',
    dotnet: '.NET 10',
    windowsContainers: false,
    notes:
      'The only supported line today. Removed Debian 11 and Mariner 2.0; needs Docker Engine API ≥ 1.41.',
    source:
      'https://github.com/Azure/azure-iotedge/releases/tag/1.6.0 ; https://github.com/Azure/iotedge/blob/main/CHANGELOG.md',
  },
  '1.5': {
    label: 'IoT Edge 1.5 LTS',
    kind: 'LTS',
    released: '2024-05-01',
    endOfSupport: '2026-11-10',
    dotnet: '.NET 8',
    windowsContainers: false,
    notes: 'Ended with .NET 8 support on 2026-11-10.',
    source:
      'https://github.com/Azure/azure-iotedge/blob/main/README.md ; https://github.com/Azure/azure-iotedge/releases/tag/1.5.0',
  },
  '1.4': {
    label: 'IoT Edge 1.4 LTS',
    kind: 'LTS',
    released: '2022',
    endOfSupport: '2024-11-12',
    dotnet: '.NET 6',
    windowsContainers: false,
    notes: 'Ended 2024-11-12.',
    source: 'https://learn.microsoft.com/zh-cn/azure/iot-edge/version-history',
  },
  '1.1': {
    label: 'IoT Edge 1.1 LTS',
    kind: 'LTS',
    released: '2021',
    endOfSupport: '2022-12-13',
    dotnet: '.NET Core 3.1',
    windowsContainers: true,
    notes:
      'The last line with Windows containers (Windows hosts, process isolation only). From 1.2 on, Windows containers are not supported.',
    source:
      'https://github.com/LuBu0505/mc-docs.zh-cn/blob/47683c77e3352db3cb66e26be50baedb68826ca9/articles/iot-edge/support.md ; https://github.com/Azure/iotedge-eflow',
  },
};

/** Whether a release line is still serviced on `date` (YYYY-MM-DD; default REFERENCE_DATE). */
export function isReleaseSupported(version: IotEdgeVersion, date: string = REFERENCE_DATE): boolean {
  return date <= IOT_EDGE_RELEASES[version].endOfSupport;
}

export type EngineSupportLevel = 'recommended' | 'best-effort' | 'ubuntu-core-production';

/** One container engine and how Microsoft supports it. */
export interface EngineSupport {
  label: string;
  level: EngineSupportLevel;
  notes: string;
  source: string;
}

/** Container engines and their support level. */
export const CONTAINER_ENGINE_SUPPORT: Record<ContainerEngine, EngineSupport> = {
  moby: {
    label: CONTAINER_ENGINE_NAMES['moby'],
    level: 'recommended',
    notes:
      'Microsoft-provided, based on Moby; the production recommendation ("Use Moby as the container engine"). IoT Edge 1.6 needs Docker Engine API ≥ 1.41. Set json-file log rotation (max-size 10m, max-file 3).',
    source: `${SUPPORT_PAGE_15} ; https://learn.microsoft.com/azure/iot-edge/production-checklist`,
  },
  'docker-ce': {
    label: CONTAINER_ENGINE_NAMES['docker-ce'],
    level: 'best-effort',
    notes:
      'Compatible, but "best effort support; Microsoft can\'t ship fixes for issues in them". Docker 29+ fresh installs default to the containerd image store, which takes more disk.',
    source: `${SUPPORT_PAGE_15} ; https://docs.docker.com/engine/storage/containerd/`,
  },
  'docker-ee': {
    label: CONTAINER_ENGINE_NAMES['docker-ee'],
    level: 'best-effort',
    notes: 'Compatible, but best effort support only; Microsoft recommends moby-engine in production.',
    source: SUPPORT_PAGE_15,
  },
  'docker-snap': {
    label: CONTAINER_ENGINE_NAMES['docker-snap'],
    level: 'ubuntu-core-production',
    notes:
      'On Ubuntu Core the Docker snap "is serviced by Canonical and supported for production scenarios"; it is the engine the IoT Edge snaps use.',
    source: SUPPORT_PAGE_15,
  },
};

/**
 * EFLOW's Linux VM parameters (Deploy-Eflow, EFLOW 1.4 and later): `cpuCount` (default 1), `memoryInMB` (an even
 * value ≥ 1024, default 1024), `vmDiskSize` (21 GB – 2 TB, default 29 GB) or `vmDataSize` (2 GB – 2 TB, default
 * 10 GB; not both), `vmLogSize` Small = 1 GB or Large = 6 GB. Besides the VM, the Windows host needs 1 GB free RAM
 * and 10 GB free disk.
 */
export const EFLOW_VM_DEFAULTS = {
  memoryMiB: 1024,
  cpuCount: 1,
  diskGB: 29,
  minDiskGB: 21,
  maxDiskGB: 2000,
  dataGB: 10,
  logSmallGB: 1,
  logLargeGB: 6,
  hostFreeRamMiB: 1024,
  hostFreeDiskGB: 10,
  source:
    'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/iot-edge/reference-iot-edge-for-linux-on-windows-functions.md ; https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/iot-edge/includes/iot-edge-prerequisites-linux-on-windows.md',
} as const;

/** Where EFLOW may itself run in a VM (nested virtualization). */
export const EFLOW_NESTED_VIRTUALIZATION_SOURCE =
  'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/iot-edge/nested-virtualization.md';
