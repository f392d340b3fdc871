/**
 * Turn an imported manifest into wizard answers: the modules table, offline hours from edgeHub's
 * timeToLiveSecs, a GPU accelerator when a module asks for one, and the questions the user must confirm.
 */
import {
  ARCHITECTURES,
  DEFAULT_MODULE,
  LIMITS,
  parseAnswers,
  type Answers,
  type Architecture,
  type ModuleSpec,
} from '../answers.ts';
import type { ImportedManifest } from './import.ts';
import type { HostOs } from '../answers.ts';

/** An NVIDIA Jetson image: Linux for Tegra (l4t) or JetPack in the repository name or tag. */
const JETSON_IMAGE = /(^|[/:_.-])(l4t|jetpack)([/:_.-]|$)/i;
/** The host OSes a Jetson runs (JetPack 6 is Ubuntu 22.04 based; Yocto builds exist): see catalog/device-platforms.ts. */
const JETSON_HOST_OSES: readonly HostOs[] = ['ubuntu-22.04', 'yocto', 'other-linux'];
import { moduleNeeds, recognizeModule, type ModuleNeeds } from '../modules/known-modules.ts';

export interface ManifestAnswers {
  answers: Answers;
  /** What the user should confirm or fill in, one sentence each. */
  questions: string[];
}

/** Architecture suffixes iotedgedev uses in ${MODULES.name.<platform>} placeholders and image tags. */
const PLATFORM_SUFFIX: ReadonlyArray<[RegExp, Architecture]> = [
  [/(^|[.\-_])(amd64|x64|x86_64)($|[.\-_}])/i, 'amd64'],
  [/(^|[.\-_])(arm64v8|arm64|aarch64)($|[.\-_}])/i, 'arm64'],
  [/(^|[.\-_])(arm32v7|armv7|armhf)($|[.\-_}])/i, 'arm32v7'],
];

