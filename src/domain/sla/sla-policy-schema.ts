import { z } from "zod";
import type { SloReference } from "../slo/slo-reference";
import type { FlowReference } from "../synthetics/flow-reference";
import { propsSchema, reference } from "../validation/schema";
import type { CreditTier, SlaDowntimeProps, SlaMaintenanceProps, SlaPolicyProps, Weekday, WeeklyWindow } from "./sla-policy-props";

/**
 * The schema of an SlaPolicy's props: every prop's type and finite numbers; parse checks the percentages, times,
 * windows and tiers against each other, with the fix for each.
 */
export const slaPolicySchema = propsSchema<SlaPolicyProps>()({
  name: z.string(),
  title: z.string().optional(),
  service: z.string(),
  targetPercent: z.number(),
  timeZone: z.string().optional(),
  downtime: propsSchema<SlaDowntimeProps>()({
    slos: z.array(reference<SloReference>("a ServiceSlo", "sloId")).optional(),
    flows: z.array(reference<FlowReference>("a CriticalUserFlow or ApiHealthCheck", "flowId")).optional(),
    downErrorPercent: z.number().optional(),
    degradedErrorPercent: z.number().optional(),
    degradedCounts: z.boolean().optional(),
    minimumOutage: z.string().optional(),
    window: z.string().optional(),
  }),
  maintenance: propsSchema<SlaMaintenanceProps>()({
    // The weekday is parse's to check, with the week's days in its message.
    weekly: z.array(propsSchema<WeeklyWindow>()({ day: z.custom<Weekday>((day) => typeof day === "string", { message: "is not a weekday" }), start: z.string(), durationMinutes: z.number() })).optional(),
    dated: z.array(z.strictObject({ start: z.string(), end: z.string() })).optional(),
  }).optional(),
  creditTiers: z.array(propsSchema<CreditTier>()({ belowPercent: z.number(), creditPercent: z.number() })).optional(),
  internalObjectives: z.array(reference<SloReference>("a ServiceSlo", "sloId")),
  labels: z.record(z.string(), z.string()).optional(),
}) satisfies z.ZodType<SlaPolicyProps>;
