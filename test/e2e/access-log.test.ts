import { expect } from '@open-wc/testing';
import type { OperatorAccessLog } from '../../src/access-log/index.js';
import { cells, rows } from '../helpers/access-log.js';
import { choose } from '../helpers/user.js';
import { getByShadowRole } from 'shadow-dom-testing-library';
import { rowOf } from '../helpers/token-manager.js';
import { dashboard, readLog, signIn } from './support.js';

/** The token prefix of each row the log shows (its token cell ends `<prefix>…`). */
const prefixes = (log: OperatorAccessLog) =>
  rows(log).map((row) => /(\S+)…$/.exec(cells(row)[1]!)![1]!);

describe('e2e: the access log through the proxy on another origin', () => {
  it('shows the account’s requests; a status filter narrows them', async () => {
    await signIn('admin');
    const { log } = await dashboard();
    await readLog(log);
    const statuses = () => rows(log).map((row) => cells(row)[4]!);
    expect(
      statuses().some((status) => !/^4\d\d/.test(status)),
      'other than 4xx first',
    ).to.be.true;
    await expect(log).to.be.accessible();

    choose(getByShadowRole<HTMLSelectElement>(log, 'combobox', { name: 'Status' }), '4xx');
    await readLog(log, () => statuses().every((status) => /^4\d\d/.test(status)), '4xx rows only');
    expect(log.getAttribute('status')).to.equal('4xx');
    await expect(log).to.be.accessible();
  });

  it('"View activity" on a token in the token manager shows that token’s requests only', async () => {
    await signIn('admin');
    const { tokens, log } = await dashboard();
    await readLog(log);
    expect(new Set(prefixes(log)).size, 'several tokens first').to.be.greaterThan(1);
    const [prefix] = prefixes(log);
    const row = rowOf(tokens, prefix!);
    getByShadowRole(row, 'button', { name: /^View activity for / }).click();
    await readLog(log, () => prefixes(log).every((shown) => shown === prefix), `${prefix} only`);
    await expect(log).to.be.accessible();
  });
});
