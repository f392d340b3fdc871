import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UI_LIBRARIES = [
  'react',
  'react-dom',
  'react-dom/*',
  'react/*',
  'zustand',
  'zustand/*',
  'react-hook-form',
  '@hookform/*',
  'recharts',
  'recharts/*',
];
const FEATURES = ['wizard', 'results', 'share', 'report', 'manifest'];

export default defineConfig([
  globalIgnores([
    'dist',
    'dist-*',
    'test-results',
    'playwright-report',
    'lighthouse',
    'bench-results',
    'node_modules',
  ]),
  {
    files: ['**/*.{ts,tsx,js}'],
    extends: [js.configs.recommended, tseslint.configs.recommended, reactHooks.configs.flat.recommended],
    languageOptions: { ecmaVersion: 2022, globals: globals.browser },
    rules: {
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**', 'e2e/**', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
  {
    // The sizing model is pure TypeScript: it runs in node, a CLI and tests alike (.tsx files too: no React
    // there either).
    files: ['src/domain/**/*.{ts,tsx}'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: UI_LIBRARIES,
              message: 'src/domain must stay pure: no UI, store, form or chart library.',
            },
            {
              group: ['**/store/**', '**/features/**', '**/app/**', '**/components/**', '**/lib/**'],
              message: 'src/domain imports nothing from the app.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'navigator',
        'location',
        'history',
        'fetch',
      ],
    },
  },
  {
    // Shared layers sit below the features: src/app composes features, nothing else reaches into them.
    files: ['src/components/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}', 'src/store/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/app/**'],
              message:
                'src/components, src/lib and src/store never import a feature or the app: move the shared code down.',
            },
          ],
        },
      ],
    },
  },
  // Features never import each other; src/app composes them.
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: FEATURES.filter((f) => f !== feature).flatMap((f) => [
                `**/features/${f}/**`,
                `../${f}/**`,
                `../../${f}/**`,
              ]),
              message:
                'Features never import each other: move shared code to src/components, src/lib or src/domain.',
            },
            { group: ['**/app/**'], message: 'Features do not import the app shell.' },
          ],
        },
      ],
    },
  })),
]);
