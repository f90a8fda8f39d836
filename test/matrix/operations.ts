/**
 * The operations of the matrix, each a user's script: set the element up, put the fault in place,
 * do what a user does, check what the user and the host are told, clear the fault and check that
 * the element still works, and that no secret was lost and no token minted twice.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { isOperatorError, type OperatorError } from '../../src/client/errors.js';
import type { FakeOperatorApiOptions, FakeRoute } from '../../src/mocks/index.js';
import type { OperatorTokenManager } from '../../src/token-manager/index.js';
import { entryId, nextExport, rows, waitForRows } from '../helpers/access-log.js';
import { click } from '../helpers/user.js';
import { rejection } from '../helpers/assertions.js';
import {
  findByShadowRole,
  getByShadowRole,
  queryAllByShadowRole,
} from 'shadow-dom-testing-library';
import { deepText, findText } from '../helpers/text.js';
import {
  noDialog,
  openDialog,
  openGenerateForm,
  rotate,
  rowOf,
  stubClipboard,
} from '../helpers/token-manager.js';
import {
  Bench,
  deepQuery,
  expectMessage,
  flagged,
  mountAccessLog,
  mountTokenManager,
  RAW,
  said,
  step,
} from './bench.js';
import type { FaultCase, OperationTraits } from './faults.js';

export interface Operation extends OperationTraits {
  /** Its row in the matrix. */
  name: string;
  /** The fake route its fault goes on. */
  route: FakeRoute;
  /** The fake's seed. */
  fake: FakeOperatorApiOptions;
  run(bench: Bench, fault: FaultCase): Promise<void>;
}

const TOKENS_FAKE: FakeOperatorApiOptions = { tokens: 8, logEntries: 0 };
const LOG_FAKE: FakeOperatorApiOptions = { tokens: 6, logEntries: 300 };
const NEW_NAME = 'Matrix integration';

/** A hang guard for what follows a fault: two attempts and their timeouts take about a second. */
const SETTLE = 6000;

const waitFor = (condition: () => unknown, message: string, timeout = SETTLE) =>
  waitUntil(condition, message, { timeout });

/**
 * The failure state: a clear message; `operator-error` for `operations` with the fault's error
 * (and `operator-unauthorized` on a 401, only then); no accessibility violation.
 */
async function expectReported(
  bench: Bench,
  el: HTMLElement,
  fault: FaultCase,
  operations: readonly string[],
  parts: readonly string[] = [],
) {
  await step('a clear message', () => expectMessage(el, fault.message, parts, SETTLE));
  await step('operator-error', async () => {
    const fired = () =>
      bench.errors.some((e) => operations.includes(e.operation) && e.name === fault.errorName);
    await waitFor(fired, 'not fired').catch(() => {
      throw new Error(
        `expected { operation: ${operations.join(' or ')}, error: ${fault.errorName} }; fired: ${JSON.stringify(bench.errors.map(({ operation, name }) => ({ operation, name })))}`,
      );
    });
  });
  await step('operator-unauthorized', () => {
    if (fault.errorName === 'AuthenticationError')
      expect(bench.unauthorized.filter((op) => operations.includes(op))).to.have.length(1);
    else expect(bench.unauthorized).to.deep.equal([]);
  });
  await step('accessible in the failure state', () => expect(el).to.be.accessible());
}

/** Once it works again: nothing left saying "Loading…", and the failure no longer reported. */
const settled = (el: HTMLElement, fault: FaultCase, parts: readonly string[] = []) =>
  step('no stuck "Loading…", no stale message', () =>
    waitFor(
      () => !deepText(el).includes('Loading…') && !fault.message.test(said(el, parts)),
      `still "${said(el, parts)}"`,
    ),
  );

// ---------------------------------------------------------------------------------------------
// The token manager

/** The reveal dialog for `name`: its secret noted, copied, and the dialog closed with Done. */
async function revealAndClose(bench: Bench, el: OperatorTokenManager, name: string) {
  const reveal = await findByShadowRole(el, 'dialog', { name: `Your new secret for “${name}”` });
  const secret = () =>
    (deepQuery(reveal, 'input') as HTMLInputElement[]).find((input) => /^op_/.test(input.value))
      ?.value;
  await waitFor(secret, 'the dialog shows no secret');
  bench.revealed.push(secret()!);
  await click(reveal, 'Copy');
  await findText(reveal, 'Copied to the clipboard.');
  await click(reveal, 'Done');
  await noDialog(el);
}

