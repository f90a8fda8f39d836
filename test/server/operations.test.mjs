// The proxy's allow-list is the contract's operations, no more and no fewer.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OPERATIONS } from '@operator-ai/admin-widget/server';
import { contract } from './harness.mjs';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

test('the allow-list is exactly the contract paths × methods', () => {
  const fromContract = Object.entries(contract.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map(
      (method) => `${method.toUpperCase()} ${path} ${item[method].operationId}`,
    ),
  );
  const allowed = OPERATIONS.map(
    ({ method, path, operationId }) => `${method} ${path} ${operationId}`,
  );
  assert.deepEqual([...allowed].sort(), [...fromContract].sort());
});

test('each path parameter has the contract pattern, and the writes are create, rotate, revoke', () => {
  for (const operation of OPERATIONS) {
    const names = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
    assert.deepEqual(Object.keys(operation.params), names, operation.operationId);
    for (const pattern of Object.values(operation.params)) {
      assert.equal(pattern, contract.components.schemas.TokenId.pattern);
    }
  }
  const writes = OPERATIONS.filter((operation) => operation.method !== 'GET');
  assert.deepEqual(
    writes.map((operation) => `${operation.operationId} ${operation.action}`).sort(),
    ['createToken create', 'revokeToken revoke', 'rotateToken rotate'],
  );
});

test('the contract documents the Operator-Actor header on every write, and step_up_required', () => {
  const parameter = contract.components.parameters.OperatorActor;
  assert.equal(parameter.name, 'Operator-Actor');
  assert.equal(parameter.in, 'header');
  for (const { method, path } of OPERATIONS.filter((operation) => operation.action)) {
    const refs = contract.paths[path][method.toLowerCase()].parameters.map((p) => p.$ref);
    assert.ok(refs.includes('#/components/parameters/OperatorActor'), `${method} ${path}`);
  }
  const reason = contract.components.schemas.Error.properties.error.properties.reason;
  assert.deepEqual(reason.enum, ['step_up_required']);
});
