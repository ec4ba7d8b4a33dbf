import type { Duration } from "../duration";
import type { LabelMatcher, PromQL, Selector } from "../promql";
import type { AlertSeverity } from "../routing/routing";

/** The rule packs of InfrastructureMonitoring, each switchable on its own. */
export const INFRA_PACKS = ["nodes", "containers", "kubernetes", "networkSecurity"] as const;
/** The name of one rule pack of InfrastructureMonitoring. */
export type InfraPack = (typeof INFRA_PACKS)[number];

/** The two levels of an alert in the mixins' style: the same alert name, a `warning` and a stricter `critical`. */
export type AlertLevel = "warning" | "critical";

/** A warning opens a ticket; a critical alert pages. */
export const LEVEL_SEVERITY: Readonly<Record<AlertLevel, AlertSeverity>> = { warning: "ticket", critical: "page" };

/** The jobs the packs select, as the ServiceMonitors of InfrastructureMonitoring (and kube-prometheus) name them. */
export const EXPORTER_JOBS = {
  nodeExporter: "node-exporter",
  kubeStateMetrics: "kube-state-metrics",
  cadvisor: "cadvisor",
  kubelet: "kubelet",
  ingressNginx: "ingress-nginx",
} as const;

/** The unit of an alert's threshold, which sets its range: a ratio 0 to 1, a percent 0 to 100, or a count, days or seconds (0 or more). */
export type ThresholdUnit = "ratio" | "percent" | "amount";

/** A level's defaults: the threshold (when the alert has one) and how long the condition must hold (none: at once). */
export interface LevelDefaults {
  readonly threshold?: number;
  readonly for?: Duration;
}

/** What an alert's expression is built from: the level's threshold and the selectors of the alert's scope. */
export interface ExpressionInput {
  readonly level: AlertLevel;
  readonly threshold: number;
  /** A selector of `metric` with `matchers`, restricted to the alert's namespaces when it has some. */
  readonly select: (metric: string, matchers?: readonly LabelMatcher[]) => Selector;
}

/** An alert of a pack, with its defaults; overrides change them without a fork. */
export interface InfraAlertDefinition {
  /** CamelCase, in the mixins' style: `NodeFilesystemSpaceFillingUp`. */
  readonly name: string;
  readonly pack: InfraPack;
  readonly summary: string;
  /** May name the series' labels as `{{ $labels.instance }}`. */
  readonly description: string;
  /**
   * What the threshold measures and which side is worse: a warning must not be worse than its critical
   * level (`below`: a lower value is worse, e.g. free space; `above`: a higher one, e.g. CPU).
   */
  readonly threshold?: { readonly meaning: string; readonly worse: "above" | "below"; readonly unit: ThresholdUnit };
  readonly levels: Readonly<Partial<Record<AlertLevel, LevelDefaults>>>;
  /** Whether the alert is about objects in namespaces, so that `namespaces` can restrict it. */
  readonly namespaced: boolean;
  readonly expr: (input: ExpressionInput) => PromQL;
}

/** `job="<job>"`. */
export function job(name: string): LabelMatcher {
  return { name: "job", operator: "=", value: name };
}

export function label(name: string, operator: LabelMatcher["operator"], value: string): LabelMatcher {
  return { name, operator, value };
}