/** A 403 on a write: no dialog left open, the list still there, and no write offered. */
async function expectReadOnly(el: OperatorTokenManager) {
  await noDialog(el);
  expect(queryAllByShadowRole(el, 'table'), 'the list').to.have.length(1);
  expect(
    queryAllByShadowRole(el, 'button', { name: /^(Generate token|Rotate |Revoke )/ }),
  ).to.deep.equal([]);
}

/**
 * Every token the fake minted had its secret shown, or is flagged in the list (waiting for the
 * list to take it in); and the fake holds exactly `intents` new tokens (one per user intent that
 * may have taken effect).
 */
async function expectSecretsKept(bench: Bench, el: OperatorTokenManager, intents: number) {
  const lost = () =>
    bench.minted
      .filter(
        (token) =>
          !bench.revealed.some((secret) => secret.startsWith(token.prefix)) && !flagged(el, token),
      )
      .map((token) => `${token.name} (${token.prefix}…)`);
  await waitFor(() => !lost().length, '').catch(() => {});
  expect(lost(), 'minted tokens whose secret no one saw and the list does not flag').to.deep.equal(
    [],
  );
  expect(
    bench.minted.map((token) => `${token.name} (${token.prefix}…)`),
    `new tokens in the fake for ${intents} user intent(s)`,
  ).to.have.length(intents);
}

/**
 * The user gives up after the failure: Cancel closes the dialog, nothing is left loading, and a
 * token the write may have minted is flagged in the list (its secret was never shown).
 */
async function cancelAndCheck(bench: Bench, el: OperatorTokenManager, fault: FaultCase) {
  await step('usable afterwards: Cancel closes the dialog', async () => {
    await click(el, 'Cancel');
    await noDialog(el);
  });
  await settled(el, fault);
  await step('0 secrets lost, 0 duplicates', () =>
    expectSecretsKept(bench, el, fault.worked ? 1 : 0),
  );
}

/** Runs a token-manager script with a clipboard that accepts every copy. */
async function withClipboard(run: () => Promise<void>) {
  const clipboard = stubClipboard(async () => {});
  try {
    await run();
  } finally {
    clipboard.restore();
  }
}

const forbidden = (fault: FaultCase) => fault.errorName === 'PermissionError';

const tokensList: Operation = {
  name: 'tokens.list',
  route: 'tokens.list',
  fake: TOKENS_FAKE,
  paged: true,
  timestamps: true,
  async run(bench, fault) {
    await fault.install(bench, 'tokens.list');
    const el = await mountTokenManager(bench, { wait: false });
    await expectReported(bench, el, fault, ['tokens.list']);
    await step('usable afterwards: Retry loads the list', async () => {
      bench.clear();
      await click(el, 'Retry');
      await findByShadowRole(el, 'table', { name: 'API tokens' });
      expect(queryAllByShadowRole(el, 'alert')).to.deep.equal([]);
    });
    await settled(el, fault);
    await step('no token minted', () => expect(bench.minted).to.deep.equal([]));
  },
};

const tokensGet: Operation = {
  name: 'tokens.get (client)',
  route: 'tokens.get',
  fake: TOKENS_FAKE,
  paged: false,
  timestamps: true,
  // No element reads one token: the client is what a host would call.
  async run(bench, fault) {
    const { id } = bench.workingToken;
    await fault.install(bench, 'tokens.get');
    const error = await step('the call fails', () =>
      rejection<OperatorError>(bench.client.tokens.get(id)),
    );
    await step('the error', () => {
      expect(isOperatorError(error), `${error}`).to.be.true;
      expect(error.name).to.equal(fault.errorName);
      expect(error.message).to.match(/\w+ \w+/);
      expect(error.message).not.to.match(RAW);
      if (fault.id === '429 + Retry-After') expect(error).to.have.property('retryAfter', 7);
      if (fault.id === '429 no Retry-After')
        expect((error as { retryAfter?: number }).retryAfter ?? 1).to.be.at.least(1);
    });
    await step('usable afterwards: the same call succeeds', async () => {
      bench.clear();
      expect((await bench.client.tokens.get(id)).id).to.equal(id);
    });
  },
};

