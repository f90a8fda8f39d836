/** Matches a request against the contract's operations, and nothing else. */
import { OPERATIONS } from './operations.js';
import type { ContractOperation } from './types.js';

export interface MatchedOperation {
  operation: ContractOperation;
  /** The upstream path, rebuilt from the template and the checked parameters, never from input. */
  path: string;
  params: Record<string, string>;
}

/** Headers that ask a server to treat a request as another method; any of them is a 404. */
const METHOD_OVERRIDES = ['x-http-method-override', 'x-http-method', 'x-method-override'];

/** A literal path segment of the contract. */
const LITERAL = /^[a-z][a-z-]*$/;

interface Compiled {
  operation: ContractOperation;
  segments: Array<{ literal: string } | { param: string; pattern: RegExp }>;
}

const compiled: Compiled[] = OPERATIONS.map((operation) => ({
  operation,
  segments: operation.path
    .split('/')
    .slice(1)
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment)?.[1];
      if (param === undefined) {
        if (!LITERAL.test(segment)) throw new Error(`Unexpected path segment ${segment}`);
        return { literal: segment };
      }
      const pattern = operation.params[param];
      if (!pattern) throw new Error(`The contract gives ${param} no pattern.`);
      return { param, pattern: new RegExp(pattern) };
    }),
}));

/**
 * The operation `request` asks for, or `undefined`. The path under `basePath` must be exactly an
 * operation's: every literal segment equal, every parameter matching its pattern. So `..`,
 * `%2e%2e`, `//`, encoded slashes, backslashes, a trailing slash or any other character outside
 * the patterns match nothing.
 */
export function matchOperation(request: Request, basePath: string): MatchedOperation | undefined {
  if (METHOD_OVERRIDES.some((name) => request.headers.has(name))) return undefined;
  // The raw path, before anything decodes it: `new URL` normalizes `..`, not `%2f` or `%5c`.
  const url = new URL(request.url);
  if (!url.pathname.startsWith(`${basePath}/`)) return undefined;
  const segments = url.pathname.slice(basePath.length + 1).split('/');
  for (const { operation, segments: template } of compiled) {
    if (operation.method !== request.method || template.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = template.every((part, index) => {
      const segment = segments[index];
      if ('literal' in part) return segment === part.literal;
      if (segment === undefined || !part.pattern.test(segment)) return false;
      params[part.param] = segment;
      return true;
    });
    if (matches) return { operation, path: `/${segments.join('/')}`, params };
  }
  return undefined;
}

/** Checks a mount path: `/operator-proxy/v1`, no trailing slash, nothing to normalize. */
export function checkBasePath(basePath: string): string {
  if (!/^(\/[A-Za-z0-9._~-]+)+$/.test(basePath) || /\/\.\.?(\/|$)/.test(basePath)) {
    throw new TypeError(
      `createOperatorProxy: basePath must be a path like /operator-proxy/v1, not ${JSON.stringify(basePath)}.`,
    );
  }
  return basePath;
}
