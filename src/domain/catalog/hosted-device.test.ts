import { describe, expect, it } from 'vitest';
import { estimate } from '../estimate.ts';
import { buildManifest } from '../manifest/export.ts';
import { createAnswers } from '../../testing/builders.ts';
import { DEVICES } from './devices.ts';
import { hostedDevice } from './hosted-device.ts';

describe('the VM as the device the manifest export is tuned for', () => {
  it('bare metal: none (the recommended board stands)', () => {
    const answers = createAnswers();
    expect(hostedDevice(estimate(answers), answers)).toBeNull();
  });

  it('a VM on Hyper-V: the VM size; the export is tuned for it, not for a board', () => {
    const answers = createAnswers({ platform: { hosting: 'hyper-v', architecture: 'amd64' } });
    const e = estimate(answers);
    const vm = hostedDevice(e, answers)!;
    expect(vm.ramMiB).toBe(e.vmSize!.ramMiB);
    expect(vm.name).toMatch(/^the VM \(\d+ vCPU, [\d.]+ GiB RAM, \d+ GiB disk\)$/);
    const exported = buildManifest(answers, e, vm.id, [vm, ...DEVICES]);
    expect(exported.device?.id).toBe('vm');
  });

  it('an Azure VM: the recommended size with its OS disk', () => {
    const answers = createAnswers({ platform: { hosting: 'azure-vm', architecture: 'amd64' } });
    const e = estimate(answers);
    const vm = hostedDevice(e, answers)!;
    expect(vm.id).toBe(`azure-${e.azureVms!.recommendedId}`);
    expect(vm.ramMiB).toBe(4096);
    expect(vm.storageNote).toMatch(/GiB managed OS disk/);
    expect(vm.priceNote).toMatch(/not bought/);
  });
});
