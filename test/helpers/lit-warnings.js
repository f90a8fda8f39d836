// Fails the test during which Lit, in dev mode, warned (an update scheduled after an update
// completed, say): such a warning is a bug of ours that no assertion would see. Loaded by every
// test page ahead of the test framework (web-test-runner.config.js, testRunnerHtml).
const warnings = [];
const warn = console.warn.bind(console);
console.warn = (...args) => {
  const text = String(args[0]);
  if (text.includes('lit.dev/msg/') && !text.includes('lit.dev/msg/dev-mode')) warnings.push(text);
  warn(...args);
};

// The framework defines `mocha`, sets it up and imports the test file in one go: wrap `setup` as
// `mocha` is defined, to add a root hook that every test of the file runs.
Object.defineProperty(globalThis, 'mocha', {
  configurable: true,
  set(mocha) {
    Object.defineProperty(globalThis, 'mocha', {
      value: mocha,
      writable: true,
      configurable: true,
    });
    const setup = mocha.setup.bind(mocha);
    mocha.setup = (options) => {
      const result = setup(options);
      mocha.suite.afterEach('no Lit warning', () => {
        if (warnings.length) throw new Error(`Lit warned:\n${warnings.splice(0).join('\n')}`);
      });
      return result;
    };
  },
});
