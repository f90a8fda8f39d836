import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { registerMessages } from '../../src/shared/localize.js';
import { tokenManagerMessages } from '../../src/token-manager/messages.js';
import { statusOf } from '../../src/token-manager/token-list.js';
import '../../src/translations/fr.js';
import { setupFake } from '../helpers/fake.js';
import {
  findByShadowRole,
  getByShadowRole,
  queryAllByShadowRole,
} from 'shadow-dom-testing-library';
import { deepText, findText } from '../helpers/text.js';
import { mountTokenManager, names, openDialog, rowOf } from '../helpers/token-manager.js';
import { choose, click } from '../helpers/user.js';
import { DAY } from '../../src/client/time.js';

describe('<operator-token-manager> rendering', () => {
  it('shows loading, then every token newest first with its facts', async () => {
    const { fake, el } = await mountTokenManager({}, { wait: false });
    await findText(el, 'Loading…');
    await expect(el).to.be.accessible();
    await findByShadowRole(el, 'table', { name: 'API tokens' });
    const tokens = fake.tokens;
    expect(names(el)).to.deep.equal(tokens.map((token) => token.name));
    for (const token of tokens) {
      const text = deepText(rowOf(el, token.prefix));
      expect(text).to.include(token.name);
      for (const scope of token.scopes) expect(text).to.include(scope);
      if (!token.scopes.length) expect(text).to.include('Full access');
      if (token.last_used_ip) expect(text).to.include(`from ${token.last_used_ip}`);
      else expect(text).to.include('Never used');
      if (!token.expires_at && !token.revoked_at) expect(text).to.include('Never');
    }
    await expect(el).to.be.accessible();
  });

  it('shows each status, with the revocation date of a revoked token', async () => {
    const { fake, el } = await mountTokenManager();
    const labels = {
      active: 'Active',
      expiring: 'Expires soon',
      expired: 'Expired',
      revoked: 'Revoked',
    };
    const seen = new Set<string>();
    for (const token of fake.tokens) {
      const status = statusOf(token);
      seen.add(status);
      const badge = rowOf(el, token.prefix).querySelector('[part~=badge]')!;
      expect(badge.textContent!.trim()).to.equal(labels[status]);
      if (token.revoked_at)
        expect(badge.parentElement!.querySelector('time')!.dateTime).to.equal(token.revoked_at);
    }
    expect([...seen]).to.have.members(['active', 'expiring', 'expired', 'revoked']);
  });

  it('shows times relatively, and the exact time on hover and on focus', async () => {
    const { fake, el } = await mountTokenManager();
    const token = fake.tokens[0]!;
    const time = rowOf(el, token.prefix).querySelectorAll('time')[0]!;
    expect(time.dateTime).to.equal(token.created_at);
    const exact = time.querySelector<HTMLElement>('[part~=exact-time]')!;
    const shown = () => exact.getBoundingClientRect().width > 20;
    expect(shown()).to.be.false;
    expect(exact.textContent).to.include(new Date(token.created_at).getFullYear().toString());

    const box = time.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + 3), Math.round(box.y + 3)] });
    await waitUntil(shown, 'the exact time did not show on hover');
    await resetMouse();
    await waitUntil(() => !shown(), 'the exact time stayed after the pointer left');

    await sendKeys({ press: 'Shift' }); // the page takes the keyboard focus, as for a user
    time.focus();
    await waitUntil(shown, 'the exact time did not show on focus');
    time.blur();
    await waitUntil(() => !shown(), 'the exact time stayed');
  });

  it("gives Operator's advice where it applies", async () => {
    const { fake, el } = await mountTokenManager();
    const now = Date.now();
    const working = fake.tokens.filter(
      (t) => !t.replaced_by && statusOf(t) !== 'expired' && statusOf(t) !== 'revoked',
    );
    const check = (token: (typeof working)[0], text: string, applies: boolean) =>
      expect(deepText(rowOf(el, token.prefix)).includes(text), `${token.name}: ${text}`).to.equal(
        applies,
      );
    for (const token of working) {
      check(token, 'Never expires', !token.expires_at);
      check(token, 'rotation recommended', now - Date.parse(token.created_at) > 90 * DAY);
      check(
        token,
        'consider revoking',
        now - Date.parse(token.last_used_at ?? token.created_at) > 30 * DAY,
      );
    }
    expect(deepText(el))
      .to.include('Never expires')
      .and.include('rotation recommended')
      .and.include('consider revoking');
  });

  it('names the replacement of a rotated token and offers "Revoke now"', async () => {
    const { fake, el } = await mountTokenManager();
    const old = fake.tokens.find((t) => t.replaced_by && t.status === 'active')!;
    const replacement = fake.tokens.find((t) => t.id === old.replaced_by)!;
    const row = rowOf(el, old.prefix);
    expect(deepText(row)).to.include(`Replaced by ${replacement.prefix}…`);
    getByShadowRole(row, 'button', { name: `Revoke now ${old.name}` });
    expect(queryAllByShadowRole(row, 'button', { name: `Rotate ${old.name}` })).to.have.length(0);
  });

  it('shows an empty state with a call to action', async () => {
    const { el } = await mountTokenManager({ tokens: 0 });
    await findText(el, 'No API tokens yet');
    getByShadowRole(el, 'button', { name: 'Generate token' });
    expect(queryAllByShadowRole(el, 'search')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('fits a narrow grid host, scrolling the table sideways inside itself', async () => {
    const { client } = setupFake();
    const host = await fixture<HTMLElement>(
      html`<div style="display: grid; width: 20rem">
        <operator-token-manager .client=${client}></operator-token-manager>
      </div>`,
    );
    const el = host.querySelector('operator-token-manager')!;
    const table = await findByShadowRole(el, 'table', { name: 'API tokens' });
    expect(el.getBoundingClientRect().width).to.be.at.most(host.clientWidth);
    const scroller = table.parentElement!;
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    await expect(el).to.be.accessible();
  });

  it('takes the room a flex row host gives it, without scrolling the table', async () => {
    const { client } = setupFake();
    const host = await fixture<HTMLElement>(
      html`<div style="display: flex; width: 80rem">
        <nav style="width: 10rem">Sidebar</nav>
        <operator-token-manager .client=${client}></operator-token-manager>
      </div>`,
    );
    const el = host.querySelector('operator-token-manager')!;
    const table = await findByShadowRole(el, 'table', { name: 'API tokens' });
    const scroller = table.parentElement!;
    expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
    expect(el.getBoundingClientRect().right).to.be.at.most(host.getBoundingClientRect().right);
    await expect(el).to.be.accessible();
  });

  it('says it is not configured without a client', async () => {
    const el = document.createElement('operator-token-manager');
    document.body.append(el);
    await findText(el, 'Not configured');
    el.remove();
  });

  it('is accessible in light and dark', async () => {
    const { el } = await mountTokenManager();
    document.documentElement.style.colorScheme = 'dark';
    document.body.style.background = 'Canvas';
    await emulateMedia({ colorScheme: 'dark' });
    try {
      // The text is the scheme's own CanvasText.
      expect(getComputedStyle(el).color).to.equal('rgb(255, 255, 255)');
      await expect(el).to.be.accessible();
    } finally {
      document.documentElement.style.colorScheme = '';
      document.body.style.background = '';
      await emulateMedia({ colorScheme: 'light' });
    }
    expect(getComputedStyle(el).color).to.equal('rgb(0, 0, 0)');
    await expect(el).to.be.accessible();
  });

  it('mirrors in a right-to-left page, keeping prefixes and the secret left to right', async () => {
    document.documentElement.dir = 'rtl';
    try {
      const { fake, el } = await mountTokenManager();
      const search = getByShadowRole(el, 'searchbox', { name: 'Search by name' });
      const generate = getByShadowRole(el, 'button', { name: 'Generate token' });
      expect(generate.getBoundingClientRect().right).to.be.lessThan(
        search.getBoundingClientRect().left,
      );
      const prefix = rowOf(el, fake.tokens[0]!.prefix).querySelector('[part~=prefix]')!;
      expect(getComputedStyle(prefix).direction).to.equal('ltr');
      expect(getComputedStyle(prefix).unicodeBidi).to.equal('isolate');
      await expect(el).to.be.accessible();

      generate.click();
      const form = await openDialog(el);
      await waitUntil(() => !form.querySelector('[part~=status]'), 'the scopes did not load');
      await click(form, 'Create token');
      const reveal = await findByShadowRole(el, 'dialog', { name: /Your new secret/ });
      getByShadowRole(reveal, 'button', { name: 'Show' }).click(); // the field is a textbox once shown
      const secret = await findByShadowRole(reveal, 'textbox', { name: 'Secret' });
      expect(getComputedStyle(secret).direction).to.equal('ltr');
    } finally {
      document.documentElement.dir = '';
    }
  });

  it('takes words of the host (white-labelling)', async () => {
    const { el } = await mountTokenManager();
    el.messages = { tmGenerate: 'New API key', tmRotateNamed: (name: string) => `Renew ${name}` };
    await findByShadowRole(el, 'button', { name: 'New API key' });
    expect(queryAllByShadowRole(el, 'button', { name: /^Renew / }).length).to.be.greaterThan(0);
  });

  // A row is drawn again only when what it shows changed: new words are such a change.
  it("redraws its rows in new words: a catalogue's, then the page's language", async () => {
    const { el } = await mountTokenManager();
    const rotates = () =>
      queryAllByShadowRole(el, 'button', { name: /^(Rotate|Roll|Renouveler) / });
    const count = rotates().length;
    expect(count).to.be.greaterThan(0);
    try {
      registerMessages({ $code: 'en', tmRotateNamed: (name: string) => `Roll ${name}` });
      await waitUntil(
        () => queryAllByShadowRole(el, 'button', { name: /^Roll / }).length === count,
      );
      document.documentElement.lang = 'fr';
      await waitUntil(
        () => queryAllByShadowRole(el, 'button', { name: /^Renouveler / }).length === count,
        'the rows are not in French',
      );
      expect(rotates()).to.have.length(count);
    } finally {
      document.documentElement.lang = '';
      registerMessages({ $code: 'en', tmRotateNamed: tokenManagerMessages.tmRotateNamed });
    }
  });
});

describe('<operator-token-manager> finding tokens', () => {
  it('sorts by name, by last use and by creation', async () => {
    const { fake, el } = await mountTokenManager();
    choose(getByShadowRole<HTMLSelectElement>(el, 'combobox', { name: 'Sort by' }), 'name');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(
      fake.tokens.map((t) => t.name).sort((a, b) => a.localeCompare(b)),
    );
    choose(getByShadowRole<HTMLSelectElement>(el, 'combobox', { name: 'Sort by' }), 'lastUsed');
    await el.updateComplete;
    const lastUsed = [...fake.tokens].sort(
      (a, b) =>
        Date.parse(b.last_used_at ?? '1970-01-01') - Date.parse(a.last_used_at ?? '1970-01-01'),
    );
    expect(names(el)).to.deep.equal(lastUsed.map((t) => t.name));
    choose(getByShadowRole<HTMLSelectElement>(el, 'combobox', { name: 'Sort by' }), 'created');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(fake.tokens.map((t) => t.name));
  });

  it('filters by status on the server, and hides revoked tokens', async () => {
    const { fake, el } = await mountTokenManager();
    choose(getByShadowRole<HTMLSelectElement>(el, 'combobox', { name: 'Status' }), 'revoked');
    await waitUntil(() => fake.requests.some((r) => r.url.includes('status=revoked')));
    await waitUntil(() => el.shadowRoot!.querySelector('table'));
    const revoked = fake.tokens.filter((t) => t.status === 'revoked');
    expect(names(el)).to.deep.equal(revoked.map((t) => t.name));
    const before = fake.requests.length;
    choose(getByShadowRole<HTMLSelectElement>(el, 'combobox', { name: 'Status' }), 'not-revoked');
    await waitUntil(() => fake.requests.length > before && el.shadowRoot!.querySelector('table'));
    expect(fake.requests.at(-1)!.url).not.to.include('status=');
    expect(names(el)).to.deep.equal(
      fake.tokens.filter((t) => t.status !== 'revoked').map((t) => t.name),
    );
  });

  it('searches the loaded tokens by name', async () => {
    const { fake, el } = await mountTokenManager();
    const input = getByShadowRole<HTMLInputElement>(el, 'searchbox', { name: 'Search by name' });
    input.focus();
    await sendKeys({ type: 'crm' });
    await waitUntil(() => names(el).length < fake.tokens.length);
    expect(names(el)).to.deep.equal(
      fake.tokens.filter((t) => /crm/i.test(t.name)).map((t) => t.name),
    );
    await sendKeys({ type: 'zzz' });
    await findText(el, 'No tokens match these filters.');
    await expect(el).to.be.accessible();
  });

  it('loads more pages with the same filter', async () => {
    const { fake, el } = await mountTokenManager({ tokens: 30 }, { pageSize: 5 });
    const active = fake.tokens.filter((t) => t.status === 'active');
    choose(getByShadowRole<HTMLSelectElement>(el, 'combobox', { name: 'Status' }), 'active');
    await waitUntil(
      () => names(el).length === 5 && fake.requests.at(-1)!.url.includes('status=active'),
    );
    await click(el, 'Load more');
    await waitUntil(() => names(el).length === 10);
    const last = new URL(fake.requests.at(-1)!.url);
    expect(last.searchParams.get('status')).to.equal('active');
    expect(last.searchParams.get('cursor')).to.be.a('string');
    while (queryAllByShadowRole(el, 'button', { name: 'Load more' }).length) {
      const count = names(el).length;
      await click(el, 'Load more');
      await waitUntil(
        () =>
          names(el).length > count ||
          !queryAllByShadowRole(el, 'button', { name: 'Load more' }).length,
      );
    }
    expect(names(el)).to.deep.equal(active.map((t) => t.name));
  });
});

describe('<operator-token-manager> events', () => {
  it('fires operator-view-activity with the token id', async () => {
    const { fake, el } = await mountTokenManager();
    const token = fake.tokens[2]!;
    const event = oneEvent(el, 'operator-view-activity');
    await click(rowOf(el, token.prefix), `View activity for ${token.name}`);
    const { detail, bubbles, composed } = await event;
    expect(detail).to.deep.equal({ tokenId: token.id });
    expect(bubbles && composed).to.be.true;
  });
});
