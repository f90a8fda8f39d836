import { expect, oneEvent } from '@open-wc/testing';
import type { OperatorTokenManager } from '../../src/token-manager/index.js';
import { findByShadowRole, queryAllByShadowRole } from 'shadow-dom-testing-library';
import { deepText } from '../helpers/text.js';
import { names, noDialog } from '../helpers/token-manager.js';
import { click } from '../helpers/user.js';
import { dashboard, generateForm, readLog, signIn, tokensNamed, uniqueName } from './support.js';

const writes = (el: OperatorTokenManager) =>
  queryAllByShadowRole(el, 'button', { name: /^(Generate token|Rotate |Revoke )/ });

describe('e2e: a viewer through the proxy on another origin', () => {
  it('sees the tokens and the log read-only when the host says so', async () => {
    const me = await signIn('viewer');
    const { tokens, log } = await dashboard();
    tokens.readonly = me.user?.role !== 'admin';
    await tokens.updateComplete;
    expect(names(tokens).length).to.be.greaterThan(0);
    expect(writes(tokens)).to.have.length(0);
    expect(queryAllByShadowRole(tokens, 'button', { name: /^View activity for / })).not.to.be.empty;
    await readLog(log);
    await expect(tokens).to.be.accessible();
  });

  it('is refused a write by the proxy, and the token manager turns read-only and says why', async () => {
    await signIn('viewer');
    const { tokens } = await dashboard();
    const name = uniqueName('E2E viewer');
    const error = oneEvent(tokens, 'operator-error');
    await click(await generateForm(tokens, name), 'Create token');
    expect((await error).detail.error.name).to.equal('PermissionError');
    await noDialog(tokens);
    const notice = await findByShadowRole(tokens, 'status');
    expect(deepText(notice)).to.equal('Your role may view but not change these settings.');
    expect(writes(tokens)).to.have.length(0);
    expect(await tokensNamed(name)).to.deep.equal([]);
    await expect(tokens).to.be.accessible();
  });
});
