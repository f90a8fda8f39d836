/**
 * Deterministic randomness for the fake. Nothing in the fake's data comes from `Math.random`:
 * the same seed always gives the same tokens, log entries, secrets and fault draws.
 */
import { itemAt } from './item-at.js';

/** A source of numbers in [0, 1). */
export type Random = () => number;

/** mulberry32: a tiny, fast 32-bit PRNG; plenty for fake data, useless for cryptography. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A bijective 32-bit integer hash (the "lowbias32" finalizer): distinct inputs, distinct outputs. */
export function mix32(value: number): number {
  let x = value >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** An independent stream for one purpose (seeding, ids, faults…) derived from the user's seed. */
export function streamSeed(seed: number, stream: number): number {
  return mix32(mix32(seed) ^ Math.imul(stream, 0x9e3779b1));
}

export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `length` random base62 characters. */
export function base62(random: Random, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += BASE62[Math.floor(random() * 62)];
  return out;
}

/**
 * `length` (at least 6) base62 characters that are distinct for distinct `n` under one `salt`:
 * the first six encode a bijective hash of `n`, the rest are noise. For ids derived lazily from a
 * sequence number, so 100 000 log entries need no id strings until a page shows them.
 */
export function uniqueBase62(salt: number, n: number, length: number): string {
  let x = mix32((salt + n) >>> 0);
  let out = '';
  for (let i = 0; i < 6; i++) {
    out = BASE62[x % 62] + out;
    x = Math.floor(x / 62);
  }
  return out + base62(mulberry32(mix32(salt ^ n) ^ 0x5bd1e995), length - 6);
}

/** An integer in [min, max]. */
export function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return itemAt(items, Math.floor(random() * items.length));
}

/** One item, drawn with probability proportional to its weight. */
export function weighted<T>(random: Random, items: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, weight] of items) total += weight;
  let draw = random() * total;
  for (const [item, weight] of items) {
    draw -= weight;
    if (draw < 0) return item;
  }
  // Rounding can leave a sliver of the total: the last item takes it.
  return itemAt(items, items.length - 1)[0];
}

/** A log-normal-ish duration: `median` ms, with a long tail, never below `min`. */
export function duration(random: Random, median: number, min = 1): number {
  // Sum of three uniforms is a cheap bell curve; exponentiate for the long tail.
  const bell = (random() + random() + random() - 1.5) * 1.2;
  return Math.max(min, Math.round(median * Math.exp(bell)));
}
