/**
 * The four answers added in one wave (budget.serviceLifeYears, platform.attestation, platform.deploymentsPerMonth,
 * performance.mayBootOffline), gathered for the rules that read them together. They are ordinary typed answers:
 * their defaults and limits live in their field descriptions (src/domain/fields/), and an old link or file without
 * them opens with those defaults.
 */
import type { Answers, Attestation } from '../answers.ts';

export type { Attestation } from '../answers.ts';

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

/** The wave's answers, as the user gave them. */
export function waveAnswers(answers: Answers): WaveAnswers {
  return {
    serviceLifeYears: answers.budget.serviceLifeYears,
    attestation: answers.platform.attestation,
    deploymentsPerMonth: answers.platform.deploymentsPerMonth,
    mayBootOffline: answers.performance.mayBootOffline,
  };
}
