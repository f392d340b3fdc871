/**
 * The device needs that known modules impose on the whole deployment: a GPU (Spatial Analysis, DeepStream, any
 * Jetson l4t image) and an architecture (Azure SQL Edge and Spatial Analysis are x86-64 only; l4t images are
 * Jetson arm64). A GPU need makes the estimate size an accelerator of kind GPU, exactly as if the user had chosen
 * one (inference runtime memory and images, the ladder's accelerator check, the accelerator findings); an
 * architecture need rules out every device when the chosen architecture is not one the module runs on. Both
 * are said in findings, with their sources. Ids start with "model-known-".
 */
import type { Answers, Architecture } from '../answers.ts';
import type { KnownModule } from '../modules/known-modules.ts';
import type { Finding } from '../types.ts';
import type { ModuleLoad } from './context.ts';

export interface DeploymentNeeds {
  /** The modules that need a GPU, with why. */
  gpu: { module: NeedingModule; why: string; source: string }[];
  /** The architectures every constrained module runs on (their intersection), or null when none is constrained. */
  architectures: Architecture[] | null;
  /** The modules that constrain the architecture, with why. */
  architectureBy: {
    module: NeedingModule;
    architectures: readonly Architecture[];
    why: string;
    source: string;
  }[];
}

/** A module as the needs see it: its place, name, catalog entry and needs. */
type NeedingModule = Pick<ModuleLoad, 'index' | 'name' | 'known' | 'needs'>;

/** What the modules need of the device, from their catalog entries and images. */
export function deploymentNeeds(modules: readonly NeedingModule[]): DeploymentNeeds {
  const gpu: DeploymentNeeds['gpu'] = [];
  const architectureBy: DeploymentNeeds['architectureBy'] = [];
  let architectures: Architecture[] | null = null;
  for (const m of modules) {
    const { needs } = m;
    if (needs.gpu) {
      const reason = needs.reasons.find((r) => /GPU/.test(r.text)) ?? needs.reasons[0];
      gpu.push({ module: m, why: reason?.text ?? 'It needs a GPU.', source: reason?.source ?? '' });
    }
    if (needs.architectures !== null) {
      const allowed = needs.architectures;
      const reason = needs.reasons.find((r) => /runs only on/.test(r.text));
      architectureBy.push({
        module: m,
        architectures: allowed,
        why: reason?.text ?? `It runs only on ${allowed.join(' or ')}.`,
        source: reason?.source ?? '',
      });
      architectures = (architectures ?? [...allowed]).filter((a) => allowed.includes(a));
    }
  }
  return { gpu, architectures, architectureBy };
}

/** The answers the model sizes: a GPU accelerator when a module needs one and another kind (or none) is chosen. */
export function withModuleNeeds(answers: Answers, needs: DeploymentNeeds): Answers {
  if (needs.gpu.length === 0 || answers.accelerator.kind === 'gpu') return answers;
  return { ...answers, accelerator: { ...answers.accelerator, kind: 'gpu' } };
}

/** As sizing/context.ts moduleLabel: the name, or "Module n" when it is empty. */
const moduleLabel = (m: NeedingModule) => (m.name.trim() === '' ? `Module ${m.index + 1}` : m.name);

const names = (ms: readonly { module: NeedingModule }[]) =>
  ms.map((x) => `“${moduleLabel(x.module)}”`).join(', ');

