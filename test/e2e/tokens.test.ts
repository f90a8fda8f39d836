import { expect, oneEvent } from '@open-wc/testing';
import { until } from '../helpers/wait.js';
import { click } from '../helpers/user.js';
import type { OperatorTokenManager } from '../../src/token-manager/index.js';
import { findByShadowRole, getByShadowRole } from 'shadow-dom-testing-library';
import { deepText, findText } from '../helpers/text.js';
import {
  copyAndClose,
  names,
  noDialog,
  openDialog,
  rotate,
  rowOf,
  stubClipboard,
  traces,
} from '../helpers/token-manager.js';
import {
  dashboard,
  generateForm,
  preflights,
  servers,
  signIn,
  tokensNamed,
  uniqueName,
} from './support.js';

/** The reveal dialog for a token named `name`, and the secret it shows. */
async function revealed(tokens: OperatorTokenManager, name: string) {
  const reveal = await findByShadowRole(tokens, 'dialog', {
    name: `Your new secret for “${name}”`,
  });
  const field = reveal.querySelector<HTMLInputElement>('#secret')!;
  await until(() => field.value, 'no secret shown');
  return { reveal, secret: field.value };
}

describe('e2e: an admin through the proxy on another origin', () => {
  let clipboard: ReturnType<typeof stubClipboard> | undefined;
  afterEach(() => clipboard?.restore());

  it('generates, reveals once, copies, rotates and revokes a token; one create reaches Operator', async () => {
    await signIn('admin');
    const { tokens } = await dashboard();
    const name = uniqueName('E2E flow');

    // Generate: the secret is shown once, and copied.
    const dialog = await generateForm(tokens, name);
    const created = oneEvent(tokens, 'operator-token-created');
    await click(dialog, 'Create token');
    const { reveal, secret } = await revealed(tokens, name);
    expect(secret).to.match(/^op_test_\w{20,}$/);
    const token = (await created).detail.token;
    expect(token.created_by?.name, 'the dashboard user, as the proxy named them').to.equal(
      'Priya Shah',
    );
    await expect(tokens).to.be.accessible();
    clipboard = stubClipboard(() => Promise.resolve());
    await click(reveal, 'Copy');
    await findText(getByShadowRole(reveal, 'status'), 'Copied to the clipboard.');
    expect(clipboard.written).to.deep.equal([secret]);
    await expect(tokens).to.be.accessible();
    await click(reveal, 'Done');
    await noDialog(tokens);
    expect(traces(tokens, secret), 'the secret is gone once Done').to.deep.equal([]);
    await until(() => names(tokens).includes(name), 'the new token is not listed');
    expect(names(tokens).filter((n) => n === name)).to.have.length(1);
    await expect(tokens).to.be.accessible();

    // Rotate: a new secret, the old token replaced by the new one.
    const rotated = oneEvent(tokens, 'operator-token-rotated');
    await rotate(tokens, token, 'For 1 hour');
    const next = (await rotated).detail.token;
    expect((await revealed(tokens, name)).secret)
      .to.match(/^op_test_/)
      .and.not.to.equal(secret);
    await expect(tokens).to.be.accessible();
    await copyAndClose(tokens);
    await until(
      () => deepText(rowOf(tokens, token.prefix)).includes(`Replaced by ${next.prefix}…`),
      'the old token does not name its replacement',
    );

    // Revoke the new token: its row reads Revoked.
    await click(tokens, `Revoke ${name}`);
    await click(await openDialog(tokens), 'Revoke token');
    await noDialog(tokens);
    await until(
      () => deepText(rowOf(tokens, next.prefix).querySelector('[part~=badge]')!) === 'Revoked',
      'the row does not read Revoked',
    );
    await expect(tokens).to.be.accessible();

    // Operator has this name twice, the create's and the rotation's: one create, not a retry's two.
    const named = await tokensNamed(name);
    expect(named.map((t) => t.id).sort()).to.deep.equal([token.id, next.id].sort());
    expect(named.find((t) => t.id === token.id)!.replaced_by).to.equal(next.id);
    expect(named.find((t) => t.id === next.id)!.status).to.equal('revoked');

    // Each write crossed origins: the browser asked first, and the backend allowed it.
    const asked = await preflights();
    const proxy = '/operator-proxy/v1/tokens';
    const preflight = (method: string, path: string) =>
      asked.find((p) => p.method === method && p.path === path && p.status === 204);
    // The headers each write asked to send, beyond the safelisted ones.
    const asks = (method: string, path: string) =>
      preflight(method, path)?.headers?.split(',').sort();
    expect(asks('POST', proxy), 'the create').to.deep.equal(['content-type', 'idempotency-key']);
    expect(asks('POST', `${proxy}/${token.id}/rotate`), 'the rotation').to.deep.equal([
      'content-type',
      'idempotency-key',
    ]);
    // A DELETE is not a simple method: the browser asked for it, though it sends no other header.
    expect(preflight('DELETE', `${proxy}/${next.id}`)?.headers, 'the revoke').to.equal(null);
  });

  it('reads what the backend exposes across origins: X-Request-Id, with the session cookie', async () => {
    await signIn('admin');
    const { backend } = await servers();
    const response = await fetch(`${backend}/operator-proxy/v1/tokens?limit=1`, {
      credentials: 'include',
    });
    expect(response.status).to.equal(200);
    expect(response.headers.get('X-Request-Id')).to.match(/^req_/);
  });
});
