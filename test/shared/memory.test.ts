import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/access-log/index.js';
import '../../src/token-manager/index.js';
import { setupFake } from '../helpers/fake.js';

// Chromium with --js-flags=--expose-gc and --enable-precise-memory-info (web-test-runner.config.js).
const { gc, performance: page } = window as unknown as {
  gc: () => void;
  performance: { memory: { usedJSHeapSize: number } };
};

/**
 * Waits until `predicate` holds. Unlike `waitUntil`, whose timeout timer outlives a met condition
 * (and holds what the predicate sees for as long), it leaves no timer behind.
 */
async function until(predicate: () => unknown, message: string) {
  const deadline = performance.now() + 60_000; // a hang guard; the mocha timeout is raised below
  while (!predicate()) {
    if (performance.now() > deadline) throw new Error(message);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Both elements on their own fake API (with 50 000 log entries), rendered with data, then removed. */
async function mountAndRemove() {
  const { client } = setupFake({ logEntries: 50_000 });
  // The log first: its virtualizer draws only the rows in view.
  const host = await fixture<HTMLElement>(
    html`<div>
      <operator-access-log .client=${client} range="30d" live></operator-access-log>
      <operator-token-manager .client=${client}></operator-token-manager>
    </div>`,
  );
  const [log, manager] = [...host.children].map((el) => el.shadowRoot!);
  await until(
    () => manager!.querySelector('tbody tr') && log!.querySelector('[part~=entry]'),
    'the elements did not render their data',
  );
  // Remove them the way a host does, and drop the test fixture's own hold on the template.
  host.remove();
  fixtureCleanup();
}

async function heapAfterGc() {
  await new Promise((resolve) => setTimeout(resolve)); // let pending tasks settle first
  gc();
  return page.memory.usedJSHeapSize;
}

describe('memory', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

  it('keeps nothing of elements that were removed (no timer, listener or cache holds them)', async function () {
    // 18 rounds that each seed 50 000 entries: minutes on a saturated machine, not a timing.
    this.timeout(300_000);
    expect(gc, 'run Chromium with --js-flags=--expose-gc').to.be.a('function');
    for (let i = 0; i < 3; i++) await mountAndRemove(); // warm-up: modules, styles, caches
    const before = await heapAfterGc();
    const rounds = 15;
    for (let i = 0; i < rounds; i++) await mountAndRemove();
    const after = await heapAfterGc();
    // A round holds a fake with 50 000 entries (about 7 MB): a leak of it shows at once, far above
    // the noise (a few hundred KiB when other test files run alongside).
    const perRound = (after - before) / rounds;
    expect(perRound, `${Math.round(perRound / 1024)} KiB kept per round`).to.be.below(1024 * 1024);
  });
});
