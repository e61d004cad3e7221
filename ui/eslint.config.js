// ESLint flat config. Its main job is to enforce the layout (bulletproof-react): a feature never
// imports another feature or the app shell; shared code (components, lib, testing) imports neither.
// TypeScript 7 ships no parser API, so TS/TSX is parsed by Babel; `tsc -b` does the type checks.
import babelParser from '@babel/eslint-parser';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default [
  { ignores: ['dist/**', 'node_modules/**', 'src/gql/**'] },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: {
      parser: babelParser,
      parserOptions: {
        requireConfigFile: false,
        babelOptions: {
          babelrc: false,
          configFile: false,
          presets: [['@babel/preset-typescript', { isTSX: true, allExtensions: true }]],
        },
      },
      globals: { ...globals.browser },
    },
    plugins: { import: importPlugin, 'react-hooks': reactHooks },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.app.json' } },
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'import/no-unresolved': 'error',
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            // A feature may not import another feature: pages in app/routes compose them.
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'Features do not import each other; compose them in src/app/routes.',
            })),
            {
              target: './src/features',
              from: './src/app',
              message: 'Features do not import the app shell.',
            },
            {
              target: ['./src/components', './src/lib'],
              from: ['./src/features', './src/app'],
              message: 'Shared code does not depend on features or the app.',
            },
            {
              // Test helpers render the app's routes, but know nothing of a feature.
              target: './src/testing',
              from: './src/features',
              message: 'Test helpers do not depend on features.',
            },
          ],
        },
      ],
    },
  },
];
