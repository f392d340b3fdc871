/** Gateway findings: the 100-client boundary, modules counted as clients, certificates and upstream protocol. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWERS, effectiveModules, type Answers } from '../answers.ts';
import { estimate } from '../estimate.ts';
import { gatewayFindings } from './gateway-findings.ts';

const withDevices = (downstreamDevices: number, moduleCount?: number): Answers => ({
  ...DEFAULT_ANSWERS,
  workload:
    moduleCount === undefined
      ? DEFAULT_ANSWERS.workload
      : { ...DEFAULT_ANSWERS.workload, mode: 'count', moduleCount, modules: [] },
  data: { ...DEFAULT_ANSWERS.data, downstreamDevices },
});
const ids = (answers: Answers) => gatewayFindings(answers).map((f) => f.id);

describe('gateway findings', () => {
  it('a single device (0 downstream devices) has none', () => {
    expect(gatewayFindings(DEFAULT_ANSWERS)).toEqual([]);
  });

  it.each([
    [1, 0, ['gateway-certificates', 'gateway-upstream-multiplexing']],
    [100, 0, ['gateway-certificates', 'gateway-upstream-multiplexing']],
    [101, 0, ['gateway-max-connected-clients', 'gateway-certificates', 'gateway-upstream-multiplexing']],
    [150, 2, ['gateway-max-connected-clients', 'gateway-certificates', 'gateway-upstream-multiplexing']],
    [99, 1, ['gateway-certificates', 'gateway-upstream-multiplexing']],
    [
      99,
      2,
      ['gateway-max-connected-clients-modules', 'gateway-certificates', 'gateway-upstream-multiplexing'],
    ],
  ] as const)('%i downstream devices and %i modules → %j', (devices, modules, expected) => {
    expect(ids(withDevices(devices, modules))).toEqual(expected);
  });

  it('above 100: a warning naming MaxConnectedClients, the count to set and the memory it costs', () => {
    const answers = withDevices(150);
    const modules = effectiveModules(answers.workload).length;
    const [f] = gatewayFindings(answers);
    expect(f).toMatchObject({
      severity: 'warning',
      title: "150 downstream devices exceed edgeHub's default of 100 clients",
      field: 'data.downstreamDevices',
      source: 'https://learn.microsoft.com/azure/iot-edge/iot-edge-limits-and-restrictions',
    });
    expect(f?.remedy).toContain(`MaxConnectedClients of edgeHub`);
    expect(f?.remedy).toContain(`at least ${150 + modules}`);
    // 50 extra clients × 128–1024 KB (256 typical), an estimate.
    expect(f?.message).toContain('about 6–50 MiB (13 MiB typical; an estimate');
  });

  it('the certificates finding links the transparent gateway setup; the protocol is named', () => {
    const answers: Answers = {
      ...withDevices(10),
      data: { ...withDevices(10).data, downstreamProtocol: 'amqp' },
    };
    const found = gatewayFindings(answers);
    expect(found.find((f) => f.id === 'gateway-certificates')?.source).toBe(
      'https://learn.microsoft.com/azure/iot-edge/how-to-create-transparent-gateway',
    );
    expect(found.find((f) => f.id === 'gateway-upstream-multiplexing')?.message).toContain('over AMQP');
  });

  it('the estimate carries them, warnings before infos', () => {
    const e = estimate(withDevices(101));
    const at = (id: string) => e.findings.findIndex((f) => f.id === id);
    expect(at('gateway-max-connected-clients')).toBeGreaterThanOrEqual(0);
    expect(at('gateway-max-connected-clients')).toBeLessThan(at('gateway-certificates'));
    expect(estimate(withDevices(100)).findings.map((f) => f.id)).not.toContain(
      'gateway-max-connected-clients',
    );
  });
});
