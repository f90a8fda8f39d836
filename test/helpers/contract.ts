/**
 * Checks bodies against `contract/openapi.json`, the single source of truth for the Operator API:
 * the fake API's responses and the wire types in `src/client/types.ts` are tested against it.
 */
import { Validator, type OutputUnit } from '@cfworker/json-schema';
// Only the type is imported: the test runner's esbuild (target es2022) drops `with { type: 'json' }`
// and serves .json as JSON, so a JSON module import fails in the browser. The document is fetched.
import type openapi from '../../contract/openapi.json';

/** The OpenAPI document. Read it; do not mutate it. */
export const contract: typeof openapi = await fetchContract();

async function fetchContract(): Promise<typeof openapi> {
  const response = await fetch(new URL('../../contract/openapi.json', import.meta.url));
  if (!response.ok) throw new Error(`Could not load the contract: HTTP ${response.status}.`);
  return (await response.json()) as typeof openapi;
}

/** The URI the document is registered under, so that its `#/...` references resolve. */
const BASE_URI = 'https://operator.ai/openapi.json';
const JSON_MEDIA_TYPE = 'application/json';
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The document, untyped, for walking by JSON pointer. */
const documentRoot = contract as unknown as JsonObject;

// JSON pointers, as @cfworker/json-schema writes them (`~` and `/` escaped, then URI-encoded).
const encodeSegment = (segment: string): string =>
  encodeURI(segment.replace(/~/g, '~0').replace(/\//g, '~1')).replace(/#/g, '%23');
const decodeSegment = (segment: string): string =>
  decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
const pointerSegments = (pointer: string): string[] =>
  pointer.replace(/^#/, '').split('/').slice(1).map(decodeSegment);

function at(root: Json | undefined, segments: string[]): Json | undefined {
  let node = root;
  for (const segment of segments) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isObject(node)) node = Object.hasOwn(node, segment) ? node[segment] : undefined;
    else return undefined;
  }
  return node;
}

/**
 * A copy of the document without `example`/`examples`: they are annotations, and the validator
 * would take an example's `id` field for a schema `$id`.
 */
function withoutExamples(node: Json, parentKey = ''): Json {
  if (Array.isArray(node)) return node.map((item) => withoutExamples(item));
  if (!isObject(node)) return node;
  const copy: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    const isPropertyName = parentKey === 'properties' || parentKey === 'patternProperties';
    if ((key === 'example' || key === 'examples') && !isPropertyName) continue;
    copy[key] = withoutExamples(value, key);
  }
  return copy;
}

interface Operation {
  pointer: string;
  responses: JsonObject;
}

function findOperation(operationId: string): Operation | undefined {
  const paths = documentRoot.paths;
  if (!isObject(paths)) return undefined;
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (isObject(operation) && operation.operationId === operationId) {
        const responses = isObject(operation.responses) ? operation.responses : {};
        return { pointer: `/paths/${encodeSegment(path)}/${method}`, responses };
      }
    }
  }
  return undefined;
}

/** The response key that covers `status`: the exact code, else its range (`4XX`), else `default`. */
function responseKey(responses: JsonObject, status: number): string | undefined {
  const candidates = [String(status), `${Math.floor(status / 100)}XX`, 'default'];
  return candidates.find((key) => Object.hasOwn(responses, key));
}

const validators = new Map<string, Validator>();

/** A validator for the JSON schema at `pointer` in the document. */
function validatorFor(pointer: string): Validator {
  let validator = validators.get(pointer);
  if (!validator) {
    validator = new Validator({ $ref: `${BASE_URI}#${pointer}` }, '2020-12', false);
    validator.addSchema(withoutExamples(documentRoot) as object, BASE_URI);
    validators.set(pointer, validator);
  }
  return validator;
}

/** The schema a `keywordLocation` points at, following `$ref`s within the document. */
function schemaAt(keywordLocation: string, rootPointer: string): Json | undefined {
  let node: Json | undefined = { $ref: `#${rootPointer}` };
  for (const segment of pointerSegments(keywordLocation)) {
    if (segment === '$ref' && isObject(node) && typeof node.$ref === 'string') {
      node = at(documentRoot, pointerSegments(node.$ref.slice(node.$ref.indexOf('#'))));
    } else {
      node = at(node, [segment]);
    }
  }
  return node;
}

