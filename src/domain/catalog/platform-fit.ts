/**
 * Can this device run the chosen platform? Two checks the grader applies on top of the resources:
 * - host OS: the device must be able to run the chosen host OS (its `hostOses`, each with a source). A Windows host
 *   never gets a Jetson or a Raspberry Pi; a Jetson runs JetPack (Ubuntu 22.04 based), not Raspberry Pi OS.
 * - TPM: DPS TPM attestation needs a TPM 2.0 ("When using TPM attestation with the device provisioning service, you
 *   need to use TPM 2.0", https://learn.microsoft.com/azure/iot-edge/iot-edge-limits-and-restrictions). A device
 *   with an add-on TPM passes with a note; one without a TPM, or where none is documented, is ruled out.
 * Kept apart from suggest-devices.ts so the grading rule there can change without touching these checks.
 */
import type { Answers } from '../answers.ts';
import { OS_SUPPORT } from '../compat/os-support.ts';
import type { Attestation } from '../compat/wave-answers.ts';
import type { Constraint, Device } from '../types.ts';

export const TPM_REQUIREMENT_SOURCE =
  'https://learn.microsoft.com/azure/iot-edge/iot-edge-limits-and-restrictions';

export interface PlatformFit {
  /** False when the device cannot run the platform: it is then insufficient whatever its resources. */
  ok: boolean;
  /** The failed check, for the grade's binding constraint; null when ok. */
  constraint: Extract<Constraint, 'host-os' | 'tpm'> | null;
  /** Sentences for the grade's reasons (a ruled-out device says why; an add-on TPM says what to add). */
  reasons: string[];
}

/** Whether `device` can run the chosen host OS and, with TPM attestation, offers a TPM 2.0. */
export function platformFit(
  device: Device,
  answers: Pick<Answers, 'platform'>,
  attestation: Attestation,
): PlatformFit {
  const reasons: string[] = [];
  const hostOs = answers.platform.hostOs;
  const osOk = device.hostOses.oses.includes(hostOs);
  if (!osOk) {
    reasons.push(
      `Host OS ruled out: ${OS_SUPPORT[hostOs].label} does not run on this device. ${device.hostOses.note}`,
    );
  }
  let tpmOk = true;
  if (attestation === 'tpm') {
    const { kind, note } = device.tpm;
    if (kind === 'tpm2') reasons.push(`TPM: a TPM 2.0 for DPS TPM attestation is on board. ${note}`);
    else if (kind === 'add-on')
      reasons.push(`TPM: DPS TPM attestation needs a TPM 2.0 add-on module (not in the price). ${note}`);
    else {
      tpmOk = false;
      reasons.push(
        `TPM ruled out: DPS TPM attestation needs a TPM 2.0, and ${kind === 'none' ? 'this device has none' : 'none is documented for this device'}. ${note} Use X.509 or symmetric-key attestation, or another device.`,
      );
    }
  }
  return {
    ok: osOk && tpmOk,
    constraint: !osOk ? 'host-os' : !tpmOk ? 'tpm' : null,
    reasons,
  };
}
