import { z } from "zod";
import type { StatusPageProps } from "../status-page/status-page-props";
import { alertLabelProblem } from "../names/alert-labels";
import { labelNameProblem } from "../validation/prometheus";
import { annotationText, duration, owner, percent, propsSchema, serviceName, severity, text, validatedBy, webAddress, wholeNumber } from "../validation/schema";
import { RESERVED_SLO_LABELS } from "./reserved-slo-labels";
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

/** Labels and annotations: text by name (the alerting's names and values are checked by parse, against Watchkeeper's own). */
const texts = z.record(z.string(), z.string());
/** The SLO's own labels: Prometheus label names, none Watchkeeper sets itself. */
const labels = z.record(validatedBy((what, name) => labelNameProblem(what, name, RESERVED_SLO_LABELS)), z.string());

const alert = propsSchema<SloAlertProps>()({ disable: z.boolean().optional(), labels: texts.optional(), annotations: texts.optional() });

/** A burn-rate window: from 1m to 90d, the longest period. */
const window = duration({ min: "1m", max: "90d" });

/**
 * The schema of a ServiceSlo's props: every prop's type, the severities, web addresses, the service and name
 * (alert labels), the description (annotation text), the labels' names, the objective (a percent
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
    latency: propsSchema<LatencySliProps>()({ histogram: text, threshold: z.string(), buckets: z.array(z.union([z.number(), z.string()])).optional() }).optional(),
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
    name: z.string().optional(),
    labels: texts.optional(),
    annotations: texts.optional(),
    page: alert.optional(),
    ticket: alert.optional(),
  }).optional(),
}) satisfies z.ZodType<ServiceSloProps>;
