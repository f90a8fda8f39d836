// `npm run dev:server` (after `vite build --mode lib`): the demo through the real path, as three
// processes in one terminal, run by concurrently:
//   fake     the fake Operator API over HTTP (bin/operator-fake-api.mjs), on 127.0.0.1:4010
//   backend  the partner's backend (demo/backend/server.mjs): a cookie login and
//            createOperatorProxy at /operator-proxy/v1, on 127.0.0.1:4020
//   page     Vite serving demo/server/ on http://localhost:5173, forwarding /operator-proxy and
//            the session routes to the backend, so the browser sees one origin
// Ctrl+C stops all three; so does one of them exiting. The ports are set here, once:
// FAKE_API_PORT, BACKEND_PORT and DEMO_PORT override them.
import { concurrently } from 'concurrently';
import { FAKE_CREDENTIAL } from '../dist/mocks/index.js';

const portFrom = (name, fallback) => {
  const value = process.env[name] ?? String(fallback);
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 65535) {
    console.error(`dev:server: ${name}=${value} is not a port (1 to 65535).`);
    process.exit(2);
  }
  return value;
};
const ports = {
  fake: portFrom('FAKE_API_PORT', 4010),
  backend: portFrom('BACKEND_PORT', 4020),
  page: portFrom('DEMO_PORT', 5173),
};
// Vite listens on `localhost`; a browser may reach it under any of these names.
const pageOrigins = ['localhost', '127.0.0.1', '[::1]'].map(
  (host) => `http://${host}:${ports.page}`,
);

console.log(
  `dev:server: open http://localhost:${ports.page}/ and sign in as Admin or Viewer. ` +
    'Ctrl+C stops all three processes.',
);

const { result } = concurrently(
  [
    {
      name: 'fake',
      command: `node bin/operator-fake-api.mjs --port ${ports.fake}`,
    },
    {
      name: 'backend',
      command: 'node demo/backend/server.mjs',
      env: {
        BACKEND_PORT: ports.backend,
        OPERATOR_UPSTREAM: `http://127.0.0.1:${ports.fake}/v1`,
        // The partner's key, on the server only: here the fake's credential.
        OPERATOR_API_KEY: FAKE_CREDENTIAL,
        PAGE_ORIGINS: pageOrigins.join(' '),
      },
    },
    {
      name: 'page',
      command: 'vite --mode dev-server',
      env: { DEMO_PORT: ports.page, DEMO_BACKEND: `http://127.0.0.1:${ports.backend}` },
    },
  ],
  {
    prefixColors: ['magenta', 'cyan', 'green'],
    // Whichever ends first, by a crash or not, ends the others: no half-running demo.
    killOthersOn: ['failure', 'success'],
  },
);

// concurrently counts Ctrl+C as success; a crash (and the others it stopped) as failure.
result.then(
  () => process.exit(0),
  () => process.exit(1),
);
