// The custom elements manifest (custom-elements.json), generated from the elements' JSDoc.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/mocks/**', 'src/client/**', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
