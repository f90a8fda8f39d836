// How fast the elements are in headless Chromium (run after `npm run build` and
// `npm run build:demo`): the built demo as a partner's user meets it, then the built package on
// a bench page with the fake in-process: the token manager against a naive baseline and at
// 100–5,000 tokens, beside the React peer (Zuplo's API-key manager on its own page), the access
// log's scrolling and load-all, and the client against ky alone.
// Prints each figure as `median (min–max, n runs)` beside its baseline and its goal (✔/✖);
// asserts nothing. The parts are in scripts/bench/.
import { benchAccessLog } from './bench/access-log.mjs';
import { launch, onBenchPage, call } from './bench/browser.mjs';
import { benchDemo } from './bench/demo.mjs';
import { heading } from './bench/figures.mjs';
import { servePage } from './bench/page-server.mjs';
import { peerBench, servePeerPage } from './bench/peer.mjs';
import { reportPerCall } from './bench/per-call.mjs';
import { benchTokens } from './bench/tokens.mjs';

const runs = 5;
const started = performance.now();
const browser = await launch();
const page = await servePage();
const peerPage = await servePeerPage();
try {
  await benchDemo(browser, runs);
  await benchTokens(browser, page.url, runs, peerBench(browser, peerPage.url));
  await benchAccessLog(browser, page.url);
  heading('The client against ky alone (bench page, GET /tokens on the fake in-process)');
  const means = await onBenchPage(browser, page.url, { tokens: 12 }, (tab) => call(tab, 'perCall'));
  reportPerCall('Chromium', means);
} finally {
  await browser.close();
  await page.stop();
  await peerPage.stop();
}
console.log(`\nbench-browser: ${((performance.now() - started) / 1000).toFixed(0)} s`);
