import type { Duration } from "../duration";
import type { GatedSlo } from "./gate-queries";
import type { GateVerdict } from "./gate-verdict";

/** A deployment gate as the Kubernetes target renders it: the SLOs it guards and how it treats no data. */
export interface DeploymentGateSpec {
  /** The AnalysisTemplate's name and the MetricTemplates' prefix (a DNS label). */
  readonly name: string;
  /** The namespace of the templates. */
  readonly namespace: string;
  /** Prometheus's address as the controllers reach it. */
  readonly prometheusUrl: string;
  /** The SLOs, each with the stack's environment: only page alerts of that `env` count. */
  readonly slos: readonly GatedSlo[];
  readonly onNoData: GateVerdict;
  /** Between an Argo Rollouts analysis's measurements; undefined for one measurement. */
  readonly interval?: Duration;
  readonly argoRollouts: boolean;
  readonly flagger: boolean;
}
