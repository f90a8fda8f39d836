/**
 * Client errors as a union discriminated on `name`. Half of this file is checked by `tsc` (npm run
 * typecheck): a `switch` on `name` narrows to the class and its literal `code`, and a field of
 * another class is an error. The other half runs: the errors the client rejects with narrow so.
 */
import { expect } from '@open-wc/testing';
import {
  isOperatorError,
  type OperatorClientError,
  type OperatorErrorCode,
  type OperatorErrorName,
} from '../../src/client/index.js';
import type { OperatorErrorEvent } from '../../src/index.js';
import { setupFake } from '../helpers/fake.js';
import { rejection } from '../helpers/assertions.js';

/** True when A and B are the same type; a `const x: Equal<A, B> = true` fails to compile if not. */
type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// The union has a member for every class, and its codes are every code.
const everyName: Equal<OperatorClientError['name'], OperatorErrorName> = true;
const everyCode: Equal<OperatorClientError['code'], OperatorErrorCode> = true;

/** What a host writes: a switch on `name` that reaches each class's own fields and codes. */
function advice(error: OperatorClientError): string {
  switch (error.name) {
    case 'RateLimitError': {
      const seconds: number | undefined = error.retryAfter;
      const code: 'rate_limited' = error.code;
      return `${code}: wait ${seconds ?? 1} s`;
    }
    case 'AuthenticationError': {
      const code: 'unauthorized' | 'step_up_required' = error.code;
      // @ts-expect-error: an AuthenticationError's code is never `forbidden`.
      if (error.code === 'forbidden') return 'impossible';
      // @ts-expect-error: only a RateLimitError has `retryAfter`.
      void error.retryAfter;
      return code === 'step_up_required' ? 'confirm who you are' : 'sign in again';
    }
    case 'ValidationError':
      return `check ${error.field ?? 'the form'}`;
    case 'OperatorError': {
      const code: 'operator_error' = error.code;
      return code;
    }
    case 'PermissionError':
    case 'NotFoundError':
    case 'ConflictError':
    case 'ServerError':
    case 'NetworkError':
    case 'TimeoutError':
    case 'InvalidResponseError':
      return error.code;
    default: {
      // Every name is handled above.
      const unreachable: never = error;
      return unreachable;
    }
  }
}

/** The event's detail narrows the same way. */
const retryAfterOf = ({ detail: { error } }: OperatorErrorEvent) =>
  error.name === 'RateLimitError' ? error.retryAfter : undefined;

/** A field that no class has, or that belongs to one class only, does not type-check unnarrowed. */
function unnarrowed(error: OperatorClientError) {
  // @ts-expect-error: `retryAfter` needs `name` narrowed to RateLimitError first.
  return error.retryAfter;
}

describe('the Operator client: errors as a union on name', () => {
  it('has one member per class and one code per member (checked by tsc)', () => {
    expect(everyName && everyCode).to.be.true;
    expect(unnarrowed).to.be.a('function');
  });

  it('narrows a 429 to a RateLimitError with its retryAfter', async () => {
    const { fake, client } = setupFake({}, { retry: 0 });
    fake.fault('tokens.list', { status: 429, retryAfter: 7 });
    const error = await rejection(client.tokens.list());
    if (!isOperatorError(error)) throw new Error(`not an Operator error: ${String(error)}`);
    expect(advice(error)).to.equal('rate_limited: wait 7 s');
    const event = { detail: { operation: 'tokens.list', error } } as OperatorErrorEvent;
    expect(retryAfterOf(event)).to.equal(7);
  });

  it("narrows a proxy's 401 step_up_required to an AuthenticationError with that code", async () => {
    const { fake, client } = setupFake({}, { retry: 0 });
    fake.fault('tokens.create', { status: 401, reason: 'step_up_required', times: 1 });
    const error = await rejection(client.tokens.create({ name: 'CI' }));
    expect(isOperatorError(error) && advice(error)).to.equal('confirm who you are');
  });

  it('narrows a 422 to a ValidationError with its field', async () => {
    const { fake, client } = setupFake({}, { retry: 0 });
    fake.fault('tokens.create', { status: 422, field: 'name', times: 1 });
    const error = await rejection(client.tokens.create({ name: 'CI' }));
    expect(isOperatorError(error, 'OperatorError') && advice(error)).to.equal('check name');
  });
});
