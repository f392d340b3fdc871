import { describe, expect, it } from 'vitest';
import { AnswersSchema, DEFAULT_ANSWERS, DEFAULT_MODULE } from '../../domain/answers.ts';
import { getAt, mergeValid, setAt } from './merge-valid.ts';

const data = AnswersSchema.entries.data;
const workload = AnswersSchema.entries.workload;

describe('getAt / setAt', () => {
  it('reads and writes nested paths without mutating the input', () => {
    const input = { a: [{ b: 1 }, { b: 2 }] };
    expect(getAt(input, ['a', 1, 'b'])).toBe(2);
    expect(getAt(input, ['a', 5, 'b'])).toBeUndefined();
    const output = setAt(input, ['a', 1, 'b'], 3);
    expect(output).toEqual({ a: [{ b: 1 }, { b: 3 }] });
    expect(input.a[1]?.b).toBe(2);
    expect(Array.isArray((output as { a: unknown }).a)).toBe(true);
  });
});

describe('mergeValid', () => {
  const fallbackTo = (committed: unknown) => (path: readonly (string | number)[]) => getAt(committed, path);

  it('returns valid values unchanged', () => {
    const values = { ...DEFAULT_ANSWERS.data, messagesPerSecondAvg: 42 };
    expect(mergeValid(data, values, fallbackTo(DEFAULT_ANSWERS.data))).toEqual(values);
  });

  it('replaces each invalid field by its last valid value and keeps the other edits', () => {
    const values = {
      ...DEFAULT_ANSWERS.data,
      messagesPerSecondAvg: 42,
      upstreamPercent: 150,
      messageSizeKb: NaN,
    };
    expect(mergeValid(data, values, fallbackTo(DEFAULT_ANSWERS.data))).toEqual({
      ...DEFAULT_ANSWERS.data,
      messagesPerSecondAvg: 42,
    });
  });

  it('falls back to a default for a field that has never been valid (a new module row)', () => {
    const committed = { ...DEFAULT_ANSWERS.workload, mode: 'list' as const, modules: [] };
    const values = {
      ...committed,
      modules: [{ ...DEFAULT_MODULE, name: 'modbus', memoryLimitMb: 2 }],
    };
    const merged = mergeValid(workload, values, (path) => {
      const previous = getAt(committed, path);
      return previous !== undefined ? previous : getAt(DEFAULT_MODULE, path.slice(2));
    });
    expect(merged?.modules).toEqual([{ ...DEFAULT_MODULE, name: 'modbus', memoryLimitMb: null }]);
  });

  it('gives up (null) when no fallback exists, so nothing invalid is ever committed', () => {
    const values = { ...DEFAULT_ANSWERS.data, upstreamPercent: 150 };
    expect(mergeValid(data, values, () => undefined)).toBeNull();
  });

  it('applies the schema transforms (trimmed names)', () => {
    const values = { ...DEFAULT_ANSWERS.workload, modules: [{ ...DEFAULT_MODULE, name: '  opc  ' }] };
    expect(mergeValid(workload, values, () => undefined)?.modules[0]?.name).toBe('opc');
  });
});
