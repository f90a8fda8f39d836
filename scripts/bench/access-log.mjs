/**
 * `<operator-access-log>` on the bench page, 100,000 entries: scroll frames through 5,000 loaded
 * rows, and load-all (the element paging to the end) against the client alone over the same
 * pages (and the fake alone, for where the rest goes).
 */
import { call, onBenchPage } from './browser.mjs';
import {
  count,
  goal,
  heading,
  ms,
  percentile,
  report,
  spread,
  summary,
  tenths,
} from './figures.mjs';

const fake = { tokens: 12, logEntries: 100_000 };
/** Each scroll takes some 15 s, each load-all 10–20 s: three fresh visits of each. */
const RUNS = 3;
/** Load-all stops after this long (printed `> 60 s`). */
const CAP = 60_000;
/** A frame over the 60 Hz budget; 1 ms is allowed for the jitter of animation-frame times. */
const FRAME = 16.7;
const JITTER = 1;

export async function benchAccessLog(browser, url) {
  heading('Access log (bench page, 100,000 entries)');
  const visit = (measure) => onBenchPage(browser, url, fake, measure);

  const scrolls = [];
  for (let run = 0; run < RUNS; run++)
    scrolls.push(await visit((page) => call(page, 'logScroll', { rows: 5000, step: 200 })));
  const per = (figure) => scrolls.map(({ frames }) => figure(frames));
  const frameTimes = (p) =>
    spread(
      per((frames) => percentile(frames, p)),
      { unit: tenths },
    );
  const p95 = per((frames) => percentile(frames, 0.95));
  const over = per((frames) => frames.filter((frame) => frame > FRAME + JITTER).length);
  const longest = scrolls.map(({ longTasks }) => Math.max(0, ...longTasks));
  report(
    'scroll through 5,000 loaded rows, 200 px a frame: frame time',
    `p50 ${frameTimes(0.5)}`,
    `p95 ${frameTimes(0.95)}`,
    `p99 ${frameTimes(0.99)}`,
    goal('p95 ≤ 20 ms', summary(p95).median <= 20),
  );
  report(
    'the same scroll: frames',
    spread(
      per((frames) => frames.length),
      { unit: count },
    ),
    `over ${FRAME} ms (1 ms allowed for jitter) ${spread(over, { unit: count })}`,
    `longest long task ${spread(longest, { unit: (value) => (value ? ms(value) : 'none') })}`,
    goal('no long task > 50 ms', summary(longest).median <= 50),
  );

  const element = [];
  const alone = [];
  for (let run = 0; run < RUNS; run++) {
    element.push(await visit((page) => call(page, 'logLoadAll', CAP)));
    alone.push(await visit((page) => call(page, 'logPagesAlone')));
  }
  const elementMs = element.map((result) => result.ms);
  const clientMs = alone.map((result) => result.client);
  const limit = summary(clientMs).median * 2;
  report(
    `load-all, ${count(alone[0].pages)} pages of 100: the element paging to the end`,
    spread(elementMs, { unit: (value) => ms(value, CAP) }),
    `the client alone over the same pages ${spread(clientMs)}`,
    `the fake alone (fetch + JSON.parse) ${spread(alone.map((result) => result.fake))}`,
    goal(`≤ client alone × 2 = ${ms(limit)}`, summary(elementMs).median <= limit),
  );
}
