/**
 * What the fake's integrations do with their tokens: the routes they call, from which IPs, with
 * which user agents, how it goes (status) and how long it takes. Used to seed the access log and
 * by `addLogEntries` for live traffic.
 */
import { itemAt } from './item-at.js';
import { base62, duration, int, pick, weighted, type Random } from './random.js';

export type RouteMix = readonly (readonly [method: string, path: string, weight: number])[];

export interface TrafficProfile {
  userAgent: string;
  /** The integration's usual addresses, most used first. */
  ips: string[];
  routes: RouteMix;
}

/** `normal`: the token works; `unauthorized`: it was revoked or expired; `forbidden`: out of scope. */
export type TrafficKind = 'normal' | 'unauthorized' | 'forbidden';

export interface GeneratedRequest {
  method: string;
  path: string;
  status: number;
  ip: string;
  userAgent: string;
  durationMs: number;
}

/** The account's conversations, agents and documents that paths refer to. */
export interface ResourcePools {
  conversations: string[];
  agents: string[];
  documents: string[];
}

export function resourcePools(random: Random): ResourcePools {
  const ids = (prefix: string, count: number, length: number) =>
    Array.from({ length: count }, () => `${prefix}_${base62(random, length)}`);
  return {
    conversations: ids('conv', 400, 14),
    agents: ids('agt', 8, 10),
    documents: ids('doc', 60, 12),
  };
}

export const ROUTE_MIXES = {
  crm: [
    ['GET', '/v1/conversations', 30],
    ['GET', '/v1/conversations/{conv}', 25],
    ['GET', '/v1/conversations/{conv}/messages', 20],
    ['POST', '/v1/conversations/{conv}/messages', 15],
    ['POST', '/v1/conversations', 10],
  ],
  automation: [
    ['POST', '/v1/conversations', 20],
    ['POST', '/v1/conversations/{conv}/messages', 30],
    ['GET', '/v1/conversations', 20],
    ['GET', '/v1/conversations/{conv}', 20],
    ['GET', '/v1/agents', 10],
  ],
  reporting: [
    ['GET', '/v1/conversations', 50],
    ['GET', '/v1/usage', 35],
    ['GET', '/v1/conversations/{conv}', 15],
  ],
  bot: [
    ['GET', '/v1/conversations/{conv}/messages', 35],
    ['POST', '/v1/conversations/{conv}/messages', 40],
    ['GET', '/v1/agents/{agent}', 10],
    ['PATCH', '/v1/conversations/{conv}', 10],
    ['GET', '/v1/knowledge-base/documents/{doc}', 5],
  ],
  export: [
    ['GET', '/v1/conversations', 55],
    ['GET', '/v1/conversations/{conv}/messages', 45],
  ],
  staging: [
    ['GET', '/v1/conversations', 25],
    ['POST', '/v1/conversations', 20],
    ['POST', '/v1/conversations/{conv}/messages', 20],
    ['DELETE', '/v1/conversations/{conv}', 5],
    ['PUT', '/v1/agents/{agent}', 10],
    ['POST', '/v1/knowledge-base/documents', 10],
    ['GET', '/v1/webhooks', 10],
  ],
  alerts: [
    ['GET', '/v1/conversations', 70],
    ['GET', '/v1/agents', 30],
  ],
  audit: [
    ['GET', '/v1/tokens', 55],
    ['GET', '/v1/access-logs', 45],
  ],
  admin: [
    ['GET', '/v1/agents', 30],
    ['PUT', '/v1/agents/{agent}', 10],
    ['GET', '/v1/tokens', 20],
    ['POST', '/v1/tokens', 5],
    ['GET', '/v1/usage', 25],
    ['DELETE', '/v1/knowledge-base/documents/{doc}', 10],
  ],
  generic: [
    ['GET', '/v1/conversations', 35],
    ['GET', '/v1/conversations/{conv}', 20],
    ['POST', '/v1/conversations/{conv}/messages', 25],
    ['GET', '/v1/agents', 10],
    ['POST', '/v1/webhooks', 10],
  ],
} satisfies Record<string, RouteMix>;

/** What a token without `conversations:write` keeps trying to do. */
const OUT_OF_SCOPE: RouteMix = [
  ['POST', '/v1/conversations', 60],
  ['POST', '/v1/conversations/{conv}/messages', 40],
];

