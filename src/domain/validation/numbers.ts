import { cleanNumber } from "../numbers";

/**
 * Numbers by the unit in the prop's name: a ratio is 0 to 1, a percent 0 to 100; a percent given for a ratio (95
 * for 0.95) and a ratio for a percent are named as such. NaN and ±Infinity are never a number a prop takes.
 */

/** Whether a value is a finite number. */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** What is wrong with a ratio (0 to 1, ends as given), or undefined. */
export function ratioProblem(value: number, ends: { readonly zero?: boolean; readonly one?: boolean } = {}): string | undefined {
  const zero = ends.zero ?? true;
  const one = ends.one ?? true;
  if ((zero ? value >= 0 : value > 0) && (one ? value <= 1 : value < 1)) {
    return undefined;
  }
  const range = `${zero ? "from" : "above"} 0 ${one ? "to" : "and below"} 1`;
  const fix = value > 1 && value <= 100 ? `as a percentage, ${value}% is ${cleanNumber(value / 100)}` : "e.g. 0.8 for 80%";
  return `${value} is not a ratio ${range}; ${fix}`;
}

/**
 * What is wrong with a percent (0 to 100, ends as given), or undefined; a ratio given for a percent is named. The
 * example in the message is 80 unless given (an objective's is 99.9).
 */
export function percentProblem(value: number, ends: { readonly zero?: boolean; readonly hundred?: boolean; readonly example?: number } = {}): string | undefined {
  const zero = ends.zero ?? true;
  const hundred = ends.hundred ?? true;
  if ((zero ? value >= 0 : value > 0) && (hundred ? value <= 100 : value < 100)) {
    return undefined;
  }
  const example = ends.example ?? 80;
  return `${value} is not a percentage ${zero ? "from" : "above"} 0 ${hundred ? "to" : "and below"} 100; e.g. ${example} for ${example}%`;
}
