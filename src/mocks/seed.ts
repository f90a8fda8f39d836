/**
 * Deterministic seeded data: a dozen tokens in every state a token manager must show, and an
 * access log of their traffic. The same seed (and the same `now`) gives the same data every time.
 * Times are relative to `now`, so the states hold whenever the fake is created.
 */
import type { Actor, Scope } from '../client/types.js';
import type { LogRecord } from './access-log-store.js';
import { DEFAULT_GRACE_SECONDS } from '../client/contract.js';
import { DAY, HOUR, MINUTE, SECOND } from '../client/time.js';
import { itemAt } from './item-at.js';
import { int, mulberry32, pick, streamSeed, type Random } from './random.js';
import { newSecret, newTokenId, prefixOf, type TokenMode, type TokenRecord } from './store.js';
import {
  GENERIC_USER_AGENTS,
  ROUTE_MIXES,
  generateRequest,
  profileIps,
  resourcePools,
  type ResourcePools,
  type RouteMix,
  type TrafficKind,
  type TrafficProfile,
} from './traffic.js';

export interface SeedConfig {
  seed: number;
  tokens: number;
  logEntries: number;
  logDays: number;
  scopes: readonly Scope[];
  mode: TokenMode;
  now: number;
}

export interface SeededData {
  tokens: TokenRecord[];
  /** Newest first. */
  logs: LogRecord[];
  /** How each token's integration behaves, for live traffic. */
  profiles: Map<string, TrafficProfile>;
  /** Each token's share of the traffic. */
  rates: Map<string, number>;
  pools: ResourcePools;
}

/** The people of the seeded account. */
export const PEOPLE = {
  maya: { id: 'usr_3kTq9LmA2xZc', name: 'Maya Chen' },
  jonas: { id: 'usr_8Hq2LwPn4RsD', name: 'Jonas Weber' },
  priya: { id: 'usr_5fGv7YbN1KeT', name: 'Priya Raman' },
  tom: { id: 'usr_9XcM2JdQ6WuH', name: 'Tom Okafor' },
  sofia: { id: 'usr_2PzR8VnE4LgB', name: 'Sofia Alvarez' },
} satisfies Record<string, Actor>;

/** A seeded token, in times relative to now (ms; negative is in the past). */
interface Archetype {
  name: string;
  scopes: string[];
  created: number;
  createdBy: Actor | null;
  /** When it expires; absent: never. */
  expires?: number;
  revoked?: number;
  /** Requests per day while in use; 0: never used. */
  rate: number;
  /** When its integration stopped calling (default: it still does, until revoked or expired). */
  lastUse?: number;
  /** After revocation or expiry, the integration keeps trying for this long (401s). */
  afterlife?: { duration: number; rate: number };
  /** A burst of out-of-scope writes (403s). */
  forbidden?: { at: number; duration: number; rate: number };
  routes: RouteMix;
  userAgent: string;
  ips: number;
  ipv6?: boolean;
  /** Rotated: replaced by the next archetype of its group. */
  rotated?: boolean;
}

const READ = ['conversations:read'];
const READ_WRITE = ['conversations:read', 'conversations:write'];

/**
 * The dozen, in groups taken in order when fewer tokens are asked for (a rotated token and its
 * replacement come together). Between them: active, expiring within 7 days, expired, revoked,
 * never used, rotated with its grace period running, with and without scopes, without expiry,
 * older than 90 days, unused for 30+ days.
 */
