import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  DEFAULT_ANSWERS,
  DEFAULT_MODULE,
  WorkloadEditSchema,
  effectiveModules,
  parseAnswers,
} from './answers.ts';

describe('parseAnswers', () => {
  it('accepts the defaults', () => {
    expect(parseAnswers(DEFAULT_ANSWERS)).toEqual({ ok: true, answers: DEFAULT_ANSWERS });
  });

  it('names the field that is wrong', () => {
    const bad = { ...DEFAULT_ANSWERS, data: { ...DEFAULT_ANSWERS.data, messageSizeKb: 9999 } };
    const result = parseAnswers(bad);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]).toEqual({
        path: 'data.messageSizeKb',
        message: 'Message size (KB) must be at most 256',
      });
  });

  it('rejects non-objects without throwing', () => {
    for (const input of [null, undefined, 42, 'x', [], { workload: 'x' }]) {
      expect(parseAnswers(input).ok).toBe(false);
    }
  });
});

describe('module names', () => {
  const withNames = (...names: string[]) => ({
    ...DEFAULT_ANSWERS,
    workload: {
      ...DEFAULT_ANSWERS.workload,
      mode: 'list' as const,
      modules: names.map((name) => ({ ...DEFAULT_MODULE, name })),
    },
  });
  /** The wizard's rules (WorkloadEditSchema), with paths as in parseAnswers. */
  const issuesOfWorkload = (workload: unknown) => {
    const result = v.safeParse(WorkloadEditSchema, workload);
    return result.success
      ? []
      : result.issues.map((issue) => ({ path: `workload.${v.getDotPath(issue)}`, message: issue.message }));
  };
  const issuesOf = (...names: string[]) => issuesOfWorkload(withNames(...names).workload);

  it.each([
    ['', /Give the module a name/],
    ['   ', /Give the module a name/],
    ['opc publisher', /no spaces/],
    ['$edgeHub', /no \$/],
    ['modbus;1', /only letters, digits/],
    ['modüle', /only letters, digits/],
  ])("rejects %j at the row's name", (name, message) => {
    const issues = issuesOf('ok', name);
    expect(issues).toEqual([{ path: 'workload.modules.1.name', message: expect.stringMatching(message) }]);
  });

  it.each([['opc-publisher'], ['Sim.Temp_2'], ["a:b+c%d#e*f?g!h(i),j=k@l'm"], ['  trimmed  ']])(
    'accepts %j',
    (name) => {
      expect(issuesOf(name)).toEqual([]);
    },
  );

  it('flags each later use of a name at its own row, naming the first (case-sensitive, trimmed)', () => {
    expect(issuesOf('modbus', 'opc', 'modbus ', 'Modbus', 'modbus')).toEqual([
      {
        path: 'workload.modules.2.name',
        message: 'Module 1 is already called "modbus": module names must be unique in a deployment',
      },
      {
        path: 'workload.modules.4.name',
        message: 'Module 1 is already called "modbus": module names must be unique in a deployment',
      },
    ]);
  });

  it('still reports a duplicate name while another field of the table is invalid', () => {
    const answers = withNames('a', 'a');
    const modules = answers.workload.modules.map((m, i) => (i === 0 ? { ...m, memoryLimitMb: 1 } : m));
    expect(issuesOfWorkload({ ...answers.workload, modules }).map((issue) => issue.path)).toEqual([
      'workload.modules.0.memoryLimitMb',
      'workload.modules.1.name',
    ]);
  });

  it('leaves AnswersSchema open to any name, so old links, files and manifests still open', () => {
    expect(parseAnswers(withNames('Résumé 名前', '', 'a', 'a')).ok).toBe(true);
  });
});

describe('effectiveModules', () => {
  it('makes moduleCount generic modules in count mode', () => {
    const modules = effectiveModules({
      ...DEFAULT_ANSWERS.workload,
      mode: 'count',
      moduleCount: 3,
      defaultLanguage: 'python',
    });
    expect(modules.map((m) => m.language)).toEqual(['python', 'python', 'python']);
  });
});
