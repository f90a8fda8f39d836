// `operator-fake-api`: the fake Operator API over real HTTP, driven with Node's fetch. Run after
// `npm run build` (the bin serves dist/mocks).
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { call, run, start } from './support.mjs';

const ACTOR = { id: 'usr_8Hq2Lw', name: 'Zoë "ZK" Kowalska; 김지민' };

describe('operator-fake-api', () => {
  describe('the API', () => {
    let server;
    before(async () => {
      server = await start(['--seed', '42']);
    });
    after(() => server.stop());

    it('prints where it listens and the credential to send', () => {
      assert.match(server.url, /^http:\/\/localhost:\d+\/v1$/);
      assert.match(server.credential, /^op_test_\w{32}$/);
      assert.match(server.output.stdout, /read-only\s+op_test_\w{32}/);
      assert.match(server.output.stdout, /CORS\s+any origin/);
    });

    it('lists tokens, with a request id a page may read', async () => {
      const reply = await call(server, 'GET', '/tokens?limit=5');
      assert.equal(reply.status, 200);
      assert.equal(reply.body.data.length, 5);
      assert.equal(typeof reply.body.next_cursor, 'string');
      assert.match(reply.headers.get('X-Request-Id'), /^req_\w+$/);
      assert.equal(reply.headers.get('Access-Control-Allow-Origin'), '*');
      assert.match(reply.headers.get('Access-Control-Expose-Headers'), /\bX-Request-Id\b/);
    });

    it('creates a token, and a replay of its Idempotency-Key returns the same secret', async () => {
      const key = crypto.randomUUID();
      const before = (await call(server, 'GET', '/tokens?limit=100')).body.data.length;
      const first = await call(server, 'POST', '/tokens', { body: { name: 'Zendesk' }, key });
      assert.equal(first.status, 201);
      assert.match(first.body.secret, /^op_test_\w{32}$/);
      const replay = await call(server, 'POST', '/tokens', { body: { name: 'Zendesk' }, key });
      assert.equal(replay.status, 201);
      assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
      assert.equal(replay.body.secret, first.body.secret);
      assert.equal(replay.body.token.id, first.body.token.id);
      const after = (await call(server, 'GET', '/tokens?limit=100')).body.data.length;
      assert.equal(after, before + 1);
    });

    it('records an Operator-Actor as created_by', async () => {
      const encode = encodeURIComponent;
      const headers = { 'Operator-Actor': `id=${encode(ACTOR.id)}; name=${encode(ACTOR.name)}` };
      const reply = await call(server, 'POST', '/tokens', { body: {}, headers });
      assert.equal(reply.status, 201);
      assert.deepEqual(reply.body.token.created_by, ACTOR);
    });

    it('refuses a request without the credential with 401', async () => {
      const response = await fetch(`${server.url}/tokens`);
      assert.equal(response.status, 401);
      assert.equal((await response.json()).error.code, 401);
    });

    it('answers a preflight with the headers and methods a page needs', async () => {
      const response = await fetch(`${server.url}/tokens`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'http://localhost:5173',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization,content-type,idempotency-key',
        },
      });
      assert.equal(response.status, 204);
      assert.equal(response.headers.get('Access-Control-Allow-Origin'), '*');
      const allowed = (name) => response.headers.get(name).split(/,\s*/);
      for (const header of [
        'Authorization',
        'Content-Type',
        'Idempotency-Key',
        'Accept-Language',
        'Operator-Actor',
      ]) {
        assert.ok(allowed('Access-Control-Allow-Headers').includes(header), header);
      }
      assert.deepEqual(allowed('Access-Control-Allow-Methods'), ['GET', 'POST', 'DELETE']);
    });

    it('answers a path outside /v1 with a 404 in the API error shape', async () => {
      const response = await fetch(new URL('/tokens', server.url));
      const body = await response.json();
      assert.equal(response.status, 404);
      assert.equal(body.error.code, 404);
      assert.match(body.error.message, /under \/v1/);
      assert.equal(body.error.request_id, response.headers.get('X-Request-Id'));
    });

    it('serves the same seeded data as another run with the same seed', async () => {
      const other = await start(['--seed', '42']);
      const third = await start(['--seed', '43']);
      try {
        const ids = async (each) =>
          (await call(each, 'GET', '/tokens?status=revoked')).body.data.map((token) => token.id);
        assert.deepEqual(await ids(other), await ids(server));
        assert.notDeepEqual(await ids(third), await ids(server));
      } finally {
        await Promise.all([other.stop(), third.stop()]);
      }
    });
  });

  describe('CORS with --origin', () => {
    it('allows the origins given, and no other', async () => {
      const server = await start(['--origin', 'http://localhost:5173']);
      try {
        const from = (origin) => call(server, 'GET', '/scopes', { headers: { Origin: origin } });
        const allowed = await from('http://localhost:5173');
        assert.equal(allowed.headers.get('Access-Control-Allow-Origin'), 'http://localhost:5173');
        assert.equal(allowed.headers.get('Vary'), 'Origin');
        const other = await from('https://evil.example');
        assert.equal(other.headers.get('Access-Control-Allow-Origin'), null);
      } finally {
        await server.stop();
      }
    });
  });

  describe('scenarios', () => {
    it('rate-limited: 429s carry a Retry-After that a page may read', async () => {
      const server = await start(['--scenario', 'rate-limited']);
      try {
        let reply;
        for (let i = 0; i < 30 && reply?.status !== 429; i++) {
          reply = await call(server, 'GET', '/tokens');
        }
        assert.equal(reply.status, 429);
        assert.equal(reply.headers.get('Retry-After'), '3');
        const exposed = reply.headers.get('Access-Control-Expose-Headers').split(/,\s*/);
        assert.ok(exposed.includes('Retry-After'));
        assert.ok(exposed.includes('X-Request-Id'));
      } finally {
        await server.stop();
      }
    });

    it('lost: the connection drops after the work, and the same key then replays it', async () => {
      const server = await start(['--scenario', 'lost']);
      try {
        const key = crypto.randomUUID();
        for (let attempt = 0; attempt < 4; attempt++) {
          await assert.rejects(call(server, 'POST', '/tokens', { body: {}, key }), TypeError);
        }
        const reply = await call(server, 'POST', '/tokens', { body: {}, key });
        assert.equal(reply.status, 201);
        assert.equal(reply.headers.get('Idempotent-Replayed'), 'true');
        assert.equal(server.output.stderr, '', 'a dropped connection is not an error');
      } finally {
        await server.stop();
      }
    });

    it('read-only: prints the read-only credential, which gets 403 on writes', async () => {
      const server = await start(['--scenario', 'read-only']);
      try {
        assert.match(server.credential, /readonly/);
        assert.equal((await call(server, 'GET', '/tokens')).status, 200);
        assert.equal((await call(server, 'POST', '/tokens', { body: {} })).status, 403);
      } finally {
        await server.stop();
      }
    });

    it('expired: prints a credential that gets 401', async () => {
      const server = await start(['--scenario', 'expired']);
      try {
        assert.equal((await call(server, 'GET', '/tokens')).status, 401);
      } finally {
        await server.stop();
      }
    });

    it('empty: an account without tokens', async () => {
      const server = await start(['--scenario', 'empty']);
      try {
        assert.deepEqual((await call(server, 'GET', '/tokens')).body.data, []);
      } finally {
        await server.stop();
      }
    });
  });

  describe('the process', () => {
    for (const signal of ['SIGTERM', 'SIGINT']) {
      it(`exits 0 on ${signal} and frees its port`, async () => {
        const server = await start();
        await call(server, 'GET', '/tokens');
        assert.equal(await server.stop(signal), 0);
        await listenOn(server.port);
      });
    }

    it('exits on SIGTERM while a slow request is in flight', async () => {
      const server = await start(['--scenario', 'slow']);
      const pending = fetch(`${server.url}/tokens`).catch((error) => error);
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.equal(await server.stop(), 0);
      assert.ok((await pending) instanceof TypeError);
    });

    it('refuses a port in use with a clear message and exit code 1', async () => {
      const server = await start();
      try {
        const result = await run(['--port', String(server.port)]);
        assert.equal(result.code, 1);
        assert.equal(
          result.stderr.trim(),
          `operator-fake-api: Port ${server.port} is in use: choose another with --port.`,
        );
      } finally {
        await server.stop();
      }
    });

    it('prints its usage with --help, the scenarios included', async () => {
      const result = await run(['--help']);
      assert.equal(result.code, 0);
      assert.match(result.stdout, /^Usage: operator-fake-api/);
      for (const name of ['healthy', 'slow', 'flaky', 'rate-limited', 'lost', 'read-only']) {
        assert.match(result.stdout, new RegExp(`^  ${name} `, 'm'));
      }
    });

    for (const args of [
      ['--scenario', 'nope'],
      ['--port', 'x'],
      ['--seed', 'x'],
      ['--origin', 'localhost:5173'],
      ['--bogus'],
    ]) {
      it(`refuses ${args.join(' ')} with exit code 2 and no stack`, async () => {
        const result = await run(args);
        assert.equal(result.code, 2);
        assert.match(result.stderr, /^operator-fake-api: /);
        assert.doesNotMatch(result.stderr, /\n\s+at /);
      });
    }
  });
});

/** Listens on `port` and closes again: fails when the port is still taken. */
async function listenOn(port) {
  const probe = createServer();
  await new Promise((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(port, '127.0.0.1', resolve);
  });
  await new Promise((resolve) => probe.close(resolve));
}
