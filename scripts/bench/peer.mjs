/**
 * The React peer issue 13 measures us against: Zuplo's API-key manager
 * (`@zuplo/react-api-key-manager`) on React 18, on its own bench page (peer/) over the same fake
 * (seed 7, the same token counts), measured as ours is: a fresh browser context per visit, from
 * mounting until a key is in the DOM for each token. It lists every token at once, so its first
 * render at 10 tokens and its "all listed" at 1,000 and 5,000 are one measurement. Each figure is
 * printed on the line under ours, with ours ÷ peer.
 */
import { call, onBenchPage } from './browser.mjs';
import { report, spread, summary } from './figures.mjs';
import { servePage } from './page-server.mjs';

const LABEL = "React peer (Zuplo's API-key manager, React 18)";
/** The sizes whose "all listed" the peer is measured at, as in issue 13's table. */
const ALL_LISTED_SIZES = [1000, 5000];

/** Serves the peer's page; its `react` and `react-dom` are React 18 (the repo's own are 19). */
export const servePeerPage = () =>
  servePage({ dir: 'peer', alias: { react: 'react-18', 'react-dom': 'react-dom-18' } });

/** `ours ÷ peer` of the medians; nothing when ours was stopped at its cap. */
function ratio(ours, peer) {
  const value = summary(ours).median / summary(peer).median;
  return Number.isFinite(value) && `ours ÷ peer ${value.toFixed(2)}`;
}

/**
 * The peer on the page at `url`: `firstRender(runs, ours)` and `allListed(tokens, runs, ours)`
 * measure it on `runs` fresh visits and print its figure under ours (`ours`: our times).
 */
export function peerBench(browser, url) {
  /** `page`: the bench page's setup beyond `tokens` (`intlInUse`). */
  async function listed(tokens, runs, page = {}) {
    const times = [];
    for (let run = 0; run < runs; run++)
      times.push(
        (await onBenchPage(browser, url, { ...page, tokens }, (tab) => call(tab, 'listed', tokens)))
          .ms,
      );
    return times;
  }
  return {
    /** `page.intlInUse`: on a page that has already formatted a date and a number. */
    async firstRender(runs, ours, page) {
      const peer = await listed(10, runs, page);
      report(`  ${LABEL}`, spread(peer), 'until its 10 keys are in the DOM', ratio(ours, peer));
    },
    async allListed(tokens, runs, ours) {
      if (!ALL_LISTED_SIZES.includes(tokens)) return;
      const peer = await listed(tokens, runs);
      report(
        `  ${LABEL}`,
        spread(peer),
        `all ${tokens.toLocaleString('en')} at once, until each key is in the DOM`,
        ratio(ours, peer),
      );
    },
  };
}
