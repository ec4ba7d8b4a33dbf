import { alertRule } from "../rules/alert-rule";
import type { AlertOwner } from "../routing/routing";
import type { LabelMatcher } from "../promql";
import type { AlertingRule, RuleGroup } from "../rules/rules";
import { INFRA_PACKS, type InfraPack } from "./catalog";
import type { ResolvedInfraAlert } from "./overrides";

/** A cluster's infrastructure monitoring as the targets see it. */
export interface InfraSpec {
  /** The cluster's slug: the `cluster` label, file and resource names. */
  readonly cluster: string;
  readonly alerts: readonly ResolvedInfraAlert[];
  readonly owner: AlertOwner;
  /** The `service` label, which picks the PagerDuty service a page reaches. */
  readonly service: string;
  readonly environment: string;
  /** Each alert links `<runbookBaseUrl>/<alertname in lower case>`. */
  readonly runbookBaseUrl?: string;
  /** The capacity dashboard, which the capacity alerts link (`dashboard_url`). */
  readonly capacityDashboardUrl?: string;
}

/** The runbook of one alert, kube-prometheus style: `<base>/<alertname in lower case>`. */
export function infraRunbookUrl(base: string | undefined, alert: string): string | undefined {
  return base === undefined ? undefined : `${base.replace(/\/+$/, "")}/${alert.toLowerCase()}`;
}

/** The alerting rules of one resolved alert, one per level, all under the alert's name. */
export function infraAlertRules(spec: InfraSpec, alert: ResolvedInfraAlert): AlertingRule[] {
  const { definition } = alert;
  const namespaces: LabelMatcher[] =
    alert.namespaces.length === 0 ? [] : [{ name: "namespace", operator: "=~", value: alert.namespaces.join("|") }];
  const select = (metric: string, matchers: readonly LabelMatcher[] = []) => ({ metric, matchers: [...matchers, ...namespaces] });
  return alert.levels.map((level) =>
    alertRule({
      name: definition.name,
      expr: definition.expr({ level: level.level, threshold: level.threshold, select }),
      severity: level.severity,
      for: level.for,
      owner: spec.owner,
      service: spec.service,
      environment: spec.environment,
      summary: definition.summary,
      description: definition.description,
      runbookUrl: infraRunbookUrl(spec.runbookBaseUrl, definition.name),
      labels: { cluster: spec.cluster },
    }),
  );
}

/** The name of a pack's rule group: `infrastructure-<pack>`. */
export function packGroupName(pack: InfraPack): string {
  return `infrastructure-${pack.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** One rule group per enabled pack, in pack order. */
export function infraRuleGroups(spec: InfraSpec): RuleGroup[] {
  return INFRA_PACKS.flatMap((pack) => {
    const alerts = spec.alerts.filter((alert) => alert.definition.pack === pack);
    return alerts.length === 0 ? [] : [{ name: packGroupName(pack), rules: alerts.flatMap((alert) => infraAlertRules(spec, alert)) }];
  });
}
