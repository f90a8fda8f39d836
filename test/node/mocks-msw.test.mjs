// ./mocks routes the fake's requests with msw, an optional peer dependency: without it, or with
// one too old, importing ./mocks fails with the fix, not with Node's bare ERR_MODULE_NOT_FOUND.
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

/** The built package in a directory of its own, with no node_modules (so no msw) above it. */
async function packageWithout(t) {
  const dir = await mkdtemp(join(tmpdir(), 'operator-mocks-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await cp('dist', join(dir, 'dist'), { recursive: true, filter: (src) => !src.endsWith('.map') });
  await writeFile(join(dir, 'package.json'), '{ "type": "module" }');
  return dir;
}

const importMocks = (dir) => import(pathToFileURL(join(dir, 'dist/mocks/index.js')).href);

test('without msw, importing ./mocks says to install msw 3', async (t) => {
  const dir = await packageWithout(t);
  await assert.rejects(importMocks(dir), (error) => {
    assert.match(error.message, /needs msw.*fake\.fetch.*npm install --save-dev msw@3/);
    assert.equal(error.cause.code, 'ERR_MODULE_NOT_FOUND');
    return true;
  });
});

test('with an msw older than 2.2 (no getResponse), importing ./mocks says to install msw 3', async (t) => {
  const dir = await packageWithout(t);
  const msw = join(dir, 'node_modules/msw');
  await mkdir(msw, { recursive: true });
  await writeFile(
    join(msw, 'package.json'),
    '{ "name": "msw", "version": "2.1.7", "type": "module", "exports": "./index.js" }',
  );
  await writeFile(join(msw, 'index.js'), 'export const http = {};\nexport class HttpResponse {}\n');
  await assert.rejects(
    importMocks(dir),
    /needs msw 3.*no getResponse.*npm install --save-dev msw@3/,
  );
});
