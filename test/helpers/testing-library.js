// Testing Library's settings for every test page, loaded ahead of the test framework
// (web-test-runner.config.js, testRunnerHtml).
import { configure } from '@testing-library/dom';

configure({
  // `findBy…` queries and `waitFor` wait this long before they fail: a hang guard sized for a busy
  // 2-core machine, never a measure of speed (Testing Library's default is 1 s).
  asyncUtilTimeout: 10_000,
});
