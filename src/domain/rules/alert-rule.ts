import type { Duration } from "../duration";
import { declared } from "../promql";
import { camelCase } from "../naming";
import type { AlertOwner, AlertSeverity } from "../routing/routing";
import type { AlertingRule } from "./rules";

/** The labels Watchkeeper sets on every alert, which routing and inhibition read; extra labels cannot replace them. */
const CONVENTION_LABELS = ["severity", "team", "service", "env"] as const;

/** What an alerting rule says, in the words of the team that declares it. */
export interface AlertRuleInput {
  /** The alert's name, in words or CamelCase: "orders consumer lag" becomes `OrdersConsumerLag`. */
  readonly name: string;
  /**
   * The PromQL expression (build it with `promql`, or write it: it is parsed then); the alert fires for every
   * series it returns.
   */
  readonly expr: string;
  /** `page` wakes someone up through the owner's PagerDuty service; `ticket` goes to its chat channel. */
  readonly severity: AlertSeverity;
  /**
   * How long the expression must keep returning a series before the alert fires.
   * @default none: the alert fires at the first evaluation that returns a series
   */
  readonly for?: Duration;
  /** The team that answers the alert; its name is the `team` label. */
  readonly owner: AlertOwner;
  /** The service the alert is about: the `service` label, which picks the PagerDuty service a page reaches. */
  readonly service: string;
  /** The stack's environment (`MonitoringStack.environment`): the `env` label. */
  readonly environment: string;
  /** One line: what is wrong, for the notification's title. */
  readonly summary: string;
  /** What is happening and what it means for users; may use Prometheus templates such as `{{ $value }}`. */
  readonly description: string;
  /**
   * The page that tells whoever receives the alert what to do (`runbook_url`).
   * @default none; a page without one fails synth's routing check
   */
  readonly runbookUrl?: string;
  /**
   * A dashboard to open first (`dashboard_url`).
   * @default none
   */
  readonly dashboardUrl?: string;
  /**
   * More labels, e.g. `{ tier: "1" }`; `severity`, `team`, `service` and `env` are Watchkeeper's.
   * @default {}
   */
  readonly labels?: Readonly<Record<string, string>>;
}

/**
 * A Prometheus alerting rule following Watchkeeper's conventions, as its own alerts do: a CamelCase name, the
 * labels `severity`, `team`, `service` and `env` that Alertmanager routing reads, and the annotations `summary`,
 * `description`, `runbook_url` and `dashboard_url`. Throws when `labels` tries to replace a convention label, or
 * when `expr` is not PromQL.
 */
export function alertRule(input: AlertRuleInput): AlertingRule {
  const alert = camelCase(input.name);
  if (alert === "") {
    throw new Error(`alert name "${input.name}" has no letters or digits; name it in words, e.g. "orders consumer lag"`);
  }
  const extra = input.labels ?? {};
  const taken = CONVENTION_LABELS.filter((name) => name in extra);
  if (taken.length > 0) {
    throw new Error(`alert ${alert}: labels ${taken.join(", ")} are set by Watchkeeper from severity, owner, service and environment; remove them from labels`);
  }
  return {
    alert,
    expr: declared(input.expr, `alert ${alert}: expr`),
    ...(input.for === undefined ? {} : { for: input.for.toString() }),
    labels: { ...extra, severity: input.severity, team: input.owner.teamName, service: input.service, env: input.environment },
    annotations: { summary: input.summary, description: input.description, ...linkAnnotations(input) },
  };
}

/** The `runbook_url` and `dashboard_url` annotations of the links an alert has. */
export function linkAnnotations(links: { readonly runbookUrl?: string; readonly dashboardUrl?: string }): Record<string, string> {
  const annotations = { runbook_url: links.runbookUrl, dashboard_url: links.dashboardUrl };
  return Object.fromEntries(Object.entries(annotations).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
