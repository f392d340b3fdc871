import * as v from 'valibot';

export type PathKey = string | number;

/** The value at a path in plain data, or undefined when the path does not exist. */
export function getAt(data: unknown, path: readonly PathKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PathKey, unknown>)[key];
  }
  return current;
}

/** A copy of `data` with the value at `path` replaced (objects and arrays along the path are copied). */
export function setAt(data: unknown, path: readonly PathKey[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const container = typeof data === 'object' && data !== null ? data : {};
  const child = setAt((container as Record<PathKey, unknown>)[head], rest, value);
  if (Array.isArray(container)) {
    const copy = [...container];
    copy[Number(head)] = child;
    return copy;
  }
  return { ...container, [head]: child };
}

/**
 * The valid part of a form's values: every field that fails the schema is replaced by its fallback (the
 * last committed value, or a default), so a bad number never reaches the model while the user's other
 * edits in the same step still do. Returns the schema's output, or null when no valid value can be formed.
 */
export function mergeValid<TOutput>(
  schema: v.GenericSchema<unknown, TOutput>,
  candidate: unknown,
  fallbackAt: (path: readonly PathKey[]) => unknown,
): TOutput | null {
  let current = candidate;
  // Each round replaces the failing fields; a second round catches issues hidden behind the first ones.
  for (let round = 0; round < 3; round += 1) {
    const result = v.safeParse(schema, current);
    if (result.success) return result.output;
    for (const issue of result.issues) {
      const path = issue.path?.map((item) => item.key as PathKey) ?? [];
      if (path.length === 0) return null;
      const fallback = fallbackAt(path);
      if (fallback === undefined) return null;
      current = setAt(current, path, fallback);
    }
  }
  return null;
}
