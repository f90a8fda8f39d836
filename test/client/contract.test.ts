import { expect } from '@open-wc/testing';
import * as shapes from '../../src/client/schemas.js';
import { FAKE_CREDENTIAL } from '../../src/mocks/index.js';
import { componentShape, contract } from '../helpers/contract.js';
import { BASE_URL, setupFake } from '../helpers/fake.js';

/**
 * The client's runtime shapes (and so its types, which they are typed with) must name exactly the
 * properties of the OpenAPI document's schemas: a field added to one and not the other fails here.
 */
describe('the client against the contract', () => {
  const { paths } = contract;
  type Body = Record<string, unknown>;
  type Responses = Record<string, { content: { 'application/json': { example: Body } } }>;
  const json = (operation: { responses: object }, status = '200') =>
    (operation.responses as Responses)[status]!.content['application/json'].example;
  const first = (body: Body) => (body.data as Body[])[0]!;
  const { fake } = setupFake({ seed: 7 });
  /** A body the fake sends for `path`, for the shapes the contract has no example of. */
  const fakeBody = async (path: string) =>
    (await fake
      .fetch(
        new Request(`${BASE_URL}${path}`, {
          headers: { Authorization: `Bearer ${FAKE_CREDENTIAL}` },
        }),
      )
      .then((response) => response.json())) as Body;

  /** Each shape with a valid body of it: from the contract's examples, else from the fake. */
  const pairs: [string, shapes.Shape<unknown>, () => Promise<Body>][] = [
    ['ApiToken', shapes.apiToken, async () => json(paths['/tokens/{id}'].get)],
    ['Scope', shapes.scope, async () => first(json(paths['/scopes'].get))],
    ['AccessLogEntry', shapes.accessLogEntry, async () => first(await fakeBody('/access-logs'))],
    [
      'AccessLogBucket',
      shapes.accessLogBucket,
      async () => first(await fakeBody('/access-logs/stats')),
    ],
    ['TokenPage', shapes.tokenPage, () => fakeBody('/tokens')],
    ['AccessLogPage', shapes.accessLogPage, () => fakeBody('/access-logs')],
    ['CreatedToken', shapes.createdToken, async () => json(paths['/tokens'].post, '201')],
    [
      'RotatedToken',
      shapes.rotatedToken,
      async () => json(paths['/tokens/{id}/rotate'].post, '201'),
    ],
    ['ScopeList', shapes.scopeList, async () => json(paths['/scopes'].get)],
    ['AccessLogStats', shapes.statsList, () => fakeBody('/access-logs/stats')],
  ];

  for (const [name, shape, example] of pairs) {
    // A copy: the contract's examples are shared with the other tests.
    const sample = async () => structuredClone(await example());
    it(`checks every property of ${name}, all of them required`, async () => {
      const { properties, required } = componentShape(name);
      // The properties the shape reads of a valid body are the ones it checks.
      const read = new Set<PropertyKey>();
      const body = new Proxy(await sample(), {
        get: (target, key, receiver) => (read.add(key), Reflect.get(target, key, receiver)),
      });
      expect(shape(body)).to.be.undefined;
      expect([...read].sort()).to.deep.equal([...properties].sort());
      expect([...required].sort()).to.deep.equal([...properties].sort());
      // And each of them is required: without it, the body is refused, naming it.
      for (const key of properties) {
        const without = await sample();
        delete without[key];
        expect(shape(without)).to.match(new RegExp(`^\\.${key} should be `));
      }
    });
  }

  it("checks token ids, in responses and in paths, against the contract's TokenId pattern", () => {
    expect(shapes.TOKEN_ID.source).to.equal(contract.components.schemas.TokenId.pattern);
    expect(contract.components.parameters.TokenId.schema.pattern).to.equal(shapes.TOKEN_ID.source);
  });

  it("accepts the contract's own examples, ids, prefixes, secrets and timestamps", async () => {
    const examples: [shapes.Shape<unknown>, unknown][] = [
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
    for (const [shape, example] of examples) expect(shape(example)).to.be.undefined;
  });

  it('rejects a token with a field of the wrong type, naming the field', () => {
    expect(shapes.apiToken({ id: 'tok_1', name: null })).to.equal('.name should be a string');
  });
});
