/** Prints what `clientVsKy` measured: the client's and ky's cost per call, and a raw fetch's. */
import { goal, ms, report, spread, summary } from './figures.mjs';

export function reportPerCall(where, means) {
  const limit = summary(means.ky).median * 1.3;
  report(
    `${where}: client.tokens.list() per call (the mean of a round of ${means.calls})`,
    spread(means.client, { of: 'round' }),
    `ky alone, ky.get(url).json() ${spread(means.ky, { of: 'round' })}`,
    `raw fetch + JSON.parse ${spread(means.raw, { of: 'round' })}`,
    goal(`≤ ky × 1.3 = ${ms(limit)}`, summary(means.client).median <= limit),
  );
}
