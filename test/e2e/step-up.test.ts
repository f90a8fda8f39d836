// Step-up: the backend's proxy answers a write 401 step_up_required when the session's verification
// is too old. The token manager's `stepUp` hook (the host re-verifies, then the same write goes
// again with the same Idempotency-Key) and its `operator-step-up-required` event without a hook.
import { expect } from '@open-wc/testing';
import { until } from '../helpers/wait.js';
import { click } from '../helpers/user.js';
import type { OperatorTokenManager } from '../../src/token-manager/index.js';
import { findByShadowRole } from 'shadow-dom-testing-library';
import {
  call,
  dashboard,
  generateForm,
  servers,
  signIn,
  staleVerification,
  tokensNamed,
  uniqueName,
} from './support.js';

/** The token manager with the host's step-up hook, which it may not declare yet. */
type WithStepUp = OperatorTokenManager & { stepUp?: () => Promise<boolean> };

describe('e2e: step-up through the proxy on another origin', () => {
  it('calls the host’s stepUp hook once, then creates the token and reveals its secret', async () => {
    await signIn('admin');
    const { tokens } = await dashboard();
    await staleVerification();
    const { backend } = await servers();
    let calls = 0;
    (tokens as WithStepUp).stepUp = async () => {
      calls++;
      const response = await fetch(`${backend}/step-up`, {
        method: 'POST',
        credentials: 'include',
      });
      return response.ok;
    };
    const name = uniqueName('E2E step-up hook');
    const dialog = await generateForm(tokens, name);
    await click(dialog, 'Create token');
    await findByShadowRole(
      tokens,
      'dialog',
      { name: `Your new secret for “${name}”` },
      { timeout: 15_000 },
    );
    expect(calls, 'step-up hook calls').to.equal(1);
    expect(await tokensNamed(name)).to.have.length(1);
    await expect(tokens).to.be.accessible();
  });

  it('without a hook, fires operator-step-up-required and says so in the form; a second press after the host’s step-up creates one token', async () => {
    await signIn('admin');
    const { tokens } = await dashboard();
    await staleVerification();
    const name = uniqueName('E2E step-up event');
    const dialog = await generateForm(tokens, name);
    let required = 0;
    tokens.addEventListener('operator-step-up-required', () => required++);
    await click(dialog, 'Create token');
    await until(() => required > 0, 'no operator-step-up-required');
    await findByShadowRole(dialog, 'alert');
    expect(dialog.open, 'the form stays open').to.be.true;
    expect(await tokensNamed(name)).to.deep.equal([]);
    await expect(tokens).to.be.accessible();

    await call('/step-up', { method: 'POST' });
    await click(dialog, 'Create token');
    await findByShadowRole(
      tokens,
      'dialog',
      { name: `Your new secret for “${name}”` },
      { timeout: 15_000 },
    );
    expect(await tokensNamed(name)).to.have.length(1);
    expect(required, 'operator-step-up-required events').to.equal(1);
  });
});
