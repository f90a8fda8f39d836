// Starts `operator-fake-api` (the built package's bin) as a child process, as a partner would.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/operator-fake-api.mjs', import.meta.url));

/** Runs the bin to its end: its exit code and what it printed. */
export async function run(args) {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const output = collect(child);
  const [code] = await once(child, 'exit');
  return { code, ...output };
}

/**
 * Starts the bin on a free port and waits for it to say where it listens. `stop(signal)` sends
 * the signal and resolves with the exit code.
 */
export async function start(args = []) {
  const child = spawn(process.execPath, [BIN, '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = collect(child);
  const exited = once(child, 'exit').then(([code]) => code);
  // The banner ends with how to stop it: wait for all of it, whatever chunks it arrives in.
  await new Promise((resolve, reject) => {
    const onData = () => {
      if (!output.stdout.includes('Stop it with Ctrl+C.')) return;
      child.stdout.off('data', onData);
      resolve();
    };
    child.stdout.on('data', onData);
    exited.then((code) => reject(new Error(`exited with ${code}: ${output.stderr}`)));
  });
  const url = /listening on (http:\/\/\S+)/.exec(output.stdout)[1];
  const credential = /credential\s+(\S+)/.exec(output.stdout)[1];
  return {
    url,
    port: Number(new URL(url).port),
    credential,
    output,
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

function collect(child) {
  const output = { stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (chunk) => (output.stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (output.stderr += chunk));
  return output;
}

/** A request to the fake, with the credential and, on a POST, an Idempotency-Key unless given. */
export async function call(server, method, path, { body, headers = {}, key } = {}) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${server.credential}`,
      ...(method === 'POST' ? { 'Idempotency-Key': key ?? crypto.randomUUID() } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text && JSON.parse(text) };
}
