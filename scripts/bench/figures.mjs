/**
 * How the bench prints a figure: `median (min–max, n runs)`, beside its baseline, with the goal it
 * is held to and whether the medians meet it (✔/✖). The bench asserts nothing: a goal missed is
 * printed, never thrown.
 *
 * A measurement stopped at its cap is `Infinity` and prints as `> cap`.
 */

/** The median (the upper one of an even count), the fastest and the slowest of `values`. */
export function summary(values) {
  const sorted = values.toSorted((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)],
    min: sorted[0],
    max: sorted.at(-1),
    n: sorted.length,
  };
}

/** `p` (0–1) of `values`, nearest rank. */
export const percentile = (values, p) =>
  values.toSorted((a, b) => a - b)[Math.max(0, Math.ceil(p * values.length) - 1)];

/** Milliseconds for reading: µs below 1 ms, one decimal below 10 ms, seconds from 10 s. */
export function ms(value, cap = 60_000) {
  if (value === Infinity) return `> ${ms(cap)}`;
  if (value < 1) return `${Math.round(value * 1000)} µs`;
  if (value < 10) return `${value.toFixed(1)} ms`;
  if (value < 10_000) return `${Math.round(value).toLocaleString('en')} ms`;
  return `${Number((value / 1000).toFixed(1))} s`;
}

/** Milliseconds to a tenth: frame times, whose differences are a few tenths. */
export const tenths = (value) => `${value.toFixed(1)} ms`;

/** A plain number (a count), rounded, with thousands separators. */
export const count = (value) => Math.round(value).toLocaleString('en');

/** `median (min–max, n runs)` of `values`, each printed by `unit`; `of`: what a value is, if not a run. */
export function spread(values, { unit = ms, of = 'run' } = {}) {
  const { median, min, max, n } = summary(values);
  if (n === 1) return `${unit(median)} (1 ${of})`;
  return `${unit(median)} (${unit(min)}–${unit(max)}, ${n} ${of}s)`;
}

/**
 * One goal: its words, and whether it holds. `holds` undefined: the figure could not be measured
 * (printed as such, not as a miss).
 */
export const goal = (words, holds) =>
  `goal ${words} ${holds === undefined ? '(not measured)' : holds ? '✔' : '✖'}`;

/** Prints `label: figure · part · part …`, the parts being a baseline, a goal, a note. */
export function report(label, figure, ...parts) {
  console.log([`${label}: ${figure}`, ...parts.filter(Boolean)].join(' · '));
}

/** A section heading, so that a long output reads in parts. */
export const heading = (text) => console.log(`\n## ${text}`);
