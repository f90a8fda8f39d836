/**
 * The cost of one call, three ways, on the same fake and URL: a raw `fetch` + `JSON.parse`, ky
 * alone (`ky.get(url).json()`), and our client (`client.tokens.list()`). Runs in Node and in the
 * bench page alike (`performance` is global in both). Rounds alternate the three, so that each sees
 * the same machine; each round gives a per-call mean in milliseconds (`calls` calls a round).
 */
export async function clientVsKy({ client, ky, fetch, url, headers, rounds = 20, calls = 200 }) {
  const ways = {
    raw: async () => JSON.parse(await (await fetch(url, { headers })).text()),
    ky: () => ky.get(url, { fetch, headers }).json(),
    client: () => client.tokens.list(),
  };
  const means = { raw: [], ky: [], client: [] };
  // Warm-up: JIT, the fake's first answers.
  for (const call of Object.values(ways)) for (let i = 0; i < calls; i++) await call();
  for (let round = 0; round < rounds; round++) {
    for (const [name, call] of Object.entries(ways)) {
      const start = performance.now();
      for (let i = 0; i < calls; i++) await call();
      means[name].push((performance.now() - start) / calls);
    }
  }
  return { calls, ...means };
}