export const GENERIC_USER_AGENTS = [
  'python-requests/2.32.3',
  'axios/1.7.9',
  'Go-http-client/2.0',
  'operator-node/1.4.0 (node 22.11.0)',
  'okhttp/4.12.0',
];

const CLOUD_PREFIXES = ['3.', '18.', '34.', '35.', '44.', '52.', '54.', '104.', '146.', '185.'];

/** A plausible public IPv4 address. */
export function randomIp(random: Random): string {
  return `${pick(random, CLOUD_PREFIXES)}${int(random, 1, 254)}.${int(random, 0, 255)}.${int(random, 1, 254)}`;
}

/** A plausible public IPv6 address. */
export function randomIpv6(random: Random): string {
  const group = () => int(random, 0, 0xffff).toString(16);
  return `2600:1f18:${group()}:${group()}:${group()}:${group()}:${group()}:${group()}`;
}

export function profileIps(random: Random, count: number, withIpv6 = false): string[] {
  const ips = Array.from({ length: count }, () => randomIp(random));
  if (withIpv6) ips.push(randomIpv6(random));
  return ips;
}

const successStatus = (method: string) =>
  method === 'POST' ? 201 : method === 'DELETE' ? 204 : 200;

function outcome(random: Random, method: string, kind: TrafficKind, incident: boolean): number {
  if (kind === 'unauthorized') return 401;
  if (kind === 'forbidden') return 403;
  const draw = random();
  const serverErrors = incident ? 0.45 : 0.008;
  if (draw < serverErrors) return weighted(random, incident ? INCIDENT_ERRORS : SERVER_ERRORS);
  if (draw < serverErrors + 0.045) {
    return weighted(random, method === 'GET' ? READ_ERRORS : WRITE_ERRORS);
  }
  return successStatus(method);
}

type StatusMix = readonly (readonly [number, number])[];
const SERVER_ERRORS: StatusMix = [
  [500, 5],
  [502, 2],
  [503, 2],
  [504, 1],
];
const INCIDENT_ERRORS: StatusMix = [
  [503, 6],
  [502, 3],
  [504, 1],
];
const READ_ERRORS: StatusMix = [
  [404, 6],
  [429, 3],
  [400, 1],
];
const WRITE_ERRORS: StatusMix = [
  [400, 3],
  [404, 2],
  [409, 1],
  [422, 3],
  [429, 2],
];

function pickRoute(random: Random, mix: RouteMix): RouteMix[number] {
  let total = 0;
  for (const route of mix) total += route[2];
  let draw = random() * total;
  for (const route of mix) {
    draw -= route[2];
    if (draw < 0) return route;
  }
  return itemAt(mix, mix.length - 1);
}

function durationFor(random: Random, method: string, path: string, status: number): number {
  if (status === 504) return 30_000 + int(random, 0, 40);
  if (status === 401 || status === 403 || status === 429) return duration(random, 6);
  if (status >= 500) return duration(random, status === 500 ? 420 : 25);
  if (status >= 400) return duration(random, 28);
  // Posting a message waits for the agent's reply.
  if (method === 'POST' && path.endsWith('/messages')) return duration(random, 1900, 300);
  return duration(random, method === 'GET' ? 70 : 140, 4);
}

/** One request an integration makes. */
export function generateRequest(
  random: Random,
  profile: TrafficProfile,
  pools: ResourcePools,
  kind: TrafficKind,
  incident = false,
): GeneratedRequest {
  const [method, template] = pickRoute(
    random,
    kind === 'forbidden' ? OUT_OF_SCOPE : profile.routes,
  );
  const path = template
    .replace('{conv}', () => pick(random, pools.conversations))
    .replace('{agent}', () => pick(random, pools.agents))
    .replace('{doc}', () => pick(random, pools.documents));
  const status = outcome(random, method, kind, incident);
  // Mostly the usual addresses, the first one most; now and then a new one.
  const ip =
    random() < 0.004 || profile.ips.length === 0
      ? randomIp(random)
      : itemAt(profile.ips, Math.floor(profile.ips.length * random() ** 2));
  return {
    method,
    path,
    status,
    ip,
    userAgent: profile.userAgent,
    durationMs: durationFor(random, method, path, status),
  };
}
