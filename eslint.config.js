// ESLint: typescript-eslint's strict type-checked rules over every workspace, plus the React
// hooks rules for web/. Inline `eslint-disable` comments are not honoured: a finding is fixed,
// or a rule is changed here, for everyone, in review. `npm run lint` fails on warnings too.
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig, globalIgnores, includeIgnoreFile } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Kysely's query builders: a route that calls one of these is writing SQL.
const QUERY_BUILDERS = ['selectFrom', 'insertInto', 'updateTable', 'deleteFrom', 'mergeInto', 'transaction'];

export default defineConfig(
  includeIgnoreFile(fileURLToPath(new URL('.gitignore', import.meta.url))),
  // Generated files (kept current by their own tests) are the generator's style, not ours.
  globalIgnores(['bench/results/', 'client/src/openapi.gen.ts']),
  {
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
      parserOptions: {
        // Each file is typed by its workspace's tsconfig; the root and config scripts that no
        // tsconfig includes are typed with the shared base options.
        projectService: {
          allowDefaultProject: ['*.js', '*.cjs', '*.ts', 'scripts/*.mjs', 'web/*.cjs'],
          defaultProject: 'tsconfig.base.json',
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Named here so they stay on whatever the preset does: the ones this project relies on.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': true, 'ts-ignore': true, 'ts-nocheck': true, 'ts-check': false }],
      // Every member of a union gets its case. A `default` is never required, and a switch that
      // has one is still checked for missing members (so a new member cannot slip past it).
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false, allowDefaultCaseForExhaustiveSwitch: true },
      ],
      // Numbers print exactly in a template; nullish, boolean, object and `any` values are the bugs.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowAny: false, allowBoolean: false, allowNullish: false, allowRegExp: false, allowNever: false },
      ],
      // `() => doSomething()` as a callback is idiomatic; a void value used anywhere else is reported.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest']],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // Routes parse, authorise and delegate; SQL belongs to repositories. dependency-cruiser
    // keeps `kysely` and `*.repository.ts` out of routes; this keeps query builders out too.
    files: ['server/src/**/*.routes.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `CallExpression > MemberExpression.callee[property.name=/^(${QUERY_BUILDERS.join('|')})$/]`,
          message: 'No SQL in routes: query through the module’s repository or service.',
        },
      ],
    },
  },
);
