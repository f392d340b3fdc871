import { useWatch } from 'react-hook-form';
import {
  AnswersSchema,
  DEFAULT_ANSWERS,
  CONTAINER_ENGINES,
  type Answers,
  type Platform,
} from '../../../domain/answers.ts';
import { PLATFORM_FIELDS } from '../../../domain/fields/index.ts';
import { setAnswerSection } from '../../../store/app-store.ts';
import { NumberField, RadioField, SelectField } from '../form-fields.tsx';
import { EFLOW_VM_DEFAULTS, engineSupport, hostOsSupport, isWindowsHost } from '../os-support-view.ts';
import type { StepProps } from '../step-context.ts';
import { StepForm } from '../step-form.tsx';
import { applyDefaults, useStepForm } from '../use-step-form.ts';

const selectPlatform = (answers: Answers): Platform => answers.platform;
const commitPlatform = (platform: Platform) => setAnswerSection('platform', platform);

const ENGINE_OPTIONS = CONTAINER_ENGINES.map((engine) => {
  const support = engineSupport(engine);
  return { value: engine, label: `${support.label}: ${support.level}`, description: support.notes };
});

/** Step 8: where IoT Edge runs: version, host OS (with its tier), architecture, engine, containers, VM. */
export function PlatformStep({ nav }: StepProps) {
  const form = useStepForm<Platform>({
    schema: AnswersSchema.entries.platform,
    select: selectPlatform,
    commit: commitPlatform,
  });
  const hostOs = useWatch({ control: form.control, name: 'hostOs' });
  const architecture = useWatch({ control: form.control, name: 'architecture' });
  const support = hostOsSupport(hostOs, architecture);

  return (
    <StepForm
      form={form}
      nav={nav}
      label="Platform"
      onUseDefaults={() => applyDefaults(selectPlatform, commitPlatform, DEFAULT_ANSWERS.platform)}
    >
      <RadioField form={form} name="iotEdgeVersion" spec={PLATFORM_FIELDS.iotEdgeVersion} />
      <SelectField form={form} name="hostOs" spec={PLATFORM_FIELDS.hostOs} />
      <div className={`support-note support-note--${support.level}`} role="status">
        <p className="support-note__title">
          <strong>{support.title}</strong>
        </p>
        <p>{support.detail}</p>
        {support.source ? (
          <p className="support-note__source">
            Source: <a href={support.source}>{support.source}</a>
          </p>
        ) : null}
      </div>
      {isWindowsHost(hostOs) ? (
        <aside className="explainer" aria-labelledby="eflow-heading">
          <h3 id="eflow-heading">Windows hosts run IoT Edge inside EFLOW</h3>
          <p>
            Since IoT Edge 1.2 there are no Windows containers. On Windows,{' '}
            <strong>IoT Edge for Linux on Windows (EFLOW)</strong> runs a small Azure Linux virtual machine on
            Hyper-V, and your Linux containers run in it. The sizing adds that VM (by default{' '}
            {EFLOW_VM_DEFAULTS.memoryMiB} MiB of memory, {EFLOW_VM_DEFAULTS.cpus} vCPU and a{' '}
            {EFLOW_VM_DEFAULTS.diskGB} GB disk) on top of Windows itself. EFLOW 1.5 LTS was supported until
            November 2026 and no EFLOW 1.6 release is known, so check its status before committing to it.
          </p>
        </aside>
      ) : null}
      <RadioField form={form} name="architecture" spec={PLATFORM_FIELDS.architecture} />
      <RadioField
        form={form}
        name="containerEngine"
        spec={PLATFORM_FIELDS.containerEngine}
        options={ENGINE_OPTIONS}
      />
      <RadioField form={form} name="containerOs" spec={PLATFORM_FIELDS.containerOs} />
      <SelectField form={form} name="hosting" spec={PLATFORM_FIELDS.hosting} />
      <RadioField form={form} name="attestation" spec={PLATFORM_FIELDS.attestation} />
      <NumberField form={form} name="deploymentsPerMonth" spec={PLATFORM_FIELDS.deploymentsPerMonth} />
    </StepForm>
  );
}