const ARCHETYPES: Archetype[][] = [
  [
    {
      name: 'CRM Integration',
      scopes: READ_WRITE,
      created: -62 * DAY,
      createdBy: PEOPLE.maya,
      expires: 118 * DAY,
      rate: 900,
      routes: ROUTE_MIXES.crm,
      userAgent: 'crm-sync/3.2.1 (node 20.11.0)',
      ips: 3,
    },
  ],
  [
    {
      name: 'Zapier',
      scopes: [],
      created: -412 * DAY,
      createdBy: PEOPLE.jonas,
      rate: 700,
      routes: ROUTE_MIXES.automation,
      userAgent: 'Zapier',
      ips: 4,
      ipv6: true,
    },
  ],
  [
    {
      name: 'Billing sync',
      scopes: READ,
      created: -87 * DAY,
      createdBy: PEOPLE.priya,
      expires: 3 * DAY,
      rate: 220,
      forbidden: { at: -9 * DAY, duration: 40 * MINUTE, rate: 14_000 },
      routes: ROUTE_MIXES.reporting,
      userAgent: 'python-requests/2.31.0',
      ips: 2,
    },
  ],
  [
    {
      name: 'Data warehouse export',
      scopes: READ,
      created: -96 * DAY,
      createdBy: PEOPLE.tom,
      expires: -5 * DAY,
      rate: 160,
      afterlife: { duration: 7 * HOUR, rate: 900 },
      routes: ROUTE_MIXES.export,
      userAgent: 'airbyte-source-operator/0.4.2',
      ips: 2,
    },
  ],
  [
    {
      name: 'Staging',
      scopes: [],
      created: -140 * DAY,
      createdBy: PEOPLE.jonas,
      revoked: -12 * DAY,
      rate: 120,
      afterlife: { duration: 2 * HOUR, rate: 2000 },
      routes: ROUTE_MIXES.staging,
      userAgent: 'axios/1.6.7',
      ips: 2,
    },
  ],
  [
    {
      name: 'Support bot',
      scopes: READ_WRITE,
      created: -160 * DAY,
      createdBy: PEOPLE.maya,
      // Rotated 4 hours ago with the default day of grace; the bot still uses it now and then.
      expires: 20 * HOUR,
      lastUse: -10 * MINUTE,
      rate: 450,
      routes: ROUTE_MIXES.bot,
      userAgent: 'support-bot/2.8.0 (go1.22.4)',
      ips: 2,
      rotated: true,
    },
    {
      name: 'Support bot',
      scopes: READ_WRITE,
      created: -4 * HOUR,
      createdBy: PEOPLE.maya,
      rate: 450,
      routes: ROUTE_MIXES.bot,
      userAgent: 'support-bot/2.8.0 (go1.22.4)',
      ips: 2,
    },
  ],
  [
    {
      name: 'Local development',
      scopes: [],
      created: -2 * DAY,
      createdBy: PEOPLE.sofia,
      expires: 28 * DAY,
      rate: 0,
      routes: ROUTE_MIXES.generic,
      userAgent: 'curl/8.7.1',
      ips: 1,
    },
  ],
  [
    {
      name: 'Slack alerts',
      scopes: READ,
      created: -130 * DAY,
      createdBy: PEOPLE.tom,
      expires: 235 * DAY,
      lastUse: -45 * DAY,
      rate: 60,
      routes: ROUTE_MIXES.alerts,
      userAgent: 'Slackbot 1.0 (+https://api.slack.com/robots)',
      ips: 2,
    },
  ],
  [
    {
      name: 'Security audit',
      scopes: ['tokens:read'],
      created: -20 * DAY,
      createdBy: PEOPLE.priya,
      expires: 70 * DAY,
      rate: 12,
      routes: ROUTE_MIXES.audit,
      userAgent: 'curl/8.4.0',
      ips: 1,
    },
  ],
  [
    {
      name: 'Admin CLI',
      scopes: ['admin'],
      created: -33 * DAY,
      createdBy: PEOPLE.sofia,
      expires: 57 * DAY,
      rate: 25,
      routes: ROUTE_MIXES.admin,
      userAgent: 'operator-cli/0.9.2 (darwin arm64)',
      ips: 1,
    },
  ],
  [
    {
      name: 'Legacy importer',
      scopes: [],
      created: -300 * DAY,
      createdBy: null,
      revoked: -180 * DAY,
      rate: 40,
      routes: ROUTE_MIXES.generic,
      userAgent: 'Java/17.0.2',
      ips: 1,
    },
  ],
];

const EXTRA_NAMES = [
  'Webhook relay',
  'QA automation',
  'Partner portal',
  'Mobile backend',
  'Nightly backup',
  'Marketing automation',
  'Helpdesk sync',
  'Data science notebook',
];

/** More tokens than the dozen: plausible, mostly active ones. */
function extraArchetype(random: Random, index: number, scopeIds: readonly string[]): Archetype {
  const created = -int(random, 1, 365) * DAY;
  const lifetime = pick(random, [null, null, 30, 90, 180, 365]);
  const revoked = random() < 0.1 ? created + int(random, 0, -created) * 0.9 : undefined;
  return {
    name: EXTRA_NAMES[index] ?? `Integration ${index + 13}`,
    scopes: scopeIds.filter(() => random() < 0.3),
    created,
    createdBy: pick(random, Object.values(PEOPLE)),
    expires: lifetime === null ? undefined : created + lifetime * DAY,
    revoked,
    rate: pick(random, [0, 5, 20, 80, 150]),
    routes: ROUTE_MIXES.generic,
    userAgent: pick(random, GENERIC_USER_AGENTS),
    ips: int(random, 1, 3),
  };
}

