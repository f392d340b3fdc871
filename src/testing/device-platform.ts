/** Platform facts for test devices: runs every host OS, has a TPM 2.0 and a battery-backed clock. */
import { HOST_OSES } from '../domain/answers.ts';
import type { Device } from '../domain/types.ts';

export const ANY_PLATFORM: Pick<Device, 'priceAsOf' | 'hostOses' | 'tpm' | 'rtc'> = {
  priceAsOf: '2026-12-04',
  hostOses: { oses: [...HOST_OSES], note: 'test: every host OS', source: 'https://example.com/os' },
  tpm: { kind: 'tpm2', note: 'test TPM', source: 'https://example.com/tpm' },
  rtc: { kind: 'yes', note: 'test RTC', source: 'https://example.com/rtc' },
};
