/**
 * Guards the first-view split (docs/decisions/005-first-view-code-split.md) without a build: walk the static
 * imports from src/main.tsx (`import … from`, `export … from`, bare `import '…'`; never `import()`) and check
 * that nothing meant for a lazy chunk is reachable. The bench measures the bytes; this fails at once, with the
 * import chain, when a shell file starts importing the model, the forms library or the charts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

/** Static imports of one file, type-only ones left out (they vanish from the build). */
export function staticImports(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(STATIC_IMPORT)) {
    if (/^\s*(?:import|export)\s+type\s/.test(match[0])) continue;
    if (match[1]) found.push(match[1]);
  }
  return found;
}

/** Every module reachable from `entry` by static imports: repo-relative paths and bare package names. */
function reachable(entry: string): Map<string, string | null> {
  const parent = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (!file.startsWith('src/')) continue;
    for (const specifier of staticImports(readFileSync(resolve(ROOT, file), 'utf8'))) {
      let id: string;
      if (specifier.startsWith('.')) {
        const target = resolve(ROOT, dirname(file), specifier);
        if (!existsSync(target)) continue;
        id = relative(ROOT, target);
      } else {
        id = specifier.startsWith('@')
          ? specifier.split('/').slice(0, 2).join('/')
          : specifier.split('/')[0]!;
      }
      if (parent.has(id)) continue;
      parent.set(id, file);
      queue.push(id);
    }
  }
  return parent;
}

function chain(graph: Map<string, string | null>, id: string): string {
  const path = [id];
  for (let at = graph.get(id); at; at = graph.get(at)) path.unshift(at);
  return path.join(' → ');
}

/** Fails, with the import chain, when `id` is reachable in `graph` (a src/ path must exist: no typo passes). */
function expectUnreached(graph: Map<string, string | null>, id: string): void {
  if (id.startsWith('src/')) expect(existsSync(resolve(ROOT, id)), `${id} exists`).toBe(true);
  expect(graph.has(id) ? chain(graph, id) : null).toBeNull();
}

describe('the first view (static imports from src/main.tsx)', () => {
  const graph = reachable('src/main.tsx');

  it('reaches the shell it needs', () => {
    for (const id of [
      'react-dom',
      'src/store/url-sync.ts',
      'src/features/wizard/wizard.tsx',
      'src/domain/share/answers-wire.ts',
    ])
      expect(graph.has(id), id).toBe(true);
  });

  it.each([
    'react-hook-form',
    'recharts',
    'qrcode',
    'src/domain/estimate.ts',
    'src/domain/assumptions.ts',
    'src/domain/catalog/devices.ts',
    'src/domain/compat/check-compatibility.ts',
    'src/domain/manifest/import.ts',
    'src/features/results/results-panel.tsx',
    'src/features/report/report-page.tsx',
    'lz-string',
    // The link codec: loaded before the first render only when the URL holds a link (src/store/codec.ts).
    'fflate',
    'src/domain/share/share-codec.ts',
    'src/domain/share/pack.ts',
    'src/domain/share/migrations.ts',
    'src/features/wizard/steps/start-step.tsx',
    'src/features/wizard/steps/workload-step.tsx',
  ])('does not reach %s (it belongs to a lazy chunk)', (id) => expectUnreached(graph, id));

  it('reads imports the way the bundler does', () => {
    expect(
      staticImports(
        [
          "import { a } from './a.ts';",
          "import type { B } from './b.ts';",
          "export { c } from './c.ts';",
          "import './d.css';",
          "const e = () => import('./e.ts');",
        ].join('\n'),
      ),
    ).toEqual(['./a.ts', './c.ts', './d.css']);
  });
});

describe('a report link (static imports from src/app/report-route.tsx)', () => {
  const graph = reachable('src/app/report-route.tsx');

  it.each([
    'react-hook-form',
    'src/features/wizard/use-step-form.ts',
    'src/features/wizard/steps/workload-step.tsx',
    'src/features/manifest/manifest-panel.tsx',
    'src/features/results/results-panel.tsx',
    'recharts',
  ])('does not pay for %s (the wizard forms, the manifests, the live results, the charting library)', (id) =>
    expectUnreached(graph, id),
  );
});

describe('the landing page (static imports from the start step, src/features/wizard/steps/start-step.tsx)', () => {
  const graph = reachable('src/features/wizard/steps/start-step.tsx');

  it.each([
    'react-hook-form',
    '@hookform/resolvers',
    'src/features/wizard/use-step-form.ts',
    'src/features/wizard/form-fields.tsx',
  ])(
    'does not pay for %s (the other steps form with it; its first form cost the landing page most of its blocking time)',
    (id) => expectUnreached(graph, id),
  );
});
