import { Duration } from "../duration";
import { durationProblem } from "../validation/durations";

/**
 * Google's Core Web Vitals, as Datadog RUM measures them on view events: Largest Contentful Paint and Interaction
 * to Next Paint are durations, Cumulative Layout Shift is a unitless score. Google rates each at the 75th
 * percentile of page loads: good at or below the first bound, poor above the second, "needs improvement" between.
 */
export type CoreWebVital = "lcp" | "inp" | "cls";

/** The vitals in the order dashboards, metrics and monitors list them. */
export const CORE_WEB_VITALS: readonly CoreWebVital[] = ["lcp", "inp", "cls"];

/** How a vital is named and measured. */
export interface VitalDefinition {
  /** The vital's name for people: "Largest Contentful Paint". */
  readonly title: string;
  /** Whether the vital is a duration (a Duration string) or a unitless score (a plain number). */
  readonly unit: "duration" | "score";
  /** Google's bounds, as a user would write them. */
  readonly google: { readonly good: string | number; readonly poor: string | number };
}

export const VITALS: Readonly<Record<CoreWebVital, VitalDefinition>> = {
  lcp: { title: "Largest Contentful Paint", unit: "duration", google: { good: "2500ms", poor: "4s" } },
  inp: { title: "Interaction to Next Paint", unit: "duration", google: { good: "200ms", poor: "500ms" } },
  cls: { title: "Cumulative Layout Shift", unit: "score", google: { good: 0.1, poor: 0.25 } },
};

/** Nanoseconds per millisecond: RUM stores every duration in nanoseconds. */
const NANOSECONDS_PER_MILLISECOND = 1_000_000;

/**
 * A duration in RUM's unit, nanoseconds: the one conversion of the codebase (2500ms → 2 500 000 000). Every RUM
 * threshold that is a time goes through it.
 */
export function rumNanoseconds(duration: Duration): number {
  return duration.milliseconds * NANOSECONDS_PER_MILLISECOND;
}

/** A vital's bounds in RUM's units: nanoseconds for durations, the score itself for CLS. */
export interface VitalThresholds {
  readonly vital: CoreWebVital;
  /** At or below: good. Above: "needs improvement" (a warning). */
  readonly good: number;
  /** Above: poor (an alert). */
  readonly poor: number;
  /** The bounds as declared, for messages and dashboards: "2500ms", "4s", "0.1". */
  readonly goodText: string;
  readonly poorText: string;
}

/** A bound as declared: a Duration string for a time vital, a plain number for CLS. */
export type VitalBoundInput = string | number;

/** The longest a time vital's bound may be: far beyond any page a user waits for. */
const LONGEST_BOUND = "1m";

/**
 * What is wrong with a declared bound on its own (a number where a duration is due, a unit on a score, a duration
 * out of bounds), without the prop's name; or undefined.
 */
export function vitalBoundProblem(vital: CoreWebVital, which: "good" | "poor", input: unknown): string | undefined {
  if (VITALS[vital].unit === "score") {
    return typeof input === "number" && Number.isFinite(input) && input >= 0
      ? undefined
      : `${JSON.stringify(input)} is not a layout-shift score; CLS has no unit, write a number like ${VITALS.cls.google[which]}`;
  }
  if (typeof input === "number") {
    return `${input} has no unit (RUM measures durations in nanoseconds, so a bare number is ambiguous); write a duration with its unit, e.g. "${input}ms"`;
  }
  return typeof input === "string" ? durationProblem(input, { max: LONGEST_BOUND }) : `is not a duration; write it with its unit, e.g. "${VITALS[vital].google[which]}"`;
}

/** A bound in RUM's unit; undefined for one that has a problem on its own (which the props' schema reports). */
function inRumUnits(vital: CoreWebVital, input: VitalBoundInput): number | undefined {
  if (VITALS[vital].unit === "score") {
    return typeof input === "number" ? input : undefined;
  }
  if (typeof input === "number") {
    return undefined;
  }
  try {
    return rumNanoseconds(Duration.parse(input));
  } catch {
    return undefined;
  }
}

/** A vital's thresholds from what was declared (Google's where nothing is), or the problem of their order. */
export function parseVitalThresholds(
  vital: CoreWebVital,
  input: { readonly good?: VitalBoundInput; readonly poor?: VitalBoundInput } = {},
): { thresholds?: VitalThresholds; problems: string[] } {
  const goodInput = input.good ?? VITALS[vital].google.good;
  const poorInput = input.poor ?? VITALS[vital].google.poor;
  const good = inRumUnits(vital, goodInput);
  const poor = inRumUnits(vital, poorInput);
  if (good === undefined || poor === undefined) {
    return { problems: [] };
  }
  if (good >= poor) {
    return { problems: [`vitals.${vital}: good (${goodInput}) must be below poor (${poorInput}); between them is "needs improvement"`] };
  }
  return { thresholds: { vital, good, poor, goodText: String(goodInput), poorText: String(poorInput) }, problems: [] };
}
