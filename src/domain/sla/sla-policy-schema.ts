import { z } from "zod";
import type { SloReference } from "../slo/slo-reference";
import type { FlowReference } from "../synthetics/flow-reference";
import { quoted } from "../quoted";
import { slug } from "../naming";
import { checkedText, clockTime, duration, oneOf, percent, propsSchema, reference, timeZone, wholeNumber } from "../validation/schema";
import { localDateParts } from "./parse-sla";
import { WEEKDAYS } from "./sla-spec";
import type { CreditTier, SlaDowntimeProps, SlaMaintenanceProps, SlaPolicyProps, WeeklyWindow } from "./sla-policy-props";

const WEEK_MINUTES = 7 * 24 * 60;

/** The SLA's name: a slug, since it names series and files. */
const name = checkedText((value) => (slug(value) === value ? undefined : `${quoted(value)} is not a slug (it names series and files); use ${quoted(slug(value))}`));
/** A wall-clock date and time, `2026-11-14T22:00` (the SLA's zone places it). */
const localDateTime = checkedText((value) =>
  localDateParts(value) === undefined ? `${quoted(value)} is not a local date and time; write it as YYYY-MM-DDTHH:MM, e.g. 2026-11-14T22:00` : undefined,
);

/**
 * The schema of an SlaPolicy's props: every prop's type; the name (a slug), the time zone; the target, error and
 * credit percentages; the outage (whole minutes, 1m to 1d) and the window (1m to 1h); the maintenance windows'
 * days, times and lengths. Parse checks the thresholds, tiers, objectives and dated windows against each other.
 */
export const slaPolicySchema = propsSchema<SlaPolicyProps>()({
  name,
  title: z.string().optional(),
  service: z.string(),
  targetPercent: percent({ zero: false, hundred: false, example: 99.9 }),
  timeZone: timeZone.optional(),
  downtime: propsSchema<SlaDowntimeProps>()({
    slos: z.array(reference<SloReference>("a ServiceSlo", "sloId")).optional(),
    flows: z.array(reference<FlowReference>("a CriticalUserFlow or ApiHealthCheck", "flowId")).optional(),
    downErrorPercent: percent({ zero: false, example: 50 }).optional(),
    degradedErrorPercent: percent({ zero: false, example: 5 }).optional(),
    degradedCounts: z.boolean().optional(),
    // Downtime is measured per minute.
    minimumOutage: duration({ min: "1m", max: "1d", step: "1m" }).optional(),
    // Each minute's error ratio is measured over it.
    window: duration({ min: "1m", max: "1h" }).optional(),
  }),
  maintenance: propsSchema<SlaMaintenanceProps>()({
    weekly: z.array(propsSchema<WeeklyWindow>()({ day: oneOf(WEEKDAYS), start: clockTime, durationMinutes: wholeNumber(1, WEEK_MINUTES - 1) })).optional(),
    dated: z.array(z.strictObject({ start: localDateTime, end: localDateTime })).optional(),
  }).optional(),
  creditTiers: z.array(propsSchema<CreditTier>()({ belowPercent: percent({ zero: false, example: 99.9 }), creditPercent: percent({ zero: false, example: 10 }) })).optional(),
  internalObjectives: z.array(reference<SloReference>("a ServiceSlo", "sloId")),
  labels: z.record(z.string(), z.string()).optional(),
}) satisfies z.ZodType<SlaPolicyProps>;
