import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/access-log/index.js';
import type { OperatorAccessLog } from '../../src/access-log/index.js';
import '../../src/token-manager/index.js';
import type { OperatorTokenManager } from '../../src/token-manager/index.js';
import { fakeClock } from '../helpers/clock.js';
import { setupFake } from '../helpers/fake.js';
import { deepText, findText } from '../helpers/text.js';
import { rowOf } from '../helpers/token-manager.js';

describe('what every element shares', () => {
  it('fires operator-unauthorized once per credential, however many requests get 401', async () => {
    const { fake, client } = setupFake({ logEntries: 50 }, { auth: 'op_test_expired' });
    let unauthorized = 0;
    let errors = 0;
    const el = await fixture<OperatorAccessLog>(
      html`<operator-access-log
        .client=${client}
        @operator-unauthorized=${() => unauthorized++}
        @operator-error=${() => errors++}
      ></operator-access-log>`,
    );
    // The log, its chart and its token list each fail with 401.
    await waitUntil(() => errors >= 3, 'three failed requests', { timeout: 5000 });
    await findText(el, 'Your session has expired');
    expect(unauthorized).to.equal(1);

    // A renewed credential that fails again is reported again.
    el.client = setupFake({}, { auth: 'op_test_other' }).client;
    await waitUntil(() => unauthorized === 2, 'reported for the new client', { timeout: 5000 });
    expect(fake.requests.length).to.be.greaterThan(2);
    await expect(el).to.be.accessible();
  });

  it('says a 403 on a read is a role that may not view, and an unreadable answer in a sentence of its own', async () => {
    const { fake, client } = setupFake({ logEntries: 20 });
    fake.fault('tokens.list', { status: 403, times: 1 });
    const manager = await fixture<OperatorTokenManager>(
      html`<operator-token-manager .client=${client}></operator-token-manager>`,
    );
    await findText(manager, 'Your role may not view these settings.');
    expect(deepText(manager)).not.to.contain('may view but not change');
    await expect(manager).to.be.accessible();

    fake.fault('accessLogs.list', { body: { data: [{ id: 'x' }], next_cursor: null } });
    const log = await fixture<OperatorAccessLog>(
      html`<operator-access-log .client=${client}></operator-access-log>`,
    );
    await findText(
      log,
      /Operator sent a response this page cannot use: body\.data\[0\]\.\w+ should be [^.]+\./,
    );
    await expect(log).to.be.accessible();
  });

  describe('relative times', () => {
    // The page's minute timers and Date are fake; its other timers (the waits below) are real.
    const time = fakeClock(['setInterval', 'clearInterval', 'Date']);

    it('re-renders relative times each minute, through one timer for every element', async () => {
      const { client } = setupFake();
      const { token } = await client.tokens.create({ name: 'Fresh' });
      const page = await fixture<HTMLElement>(
        html`<div>
          <operator-token-manager .client=${client}></operator-token-manager>
          <operator-token-manager .client=${client}></operator-token-manager>
        </div>`,
      );
      const managers = [...page.querySelectorAll<OperatorTokenManager>('operator-token-manager')];
      const created = (el: OperatorTokenManager) => {
        const cell = rowOf(el, token.prefix).querySelector('time')!;
        const exact = cell.querySelector('[part~=exact-time]')!.textContent!;
        return cell.textContent!.replace(exact, '').trim();
      };
      await waitUntil(
        () => managers.every((el) => el.shadowRoot!.querySelector('table')),
        'the lists did not load',
      );
      for (const el of managers) expect(created(el)).to.equal('now');
      expect(time.clock.countTimers(), 'one timer for both elements').to.equal(1);

      await time.clock.tickAsync(5 * 60_000);
      await waitUntil(
        () => managers.every((el) => created(el) === '5 minutes ago'),
        'the relative times did not move on',
      );
      await expect(managers[0]).to.be.accessible();
    });
  });
});
