import { Duration } from "../duration";
import { SLO_METRICS } from "../slo/slo-rules";
import type { FieldValue } from "./output-item";

/** The start of the event-count series' names that low-traffic guards compare (`slo:sli_events:increase1h >= 167`). */
const EVENT_COUNT_PREFIX = SLO_METRICS.events(Duration.hours(1)).slice(0, -"1h".length);

/**
 * Terraform resource types whose vendor object keeps history a destroy loses: an SLO's and a monitor's status and
 * events, a dashboard's versions, a PagerDuty service's incidents, a PagerDuty schedule's overrides and past shifts,
 * a synthetic test's results, a Sentry project's issues. The history guard checks them at synth, the terraform
 * target sets `prevent_destroy` on them, and `watchkeeper diff` flags their destroy.
 */
export const HISTORY_KEEPING_TYPES: ReadonlySet<string> = new Set([
  "datadog_dashboard",
  "datadog_dashboard_json",
  "datadog_monitor",
  "datadog_service_level_objective",
  "datadog_synthetics_test",
  "grafana_dashboard",
  "grafana_slo",
  "pagerduty_schedule",
  "pagerduty_service",
  "sentry_project",
]);

/** Terraform resource types that are alerts: removing one silences what it watched. */
export const ALERT_TYPES: ReadonlySet<string> = new Set([
  "datadog_monitor",
  "datadog_synthetics_test",
  "elasticstack_kibana_alerting_rule",
  "sentry_issue_alert",
  "sentry_metric_alert",
]);

/** Terraform resource types that decide where an alert goes: any change or destroy re-routes alerts. */
export const ROUTE_TYPES: ReadonlySet<string> = new Set([
  "datadog_integration_pagerduty_service_object",
  "pagerduty_escalation_policy",
  "pagerduty_event_orchestration",
  "pagerduty_event_orchestration_router",
  "pagerduty_event_orchestration_service",
  "pagerduty_service_integration",
]);

/** Terraform resource types whose appearance mutes alerts. */
export const MUTING_TYPES: ReadonlySet<string> = new Set(["datadog_downtime", "datadog_downtime_schedule", "pagerduty_maintenance_window"]);

/** A number written as a number or as numeric text (Datadog thresholds and priorities are strings). */
export function numeric(value: FieldValue | undefined): number | undefined {
  if (typeof value === "number") {
    return value;
  }
  return typeof value === "string" && /^-?\d+(\.\d+)?(e-?\d+)?$/i.test(value.trim()) ? Number(value) : undefined;
}

/** The last segment of a field path, without list indexes: `thresholds[0].target` → `target`. */
export const lastSegment = (path: string): string => path.replace(/\[\d+\]/g, "").split(".").pop() ?? path;

/** How loud a severity is: page 3, ticket 2, info 1; undefined for text that is no severity (a template). */
export function severityRank(severity: string): number | undefined {
  const ranks: Record<string, number> = { page: 3, critical: 3, ticket: 2, warning: 2, error: 2, info: 1, none: 0 };
  return ranks[severity.toLowerCase()];
}

/**
 * The severity a field states: a `severity` field's value, or the `severity:<level>` entry of a tag list.
 * Undefined when it states none.
 */
export function statedSeverity(path: string, value: FieldValue | undefined): string | undefined {
  if (lastSegment(path) === "severity" && typeof value === "string") {
    return value;
  }
  if (Array.isArray(value)) {
    const tag = value.find((entry) => typeof entry === "string" && entry.startsWith("severity:"));
    return typeof tag === "string" ? tag.slice("severity:".length) : undefined;
  }
  return undefined;
}

/** The people and services a notification text mentions (`@pagerduty-checkout`, `@slack-ops`, `@ana@example.com`). */
export function mentions(text: string): string[] {
  return [...new Set(text.match(/(?<![\w.])@[\w.@-]*\w/g) ?? [])].sort();
}

/** A comparison against a number in a query or PromQL expression: `> 14.4`, `>= 167`, `< (0.5 * …)` reads 0.5. */
export interface Comparison {
  readonly operator: ">" | ">=" | "<" | "<=";
  readonly value: number;
}

/**
 * The thresholds of an expression: its comparisons with a number on their right, in order of appearance, except
 * the low-traffic guards on an SLO's event counts (a stricter objective raises them; they are no alert threshold).
 */
export function comparisons(expression: string): Comparison[] {
  const pattern = /([\w:]+)?(?:\{[^}]*\})?\)*\s*(>=|<=|>|<)\s*\(?\s*(-?\d+(?:\.\d+)?(?:e-?\d+)?)(?![\w.])/gi;
  return [...expression.matchAll(pattern)]
    .filter((match) => !(match[1] ?? "").startsWith(EVENT_COUNT_PREFIX))
    .map((match) => ({ operator: match[2] as Comparison["operator"], value: Number(match[3]) }));
}

/** An objective as a percentage: ratios written as 0.999 read as 99.9. */
export const asPercent = (objective: number): number => (objective <= 1 ? Number((objective * 100).toPrecision(12)) : objective);

/** An objective a field states: a `target`, `objective` or `sloth_objective` field, or Sloth's `vector(0.999)` record. */
export function statedObjective(path: string, value: FieldValue | undefined, record: FieldValue | undefined): number | undefined {
  if (["target", "objective", "sloth_objective", "slo_target"].includes(lastSegment(path))) {
    const number = numeric(value);
    return number === undefined ? undefined : asPercent(number);
  }
  if (path === "expr" && record === SLO_METRICS.objective && typeof value === "string") {
    const match = /^vector\((\d+(?:\.\d+)?)\)$/.exec(value.trim());
    return match === null ? undefined : asPercent(Number(match[1]));
  }
  return undefined;
}
