/**
 * Findings the sizing model itself makes (compatibility rules live in src/domain/compat): settings the estimate
 * depends on, and imported limits that contradict it. Ids start with "model-".
 */
import { ASSUMPTIONS } from '../assumptions.ts';
import type { Finding, Requirement } from '../types.ts';
import { fmt, LANGUAGE_LABEL, moduleLabel, type SizingContext } from './context.ts';
import { rawInferenceTops } from './accelerator.ts';
import { moduleNeedIn } from './ram.ts';

const PRODUCTION_CHECKLIST = 'https://learn.microsoft.com/azure/iot-edge/production-checklist';

/** Model findings for the given context and requirements. */
export function modelFindings(ctx: SizingContext, requirements: { ram: Requirement }): Finding[] {
  const findings: Finding[] = [];
  const { answers } = ctx;

  for (const m of ctx.modules) {
    if (m.memoryLimitMb === null) continue;
    const need = moduleNeedIn(ctx, m).value;
    const app = m.application?.minRam ? m.application : null;
    if (m.memoryLimitMb < need.typical) {
      const below = m.memoryLimitMb < need.low;
      findings.push({
        id: `model-memory-limit-${m.index}`,
        severity: 'warning',
        title: `${moduleLabel(m)}: memory limit below its estimated need`,
        message:
          `Its createOptions memory limit is ${fmt(m.memoryLimitMb)} MiB, but the model estimates ${fmt(need.low)}–${fmt(need.typical)} MiB ` +
          (app
            ? `for ${app.what}, which its vendor does not run in less`
            : `for ${m.language === 'unknown' ? 'a module in an unknown language' : `a ${LANGUAGE_LABEL[m.language]} module`} at this message rate`) +
          (below
            ? '; even the low estimate exceeds it, so expect out-of-memory restarts.'
            : '. At peak load Docker will kill and restart it.'),
        remedy: `Raise HostConfig.Memory to at least ${Math.ceil(need.typical)} MiB (${Math.ceil(need.typical) * 1_048_576} bytes), or measure the module under load and set the limit from that.`,
        field: `workload.modules.${m.index}.memoryLimitMb`,
        source: app?.minRam
          ? ASSUMPTIONS[app.minRam].source
          : 'https://github.com/MicrosoftDocs/azure-docs/issues/28789',
      });
    }
  }

  // An inference load left in the answers while "no accelerator" is picked is not sized anywhere: say so rather
  // than silently recommending a device that cannot run it.
  const acc = answers.accelerator;
  const describedTops = acc.sizing === 'tops' ? acc.tops : rawInferenceTops(answers);
  if (acc.kind === 'none' && describedTops > 0) {
    findings.push({
      id: 'model-inference-without-accelerator',
      severity: 'warning',
      title: 'An inference load is described, but no accelerator is chosen',
      message:
        acc.sizing === 'tops'
          ? `The accelerator step asks for ${fmt(describedTops)} TOPS, but "None" is selected, so no device is checked for it and the CPU estimate does not include inference.`
          : `The accelerator step describes ${fmt(acc.gopsPerInference)} GOPs × ${fmt(acc.framesPerSecond)} fps × ${fmt(acc.streams)} streams (${fmt(describedTops)} TOPS of raw inference), but "None" is selected, so no device is checked for it and the CPU estimate does not include inference.`,
      remedy:
        'Choose GPU, NPU or VPU so the device ladder checks the accelerator, or set the load to zero if inference runs elsewhere (in the cloud or on another device).',
      field: 'accelerator.kind',
    });
  }

  const { messagesPerSecondAvg: average, messagesPerSecondPeak: peak } = answers.data;
  if (peak < average) {
    findings.push({
      id: 'model-peak-below-average',
      severity: 'info',
      title: 'The peak rate is below the average: the average is used as the peak',
      message: `The peak is ${fmt(peak)} msg/s and the average ${fmt(average)} msg/s. A peak is never below the average, so the estimate takes ${fmt(average)} msg/s as the peak (typical and high CPU and memory follow the peak).`,
      remedy: 'Enter the highest rate the device must keep up with, for example after it reconnects.',
      field: 'data.messagesPerSecondPeak',
    });
  }

  const ttlHours = ASSUMPTIONS['buffer.default-ttl-hours'].value;
  // Something is queued: the workload's upstream share, or downstream messages sent up (an IoT Edge child forwards
  // all of its messages even when its parent's own share is 0).
  const queued = answers.data.upstreamPercent > 0 || ctx.downstream.upstream.avg > 0;
  if (answers.performance.offlineHours > ttlHours && queued) {
    const seconds = Math.ceil(answers.performance.offlineHours * 3600);
    findings.push({
      id: 'model-store-and-forward-ttl',
      severity: 'info',
      title: 'edgeHub’s time to live must cover the offline hours',
      message: `edgeHub drops queued messages after storeAndForwardConfiguration.timeToLiveSecs (${ttlHours * 3600} s = ${ttlHours} h unless the deployment sets it); the buffer is sized for ${fmt(answers.performance.offlineHours)} h.`,
      remedy: `The deployment must set timeToLiveSecs to ${seconds} or more. The manifest exported here does; a manifest you imported that already sets it needs no change, and one that doesn't must. Give edgeHub a host storage folder (storageFolder bind mount) so the queue survives restarts.`,
      field: 'performance.offlineHours',
      source: PRODUCTION_CHECKLIST,
    });
  }

  if (answers.performance.headroomPercent < ASSUMPTIONS['ram.safety-margin-percent'].value) {
    findings.push({
      id: 'model-low-headroom',
      severity: 'info',
      title: 'Headroom below 20 %',
      message: `With ${fmt(answers.performance.headroomPercent)} % headroom the device runs close to its limits. edgeHub's .NET garbage collector grows into free memory, and SD-card devices without swap fail hard when memory runs out.`,
      remedy:
        'Keep 20–25 % headroom, or set memory limits on edgeHub and the modules so one of them cannot starve the rest.',
      field: 'performance.headroomPercent',
    });
  }

  if (ctx.arch === 'arm32v7') {
    findings.push({
      id: 'model-edgehub-32-bit',
      severity: 'info',
      title: 'Tune edgeHub for a 32-bit device',
      message:
        'With OptimizeForPerformance=true (the default) edgeHub uses pooled MQTT buffers and larger RocksDB buffers, which "does not work well on 32-bit OS or low memory" and can make small devices unstable. The estimate assumes the tuned settings.',
      remedy:
        'Set the edgeHub environment variable OptimizeForPerformance=false, and turn off the protocol heads you do not use (amqpSettings__enabled / mqttSettings__enabled = false).',
      field: 'platform.architecture',
      source: PRODUCTION_CHECKLIST,
    });
    const noArm32 = [
      ...new Set(
        ctx.modules.filter((m) => m.language === 'node' || m.language === 'java').map((m) => m.language),
      ),
    ];
    if (noArm32.length > 0) {
      findings.push({
        id: 'model-arm32-base-images',
        severity: 'warning',
        title: 'No official arm32v7 base image for some module languages',
        message: `node:lts-alpine and eclipse-temurin:21-jre publish no arm32v7 build, so ${noArm32.map((l) => LANGUAGE_LABEL[l]).join(' and ')} modules need another base image, and their image sizes here are less certain.`,
        remedy:
          'Use a 64-bit OS (arm64) where the board allows it, or pick a base image that publishes arm32v7 (for example a Debian-based one).',
        field: 'platform.architecture',
        source: 'https://github.com/docker-library/repo-info/blob/master/repos/node/remote/lts-alpine.md',
      });
    }
  }

  if (ctx.windowsHost) {
    const vmNeed = requirements.ram.breakdown
      .filter((i) => i.component !== 'os' && i.component !== 'headroom' && i.id !== 'eflow-host-free')
      .reduce((s, i) => s + i.value.typical, 0);
    const min = ASSUMPTIONS['eflow.vm-min-ram'].value;
    if (vmNeed < min) {
      findings.push({
        id: 'model-eflow-min-memory',
        severity: 'info',
        title: 'The EFLOW VM takes at least 1024 MiB from the host',
        message: `The Linux side needs about ${fmt(vmNeed)} MiB, but the EFLOW VM is given a fixed ${min} MiB minimum, which Windows cannot use.`,
        remedy: 'Plan the host RAM as Windows plus the VM size shown with the estimate.',
        field: 'platform.hostOs',
        source:
          'https://learn.microsoft.com/azure/iot-edge/reference-iot-edge-for-linux-on-windows-functions#deploy-eflow',
      });
    }
  }
  return findings;
}
