/**
 * `<operator-token-manager>` on the bench page: its first render at 10 tokens against the naive
 * baseline, and at 100, 1,000 and 5,000 tokens its first page and every token listed ("Load
 * more" until done), with the 1st and the 50th press.
 */
import { call, onBenchPage } from './browser.mjs';
import { goal, heading, ms, report, spread, summary } from './figures.mjs';

/** Every token listed stops after this long (printed `> 60 s`). */
const CAP = 60_000;
/**
 * Fresh visits per size: fewer where one takes seconds (5,000 tokens take 8 s to set up, 4,500 of
 * them created through the fake's API, and a minute to list). Each visit that lists every token
 * also gives a first page.
 */
const ALL_LISTED_RUNS = { 100: 5, 1000: 3, 5000: 1 };
const FIRST_PAGE_RUNS = { 100: 5, 1000: 5, 5000: 3 };
const GOALS = { 1000: 250, 5000: 1000 };

/** `peer`: the React peer's figures, each printed under ours (peer.mjs); optional. */
export async function benchTokens(browser, url, runs, peer) {
  heading('Token manager (bench page: the built package, the fake in-process)');
  /** A fresh visit of the page set up with `tokens` (and `page`: `intlInUse`) for `measure`. */
  const visit = (tokens, measure, page = {}) =>
    onBenchPage(browser, url, { ...page, tokens }, measure);

  // 10 tokens: ours and the baseline on alternate fresh visits of the same page; then both again
  // on a page that has already used Intl, as a host page that shows a date has.
  const firstRender = async (page = {}) => {
    const baseline = [];
    const ours = [];
    for (let run = 0; run < runs; run++) {
      baseline.push((await visit(10, (tab) => call(tab, 'naiveTable'), page)).ms);
      ours.push(await visit(10, (tab) => call(tab, 'tokenFirstRender', 10), page));
    }
    return { baseline, ours: ours.map((result) => result.ms), loading: ours.map((r) => r.loading) };
  };
  const cold = await firstRender();
  const limit = summary(cold.baseline).median * 1.2;
  report(
    '10 tokens, first render (until its 10 rows are in the DOM)',
    spread(cold.ours),
    `naive baseline (fetch, JSON.parse, one innerHTML table) ${spread(cold.baseline)}`,
    goal(`≤ baseline × 1.2 = ${ms(limit)}`, summary(cold.ours).median <= limit),
  );
  await peer?.firstRender(runs, cold.ours);
  report('  ours, until its loading state (the toolbar) is in the DOM', spread(cold.loading));
  // Not a goal: where the time goes. The naive table shows dates as the API sends them; ours
  // formats them in the reader's language, and a page's first use of Intl loads ICU's data.
  const warm = await firstRender({ intlInUse: true });
  report(
    '10 tokens, first render on a page that has already formatted a date and a number (Intl in use)',
    spread(warm.ours),
    `naive baseline ${spread(warm.baseline)}`,
    'not a goal: what a page that shows a date costs less',
  );
  await peer?.firstRender(runs, warm.ours, { intlInUse: true });

  for (const tokens of [100, 1000, 5000]) {
    const size = tokens.toLocaleString('en');
    const all = [];
    for (let run = 0; run < ALL_LISTED_RUNS[tokens]; run++)
      all.push(await visit(tokens, (page) => call(page, 'tokenAllListed', CAP)));
    const first = all.map((result) => result.firstPage);
    while (first.length < FIRST_PAGE_RUNS[tokens])
      first.push((await visit(tokens, (page) => call(page, 'tokenFirstRender', 1))).ms);
    report(`${size} tokens, first page (until a row is in the DOM)`, spread(first));
    const total = all.map((result) => result.ms);
    report(
      `${size} tokens, all listed (first page, then Load more until done)`,
      spread(total, { unit: (value) => ms(value, CAP) }),
      GOALS[tokens] && goal(`≤ ${ms(GOALS[tokens])}`, summary(total).median <= GOALS[tokens]),
    );
    await peer?.allListed(tokens, ALL_LISTED_RUNS[tokens], total);
    const pressed = all.map((result) => result.presses);
    const firsts = pressed.map((presses) => presses[0]).filter((value) => value !== undefined);
    const seconds = pressed.map((presses) => presses[1]).filter((value) => value !== undefined);
    const presses = Math.max(...pressed.map((presses) => presses.length));
    if (!firsts.length) continue;
    // The 50th press where there is one, else the last: listing must not cost more per press as
    // rows accumulate. (The 1st press also fetches the virtualizer, hence the 2nd beside it.)
    const nth = Math.min(presses, 50);
    const nths = pressed.map((presses) => presses[nth - 1]).filter((value) => value !== undefined);
    report(
      `${size} tokens, Load more, each press until its rows are in the DOM`,
      `1st ${spread(firsts)}`,
      seconds.length > 0 && `2nd ${spread(seconds)}`,
      nth > 1 && `${nth === 50 ? '50th' : `the last (press ${nth})`} ${spread(nths)}`,
      nth > 1 &&
        goal(
          `${nth === 50 ? '50th' : 'last'} ≤ 1st × 1.5`,
          summary(nths).median <= summary(firsts).median * 1.5,
        ),
      all.some((result) => result.ms === Infinity) &&
        `stopped at ${ms(CAP)}, after ${presses} presses`,
    );
  }
}
