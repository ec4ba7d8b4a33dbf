/** Milliseconds per unit of the Prometheus duration syntax. */
const UNIT_MS: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
  y: 31_536_000_000,
};

/**
 * Units used when a duration is printed, largest first, as Prometheus prints them: years and weeks only when
 * they divide the whole duration (28d is "4w", 30d stays "30d"). Sloth names its rules the same way
 * (`slo:sli_error:ratio_rate4w`).
 */
const PRINT_UNITS = [
  ["y", true],
  ["w", true],
  ["d", false],
  ["h", false],
  ["m", false],
  ["s", false],
  ["ms", false],
] as const;

const DURATION_PATTERN = /^(?:\d+(?:ms|s|m|h|d|w|y))+$/;
const PART_PATTERN = /(\d+)(ms|s|m|h|d|w|y)/g;
/** One decimal amount of a unit, as histogram bucket bounds are often written: 2.5s, 1.5m, 0.25s. */
const DECIMAL_PATTERN = /^(\d*)\.(\d+)(ms|s|m|h|d|w|y)$/;

/** A length of time, parsed from and printed in Prometheus syntax ("30d", "1h30m", "500ms"). */
export class Duration {
  /** The length in milliseconds. */
  private constructor(readonly milliseconds: number) {}

  /** Parses Prometheus duration syntax; throws an error that quotes the text and shows valid examples. */
  static parse(text: string): Duration {
    const trimmed = text.trim();
    if (DECIMAL_PATTERN.test(trimmed)) {
      const whole = Duration.parseLatency(trimmed);
      throw new Error(`"${text}" has a decimal point, which Prometheus durations do not allow; write it as ${whole}`);
    }
    if (!DURATION_PATTERN.test(trimmed)) {
      throw new Error(`"${text}" is not a duration; write it like 30d, 6h, 1h30m or 500ms`);
    }
    let total = 0;
    for (const [, amount, unit] of trimmed.matchAll(PART_PATTERN)) {
      total += Number(amount) * UNIT_MS[unit];
    }
    if (total === 0) {
      throw new Error(`"${text}" is zero; a duration must be positive`);
    }
    return new Duration(total);
  }

  /**
   * Parses a latency threshold or bucket bound: Prometheus syntax, or one decimal amount of a unit as bucket
   * bounds are often written (2.5s is `le="2.5"`, 1.5m is `le="90"`), in whole milliseconds.
   */
  static parseLatency(text: string): Duration {
    const decimal = DECIMAL_PATTERN.exec(text.trim());
    if (decimal === null) {
      return Duration.parse(text);
    }
    const [, integer, fraction, unit] = decimal;
    const scaled = BigInt(`${integer}${fraction}`) * BigInt(UNIT_MS[unit]);
    const divisor = 10n ** BigInt(fraction.length);
    if (scaled % divisor !== 0n) {
      throw new Error(`"${text}" is not a whole number of milliseconds; write it like 2.5s or 2500ms`);
    }
    if (scaled === 0n) {
      throw new Error(`"${text}" is zero; a duration must be positive`);
    }
    return new Duration(Number(scaled / divisor));
  }

  /** A duration of a positive whole number of milliseconds; throws otherwise. */
  static ofMilliseconds(milliseconds: number): Duration {
    if (!Number.isInteger(milliseconds) || milliseconds <= 0) {
      throw new Error(`a duration must be a positive whole number of milliseconds, got ${milliseconds}`);
    }
    return new Duration(milliseconds);
  }

  /** A duration of so many minutes: `Duration.minutes(10)` is 10m. */
  static minutes(amount: number): Duration {
    return Duration.ofMilliseconds(amount * UNIT_MS.m);
  }

  /** A duration of so many hours. */
  static hours(amount: number): Duration {
    return Duration.ofMilliseconds(amount * UNIT_MS.h);
  }

  /** A duration of so many days. */
  static days(amount: number): Duration {
    return Duration.ofMilliseconds(amount * UNIT_MS.d);
  }

  /** The length in seconds, fractions included. */
  get seconds(): number {
    return this.milliseconds / UNIT_MS.s;
  }

  /** The length in minutes, fractions included. */
  get minutes(): number {
    return this.milliseconds / UNIT_MS.m;
  }

  /** The length in hours, fractions included. */
  get hours(): number {
    return this.milliseconds / UNIT_MS.h;
  }

  /** The length in days, fractions included. */
  get days(): number {
    return this.milliseconds / UNIT_MS.d;
  }

  /** Whether both durations are equally long, however they were written. */
  equals(other: Duration): boolean {
    return this.milliseconds === other.milliseconds;
  }

  /** Prometheus syntax, largest units first: 30d, 4w, 1d12h, 5m, 500ms. */
  toString(): string {
    let rest = this.milliseconds;
    let text = "";
    for (const [unit, onlyWhole] of PRINT_UNITS) {
      const size = UNIT_MS[unit];
      if (onlyWhole && rest % size !== 0) {
        continue;
      }
      const amount = Math.floor(rest / size);
      if (amount > 0) {
        text += `${amount}${unit}`;
        rest -= amount * size;
      }
    }
    return text;
  }
}
