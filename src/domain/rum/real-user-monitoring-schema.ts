import { z } from "zod";
import { oneOf, owner, propsSchema, severity, webAddress } from "../validation/schema";
import type { CoreWebVitalsProps, JourneyProps, PercentBoundsProps, RealUserMonitoringProps, RumSatisfactionProps } from "./real-user-monitoring-props";
import { RUM_APPLICATION_TYPES } from "./rum-application";

const bounds = <T extends z.ZodType>(value: T) => z.strictObject({ good: value.optional(), poor: value.optional() });
/** A vital's timing bound: a duration; a bare number (which unit it lacks) is parse's to explain. */
const timing = z.custom<string>((value) => typeof value === "string" || (typeof value === "number" && Number.isFinite(value)), { message: "is not a duration; write it with its unit, e.g. \"2500ms\"" });
const percentBounds = propsSchema<PercentBoundsProps>()({ warning: z.number().optional(), alert: z.number().optional() });

/**
 * The schema of a RealUserMonitoring's props: every prop's type, application types, severities, finite numbers and
 * an anchored runbook address; parse checks the vitals, percentages and journeys against each other.
 */
export const realUserMonitoringSchema = propsSchema<RealUserMonitoringProps>()({
  service: z.string(),
  name: z.string(),
  type: oneOf(RUM_APPLICATION_TYPES).optional(),
  owner: owner.optional(),
  runbookUrl: webAddress().optional(),
  severity: severity.optional(),
  vitals: propsSchema<CoreWebVitalsProps>()({ lcp: bounds(timing).optional(), inp: bounds(timing).optional(), cls: bounds(z.number()).optional() }).optional(),
  viewGroups: z.array(z.string()).optional(),
  sessionSamplePercent: z.number().optional(),
  errorSessionsPercent: percentBounds.optional(),
  crashFreeSessionsPercent: percentBounds.optional(),
  journeys: z.array(propsSchema<JourneyProps>()({ name: z.string(), steps: z.array(z.string()), dropPercent: z.number().optional(), window: z.string().optional() })).optional(),
  satisfaction: propsSchema<RumSatisfactionProps>()({ gauge: z.string(), atLeast: z.number(), of: z.number().optional() }).optional(),
  tags: z.record(z.string(), z.string()).optional(),
}) satisfies z.ZodType<RealUserMonitoringProps>;
