import { expect } from '@open-wc/testing';
import * as shapes from '../../src/client/schemas.js';
import { componentShape, contract } from '../helpers/contract.js';

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

  it("checks token ids, in responses and in paths, against the contract's TokenId pattern", () => {
    expect(shapes.TOKEN_ID.source).to.equal(contract.components.schemas.TokenId.pattern);
    expect(contract.components.parameters.TokenId.schema.pattern).to.equal(shapes.TOKEN_ID.source);
  });

  it("accepts the contract's own examples, ids, prefixes, secrets and timestamps", async () => {
    const { paths } = contract;
    const examples: [shapes.ObjectShape<unknown>, unknown][] = [
      [
        shapes.apiToken,
        paths['/tokens/{id}'].get.responses['200'].content['application/json'].example,
      ],
      [
        shapes.createdToken,
        paths['/tokens'].post.responses['201'].content['application/json'].example,
      ],
      [
        shapes.rotatedToken,
        paths['/tokens/{id}/rotate'].post.responses['201'].content['application/json'].example,
      ],
    ];
    for (const [shape, example] of examples) {
      expect((await shape['~standard'].validate(example)).issues).to.be.undefined;
    }
  });

  it('rejects a token with a field of the wrong type, naming the field', async () => {
    const result = await shapes.apiToken['~standard'].validate({ id: 'tok_1', name: null });
    expect(result.issues?.[0]?.message).to.equal('body.name should be a string');
  });
});
