#!/usr/bin/env node
// operator-fake-api: the fake Operator API of `@operator-ai/admin-widget/mocks` on a real port, with
// CORS, for developing a backend, a proxy or a page against it. The API itself is the fake's own
// `fetch` (its msw handlers, store, scenarios and faults); @hono/node-server turns Node's HTTP into
// `Request`s and back. This file adds only what a real server needs around it: the path prefix,
// CORS, a real clock, lost answers as dropped connections, and a clean start and stop.
import { parseArgs } from 'node:util';

const USAGE = `Usage: operator-fake-api [options]

Serves the fake Operator API (the package's ./mocks) over HTTP at http://<host>:<port>/v1.

Options:
  --port <n>         The port; 0 picks a free one (default 4010)
  --host <name>      The address to listen on (default 127.0.0.1, this machine only)
  --seed <n>         The seed of its tokens and access log (default 1)
  --scenario <name>  One of the scenarios below (default healthy)
  --origin <origin>  A page origin allowed by CORS, e.g. http://localhost:5173; repeat for more
                     (default: any origin)
  -h, --help         Prints this

Scenarios:
%SCENARIOS%

Send Authorization: Bearer <credential>, with the credential it prints on start.
Stop it with Ctrl+C (or SIGTERM).`;

/** The request headers a page may send, and the response headers it may read. */
const ALLOW_HEADERS =
  'Authorization, Content-Type, Idempotency-Key, Accept-Language, Operator-Actor';
const ALLOW_METHODS = 'GET, POST, DELETE';
const EXPOSE_HEADERS = 'Retry-After, X-Request-Id, Idempotent-Replayed';
const BASE_PATH = '/v1';
/** The fake's own base URL: requests are moved under it whatever host and port they came to. */
const INNER_BASE = 'http://operator-fake-api.localhost/v1';

const fail = (message, code = 1) => {
  console.error(`operator-fake-api: ${message}`);
  process.exit(code);
};

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  fail(`needs Node 22.12 or later; this is Node ${process.versions.node}.`);
}

const { mocks, serve } = await load();
start(parseOptions());

/** The fake (built) and the adapter: both optional peers of the package, so say which is missing. */
async function load() {
  try {
    const [mocks, { serve }] = await Promise.all([
      import('../dist/mocks/index.js'),
      import('@hono/node-server'),
    ]);
    return { mocks, serve };
  } catch (error) {
    // ./mocks wraps a missing msw in an error that names the fix; the cause says what is missing.
    const cause = error?.cause ?? error;
    if (cause?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    const missing = /'([^']+)'/.exec(cause.message)?.[1] ?? cause.message;
    if (missing.includes('dist/mocks')) fail('dist/ is missing: run `npm run build` first.');
    fail(
      `cannot load ${missing}. The fake API needs msw and @hono/node-server, optional peer ` +
        'dependencies of @operator-ai/admin-widget: npm install --save-dev msw@3 @hono/node-server@2',
    );
  }
}

function usage() {
  const names = Object.keys(mocks.FAKE_SCENARIOS);
  const width = Math.max(...names.map((name) => name.length));
  const scenarios = Object.entries(mocks.FAKE_SCENARIOS)
    .map(([name, { label }]) => `  ${name.padEnd(width)}  ${label}`)
    .join('\n');
  return USAGE.replace('%SCENARIOS%', scenarios);
}

function parseOptions() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', default: '4010' },
        host: { type: 'string', default: '127.0.0.1' },
        seed: { type: 'string', default: '1' },
        scenario: { type: 'string', default: 'healthy' },
        origin: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    fail(`${error.message}\nSee operator-fake-api --help.`, 2);
  }
  if (values.help) {
    console.log(usage());
    process.exit(0);
  }
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) {
    fail(`--port ${values.port} is not a port (0 to 65535).`, 2);
  }
  const seed = Number(values.seed);
  if (values.seed.trim() === '' || !Number.isFinite(seed)) {
    fail(`--seed ${values.seed} is not a number.`, 2);
  }
  if (!mocks.isFakeScenarioName(values.scenario)) {
    const names = Object.keys(mocks.FAKE_SCENARIOS).join(', ');
    fail(`--scenario ${values.scenario} is not one of ${names}.`, 2);
  }
  const origins = values.origin ?? [];
  for (const origin of origins) {
    if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
      fail(`--origin ${origin} is not an origin such as http://localhost:5173 (no path, no /).`, 2);
    }
  }
  return { ...values, port, seed, origins };
}

