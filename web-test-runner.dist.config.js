// @ts-check
// Tests of the built package (dist/, dist-demo/): run after `npm run build` and `npm run build:demo`.
import config from './web-test-runner.config.js';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default { ...config, files: ['test/dist/**/*.test.ts'] };