function chooseArchetypes(count: number, random: Random, scopeIds: readonly string[]) {
  const chosen: Archetype[][] = [];
  let total = 0;
  for (const group of ARCHETYPES) {
    if (total + group.length > count) continue;
    chosen.push(group);
    total += group.length;
  }
  for (let i = 0; total < count; i++, total++) chosen.push([extraArchetype(random, i, scopeIds)]);
  return chosen;
}

interface Segment {
  token: number;
  kind: TrafficKind;
  from: number;
  to: number;
  /** Expected requests in the segment. */
  mass: number;
}

interface SeededToken {
  record: TokenRecord;
  archetype: Archetype;
  profile: TrafficProfile;
  /** When its integration last called it (`null`: never). */
  lastCall: number | null;
}

export function seedData(config: SeedConfig): SeededData {
  const random = mulberry32(streamSeed(config.seed, 1));
  const { now, mode } = config;
  const scopeIds = config.scopes.map((scope) => scope.id);
  const jitter = () => int(random, 0, (50 * MINUTE) / SECOND) * SECOND;

  const seeded: SeededToken[] = [];
  for (const group of chooseArchetypes(config.tokens, random, scopeIds)) {
    const members: SeededToken[] = [];
    // Back to front, so that a rotated token knows its replacement.
    for (const archetype of [...group].reverse()) {
      const replacement = archetype.rotated ? members[0] : undefined;
      const createdAt = now + archetype.created - (archetype.created < -DAY ? jitter() : 0);
      const record: TokenRecord = {
        id: newTokenId(random),
        name: archetype.name,
        prefix: prefixOf(newSecret(random, mode)),
        scopes: archetype.scopes.filter((scope) => scopeIds.includes(scope)),
        createdAt: Math.floor(createdAt / SECOND) * SECOND,
        createdBy: archetype.createdBy,
        expiresAt:
          archetype.expires === undefined
            ? null
            : replacement // the end of the default grace period
              ? replacement.record.createdAt + DEFAULT_GRACE_SECONDS * SECOND
              : now + archetype.expires,
        lastUsedAt: null,
        lastUsedIp: null,
        revokedAt: archetype.revoked === undefined ? null : now + archetype.revoked + jitter(),
        replacedBy: replacement?.record.id ?? null,
      };
      const profile: TrafficProfile = {
        userAgent: archetype.userAgent,
        // The replacement runs in the same integration, from the same addresses.
        ips: replacement?.profile.ips ?? profileIps(random, archetype.ips, archetype.ipv6),
        routes: archetype.routes,
      };
      const stopped = Math.min(record.revokedAt ?? now, record.expiresAt ?? now, now);
      const lastCall =
        archetype.rate === 0
          ? null
          : archetype.lastUse === undefined
            ? stopped
            : now + archetype.lastUse;
      members.unshift({ record, archetype, profile, lastCall });
    }
    seeded.push(...members);
  }

  const pools = resourcePools(random);
  const logs = seedLogs(config, seeded, pools, random);
  return {
    tokens: seeded.map(({ record }) => record),
    logs,
    profiles: new Map(seeded.map(({ record, profile }) => [record.id, profile])),
    rates: new Map(seeded.map(({ record, archetype }) => [record.id, archetype.rate])),
    pools,
  };
}

/** When each token's traffic ran, clipped to the log window. */
function segmentsOf(seeded: SeededToken[], windowStart: number, now: number): Segment[] {
  const segments: Segment[] = [];
  const add = (token: number, kind: TrafficKind, from: number, to: number, rate: number) => {
    const start = Math.max(from, windowStart);
    const end = Math.min(to, now);
    if (end > start && rate > 0) {
      segments.push({ token, kind, from: start, to: end, mass: (rate * (end - start)) / DAY });
    }
  };
  seeded.forEach(({ record, archetype, lastCall }, index) => {
    const stopped = Math.min(record.revokedAt ?? now, record.expiresAt ?? now, now);
    if (lastCall !== null) add(index, 'normal', record.createdAt, lastCall, archetype.rate);
    if (archetype.afterlife) {
      const { duration, rate } = archetype.afterlife;
      add(index, 'unauthorized', stopped, stopped + duration, rate);
    }
    if (archetype.forbidden) {
      const { at, duration, rate } = archetype.forbidden;
      add(index, 'forbidden', now + at, now + at + duration, rate);
    }
  });
  return segments;
}

