import type { SloReference } from "../slo/slo-reference";

/** Props of a {@link DeploymentGate}. */
export interface DeploymentGateProps {
  /**
   * The SLOs a deploy must not harm: the gate fails when any of them has exhausted its error budget or has its
   * page-severity burn alert firing. They must be declared in the gate's stack and write Prometheus rules.
   */
  readonly slos: readonly SloReference[];
  /**
   * Prometheus's base URL as the Argo Rollouts and Flagger controllers reach it; it must hold the SLOs' rules and
   * evaluate their alerts (the gate reads `ALERTS`).
   * @example "http://prometheus-operated.monitoring.svc:9090"
   */
  readonly prometheusUrl: string;
  /**
   * The AnalysisTemplate's name and the prefix of the MetricTemplates' names (`<name>-<slo id>`); a DNS label.
   * @default the construct's id
   */
  readonly name?: string;
  /**
   * The namespace of the templates: an Argo Rollout can only use an AnalysisTemplate of its own namespace.
   * @default the stack's Kubernetes namespace
   */
  readonly namespace?: string;
  /**
   * The verdict of an SLO without data (no budget series, or NaN: a service without traffic). With
   * "inconclusive", Argo Rollouts records the measurement as Inconclusive and pauses the rollout; Flagger, which
   * knows no such state, sees -1 and counts a failed check.
   * @default "inconclusive"
   */
  readonly onNoData?: "pass" | "fail" | "inconclusive";
  /**
   * Time between an Argo Rollouts analysis's measurements (a background analysis measures until the rollout
   * ends); without it, one measurement (a pre-promotion or inline analysis step).
   * @default one measurement
   * @example "5m"
   */
  readonly interval?: string;
  /**
   * Which templates to write.
   * @default both: `{ argoRollouts: true, flagger: true }`
   */
  readonly outputs?: {
    /** An Argo Rollouts AnalysisTemplate. @default true */
    readonly argoRollouts?: boolean;
    /** Flagger MetricTemplates, one per SLO. @default true */
    readonly flagger?: boolean;
  };
}
