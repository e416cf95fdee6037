// ESLint flat config: typescript-eslint with type-aware rules on src/ and test/; Prettier owns layout.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'test-output/',
      '.bench/',
      'src/types/register.ts',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['vitest.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Template literals with numbers are the house style for messages and durations.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      // Commands share the async `(options, io) => Promise<number>` signature of the lazy
      // dispatch in cli.ts, and test fakes implement async interfaces; some have nothing to await.
      '@typescript-eslint/require-await': 'off',
      // `_`-prefixed parameters are placeholders required by a signature.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // date-fns is a devDependency: the build bundles what src/vendor/date-fns.ts re-exports, so
    // an installed package has no date-fns to import from anywhere else.
    files: ['src/**/*.ts'],
    ignores: ['src/vendor/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['date-fns', 'date-fns/*'],
              message: 'Import date-fns from src/vendor/date-fns.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Test data is known: a wrong `!` fails the test at once, which is what a test should do.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests read JSON reports and parsed YAML whose shape is the thing under test.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // Library types (exceljs cells, browser pages) claim values a test must still guard against.
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  prettier,
);
