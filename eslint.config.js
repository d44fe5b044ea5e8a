const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

/** The index loads every prompt and Microsoft's recognizers (half a second at start-up); see dialogs/sdk.ts. */
const DIALOGS_INDEX = {
  name: 'botbuilder-dialogs',
  message:
    "import dialog classes from dialogs/sdk.ts: the package's index loads recognizers the bot never uses.",
};

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'vendor/**', 'coverage/**', 'test-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  // The layering (DESIGN.md): decisions are pure, dialogs carry them out, adapters touch the world,
  // bot/ composes. Enforced here so that it does not rest on habit.
  {
    files: ['knowledge/**/*.ts', 'handoff/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/adapters/**', '**/bot/**', '**/dialogs/**'],
              message:
                'knowledge/ and handoff/ are pure: they take ports and data, never adapters, dialogs or the composition root.',
            },
            {
              group: ['botbuilder*', 'restify*', 'pg', 'better-sqlite3', 'ws', 'rate-limiter-flexible'],
              message: 'knowledge/ and handoff/ are pure: no SDK, server, socket or database library.',
            },
          ],
        },
      ],
    },
  },
  // Pure layers print nothing: what they decide is returned and logged by the caller (a stray
  // debugging line would write to every turn's output). Only the command-line tools print.
  {
    files: ['knowledge/**/*.ts', 'handoff/**/*.ts'],
    ignores: ['knowledge/cli/**'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['dialogs/**/*.ts'],
    ignores: ['dialogs/sdk.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [DIALOGS_INDEX],
          patterns: [
            {
              group: ['**/adapters/**', '**/bot/**'],
              message:
                'dialogs/ reach the world through dialogs/ports.ts, never an adapter or the composition root.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['bot/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [DIALOGS_INDEX] }] },
  },
  {
    files: ['adapters/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/dialogs/**', '**/bot/**'],
              message: 'adapters/ implement ports; they never import dialogs or the composition root.',
            },
          ],
        },
      ],
    },
  },
  // Plain Node scripts (the browser files under public/ declare their own globals).
  {
    files: ['scripts/**/*.js'],
    languageOptions: { globals: { fetch: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
);
