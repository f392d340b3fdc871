import { describe, expect, it } from 'vitest';
import {
  attribute,
  eagerAssets,
  firstViewChunks,
  formatDelta,
  freshScenarios,
  keystrokeLatencies,
  loadedJsFiles,
  median,
  moduleGroup,
  quantile,
  sumGzipKb,
  worstImportCases,
  type Figure,
} from './bench.ts';

const chunk = (fileName: string, imports: string[] = [], dynamicImports: string[] = []) => ({
  fileName,
  isEntry: false,
  isDynamicEntry: false,
  imports,
  dynamicImports,
  moduleIds: [],
  moduleCode: {},
});

describe('eagerAssets', () => {
  it('finds module scripts, modulepreloads and stylesheets, not other links or classic scripts', () => {
    const html = `<!doctype html><head>
      <meta http-equiv="Content-Security-Policy" content="script-src 'self'">
      <script type="module" crossorigin src="/assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-def.js">
      <link rel="stylesheet" crossorigin href="/assets/index-123.css">
      <link rel="preload" as="style" crossorigin href="/assets/entry-456.css" data-entry-style>
      <link rel="preload" as="image" href="/assets/hero.png">
      <link rel="manifest" href="/manifest.webmanifest">
      <link rel="icon" href="/favicon.svg">
      <script src="/legacy.js"></script></head>`;
    expect(eagerAssets(html)).toEqual({
      scripts: ['assets/index-abc.js', 'assets/vendor-def.js'],
      styles: ['assets/index-123.css', 'assets/entry-456.css'],
    });
  });
});

describe('firstViewChunks', () => {
  it('follows static imports transitively and never dynamic ones', () => {
    const chunks = [
      chunk('assets/index.js', ['assets/react.js'], ['assets/report.js']),
      chunk('assets/react.js', ['assets/scheduler.js']),
      chunk('assets/scheduler.js'),
      chunk('assets/report.js', ['assets/recharts.js']),
      chunk('assets/recharts.js', ['assets/react.js']),
    ];
    expect([...firstViewChunks(['assets/index.js'], chunks)].sort()).toEqual([
      'assets/index.js',
      'assets/react.js',
      'assets/scheduler.js',
    ]);
  });

  it('survives import cycles', () => {
    const chunks = [chunk('a.js', ['b.js']), chunk('b.js', ['a.js'])];
    expect([...firstViewChunks(['a.js'], chunks)].sort()).toEqual(['a.js', 'b.js']);
  });
});

describe('moduleGroup', () => {
  it.each([
    ['/work/main/node_modules/react-dom/cjs/react-dom-client.production.js', 'react-dom'],
    ['/work/main/node_modules/@hookform/resolvers/valibot/dist/valibot.mjs', '@hookform/resolvers'],
    ['/work/main/src/domain/sizing/ram.ts', 'src/domain/sizing'],
    ['/work/main/src/domain/estimate.ts', 'src/domain'],
    ['C:\\work\\main\\src\\features\\wizard\\wizard.tsx', 'src/features/wizard'],
  ])('%s → %s', (id, group) => expect(moduleGroup(id)).toBe(group));
});

describe('attribute', () => {
  it('splits the real gzip total between groups, largest first', () => {
    const shares = attribute(
      [
        {
          ...chunk('index.js'),
          moduleCode: {
            '/p/node_modules/big/index.js':
              'function big(){return "x"}'.repeat(50) + Math.random().toString(36),
            '/p/src/app/app.tsx': 'const a = 1;',
          },
        },
      ],
      () => 10_000,
    );
    const groups = Object.keys(shares);
    expect(groups[0]).toBe('big');
    const total = Object.values(shares).reduce((sum, kB) => sum + kB, 0);
    expect(total).toBeCloseTo(10, 1);
  });
});