/** Findings about the known modules' needs, judged against the user's own answers. */
export function knownModuleFindings(
  modules: readonly ModuleLoad[],
  needs: DeploymentNeeds,
  answers: Answers,
): Finding[] {
  const findings: Finding[] = [];
  const arch = answers.platform.architecture;

  const blocking = needs.architectureBy.filter((b) => !b.architectures.includes(arch));
  if (blocking.length > 0) {
    const allowed = needs.architectures ?? [];
    findings.push({
      id: 'model-known-module-architecture',
      severity: 'error',
      title: `${blocking.length === 1 ? 'A module does' : 'Modules do'} not run on ${arch}`,
      message: `${blocking.map((b) => `${moduleLabel(b.module)}: ${b.why}`).join(' ')} With ${arch} chosen, no device can run ${names(blocking)}, so every device is ruled out.`,
      remedy:
        allowed.length > 0
          ? `Choose ${allowed.join(' or ')} in the platform step (and a device of that architecture), or replace ${names(blocking)}.`
          : `The modules ${names(needs.architectureBy)} need different architectures and cannot share one device: split them across devices, or replace one.`,
      field: 'platform.architecture',
      ...(blocking[0]?.source ? { source: blocking[0].source } : {}),
    });
  }

  if (needs.gpu.length > 0) {
    const chosen = answers.accelerator.kind;
    const entries = needs.gpu
      .map((g) => g.module.known?.entry)
      .filter((e): e is KnownModule => e !== undefined && e.gpu.value !== null);
    const checks = entries
      .map((e) => {
        const gpu = e.gpu.value;
        if (gpu === null) return null;
        const parts = [
          gpu.computeCapability === null
            ? null
            : `CUDA compute capability ${gpu.computeCapability.toFixed(1)} or higher`,
          gpu.gpuMemoryGB === null
            ? null
            : `${gpu.gpuMemoryGB.min} GB of GPU memory (${gpu.gpuMemoryGB.recommended} GB recommended)`,
        ].filter((p): p is string => p !== null);
        return parts.length === 0 ? null : `${e.name} needs ${parts.join(' and ')}.`;
      })
      .filter((t): t is string => t !== null);
    findings.push({
      id: 'model-known-module-gpu',
      severity: chosen === 'gpu' ? 'info' : 'warning',
      title:
        chosen === 'gpu'
          ? `Check the GPU for ${names(needs.gpu)}`
          : `${names(needs.gpu)} ${needs.gpu.length === 1 ? 'needs' : 'need'} an NVIDIA GPU: sized with one`,
      message:
        `${needs.gpu.map((g) => g.why).join(' ')} ` +
        (chosen === 'gpu'
          ? ''
          : `The accelerator step says ${chosen === 'none' ? '“None”' : chosen.toUpperCase()}, so the estimate sizes a GPU instead: only devices with a GPU can be fit, and the inference runtime's memory and images are counted. `) +
        (checks.length > 0
          ? `${checks.join(' ')} The ladder checks that a device has a GPU, not its compute capability or GPU memory.`
          : ''),
      remedy:
        chosen === 'gpu'
          ? 'Check the GPU model against these figures before buying, and state the inference load (TOPS, or model cost × frames per second × streams) in the accelerator step.'
          : 'Choose GPU in the accelerator step and state the inference load (TOPS, or model cost × frames per second × streams).',
      field: 'accelerator.kind',
      ...(needs.gpu[0]?.source ? { source: needs.gpu[0].source } : {}),
    });
  }

  for (const m of modules) {
    if (m.known?.entry.id !== 'azure-sql-edge' || m.memoryLimitMb !== null) continue;
    const note = m.known.entry.notes.find((n) => n.text.includes('80 %'));
    if (note === undefined) continue;
    findings.push({
      id: `model-known-module-sql-edge-memory-${m.index}`,
      severity: 'info',
      title: `${moduleLabel(m)}: Azure SQL Edge takes 80 % of the RAM it sees`,
      message:
        'By default the SQL process in Azure SQL Edge uses up to 80 % of the physical RAM, and edgeHub and the other modules share what is left. The estimate counts its startup footprint, not that default.',
      remedy:
        'Set a memory limit on the module (createOptions HostConfig.Memory) or memory.memorylimitmb in mssql.conf, sized for your data.',
      field: `workload.modules.${m.index}.memoryLimitMb`,
      source: note.source,
    });
  }
  return findings;
}
