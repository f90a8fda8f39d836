// Testing Library's settings for every test page, loaded ahead of the test framework
// (web-test-runner.config.js, testRunnerHtml). It imports nothing that registers mocha hooks
// (@open-wc/testing does, when mocha is there), since mocha is not there yet.
import { configure } from '@testing-library/dom';

/**
 * How long a wait may take before the test is called stuck: a guard against hanging, sized for a
 * busy 2-core machine, never a measure of speed. (Testing Library's own default is 1 s.)
 */
export const HANG_GUARD = 10_000;

// `findBy…` queries and `waitFor` wait this long before they fail.
configure({ asyncUtilTimeout: HANG_GUARD });
