/** The fake's clock. Token status (`expired`) and every timestamp the fake writes come from it. */
export interface FakeClock {
  /** Milliseconds since the epoch, as the fake sees it. */
  now(): number;
  /** Jumps to a point in time (backwards too). */
  set(ms: number | Date): void;
  /** Moves forward by `ms` milliseconds. */
  advance(ms: number): void;
}

export class ManualClock implements FakeClock {
  #now: number;

  constructor(readonly start: number) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  set(ms: number | Date): void {
    const value = typeof ms === 'number' ? ms : ms.getTime();
    if (!Number.isFinite(value)) throw new RangeError(`clock.set: ${String(ms)} is not a time.`);
    this.#now = value;
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms)) throw new RangeError(`clock.advance: ${ms} is not a duration.`);
    this.#now += ms;
  }

  reset(): void {
    this.#now = this.start;
  }
}

export const iso = (ms: number): string => new Date(ms).toISOString();
