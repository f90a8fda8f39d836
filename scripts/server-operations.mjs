// Writes src/server/operations.ts, the proxy's allow-list, from contract/openapi.json: one entry
// per (method, path) with its path parameters' patterns. `--check` writes nothing and fails when
// the file is out of date. `test/server/operations.test.mjs` checks the built list against the
// contract too.
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

const root = new URL('../', import.meta.url);
const target = new URL('src/server/operations.ts', root);
const contract = JSON.parse(readFileSync(new URL('contract/openapi.json', root), 'utf8'));
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

const resolve = (item) =>
  item.$ref
    ? item.$ref
        .slice(2)
        .split('/')
        .reduce((node, key) => node[key], contract)
    : item;

const operations = Object.entries(contract.paths).flatMap(([path, item]) =>
  METHODS.filter((method) => item[method]).map((method) => {
    const operation = item[method];
    const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(resolve);
    const patterns = Object.fromEntries(
      parameters
        .filter((parameter) => parameter.in === 'path')
        .map((parameter) => [parameter.name, resolve(parameter.schema).pattern]),
    );
    const write = method !== 'get';
    return {
      operationId: operation.operationId,
      method: method.toUpperCase(),
      path,
      params: patterns,
      // The write operations are named <action>Token: create, rotate, revoke.
      ...(write && { action: operation.operationId.replace(/Token$/, '') }),
    };
  }),
);

const source = `// Generated from contract/openapi.json by scripts/server-operations.mjs: do not edit.
import type { ContractOperation } from './types.js';

/** The operations of the contract, the only requests the proxy forwards. */
export const OPERATIONS: readonly ContractOperation[] = ${JSON.stringify(operations, null, 2)};
`;
const formatted = await format(source, {
  ...(await resolveConfig(target.pathname)),
  filepath: target.pathname,
});

if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== formatted) {
    console.error(
      'src/server/operations.ts is out of date: run node scripts/server-operations.mjs',
    );
    process.exit(1);
  }
} else {
  writeFileSync(target, formatted);
}
