/**
 * The domain's modules form no import cycle (issue 14: import.ts re-exported manifestToAnswers from
 * to-answers.ts, which imports import.ts). A cycle makes evaluation order depend on which module is loaded
 * first, and it hides a layering mistake. Type-only imports (`import type`, `export type`) are erased when the code
 * is compiled and take no part in evaluation order, so they are not counted: types.ts and answers.ts describe
 * each other's shapes (an estimate holds answers-typed fields, the answers' descriptions format numbers whose
 * units types.ts names).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Relative imports and re-exports that are evaluated (not `import type` / `export type`). */
function relativeImports(file: string, text: string): string[] {
  const found: string[] = [];
  const pattern = /^(?:import|export)\s(?!type\s)(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;
  for (const m of text.matchAll(pattern)) if (m[1] !== undefined) found.push(resolve(dirname(file), m[1]));
  return found;
}

function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('import cycles', () => {
  it('finds relative imports and re-exports, and leaves type-only imports out', () => {
    const text = [
      "import { a } from './a.ts';",
      "import type { B } from './b.ts';",
      "export { c } from '../c.ts';",
      "import {\n  d,\n  type E,\n} from './d.ts';",
      "import 'node:fs';",
    ].join('\n');
    expect(relativeImports('/x/y.ts', text)).toEqual(['/x/a.ts', '/c.ts', '/x/d.ts']);
  });

  it('src/domain has none', () => {
    const files = sourceFiles(join(ROOT, 'domain'));
    const graph = new Map(files.map((f) => [f, relativeImports(f, readFileSync(f, 'utf8'))]));
    const cycle = findCycle(graph);
    expect(cycle?.map((f) => relative(ROOT, f)) ?? null).toBeNull();
  });
});