const tokensCreate: Operation = {
  name: 'tokens.create',
  route: 'tokens.create',
  fake: TOKENS_FAKE,
  paged: false,
  timestamps: true,
  run: (bench, fault) =>
    withClipboard(async () => {
      const el = await mountTokenManager(bench);
      await fault.install(bench, 'tokens.create');
      const { dialog, name } = await openGenerateForm(el, NEW_NAME);
      await findByShadowRole(dialog, 'checkbox', { name: 'Admin' }); // the scopes are in
      await click(dialog, 'Create token');
      await expectReported(bench, el, fault, ['tokens.create']);
      if (forbidden(fault)) {
        await step('read-only after a 403', () => expectReadOnly(el));
      } else {
        await step('the form keeps its input', () => expect(name.value).to.equal(NEW_NAME));
        await step('usable afterwards: Create again reveals the secret', async () => {
          bench.clear();
          await click(dialog, 'Create token');
          await revealAndClose(bench, el, NEW_NAME);
        });
        await settled(el, fault);
      }
      await step('0 secrets lost, 0 duplicates', () =>
        expectSecretsKept(bench, el, forbidden(fault) ? 0 : 1),
      );
    }),
};

const tokensRotate: Operation = {
  name: 'tokens.rotate',
  route: 'tokens.rotate',
  fake: TOKENS_FAKE,
  paged: false,
  timestamps: true,
  run: (bench, fault) =>
    withClipboard(async () => {
      const el = await mountTokenManager(bench);
      const token = bench.workingToken;
      await fault.install(bench, 'tokens.rotate');
      const dialog = await rotate(el, token, 'For 7 days');
      await expectReported(bench, el, fault, ['tokens.rotate']);
      if (forbidden(fault)) {
        await step('read-only after a 403', () => expectReadOnly(el));
      } else {
        await step(
          'the dialog keeps the choice',
          () =>
            expect(
              getByShadowRole<HTMLInputElement>(dialog, 'radio', { name: 'For 7 days' }).checked,
            ).to.be.true,
        );
        await step('usable afterwards: Rotate again reveals the secret', async () => {
          bench.clear();
          await click(dialog, 'Rotate token');
          await revealAndClose(bench, el, token.name);
        });
        await settled(el, fault);
        await step('the old token is replaced by the new one', () => {
          const [minted] = bench.minted;
          const old = bench.fake.tokens.find((t) => t.id === token.id)!;
          expect(old.replaced_by).to.equal(minted?.id);
        });
      }
      await step('0 secrets lost, 0 duplicates', () =>
        expectSecretsKept(bench, el, forbidden(fault) ? 0 : 1),
      );
    }),
};

/** A write that fails, after which the user gives up with Cancel. */
const thenCancel = (
  route: 'tokens.create' | 'tokens.rotate',
  start: (bench: Bench, el: OperatorTokenManager) => Promise<unknown>,
): Operation => ({
  name: `${route}, then Cancel`,
  route,
  fake: TOKENS_FAKE,
  paged: false,
  timestamps: true,
  async run(bench, fault) {
    const el = await mountTokenManager(bench);
    await fault.install(bench, route);
    await start(bench, el);
    await expectReported(bench, el, fault, [route]);
    bench.clear();
    if (forbidden(fault)) await step('read-only after a 403', () => expectReadOnly(el));
    else await cancelAndCheck(bench, el, fault);
  },
});

const tokensCreateCancel = thenCancel('tokens.create', async (_, el) => {
  const { dialog } = await openGenerateForm(el, NEW_NAME);
  await findByShadowRole(dialog, 'checkbox', { name: 'Admin' });
  await click(dialog, 'Create token');
});

const tokensRotateCancel = thenCancel('tokens.rotate', (bench, el) =>
  rotate(el, bench.workingToken, 'For 7 days'),
);

const tokensRevoke: Operation = {
  name: 'tokens.revoke',
  route: 'tokens.revoke',
  fake: TOKENS_FAKE,
  paged: false,
  timestamps: true,
  async run(bench, fault) {
    const el = await mountTokenManager(bench);
    const token = bench.workingToken;
    await fault.install(bench, 'tokens.revoke');
    await click(el, `Revoke ${token.name}`);
    const dialog = await openDialog(el);
    await click(dialog, 'Revoke token');
    await expectReported(bench, el, fault, ['tokens.revoke']);
    if (forbidden(fault)) {
      await step('read-only after a 403', () => expectReadOnly(el));
    } else {
      await step('usable afterwards: Revoke again revokes it', async () => {
        bench.clear();
        await click(dialog, 'Revoke token');
        await noDialog(el);
        await waitFor(() => /Revoked/.test(deepText(rowOf(el, token.prefix))), 'not shown revoked');
        expect(bench.fake.tokens.find((t) => t.id === token.id)!.status).to.equal('revoked');
      });
      await settled(el, fault);
    }
    await step('no token minted', () => expect(bench.minted).to.deep.equal([]));
  },
};

