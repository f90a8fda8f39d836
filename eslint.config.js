import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * An import that would point up the layers: each folder names what it must not import, as a
 * regular expression over the import's specifier. The layers, bottom up: the client (no Lit, runs
 * in Node), the fake (over the client), shared (what the elements share), then the elements.
 */
const forbid = (files, what, regex) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [{ regex, message: `${files[0]} imports no ${what}: it is a lower layer.` }] },
    ],
  },
});
const elements = 'token-manager|access-log|provider|react';

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
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    rules: {
      // `== null` is the one loose comparison: null or undefined.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
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
    // No import cycles in the package or the demo. Imports name the built `.js`; the resolver finds
    // the `.ts` beside it.
    files: ['src/**/*.ts', 'demo/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensionAlias: { '.js': ['.ts', '.js'] } })],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    // A part keeps its state in `#private` fields (CONTRIBUTING: "a part is a controller with
    // #private fields"). TypeScript `private` remains only for reactive state that Lit reads by
    // name from `static properties`; a private method or constructor parameter has no such reason.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSParameterProperty[accessibility="private"]',
          message: 'Keep it in a #private field, assigned in the constructor.',
        },
        {
          selector: 'MethodDefinition[accessibility="private"]',
          message: 'Make it a #private method.',
        },
      ],
    },
  },
  forbid(
    ['src/client/**'],
    'Lit, shared code, element or fake',
    `^(lit|@lit|@lit-labs)(/|$)|(^|/)(shared|mocks|${elements})/`,
  ),
  forbid(
    ['src/mocks/**'],
    'Lit, shared code or element',
    `^(lit|@lit|@lit-labs)(/|$)|(^|/)(shared|${elements})/`,
  ),
  forbid(['src/shared/**'], 'element', `(^|/)(${elements})/`),
  {
    // These render the content of a modal <dialog> (token-manager/dialog.ts): `autofocus` there is
    // how HTML's dialog focusing steps pick the control that takes focus when showModal() opens it,
    // as the dialog pattern asks. The rule is for autofocus on a page, which moves a reader away
    // from where they were.
    files: ['src/token-manager/generate-dialog.ts', 'src/token-manager/secret-reveal.ts'],
    rules: { 'lit-a11y/no-autofocus': 'off' },
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
    // The bench pages (ours and the React peer's), bundled for the browser.
    files: ['scripts/bench/page/**', 'scripts/bench/peer/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    // The example apps' pages.
    files: ['examples/apps/*/*.js', 'examples/apps/*/src/**'],
    languageOptions: { globals: globals.browser },
  },
);
