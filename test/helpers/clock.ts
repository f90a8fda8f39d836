/**
 * The page's clock, faked with @sinonjs/fake-timers: a test moves time on instead of waiting for
 * it, and asserts what happened at which time rather than how long something took.
 */
import { install, timers, type Clock, type FakeMethod } from '@sinonjs/fake-timers';

/** A fixed instant, on a whole second as the fake's clock keeps it: tests do not depend on the day they run. */
export const NOW = Date.UTC(2026, 5, 3, 12, 0, 0);

/**
 * Fakes `toFake` (timers, `Date`) for each test of the calling `describe`, from `now`, and restores
 * them after each; `.clock` is the current test's clock.
 */
export function fakeClock(toFake: FakeMethod[], now = NOW): { readonly clock: Clock } {
  let clock: Clock | undefined;
  beforeEach(() => {
    clock = install({ toFake, now });
  });
  afterEach(() => {
    clock?.uninstall();
    clock = undefined;
  });
  return {
    get clock() {
      if (!clock) throw new Error('fakeClock: the clock exists only while a test runs.');
      return clock;
    },
  };
}

/**
 * Settles `promise` on the fake clock. The clock stands still while the page works (turns of its
 * event loop, in which the fake answers), and moves on to the next timer due within `horizon` ms
 * once there is one: a wait the code chose. Timers further out are guards (a client's timeout)
 * that the test never reaches, however many turns the page takes.
 */
export async function settle<T>(clock: Clock, promise: Promise<T>, horizon = 10_000): Promise<T> {
  let settled = false;
  const done = () => (settled = true);
  promise.then(done, done);
  while (!settled) {
    // A turn on the page's own timer, not a fake tick: fake-timers moves a timer of delay 0 that
    // is set during a tick 1 ms on.
    await new Promise((resolve) => timers.setTimeout.call(globalThis, resolve, 0));
    // fake-timers' own list of pending timers (typed on the Clock, if not documented).
    const due = [...(clock.timers?.values() ?? [])]
      .map((timer) => timer.callAt ?? clock.now)
      .filter((at) => at - clock.now <= horizon);
    // The earliest: moves the clock to it and fires it, outside any fake tick once it returns.
    if (due.length) clock.next();
  }
  return promise;
}
