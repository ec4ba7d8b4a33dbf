import { Duration } from "../duration";

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

/** The bound in RUM's unit, or the problem with it (a number where a duration is due, a unit on a score). */
function parseBound(vital: CoreWebVital, which: "good" | "poor", input: VitalBoundInput): number | string {
  const where = `vitals.${vital}.${which}`;
  if (VITALS[vital].unit === "score") {
    return typeof input === "number" && Number.isFinite(input) && input >= 0
      ? input
      : `${where}: ${JSON.stringify(input)} is not a layout-shift score; CLS has no unit, write a number like ${VITALS.cls.google[which]}`;
  }
  if (typeof input === "number") {
    return `${where}: ${input} has no unit (RUM measures durations in nanoseconds, so a bare number is ambiguous); write a duration with its unit, e.g. "${input}ms"`;
  }
  try {
    return rumNanoseconds(Duration.parse(input));
  } catch (error) {
    return `${where}: ${(error as Error).message}`;
  }
}

/** A vital's thresholds from what was declared (Google's where nothing is), or the problems with them. */
export function parseVitalThresholds(
  vital: CoreWebVital,
  input: { readonly good?: VitalBoundInput; readonly poor?: VitalBoundInput } = {},
): { thresholds?: VitalThresholds; problems: string[] } {
  const goodInput = input.good ?? VITALS[vital].google.good;
  const poorInput = input.poor ?? VITALS[vital].google.poor;
  const good = parseBound(vital, "good", goodInput);
  const poor = parseBound(vital, "poor", poorInput);
  const problems = [good, poor].filter((bound): bound is string => typeof bound === "string");
  if (problems.length > 0) {
    return { problems };
  }
  if ((good as number) >= (poor as number)) {
    return { problems: [`vitals.${vital}: good (${goodInput}) must be below poor (${poorInput}); between them is "needs improvement"`] };
  }
  return { thresholds: { vital, good: good as number, poor: poor as number, goodText: String(goodInput), poorText: String(poorInput) }, problems: [] };
}