/** `#/data/0/created_by` as `body.data[0].created_by`. */
function describeLocation(instanceLocation: string): string {
  return pointerSegments(instanceLocation).reduce(
    (text, segment) => (/^\d+$/.test(segment) ? `${text}[${segment}]` : `${text}.${segment}`),
    'body',
  );
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

/** One validator error as a sentence that names the value and what was expected. */
function sentence(unit: OutputUnit, body: unknown, rootPointer: string): string {
  const where = describeLocation(unit.instanceLocation);
  const value = at(body as Json, pointerSegments(unit.instanceLocation));
  const shown = JSON.stringify(value);
  const rule = schemaAt(unit.keywordLocation, rootPointer);
  switch (unit.keyword) {
    case 'required':
      return `${where}: ${unit.error.replace('Instance does not have', 'missing')}`;
    case 'additionalProperties':
      return `${where}: ${unit.error.replace(/^Property (".*") does not match .*$/, 'unexpected property $1')}`;
    case 'type': {
      const expected = Array.isArray(rule) ? rule.join(' or ') : String(rule);
      return `${where}: expected ${expected}, got ${typeOf(value)} ${shown}`;
    }
    case 'pattern':
      return `${where}: ${shown} does not match the pattern ${String(rule)}`;
    case 'format':
      return `${where}: ${shown} is not a valid ${String(rule)}`;
    case 'enum':
      return `${where}: ${shown} is not one of ${JSON.stringify(rule)}`;
    case 'anyOf':
    case 'oneOf':
      return unit.error.startsWith('expected ')
        ? `${where}: ${unit.error}, got ${typeOf(value)} ${shown}`
        : `${where}: ${shown} matches none of the allowed schemas`;
    default:
      return `${where}: ${unit.error}`;
  }
}

/** Errors that only say "a part below had errors"; the part's own errors say what. */
const WRAPPER_KEYWORDS = new Set(['$ref', 'properties', 'items', 'prefixItems', 'allOf']);

/**
 * Keeps the errors a reader needs. Where an `anyOf` failed (e.g. `Actor | null`), the branches whose
 * type does not fit the value are dropped: a wrong `created_by` object is reported against `Actor`,
 * not also as "expected null"; a value that fits no branch's type is reported as one type error.
 */
function relevantErrors(errors: OutputUnit[], rootPointer: string): OutputUnit[] {
  const kept = errors.filter((unit, index) => {
    if (WRAPPER_KEYWORDS.has(unit.keyword)) return false;
    // `additionalProperties: false` reports the property, then a bare "False boolean schema."
    return !(unit.keyword === 'false' && errors[index - 1]?.keyword === 'additionalProperties');
  });
  const dropped = new Set<OutputUnit>();
  const renamed = new Map<OutputUnit, OutputUnit>();
  for (const union of kept.filter((unit) => unit.keyword === 'anyOf' || unit.keyword === 'oneOf')) {
    const branches = new Map<string, OutputUnit[]>();
    for (const unit of kept) {
      const branch = unit.keywordLocation
        .slice(union.keywordLocation.length)
        .match(/^\/(\d+)\//)?.[1];
      if (!unit.keywordLocation.startsWith(union.keywordLocation) || branch === undefined) continue;
      branches.set(branch, [...(branches.get(branch) ?? []), unit]);
    }
    const typeError = (units: OutputUnit[]) =>
      units.find((u) => u.keyword === 'type' && u.instanceLocation === union.instanceLocation);
    const fitting = [...branches.values()].filter((units) => !typeError(units));
    for (const units of branches.values()) {
      if (fitting.length !== 1 || units !== fitting[0]) units.forEach((u) => dropped.add(u));
    }
    if (fitting.length === 1) dropped.add(union);
    else if (fitting.length === 0) {
      const types = [...branches.values()].flatMap((units) => {
        const type = schemaAt(typeError(units)!.keywordLocation, rootPointer);
        return Array.isArray(type) ? type.map(String) : [String(type)];
      });
      renamed.set(union, { ...union, error: `expected ${[...new Set(types)].join(' or ')}` });
    }
  }
  return kept.filter((unit) => !dropped.has(unit)).map((unit) => renamed.get(unit) ?? unit);
}

/**
 * Validates a response body against the document's schema for that operation and status.
 * Returns a list of readable error strings (empty when valid). A status the operation does not
 * document is an error; a `5XX` response covers 500 to 599.
 *
 * @example expect(contractErrors('getToken', 200, body)).to.deep.equal([]);
 */
export function contractErrors(operationId: string, status: number, body: unknown): string[] {
  const operation = findOperation(operationId);
  if (!operation) return [`the contract has no operation "${operationId}"`];
  const key = responseKey(operation.responses, status);
  if (key === undefined) return [`${operationId} has no ${status} response`];

  let responsePointer = `${operation.pointer}/responses/${encodeSegment(key)}`;
  let response: Json | undefined = operation.responses[key];
  if (isObject(response) && typeof response.$ref === 'string') {
    responsePointer = response.$ref.slice(1);
    response = at(documentRoot, pointerSegments(response.$ref));
  }
  const content = isObject(response) ? response.content : undefined;
  if (!isObject(content) || !isObject(content[JSON_MEDIA_TYPE])) {
    return body === undefined || body === null || body === ''
      ? []
      : [`${operationId} ${key} has no ${JSON_MEDIA_TYPE} body, but got ${JSON.stringify(body)}`];
  }
  if (body === undefined) return [`${operationId} ${key}: expected a JSON body, got none`];

  const schemaPointer = `${responsePointer}/content/${encodeSegment(JSON_MEDIA_TYPE)}/schema`;
  const result = validatorFor(schemaPointer).validate(body);
  if (result.valid) return [];
  const messages = relevantErrors(result.errors, schemaPointer).map((unit) =>
    sentence(unit, body, schemaPointer),
  );
  return [...new Set(messages)];
}

/** The property names and required list of a component schema, e.g. componentShape('ApiToken'). */
export function componentShape(name: string): { properties: string[]; required: string[] } {
  const schema = at(documentRoot, ['components', 'schemas', name]);
  if (!isObject(schema)) throw new Error(`The contract has no component schema "${name}".`);
  const properties = isObject(schema.properties) ? Object.keys(schema.properties) : [];
  const required = Array.isArray(schema.required) ? schema.required.map(String) : [];
  return { properties, required };
}
