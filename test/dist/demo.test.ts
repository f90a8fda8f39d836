// The static demo (`npm run build:demo`), loaded as a visitor would, with its service-worker fake API.
import { expect, waitUntil } from '@open-wc/testing';
import { inFrame, openDemo } from './demo-page.js';
import { queryAllByShadowRole } from 'shadow-dom-testing-library';
import { deepText } from '../helpers/text.js';

describe('the built demo', () => {
  it('shows both elements rendered with data from the fake API', async function () {
    this.timeout(45000);
    const frame = await openDemo((doc) => doc.querySelector('operator-token-manager'));
    const doc = frame.contentDocument!;
    const tokens = doc.querySelector('operator-token-manager')!;
    const log = doc.querySelector('operator-access-log')!;
    await waitUntil(
      () => queryAllByShadowRole(inFrame(tokens), 'button', { name: /^Rotate / }).length > 3,
      'the token list did not render',
      { timeout: 15000 },
    );
    await waitUntil(
      () => queryAllByShadowRole(inFrame(log), 'row').length > 5,
      'the access log did not render',
      { timeout: 15000 },
    );
    expect(queryAllByShadowRole(inFrame(log), 'row').length).to.be.greaterThan(5);

    // "View activity" filters the log, and the page's events panel shows what the host received.
    queryAllByShadowRole(inFrame(tokens), 'button', { name: /^View activity / })[0]!.click();
    await waitUntil(() => log.getAttribute('token-id'), 'the log did not follow', {
      timeout: 5000,
    });
    const events = doc.querySelector('#events')!;
    expect(events.textContent).to.contain(`operator-view-activity ${log.getAttribute('token-id')}`);

    // The control panel: an expired session, then an empty account, then healthy again.
    const scenario = doc.querySelector<HTMLSelectElement>('select[name=scenario]')!;
    const choose = (value: string) => {
      scenario.value = value;
      scenario.dispatchEvent(new Event('change', { bubbles: true }));
    };
    choose('expired');
    // Either element may be the first to tell the page (the banner); wait for the token manager's own word.
    await waitUntil(() => !doc.querySelector<HTMLElement>('#session-banner')!.hidden, 'no banner', {
      timeout: 10000,
    });
    await waitUntil(() => deepText(tokens).includes('Your session has expired'), 'no message', {
      timeout: 10000,
    });
    expect(deepText(tokens)).to.contain('Your session has expired');
    choose('empty');
    await waitUntil(() => deepText(tokens).includes('No API tokens yet'), 'not empty', {
      timeout: 10000,
    });
    choose('healthy');
    await waitUntil(
      () => queryAllByShadowRole(inFrame(tokens), 'button', { name: /^Rotate / }).length > 3,
      'not healthy again',
      { timeout: 10000 },
    );
    frame.remove();
  });
});
