import { z } from "zod";
import type { StatusPageProps } from "../status-page/status-page-props";
import { alertLabelProblem } from "../names/alert-labels";
import { labelNameProblem } from "../validation/prometheus";
import { annotationText, checkedNumber, checkedText, duration, latency, owner, percent, prometheusLabelName, propsSchema, serviceName, severity, text, validatedBy, webAddress, wholeNumber } from "../validation/schema";
import { RESERVED_ALERT_LABELS, RESERVED_SLO_LABELS } from "./reserved-slo-labels";
import type {
  BurnRateWindowProps,
  EventRatioSliProps,
  LatencySliProps,
  QuerySliProps,
  ServiceSloProps,
  SliProps,
  SloAlertingProps,
  SloAlertProps,
  SloOutputs,
} from "./service-slo-props";

/** Labels by Prometheus label name, none of those Watchkeeper sets itself. */
const labelsOutside = (reserved: readonly string[]) => z.record(validatedBy((what, name) => labelNameProblem(what, name, reserved)), z.string());
/** The SLO's own labels. */
const labels = labelsOutside(RESERVED_SLO_LABELS);
/** The burn-rate alerts' labels, and their annotations (by label name). */
const alertLabels = labelsOutside(RESERVED_ALERT_LABELS);
const annotations = z.record(prometheusLabelName, z.string());
/** An alert name Prometheus accepts. */
const alertName = checkedText((name) =>
  /^[a-zA-Z_][a-zA-Z0-9_]*$/.test(name) ? undefined : `"${name}" is not an alert name Prometheus accepts; use letters, digits and underscores, e.g. "CheckoutAvailabilityBurn"`,
);

/**
 * A latency threshold: at most 11d, since a bound from 1000000s on is spelled with an exponent, which the `le`
 * matchers would miss.
 */
const threshold = latency({ max: "11d" });
/** A histogram's bucket bound: seconds, or a latency with its unit. */
const bucket = z.union([checkedNumber((seconds) => (seconds > 0 ? undefined : `${seconds} is not a positive number of seconds; give finite bounds, without +Inf`)), threshold]);
const buckets = z.array(bucket).refine((bounds) => bounds.length > 0, { message: "give the histogram's bucket bounds, or leave buckets out" });

const alert = propsSchema<SloAlertProps>()({ disable: z.boolean().optional(), labels: alertLabels.optional(), annotations: annotations.optional() });

/** A burn-rate window: from 1m to 90d, the longest period. */
const window = duration({ min: "1m", max: "90d" });

/**
 * The schema of a ServiceSlo's props: every prop's type, the severities, web addresses, the service and name
 * (alert labels), the description (annotation text), the labels' names (the SLO's and its alerts', none that
 * Watchkeeper sets), the alert name, a latency threshold (up to 11d) and bucket bounds (above 0), the objective (a percent
 * that leaves an error budget), the period (1d to 90d), the windows (1m to 90d) and the budget they consume (a
 * percent), the low-traffic guard (a whole number); parse checks the SLI's PromQL, the windows against the period
 * and each other, and the names against each other.
 */
export const serviceSloSchema = propsSchema<ServiceSloProps>()({
  service: serviceName,
  // The slo label of its alerts, slugged into file and vendor names.
  name: validatedBy((what, name) => alertLabelProblem("slo", what, name)),
  objective: percent({ zero: false, hundred: false, example: 99.9 }),
  period: duration({ min: "1d", max: "90d" }).optional(),
  sli: propsSchema<SliProps>()({
    events: propsSchema<EventRatioSliProps>()({
      errors: text.optional(),
      good: text.optional(),
      total: z.string(),
    }).optional(),
    latency: propsSchema<LatencySliProps>()({ histogram: text, threshold, buckets: buckets.optional() }).optional(),
    query: propsSchema<QuerySliProps>()({ errorRatio: z.string(), totalEvents: text.optional() }).optional(),
  }),
  owner: owner.optional(),
  runbookUrl: webAddress().optional(),
  description: annotationText.optional(),
  labels: labels.optional(),
  minimumEventsForPage: wholeNumber().optional(),
  burnRateWindows: z.array(propsSchema<BurnRateWindowProps>()({ severity, budgetConsumedPercent: percent({ zero: false }), long: window, short: window })).optional(),
  outputs: propsSchema<SloOutputs>()({ prometheus: z.boolean().optional(), datadog: z.boolean().optional(), grafana: z.boolean().optional() }).optional(),
  datadogQuery: z.strictObject({ numerator: text, denominator: text }).optional(),
  statusPage: propsSchema<StatusPageProps>()({ component: annotationText, description: annotationText.optional() }).optional(),
  alerting: propsSchema<SloAlertingProps>()({
    name: alertName.optional(),
    labels: alertLabels.optional(),
    annotations: annotations.optional(),
    page: alert.optional(),
    ticket: alert.optional(),
  }).optional(),
}) satisfies z.ZodType<ServiceSloProps>;
