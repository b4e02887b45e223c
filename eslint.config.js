import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'examples/**/summary.*', 'bench/.data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*'],
              message: 'Only src/sinks/github/ talks to GitHub: import @actions/* there.',
            },
          ],
        },
      ],
    },
  },
  {
    // Small rooms: a file over ~400 lines or a function over ~60 is split (comments and blank lines
    // do not count). The direction of imports is checked by scripts/check-layers.ts.
    files: ['src/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/sinks/github/**/*.ts', 'test/sinks/github/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
