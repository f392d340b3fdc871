/**
 * What the platform step shows about the chosen host OS and container engine, read from the compatibility
 * data (src/domain/compat/os-support.ts), so the wizard and the compatibility findings never disagree.
 */
import type { Architecture, ContainerEngine, HostOs } from '../../domain/answers.ts';
import {
  CONTAINER_ENGINE_SUPPORT,
  EFLOW_VM_DEFAULTS,
  OS_SUPPORT,
  TIER_LABELS,
  osTier,
  type EngineSupportLevel,
  type Tier,
} from '../../domain/compat/os-support.ts';

export interface SupportView {
  level: Tier;
  title: string;
  detail: string;
  /** The first source URL, for a link. */
  source: string | null;
}

const firstUrl = (source: string): string | null => source.match(/https?:\/\/\S+/)?.[0] ?? null;

export function isWindowsHost(os: HostOs): boolean {
  return OS_SUPPORT[os].family === 'windows';
}

/** The tier of a host OS on an architecture, in words, with the notes and source behind it. */
export function hostOsSupport(os: HostOs, architecture: Architecture): SupportView {
  const support = OS_SUPPORT[os];
  const level = osTier(os, architecture);
  const detail =
    architecture === 'armv6'
      ? 'IoT Edge does not run on ARMv6 (Raspberry Pi Zero / 1) on any OS.'
      : support.endOfSupport && level !== 'tier1'
        ? `${support.notes} Support ended ${support.endOfSupport}.`
        : support.notes;
  return {
    level,
    title: `${TIER_LABELS[level]}: ${support.label} on ${architecture}`,
    detail,
    source: firstUrl(support.source),
  };
}

const ENGINE_LEVEL_WORDS: Record<EngineSupportLevel, string> = {
  recommended: 'Recommended for production',
  'best-effort': 'Best effort only',
  'ubuntu-core-production': 'Supported for production on Ubuntu Core',
};

/** A container engine's name and support level in words. */
export function engineSupport(engine: ContainerEngine): { label: string; level: string; notes: string } {
  const support = CONTAINER_ENGINE_SUPPORT[engine];
  return { label: support.label, level: ENGINE_LEVEL_WORDS[support.level], notes: support.notes };
}

export { EFLOW_VM_DEFAULTS };