function start({ port, host, seed, scenario, origins }) {
  const api = mocks.createFakeOperatorApi({
    baseUrl: INNER_BASE,
    seed,
    ...mocks.FAKE_SCENARIOS[scenario].options,
  });
  const credential = mocks.applyScenario(api, scenario);
  let requests = 0;

  const cors = (request) => {
    const origin = request.headers.get('Origin');
    const expose = { 'Access-Control-Expose-Headers': EXPOSE_HEADERS };
    if (origins.length === 0) return { 'Access-Control-Allow-Origin': '*', ...expose };
    const headers = { Vary: 'Origin', ...expose };
    if (origin !== null && origins.includes(origin))
      headers['Access-Control-Allow-Origin'] = origin;
    return headers;
  };

  /** A response of the server's own (a preflight, a path outside the API). */
  const own = (request, status, body, headers = {}) =>
    new Response(body === null ? null : JSON.stringify(body), {
      status,
      headers: {
        ...cors(request),
        ...(body === null ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
    });

  const handle = async (request, { incoming }) => {
    const url = new URL(request.url);
    if (request.method === 'OPTIONS') {
      return own(request, 204, null, {
        'Access-Control-Allow-Methods': ALLOW_METHODS,
        'Access-Control-Allow-Headers': ALLOW_HEADERS,
        'Access-Control-Max-Age': '600',
      });
    }
    if (url.pathname !== BASE_PATH && !url.pathname.startsWith(`${BASE_PATH}/`)) {
      const message = `The fake Operator API is served under ${BASE_PATH}, e.g. GET ${BASE_PATH}/tokens; it has no ${url.pathname}.`;
      const requestId = `req_server${String(++requests).padStart(8, '0')}`;
      const body = { error: { code: 404, message, request_id: requestId } };
      return own(request, 404, body, { 'X-Request-Id': requestId });
    }
    // A real server's clock runs: expiry, grace periods and `created_at` follow the wall clock.
    api.clock.set(Date.now());
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
    const inner = new Request(`${INNER_BASE}${url.pathname.slice(BASE_PATH.length)}${url.search}`, {
      method: request.method,
      headers: request.headers,
      body: hasBody ? await request.arrayBuffer() : undefined,
      signal: request.signal,
    });
    let response;
    try {
      response = await api.fetch(inner);
    } catch (error) {
      // A network fault or a lost answer (`Failed to fetch`): the connection drops, no response.
      // An aborted request: the client has gone. Either way, nothing more is written.
      const dropped = error instanceof TypeError && error.message === 'Failed to fetch';
      if (dropped || request.signal.aborted) {
        incoming.socket?.destroy();
        return new Response(null, { status: 499 });
      }
      throw error;
    }
    const headers = new Headers(response.headers);
    for (const [name, value] of Object.entries(cors(request))) headers.set(name, value);
    return new Response(response.body, { status: response.status, headers });
  };

  const server = serve({ fetch: handle, port, hostname: host, overrideGlobalObjects: false });
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE') fail(`Port ${port} is in use: choose another with --port.`);
    if (error.code === 'EACCES') fail(`Port ${port} needs privileges: choose another with --port.`);
    if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
      fail(`Cannot listen on ${host}: choose another with --host.`);
    }
    fail(error.message);
  });
  server.once('listening', () => {
    const { port: actual } = server.address();
    const shown = host === '127.0.0.1' || host === '::1' ? 'localhost' : host;
    const { label } = mocks.FAKE_SCENARIOS[scenario];
    console.log(`The fake Operator API is listening on http://${shown}:${actual}${BASE_PATH}`);
    console.log(`  credential  ${credential}  (send Authorization: Bearer <credential>)`);
    if (credential === mocks.FAKE_CREDENTIAL) {
      console.log(`  read-only   ${mocks.FAKE_READONLY_CREDENTIAL}  (403 on writes)`);
    }
    console.log(`  scenario    ${scenario}: ${label}`);
    console.log(`  seed        ${seed}, ${api.tokens.length} tokens, ${api.logCount} log entries`);
    console.log(`  CORS        ${origins.length === 0 ? 'any origin' : origins.join(', ')}`);
    console.log('Stop it with Ctrl+C.');
  });

  let stopping = false;
  const stop = (signal) => {
    if (stopping) process.exit(0);
    stopping = true;
    console.log(`${signal}: stopping.`);
    server.close(() => process.exit(0));
    // Streams that never end (a stalled body) and waits (latency) would hold it open.
    server.closeAllConnections?.();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