describe('freshScenarios (the cold estimate row)', () => {
  it('renames every module in each copy and leaves the answers it copies alone', () => {
    const answers = { platform: {}, performance: {}, workload: { modules: [{ name: 'a' }, { name: 'b' }] } };
    const fresh = freshScenarios(answers, 2);
    expect(fresh.map((f) => f.workload)).toEqual([
      { modules: [{ name: 'a-r0' }, { name: 'b-r0' }] },
      { modules: [{ name: 'a-r1' }, { name: 'b-r1' }] },
    ]);
    expect(answers.workload.modules.map((m) => m.name)).toEqual(['a', 'b']);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('quantile', () => {
  it('takes the nearest rank', () => {
    expect(quantile([40, 10, 30, 20], 0.75)).toBe(30);
    expect(quantile([16, 16, 24, 16], 0.5)).toBe(16);
    expect(quantile([5], 0.75)).toBe(5);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('keystrokeLatencies', () => {
  it('takes each interaction’s longest entry, counts only those from `since`, and fills the unreported at 16 ms', () => {
    const entries = [
      [1, 100, 400], // the untimed warm-up keystroke
      [2, 1000, 24],
      [2, 1001, 40], // keypress of the same interaction
      [3, 2000, 312],
      [3, 2010, 16],
    ] as const;
    expect(keystrokeLatencies(entries, 500, 4)).toEqual([40, 312, 16, 16]);
    expect(keystrokeLatencies(entries, 0, 2)).toEqual([400, 40]);
  });
});

describe('formatDelta', () => {
  const figure = (value: number | null, better: Figure['better']): Figure => ({
    id: 'x',
    label: 'x',
    value,
    unit: 'kB',
    goal: '',
    pass: null,
    ...(better ? { better } : {}),
  });

  it('marks a growth as worse when lower is better, and a drop as worse when higher is better', () => {
    expect(formatDelta(figure(110, 'lower'), figure(100, 'lower'))).toBe('+10 (10.0%) worse');
    expect(formatDelta(figure(90, 'lower'), figure(100, 'lower'))).toBe('-10 (-10.0%)');
    expect(formatDelta(figure(95, 'higher'), figure(100, 'higher'))).toBe('-5 (-5.0%) worse');
    expect(formatDelta(figure(100, 'higher'), figure(100, 'higher'))).toBe('=');
  });

  it('prints nothing without a previous value', () => {
    expect(formatDelta(figure(1, 'lower'), undefined)).toBe('');
    expect(formatDelta(figure(1, 'lower'), figure(null, 'lower'))).toBe('');
  });
});

describe('loadedJsFiles', () => {
  it('keeps the .js responses under /assets/, once each, as build-relative paths', () => {
    const origin = 'http://127.0.0.1:4174';
    expect(
      loadedJsFiles([
        `${origin}/`,
        `${origin}/assets/index-abc.js`,
        `${origin}/assets/index-abc.css`,
        `${origin}/assets/report-page-x%2Dy.js?v=1#top`,
        `${origin}/assets/index-abc.js`,
        `${origin}/sw.js`,
        `${origin}/workbox-123.js`,
        `${origin}/nested/assets/other.js`,
        `${origin}/assets/map.js.map`,
        'data:text/javascript,1',
        'not a url',
      ]),
    ).toEqual(['assets/index-abc.js', 'assets/report-page-x-y.js']);
  });
});

describe('sumGzipKb', () => {
  it('adds the gzip sizes in kB of 1000 bytes, and lists the files the build does not have', () => {
    const sizes: Record<string, number> = { 'assets/a.js': 1_234, 'assets/b.js': 10_000 };
    expect(sumGzipKb(['assets/a.js', 'assets/b.js', 'assets/gone.js'], (f) => sizes[f] ?? null)).toEqual({
      kB: 11.23,
      missing: ['assets/gone.js'],
    });
    expect(sumGzipKb([], () => 1)).toEqual({ kB: 0, missing: [] });
  });
});

describe('worstImportCases', () => {
  it('builds each hostile file at its path’s size limit, never over it', () => {
    const cases = worstImportCases({ manifestChars: 50_000, answersChars: 10_000 });
    for (const text of Object.values(cases.manifest)) {
      expect(text.length).toBeLessThanOrEqual(50_000);
      expect(text.length).toBeGreaterThan(35_000);
    }
    for (const text of Object.values(cases.answers)) {
      expect(text.length).toBeLessThanOrEqual(10_000);
      expect(text.length).toBeGreaterThan(7_000);
    }
  });
});
