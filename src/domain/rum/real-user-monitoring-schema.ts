import { z } from "zod";
import { slugProblem } from "../names/slugs";
import { checkedText, duration, oneOf, owner, percent, positive, propsSchema, severity, validatedBy, webAddress } from "../validation/schema";
import type { CoreWebVitalsProps, JourneyProps, PercentBoundsProps, RealUserMonitoringProps, RumSatisfactionProps, VitalBoundsProps } from "./real-user-monitoring-props";
import { vitalBoundProblem, type CoreWebVital } from "./vitals";
import { RUM_APPLICATION_TYPES } from "./rum-application";
import { viewGroupProblem } from "./parse-rum";

/** A vital's bound: a duration with its unit (LCP, INP, at most 1m) or a score (CLS); the message says which. */
const bound = <T extends string | number>(vital: CoreWebVital, which: "good" | "poor") =>
  z.custom<T>().superRefine((value, context) => {
    const problem = vitalBoundProblem(vital, which, value);
    if (problem !== undefined) {
      context.addIssue({ code: "custom", message: problem });
    }
  });
const bounds = <T extends string | number>(vital: CoreWebVital) => propsSchema<VitalBoundsProps<T>>()({ good: bound<T>(vital, "good").optional(), poor: bound<T>(vital, "poor").optional() });
/** A percentage of sessions, above 0 and at most 100. */
const sessionsPercent = (example: number) => percent({ zero: false, example });
const percentBounds = (warning: number, alert: number) =>
  propsSchema<PercentBoundsProps>()({ warning: sessionsPercent(warning).optional(), alert: sessionsPercent(alert).optional() });
/** A name that makes a slug (for file and vendor names). */
const slugged = validatedBy(slugProblem);
/** A view group as RUM reports it. */
const viewGroup = checkedText(viewGroupProblem);

const journey = propsSchema<JourneyProps>()({
  name: slugged,
  steps: z.array(viewGroup).refine((steps) => steps.length >= 2, { message: 'a journey needs at least two views to convert between, e.g. ["/login", "/plans/new"]' }),
  dropPercent: percent({ zero: false, hundred: false, example: 20 }).optional(),
  // Datadog compares the window's conversion with the week before.
  window: duration({ min: "5m", max: "1d" }).optional(),
});

/**
 * The schema of a RealUserMonitoring's props: every prop's type, application types, severities, an anchored
 * runbook address; the vitals' bounds (durations with their unit up to 1m, or CLS scores); the name and journey names (slugs), view groups, the sample rate and the sessions' bounds
 * (percentages above 0), a journey's steps (two or more), drop (a percentage) and window (5m to 1d), and the
 * satisfaction scores (above 0). Parse checks the vitals' and sessions' bounds, journeys and scores against each
 * other and the application's type.
 */
export const realUserMonitoringSchema = propsSchema<RealUserMonitoringProps>()({
  service: z.string(),
  name: slugged,
  type: oneOf(RUM_APPLICATION_TYPES).optional(),
  owner: owner.optional(),
  runbookUrl: webAddress().optional(),
  severity: severity.optional(),
  vitals: propsSchema<CoreWebVitalsProps>()({ lcp: bounds<string>("lcp").optional(), inp: bounds<string>("inp").optional(), cls: bounds<number>("cls").optional() }).optional(),
  viewGroups: z.array(viewGroup).optional(),
  sessionSamplePercent: sessionsPercent(20).optional(),
  errorSessionsPercent: percentBounds(2, 5).optional(),
  crashFreeSessionsPercent: percentBounds(99.5, 99).optional(),
  journeys: z.array(journey).optional(),
  satisfaction: propsSchema<RumSatisfactionProps>()({ gauge: z.string(), atLeast: positive, of: positive.optional() }).optional(),
  tags: z.record(z.string(), z.string()).optional(),
}) satisfies z.ZodType<RealUserMonitoringProps>;