function architectureOf(image: string): Architecture | null {
  for (const [pattern, arch] of PLATFORM_SUFFIX) if (pattern.test(image)) return arch;
  return null;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * The names the wizard gives imported modules, in order: trimmed, at most LIMITS.nameLength characters, "module"
 * when blank, and unique ("-2", "-3"… on a repeat). The manifest export uses the same mapping to find each
 * sized module's entry in the imported manifest.
 */
export function answerModuleNames(manifestNames: readonly string[]): string[] {
  const used = new Set<string>();
  return manifestNames.map((original) => {
    let name = original.trim().slice(0, LIMITS.nameLength) || 'module';
    for (let i = 2; used.has(name); i++)
      name = `${(original.trim() || 'module').slice(0, LIMITS.nameLength - 4)}-${i}`;
    used.add(name);
    return name;
  });
}

/**
 * Map an imported manifest onto answers, starting from `base` (the user's current answers, which are kept
 * wherever the manifest says nothing). The result always passes `parseAnswers`.
 */
export function manifestToAnswers(imported: ImportedManifest, base: Answers): ManifestAnswers {
  const questions: string[] = [];
  const answers: Answers = { ...base };

  // Modules: one row per custom module, in list mode.
  const sized = imported.modules.slice(0, LIMITS.modules.max);
  const answerNames = answerModuleNames(sized.map((m) => m.name));
  const modules: ModuleSpec[] = sized.map((m, index) => {
    const name = answerNames[index] ?? 'module';
    let memoryLimitMb = m.memoryLimitMiB;
    if (
      memoryLimitMb !== null &&
      (memoryLimitMb < LIMITS.memoryLimitMb.min || memoryLimitMb > LIMITS.memoryLimitMb.max)
    ) {
      questions.push(
        `Module "${name}" has a memory limit of ${memoryLimitMb} MiB, outside what the sizer accepts (${LIMITS.memoryLimitMb.min}–${LIMITS.memoryLimitMb.max.toLocaleString('en-US')} MiB); it was left out.`,
      );
      memoryLimitMb = null;
    }
    // A confirmed catalog module whose runtime is published (DeepStream: C/C++) needs no language question.
    const known = recognizeModule(m.image, m.name, m.imagePlaceholder);
    const catalogLanguage =
      m.language === 'unknown' && known !== null && !known.fromName ? known.entry.language : 'unknown';
    if (m.languageBasis === 'application')
      questions.push(
        `Module "${name}": ${m.languageNote} Check the memory it needs on your device; the exported manifest never limits it below a published vendor minimum, nor below 64 MiB.`,
      );
    else if (m.language === 'unknown' && catalogLanguage === 'unknown')
      questions.push(`Which language is module "${name}" written in? ${m.languageNote}`);
    else if (m.languageBasis === 'name')
      questions.push(`Module "${name}": language set to ${m.language}. ${m.languageNote}`);
    if (m.status !== null && m.status.toLowerCase() === 'stopped')
      questions.push(
        `Module "${name}" is deployed stopped; it is sized as if running. Remove it if it never runs.`,
      );
    return {
      ...DEFAULT_MODULE,
      name,
      language: catalogLanguage === 'unknown' ? m.language : catalogLanguage,
      image: m.image.slice(0, LIMITS.imageLength),
      memoryLimitMb,
    };
  });

  if (modules.length > 0) {
    answers.workload = { ...answers.workload, mode: 'list', modules, moduleCount: modules.length };
    const languages = new Set(modules.map((m) => m.language).filter((l) => l !== 'unknown'));
    if (languages.size === 1)
      answers.workload.defaultLanguage = [...languages][0] ?? answers.workload.defaultLanguage;
  } else {
    questions.push('The manifest has no custom modules; the wizard keeps your module answers.');
  }

  // Offline hours from store-and-forward time to live.
  if (imported.timeToLiveSecs !== null) {
    const hours = round(imported.timeToLiveSecs / 3600, 2);
    answers.performance = {
      ...answers.performance,
      offlineHours: clamp(hours, LIMITS.offlineHours.min, LIMITS.offlineHours.max),
    };
    if (hours > LIMITS.offlineHours.max)
      questions.push(
        `timeToLiveSecs is ${imported.timeToLiveSecs} s (${hours} h); offline hours were capped at ${LIMITS.offlineHours.max}.`,
      );
    else
      questions.push(
        `Offline hours set to ${hours} from timeToLiveSecs ${imported.timeToLiveSecs}: confirm the device must keep messages that long when offline.`,
      );
  } else if (imported.kind !== 'layered') {
    questions.push(
      'The manifest does not set timeToLiveSecs (edgeHub then keeps messages 7200 s = 2 h); offline hours were not changed.',
    );
  }

  // Known modules (catalog) and Jetson l4t / JetPack images: what they need of the device.
  const needs = new Map<string, ModuleNeeds>();
  for (const m of imported.modules) {
    const match = recognizeModule(m.image, m.name, m.imagePlaceholder);
    needs.set(m.name, moduleNeeds(m.image, match));
    if (match !== null && m.languageBasis !== 'application')
      questions.push(
        match.fromName
          ? `Module "${m.name}" looks like ${match.entry.name} by its name: confirm it; it is sized by that catalog entry.`
          : `Module "${m.name}" is ${match.entry.name}: it is sized by its catalog entry (${match.entry.source}).`,
      );
  }

  // GPU: asked for in createOptions (runtime, device requests, device nodes, env), or needed by the module.
  const gpuReasons = (m: ImportedManifest['modules'][number]) => [
    ...m.gpuHints,
    ...(m.gpuHints.length === 0 && needs.get(m.name)?.gpu === true
      ? [recognizeModule(m.image, m.name)?.entry.name ?? 'a Jetson l4t image']
      : []),
  ];
  const gpuModules = imported.modules.filter((m) => gpuReasons(m).length > 0);
  if (gpuModules.length > 0) {
    const list = gpuModules.map((m) => `"${m.name}" (${gpuReasons(m).join(', ')})`).join(', ');
    if (answers.accelerator.kind !== 'gpu') answers.accelerator = { ...answers.accelerator, kind: 'gpu' };
    questions.push(
      `GPU requested by ${list}: accelerator set to GPU. State the inference load (TOPS, or model cost × frames per second × streams).`,
    );
  }

  // Upstream share: only when the routes say "everything" or "nothing".
  if (imported.routes.length > 0) {
    const upstream = imported.routes.filter((r) => r.toUpstream);
    if (upstream.length === 0) {
      answers.data = { ...answers.data, upstreamPercent: 0 };
      questions.push(
        'No route sends to $upstream: share sent upstream set to 0 %. Confirm nothing goes to IoT Hub.',
      );
    } else if (upstream.some((r) => r.sourceModule === '*')) {
      answers.data = { ...answers.data, upstreamPercent: 100 };
    } else {
      questions.push(
        `Routes ${upstream.map((r) => `"${r.name}"`).join(', ')} send some modules' messages to $upstream: confirm the share sent upstream (now ${answers.data.upstreamPercent} %).`,
      );
    }
  }

  // Architecture from platform-specific image placeholders or tags, when they all agree.
  // A module that runs on one architecture only (an l4t image: arm64; Azure SQL Edge: amd64) says it too.
  const onlyArch = (m: ImportedManifest['modules'][number]): Architecture | null => {
    const allowed = needs.get(m.name)?.architectures ?? null;
    return allowed !== null && allowed.length === 1 ? (allowed[0] ?? null) : null;
  };
  const arches = new Set(
    imported.modules
      .map((m) => architectureOf(m.image) ?? onlyArch(m))
      .filter((a): a is Architecture => a !== null),
  );
  if (arches.size === 1) {
    const arch = [...arches][0];
    if (arch !== undefined && ARCHITECTURES.includes(arch) && arch !== answers.platform.architecture) {
      questions.push(
        `Module images are built for ${arch}: architecture changed from ${answers.platform.architecture} to ${arch}.`,
      );
      answers.platform = { ...answers.platform, architecture: arch };
    }
  } else if (arches.size > 1) {
    questions.push(
      `Module images name several architectures (${[...arches].join(', ')}); check the architecture step.`,
    );
  }

  // Jetson images (l4t = Linux for Tegra, JetPack) run only on a Jetson, whose supported OS is JetPack 6: Jetson
  // Linux 36, based on Ubuntu 22.04 (https://developer.nvidia.com/embedded/jetpack). A host OS a Jetson does not
  // run would rule out every Jetson, so the host OS follows the images, and the user is told.
  const jetsonImages = imported.modules.filter((m) => JETSON_IMAGE.test(m.image));
  if (jetsonImages.length > 0 && !JETSON_HOST_OSES.includes(answers.platform.hostOs)) {
    questions.push(
      `${jetsonImages.map((m) => `"${m.name}"`).join(', ')} ${jetsonImages.length === 1 ? 'uses a Jetson (l4t) image' : 'use Jetson (l4t) images'}: host OS changed from ${answers.platform.hostOs} to Ubuntu 22.04, the base of NVIDIA JetPack 6.`,
    );
    answers.platform = { ...answers.platform, hostOs: 'ubuntu-22.04' };
  }

  const runtime = imported.edgeHub?.version ?? imported.edgeAgent?.version ?? null;
  if (runtime !== null && !runtime.startsWith(answers.platform.iotEdgeVersion))
    questions.push(
      `The manifest pins IoT Edge runtime images ${runtime}; the sizing uses IoT Edge ${answers.platform.iotEdgeVersion}. Update the images when you deploy.`,
    );
  if (imported.optimizeForPerformance === false)
    questions.push('edgeHub has OptimizeForPerformance=false (the setting for constrained devices).');

  const checked = parseAnswers(answers);
  if (!checked.ok) {
    // Should not happen; never hand the wizard answers that fail its own schema.
    return {
      answers: base,
      questions: [
        `The manifest could not be mapped onto the wizard: ${checked.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      ],
    };
  }
  return { answers: checked.answers, questions };
}