/**
 * Business hours (UTC) see more traffic than nights and weekends. Called for most of the draws,
 * it reads the UTC hour, minute and weekday by arithmetic rather than through a `Date`: the same
 * figures, without an object a draw.
 */
function busyness(time: number): number {
  const days = Math.floor(time / DAY);
  const minutes = Math.floor((time - days * DAY) / MINUTE);
  const hour = Math.floor(minutes / 60) + (minutes % 60) / 60;
  // 1 January 1970 was a Thursday (4); Sunday is 0 and Saturday 6, as `getUTCDay` counts.
  const weekday = (((days + 4) % 7) + 7) % 7;
  const weekend = weekday === 0 || weekday === 6;
  const daytime = hour >= 6 && hour <= 20 ? Math.sin((Math.PI * (hour - 6)) / 14) : 0;
  return (0.25 + 0.75 * daytime) * (weekend ? 0.45 : 1);
}

function seedLogs(
  config: SeedConfig,
  seeded: SeededToken[],
  pools: ResourcePools,
  random: Random,
): LogRecord[] {
  const { now } = config;
  const segments = segmentsOf(seeded, now - config.logDays * DAY, now);
  const count = segments.length === 0 ? 0 : config.logEntries;
  // Each draw is a (time, segment) pair packed into one float, `time * slots + segment`, so that
  // a native numeric sort of a Float64Array orders 100 000 of them in milliseconds.
  const slots = 2 ** Math.ceil(Math.log2(segments.length + 1));
  if ((Math.abs(now) + DAY) * slots > Number.MAX_SAFE_INTEGER) {
    throw new RangeError('Too many seeded tokens for the access log at this clock.');
  }
  const cumulative = new Float64Array(segments.length);
  let total = 0;
  segments.forEach((segment, i) => (cumulative[i] = total += segment.mass));
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const index = lowerBound(cumulative, random() * total);
    const { from, to } = itemAt(segments, index);
    const long = to - from > 2 * DAY;
    let time = from + Math.floor(random() * (to - from));
    for (let attempt = 0; long && attempt < 6 && random() > busyness(time); attempt++) {
      time = from + Math.floor(random() * (to - from));
    }
    keys[i] = time * slots + index;
  }
  keys.sort();

  // An outage of the whole API, six and a half days ago.
  const incidentStart = now - 6.5 * DAY;
  const incidentEnd = incidentStart + 25 * MINUTE;
  const logs: LogRecord[] = new Array(count);
  keys.forEach((key, i) => {
    const time = Math.floor(key / slots);
    const segment = itemAt(segments, key - time * slots);
    const token = itemAt(seeded, segment.token);
    const incident = time >= incidentStart && time < incidentEnd;
    const { method, path, status, ip, userAgent, durationMs } = generateRequest(
      random,
      token.profile,
      pools,
      segment.kind,
      incident,
    );
    const seq = i + 1;
    // Every field named (no spread): one shape for all the records, made at a fraction of the cost.
    logs[count - seq] = {
      seq,
      time,
      tokenId: token.record.id,
      tokenName: token.record.name,
      tokenPrefix: token.record.prefix,
      method,
      path,
      status,
      ip,
      userAgent,
      durationMs,
      requestId: null,
    };
    // Oldest to newest: the last write per token is its newest entry.
    token.record.lastUsedAt = time;
    token.record.lastUsedIp = ip;
  });
  // Tokens whose traffic ended before the log window still have a last use.
  for (const { record, profile, lastCall } of seeded) {
    if (record.lastUsedAt === null && lastCall !== null && lastCall > record.createdAt) {
      record.lastUsedAt = Math.floor(lastCall / SECOND) * SECOND;
      record.lastUsedIp = profile.ips[0] ?? null;
    }
  }
  return logs;
}

/** The first index whose cumulative value exceeds `value`. */
function lowerBound(cumulative: Float64Array, value: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (itemAt(cumulative, mid) > value) high = mid;
    else low = mid + 1;
  }
  return low;
}
