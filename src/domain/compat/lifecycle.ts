/**
 * Lifecycle alignment: the host OS's support, the IoT Edge LTS line and (on Windows) the EFLOW line against the
 * device's planned service life. Each window cites its source; dates were checked on SUPPORT_DATA_CHECKED.
 * Month-level dates (a vendor that publishes only "Apr 2027") are taken as the last day of that month.
 */
import type { Answers, HostOs } from '../answers.ts';
import type { Finding } from '../types.ts';
import {
  EFLOW_END_OF_SUPPORT,
  EFLOW_ISSUE_319,
  EFLOW_VERSION_HISTORY,
  IOT_EDGE_RELEASES,
  OS_SUPPORT,
  REFERENCE_DATE,
  SUPPORT_DATA_CHECKED,
} from './os-support.ts';

const DEBIAN_LTS = 'https://wiki.debian.org/LTS';
const UBUNTU_CYCLE = 'https://ubuntu.com/about/release-cycle';
const RHEL_LIFECYCLE = 'https://access.redhat.com/support/policy/updates/errata';

/** When a host OS stops getting security updates (its free/standard support), or null where not known. */
export interface OsLifecycle {
  /** YYYY-MM-DD, or null when no date is published or checked. */
  endsOn: string | null;
  /** What ends on that date, in words. */
  what: string;
  source: string;
}

export const HOST_OS_LIFECYCLE: Record<HostOs, OsLifecycle> = {
  'debian-12': {
    endsOn: '2028-06-30',
    what: 'Debian 12 LTS (regular security support ended 2026-06-10)',
    source: DEBIAN_LTS,
  },
  'debian-11': { endsOn: '2026-08-31', what: 'Debian 11 LTS', source: DEBIAN_LTS },
  'debian-13': { endsOn: '2030-06-30', what: 'Debian 13 LTS (M)', source: DEBIAN_LTS },
  'raspberry-pi-os-bookworm': {
    endsOn: '2028-06-30',
    what: 'its Debian 12 base (LTS); Raspberry Pi publishes no end date of its own',
    source: DEBIAN_LTS,
  },
  'raspberry-pi-os-trixie': {
    endsOn: '2030-06-30',
    what: 'its Debian 13 base (LTS, M); Raspberry Pi publishes no end date of its own',
    source: DEBIAN_LTS,
  },
  'ubuntu-24.04': {
    endsOn: '2029-04-30',
    what: 'Ubuntu 24.04 standard support (Apr 2029)',
    source: UBUNTU_CYCLE,
  },
  'ubuntu-22.04': {
    endsOn: '2027-04-30',
    what: 'Ubuntu 22.04 standard support (Canonical lists Apr 2027; the exact day is announced near the end)',
    source: UBUNTU_CYCLE,
  },
  'ubuntu-20.04': {
    endsOn: '2025-04-30',
    what: 'Ubuntu 20.04 standard support (Apr 2025)',
    source: UBUNTU_CYCLE,
  },
  'ubuntu-core': {
    endsOn: null,
    what: 'Ubuntu Core (depends on the Core series; not checked)',
    source: UBUNTU_CYCLE,
  },
  'rhel-9': { endsOn: '2032-05-31', what: 'RHEL 9 maintenance support (M)', source: RHEL_LIFECYCLE },
  'rhel-8': { endsOn: '2029-05-31', what: 'RHEL 8 maintenance support (M)', source: RHEL_LIFECYCLE },
  'azure-linux-3': {
    endsOn: null,
    what: 'Azure Linux 3.0 (no end date found)',
    source: 'https://github.com/microsoft/azurelinux',
  },
  yocto: {
    endsOn: null,
    what: 'your Yocto build (you maintain it)',
    source: 'https://github.com/Azure/meta-iotedge',
  },
  'other-linux': {
    endsOn: null,
    what: 'your distribution (not known here)',
    source: OS_SUPPORT['other-linux'].source,
  },
  'windows-client': {
    endsOn: null,
    what: 'Windows itself (depends on the edition; the EFLOW line is what ends first)',
    source: 'https://learn.microsoft.com/lifecycle/',
  },
  'windows-server': {
    endsOn: null,
    what: 'Windows Server itself (depends on the version; the EFLOW line is what ends first)',
    source: 'https://learn.microsoft.com/lifecycle/',
  },
};

export type WindowKind = 'host-os' | 'iot-edge' | 'eflow';

/** One support window on the timeline. */
export interface SupportWindow {
  kind: WindowKind;
  label: string;
  /** When the window started, where known (YYYY-MM-DD); the timeline starts at today otherwise. */
  from: string;
  /** End date, or null when not known. */
  endsOn: string | null;
  what: string;
  source: string;
}

