import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-demo',
      'node_modules',
      'public',
      'custom-elements.json',
      '.wtr-*',
      'examples/apps/*/dist',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // The message catalogue widens an interface per part: `interface X extends PartMessages {}`.
      '@typescript-eslint/no-empty-object-type': [
        'error',
        { allowInterfaces: 'with-single-extends' },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '.ci/**'],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off' },
  },
  {
    // The bench page, bundled for the browser.
    files: ['scripts/bench/page/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    // The example apps' pages.
    files: ['examples/apps/*/*.js', 'examples/apps/*/src/**'],
    languageOptions: { globals: globals.browser },
  },
);
