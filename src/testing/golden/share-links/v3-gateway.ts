/**
 * GOLDEN LINK, share-link format 3 with a gateway. Never edit: this string was produced by encodeShareState
 * (2026-12-04) when the gateway's answers were appended to the data section (data positions 5 to 7:
 * downstreamDevices, downstreamProtocol, downstreamMessagesPerMinute; src/domain/share/wire.ts). It carries the
 * format-3 golden answers plus 150 downstream devices over AMQP at 2.5 messages per minute each, and must keep
 * opening with them.
 */
import type { GoldenLink } from './v1.ts';
import { GOLDEN_V3 } from './v3.ts';

export const GOLDEN_V3_GATEWAY: GoldenLink = {
  formatVersion: 3,
  modelVersion: '2026.11.2',
  fragment:
    '#/wizard/platform?s=3.NY6_TsMwEMZfxfLAdHF8dpKWCiHBwsLEmnoIqVssJXGVOCCYWBkqIfEUfY6-CVLfg7NRp_vz_b7vruZKqkogCsWh5g--29iBvSL7_fxhj26wTLObXRPsW_N-y9b87up-zYlE0FBAXfO-HUXv2tFPfhtE6_vc-WA3O5tz4K0fAgmi-ZhHS6DzOTd0xu_bbD8_d256sSNxW9eF1DydjtPcn47s_H04fx0ijCChopohZAqGuetiwkqJa4H0M1-hKOLzPMIaZUIuHJYSUInyMpf4HwFVYQxo2hSSVCUlxKpBl5A8QCZSFXUSlmJBW1AJh2IJMkZH0yJRGNVoSkY6aIz5Aw',
  view: 'wizard',
  step: 'platform',
  answers: {
    ...GOLDEN_V3.answers,
    data: {
      ...GOLDEN_V3.answers.data,
      downstreamDevices: 150,
      downstreamProtocol: 'amqp',
      downstreamMessagesPerMinute: 2.5,
    },
  },
};
