// Generated from contract/openapi.json by scripts/server-operations.mjs: do not edit.
import type { ContractOperation } from './types.js';

/** The operations of the contract, the only requests the proxy forwards. */
export const OPERATIONS: readonly ContractOperation[] = [
  {
    operationId: 'listTokens',
    method: 'GET',
    path: '/tokens',
    params: {},
  },
  {
    operationId: 'createToken',
    method: 'POST',
    path: '/tokens',
    params: {},
    action: 'create',
  },
  {
    operationId: 'getToken',
    method: 'GET',
    path: '/tokens/{id}',
    params: {
      id: '^tok_[A-Za-z0-9]{1,64}$',
    },
  },
  {
    operationId: 'revokeToken',
    method: 'DELETE',
    path: '/tokens/{id}',
    params: {
      id: '^tok_[A-Za-z0-9]{1,64}$',
    },
    action: 'revoke',
  },
  {
    operationId: 'rotateToken',
    method: 'POST',
    path: '/tokens/{id}/rotate',
    params: {
      id: '^tok_[A-Za-z0-9]{1,64}$',
    },
    action: 'rotate',
  },
  {
    operationId: 'listScopes',
    method: 'GET',
    path: '/scopes',
    params: {},
  },
  {
    operationId: 'listAccessLogs',
    method: 'GET',
    path: '/access-logs',
    params: {},
  },
  {
    operationId: 'getAccessLogStats',
    method: 'GET',
    path: '/access-logs/stats',
    params: {},
  },
];
