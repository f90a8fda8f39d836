import { expect } from '@open-wc/testing';
import type { ApiToken, ErrorBody } from '../../src/client/types.js';
import { componentShape, contract, contractErrors } from './contract.js';

const token: ApiToken = {
  id: 'tok_2f9KcQ7xLm4R',
  name: 'Zendesk integration',
  prefix: 'op_live_a1B2',
  scopes: ['conversations:read'],
  status: 'active',
  created_at: '2025-03-14T09:26:53Z',
  created_by: { id: 'usr_8Hq2Lw', name: 'Ada Lovelace' },
  expires_at: null,
  last_used_at: '2025-06-02T17:04:11Z',
  last_used_ip: '203.0.113.42',
  revoked_at: null,
  replaced_by: null,
};

describe('contract', () => {
  describe('the document', () => {
    it('is OpenAPI 3.1 with an operation for each client call', () => {
      expect(contract.openapi).to.match(/^3\.1\./);
      const operationIds = Object.values(contract.paths).flatMap((item) =>
        Object.values(item).map((operation: { operationId?: string }) => operation.operationId),
      );
      expect(operationIds.filter(Boolean)).to.have.members([
        'listTokens',
        'createToken',
        'getToken',
        'rotateToken',
        'revokeToken',
        'listScopes',
        'listAccessLogs',
        'getAccessLogStats',
      ]);
    });
  });

  describe('contractErrors', () => {
    it('accepts a valid ApiToken for getToken 200', () => {
      expect(contractErrors('getToken', 200, token)).to.deep.equal([]);
    });

    it('names a missing required property', () => {
      const withoutPrefix: Partial<ApiToken> = { ...token };
      delete withoutPrefix.prefix;
      expect(contractErrors('getToken', 200, withoutPrefix)).to.deep.equal([
        'body: missing required property "prefix".',
      ]);
    });

    it('names a property the schema does not allow', () => {
      expect(contractErrors('getToken', 200, { ...token, secret: 'op_live_x' })).to.deep.equal([
        'body: unexpected property "secret"',
      ]);
    });

    it('shows the value and the rule it breaks', () => {
      const errors = contractErrors('listTokens', 200, {
        data: [{ ...token, prefix: 'sk_a1B2', status: 'paused', created_at: 'yesterday' }],
        next_cursor: null,
      });
      expect(errors).to.have.members([
        'body.data[0].prefix: "sk_a1B2" does not match the pattern ^op_(live|test)_[A-Za-z0-9]{4}$',
        'body.data[0].status: "paused" is not one of ["active","expired","revoked"]',
        'body.data[0].created_at: "yesterday" is not a valid date-time',
      ]);
    });

    it('reports a nullable object against its object schema, not against null', () => {
      const errors = contractErrors('getToken', 200, { ...token, created_by: { id: 7 } });
      expect(errors).to.have.members([
        'body.created_by: missing required property "name".',
        'body.created_by.id: expected string, got integer 7',
      ]);
      expect(contractErrors('getToken', 200, { ...token, created_by: 'Ada' })).to.deep.equal([
        'body.created_by: expected object or null, got string "Ada"',
      ]);
      expect(contractErrors('getToken', 200, { ...token, created_by: null })).to.deep.equal([]);
    });

    it('checks secrets in created and rotated tokens', () => {
      const secret = 'op_live_Z9y8XwVu7TsRqPoNmLkJiHgFeDcBa654';
      expect(contractErrors('createToken', 201, { token, secret })).to.deep.equal([]);
      expect(contractErrors('rotateToken', 201, { token, secret, previous: token })).to.deep.equal(
        [],
      );
      expect(contractErrors('createToken', 201, { token, secret: 'op_live_short' })).to.deep.equal([
        'body.secret: "op_live_short" does not match the pattern ^op_(live|test)_[A-Za-z0-9]{32}$',
      ]);
    });

    it('accepts an error body for 404', () => {
      const body: ErrorBody = {
        error: { code: 404, message: 'No token with id tok_x.', request_id: 'req_1' },
      };
      expect(contractErrors('getToken', 404, body)).to.deep.equal([]);
    });

    it('covers 500 to 599 with the 5XX response', () => {
      const body: ErrorBody = { error: { code: 503, message: 'Unavailable.' } };
      expect(contractErrors('listScopes', 503, body)).to.deep.equal([]);
      expect(contractErrors('listScopes', 500, { error: { message: 'x' } })).to.deep.equal([
        'body.error: missing required property "code".',
      ]);
    });

    it('fails on a status the operation does not document', () => {
      expect(contractErrors('listTokens', 418, {})).to.deep.equal([
        'listTokens has no 418 response',
      ]);
      expect(contractErrors('getToken', 403, {})).to.deep.equal(['getToken has no 403 response']);
    });

    it('fails on an unknown operation', () => {
      expect(contractErrors('deleteEverything', 200, {})).to.deep.equal([
        'the contract has no operation "deleteEverything"',
      ]);
    });
  });

  describe('componentShape', () => {
    it('lists the 12 properties of ApiToken, all required', () => {
      const shape = componentShape('ApiToken');
      expect(shape.properties).to.deep.equal(Object.keys(token));
      expect(shape.properties).to.have.length(12);
      expect(shape.required).to.have.members(shape.properties);
    });

    it('throws on an unknown component', () => {
      expect(() => componentShape('Nope')).to.throw('no component schema "Nope"');
    });
  });
});
