/**
 * The four answers added in this wave (budget.serviceLifeYears, platform.attestation, platform.deploymentsPerMonth,
 * performance.mayBootOffline), read with their documented defaults. Until the answers schema carries them, an
 * answer without the field gets the default; once it does, the value the user gave is read.
 */
import type { Answers } from '../answers.ts';

export const ATTESTATIONS = ['symmetric-key', 'x509', 'tpm'] as const;
export type Attestation = (typeof ATTESTATIONS)[number];

export interface WaveAnswers {
  /** Years the device must stay in service (1–15). */
  serviceLifeYears: number;
  /** How the device proves its identity to IoT Hub / DPS. */
  attestation: Attestation;
  /** Deployments (module updates) per month, 0–100. */
  deploymentsPerMonth: number;
  /** Whether the device may have to start without a network. */
  mayBootOffline: boolean;
}

export const WAVE_DEFAULTS: WaveAnswers = {
  serviceLifeYears: 5,
  attestation: 'symmetric-key',
  deploymentsPerMonth: 2,
  mayBootOffline: true,
};

const num = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

/** The wave's answers, each falling back to its default when absent or unknown (null). */
export function waveAnswers(answers: Answers): WaveAnswers {
  const budget = answers.budget as Record<string, unknown>;
  const platform = answers.platform as Record<string, unknown>;
  const performance = answers.performance as Record<string, unknown>;
  const attestation = platform['attestation'];
  return {
    serviceLifeYears: num(budget['serviceLifeYears'], WAVE_DEFAULTS.serviceLifeYears),
    attestation: ATTESTATIONS.includes(attestation as Attestation)
      ? (attestation as Attestation)
      : WAVE_DEFAULTS.attestation,
    deploymentsPerMonth: num(platform['deploymentsPerMonth'], WAVE_DEFAULTS.deploymentsPerMonth),
    mayBootOffline:
      typeof performance['mayBootOffline'] === 'boolean'
        ? performance['mayBootOffline']
        : WAVE_DEFAULTS.mayBootOffline,
  };
}
