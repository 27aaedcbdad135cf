// The lint gate for the project's own code (`npm run lint`); formatting is prettier's job.
import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'generated/',
      'docs-site/',
      '.docs-site-*/',
      'test-artifacts/',
      'coverage/',
      'test/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Type tests declare values only to check their types.
    files: ['**/*.types.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    // Terminal output is matched by its escape sequences.
    files: ['test/cli/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // The docs site's own scripts run in the reader's browser, beside MiniSearch's bundle.
    files: ['scripts/docs-site/*.js'],
    languageOptions: {
      globals: { ...globals.browser, MiniSearch: 'readonly' },
    },
  },
  {
    // The runtime runs unchanged in browsers and other fetch runtimes: no Node built-in, no
    // package but openapi-fetch, and `process` only as an optional property of globalThis.
    files: ['src/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!openapi-fetch$|\\.\\.?/.*\\.js$)',
              message:
                'src/ imports only openapi-fetch and its own modules (with a .js extension).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        {
          name: 'process',
          message:
            'Read it as globalThis.process?. so the runtime works where there is none.',
        },
        {
          name: 'Buffer',
          message: 'Not in browsers: use TextEncoder or Uint8Array.',
        },
        { name: 'require', message: 'ES modules only.' },
      ],
    },
  },
)
