import { expect } from '@open-wc/testing';
import * as shapes from '../../src/client/schemas.js';
import { componentShape } from '../helpers/contract.js';

/**
 * The client's runtime shapes (and so its types, which they are typed with) must name exactly the
 * properties of the OpenAPI document's schemas: a field added to one and not the other fails here.
 */
describe('the client against the contract', () => {
  const pairs: [string, shapes.ObjectShape<unknown>][] = [
    ['ApiToken', shapes.apiToken],
    ['Scope', shapes.scope],
    ['AccessLogEntry', shapes.accessLogEntry],
    ['AccessLogBucket', shapes.accessLogBucket],
    ['TokenPage', shapes.tokenPage],
    ['AccessLogPage', shapes.accessLogPage],
    ['CreatedToken', shapes.createdToken],
    ['RotatedToken', shapes.rotatedToken],
    ['ScopeList', shapes.scopeList],
    ['AccessLogStats', shapes.statsList],
  ];

  for (const [name, shape] of pairs) {
    it(`checks every property of ${name}, all of them required`, () => {
      const { properties, required } = componentShape(name);
      expect([...shape.keys].sort()).to.deep.equal([...properties].sort());
      expect([...required].sort()).to.deep.equal([...properties].sort());
    });
  }

  it('rejects a token with a field of the wrong type, naming the field', async () => {
    const result = await shapes.apiToken['~standard'].validate({ id: 'tok_1', name: null });
    expect(result.issues?.[0]?.message).to.equal('body.name should be a string');
  });
});