const scopesList: Operation = {
  name: 'scopes.list',
  route: 'scopes.list',
  fake: TOKENS_FAKE,
  paged: false,
  timestamps: false,
  run: (bench, fault) =>
    withClipboard(async () => {
      const el = await mountTokenManager(bench);
      await fault.install(bench, 'scopes.list');
      const { dialog } = await openGenerateForm(el, NEW_NAME);
      await expectReported(bench, el, fault, ['scopes.list']);
      await step('usable afterwards: Retry loads the scopes, and Create works', async () => {
        bench.clear();
        await click(dialog, 'Retry');
        await findByShadowRole(dialog, 'checkbox', { name: 'Admin' });
        await click(dialog, 'Create token');
        await revealAndClose(bench, el, NEW_NAME);
      });
      await settled(el, fault);
      await step('0 secrets lost, 0 duplicates', () => expectSecretsKept(bench, el, 1));
    }),
};

// ---------------------------------------------------------------------------------------------
// The access log

/** Clicks the one button whose name starts with "Retry". */
const retry = (el: HTMLElement) => click(el, /^Retry/);

const logPage: Operation = {
  name: 'accessLogs.list (log page)',
  route: 'accessLogs.list',
  fake: LOG_FAKE,
  paged: true,
  timestamps: true,
  async run(bench, fault) {
    await fault.install(bench, 'accessLogs.list');
    const el = await mountAccessLog(bench);
    await expectReported(bench, el, fault, ['accessLogs.list']);
    await step('usable afterwards: Retry loads the log', async () => {
      bench.clear();
      await retry(el);
      await waitForRows(el);
    });
    await settled(el, fault);
  },
};

const stats: Operation = {
  name: 'accessLogs.stats',
  route: 'accessLogs.stats',
  fake: LOG_FAKE,
  paged: false,
  timestamps: true,
  async run(bench, fault) {
    await fault.install(bench, 'accessLogs.stats');
    const el = await mountAccessLog(bench);
    await expectReported(bench, el, fault, ['accessLogs.stats'], ['chart']);
    await step('usable afterwards: Retry draws the chart', async () => {
      bench.clear();
      await retry(el);
      await findByShadowRole(el, 'figure', { name: 'Requests over time' });
    });
    await settled(el, fault, ['chart']);
  },
};

const exportCsv: Operation = {
  name: 'export (CSV)',
  route: 'accessLogs.list',
  fake: LOG_FAKE,
  paged: true,
  timestamps: true,
  async run(bench, fault) {
    const el = await mountAccessLog(bench);
    await waitForRows(el);
    await fault.install(bench, 'accessLogs.list');
    await click(el, 'Export CSV');
    await expectReported(
      bench,
      el,
      fault,
      ['accessLogs.list', 'accessLogs.export', 'export'],
      ['export-status'],
    );
    await step('usable afterwards: Retry exports every entry', async () => {
      bench.clear();
      let count = -1;
      void nextExport(el).then((event) => (count = event.detail.count));
      await retry(el);
      await waitFor(() => count >= 0, 'no export finished');
      // More than the first page (100), at most what the fake holds.
      expect(count).to.be.within(101, bench.fake.logCount);
    });
    await settled(el, fault, ['export-status']);
  },
};

const tail: Operation = {
  name: 'tail (live)',
  route: 'accessLogs.list',
  fake: LOG_FAKE,
  paged: true,
  timestamps: true,
  async run(bench, fault) {
    const el = await mountAccessLog(bench, { live: '', 'live-interval': '50' });
    await waitForRows(el);
    const before = bench.requests('accessLogs.list');
    await waitFor(() => bench.requests('accessLogs.list') > before, 'the live tail did not poll');
    await fault.install(bench, 'accessLogs.list');
    await expectReported(
      bench,
      el,
      fault,
      ['accessLogs.list', 'accessLogs.tail', 'tail'],
      ['live-status'],
    );
    await step('usable afterwards: the tail shows new requests again', async () => {
      bench.clear();
      // Retry, if the tail still offers it (its own next attempt may come first).
      queryAllByShadowRole(el, 'button', { name: /^Retry/ })[0]?.click();
      const [newest] = bench.fake.addLogEntries(2);
      await waitFor(() => rows(el)[0] && entryId(rows(el)[0]!) === newest!.id, 'not on top');
    });
    await settled(el, fault, ['live-status']);
  },
};

export const OPERATIONS: readonly Operation[] = [
  tokensList,
  tokensGet,
  tokensCreate,
  tokensRotate,
  tokensCreateCancel,
  tokensRotateCancel,
  tokensRevoke,
  scopesList,
  logPage,
  stats,
  exportCsv,
  tail,
];