/** The date `years` (whole or half) after `isoDate`. */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const months = Math.round(years * 12);
  const date = new Date(Date.UTC(y, m - 1 + months, d));
  return date.toISOString().slice(0, 10);
}

/** The support windows of the chosen platform, in the order host OS, IoT Edge, EFLOW (Windows only). */
export function supportWindows(answers: Answers): SupportWindow[] {
  const { hostOs, iotEdgeVersion } = answers.platform;
  const os = HOST_OS_LIFECYCLE[hostOs];
  const release = IOT_EDGE_RELEASES[iotEdgeVersion];
  const windows: SupportWindow[] = [
    {
      kind: 'host-os',
      label: OS_SUPPORT[hostOs].label,
      from: REFERENCE_DATE,
      endsOn: os.endsOn,
      what: os.what,
      source: os.source,
    },
    {
      kind: 'iot-edge',
      label: release.label,
      from: /^\d{4}-\d{2}-\d{2}$/.test(release.released) ? release.released : REFERENCE_DATE,
      endsOn: release.endOfSupport,
      what: `${release.label} servicing`,
      source: release.source,
    },
  ];
  if (OS_SUPPORT[hostOs].family === 'windows') {
    windows.push({
      kind: 'eflow',
      label: 'EFLOW 1.5 LTS (the last EFLOW line)',
      from: '2024-05-01',
      endsOn: EFLOW_END_OF_SUPPORT,
      what: 'EFLOW 1.5 LTS, the last EFLOW line,',
      source: `${EFLOW_VERSION_HISTORY} ; ${EFLOW_ISSUE_319}`,
    });
  }
  return windows;
}

const PLAN: Record<WindowKind, string> = {
  'host-os':
    'plan an OS upgrade during the device’s life (to a release IoT Edge still packages), or pick a host OS supported for longer',
  'iot-edge':
    'plan the move to the next IoT Edge LTS; Microsoft ships it about six months before the current one ends, following .NET’s LTS',
  eflow: 'plan a Linux host instead: there is no serviced EFLOW today',
};

/**
 * A finding naming which support window ends first and what to plan, when any window ends before the planned
 * service life; an info finding when all cover it. The device's service starts on REFERENCE_DATE.
 */
export function lifecycleFinding(answers: Answers, serviceLifeYears: number): Finding {
  const serviceEnd = addYears(REFERENCE_DATE, serviceLifeYears);
  const windows = supportWindows(answers);
  const dated = windows.filter((w): w is SupportWindow & { endsOn: string } => w.endsOn !== null);
  const short = dated.filter((w) => w.endsOn < serviceEnd).sort((a, b) => a.endsOn.localeCompare(b.endsOn));
  const unknown = windows.filter((w) => w.endsOn === null);
  const life = `${serviceLifeYears} year${serviceLifeYears === 1 ? '' : 's'} (to ${serviceEnd})`;
  const unknownText =
    unknown.length > 0 ? ` No end date is known for ${unknown.map((w) => w.what).join('; ')}.` : '';
  const source = [...new Set(windows.map((w) => w.source))].join(' ; ');
  if (short.length === 0) {
    return {
      id: 'lifecycle-covered',
      severity: 'info',
      title: 'Support covers the planned service life',
      message:
        `${dated.map((w) => `${w.what} runs to ${w.endsOn}`).join('; ')}: past the planned service life of ${life}.` +
        `${unknownText} Support data checked on ${SUPPORT_DATA_CHECKED}.`,
      remedy: 'None needed; recheck the dates when you order.',
      field: 'budget.serviceLifeYears',
      source,
    };
  }
  const first = short[0]!;
  const ended = first.endsOn < REFERENCE_DATE;
  return {
    id: 'lifecycle-ends-first',
    severity: ended ? 'error' : 'warning',
    title: `${first.what} ${ended ? 'has ended' : `ends first, on ${first.endsOn}`}`,
    message:
      `Planned service life: ${life}. ` +
      short
        .map((w) => `${w.what} ${w.endsOn < REFERENCE_DATE ? 'ended' : 'ends'} on ${w.endsOn}`)
        .join('; then ') +
      `, before the device retires.${unknownText} Support data checked on ${SUPPORT_DATA_CHECKED}.`,
    remedy: `${short
      .map((w) => PLAN[w.kind])
      .filter((v, i, a) => a.indexOf(v) === i)
      .join('; ')}.`.replace(/^./, (c) => c.toUpperCase()),
    field:
      first.kind === 'host-os'
        ? 'platform.hostOs'
        : first.kind === 'eflow'
          ? 'platform.hostOs'
          : 'platform.iotEdgeVersion',
    source,
  };
}
