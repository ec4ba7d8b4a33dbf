import type { SloReference } from "../slo/slo-reference";

/** A CriticalUserFlow or ApiHealthCheck as the declarations that build on it see it (an SLA's downtime). */
export interface FlowReference {
  /** The check's id in its stack, `<service>-<name>`: its `flow` label. */
  readonly flowId: string;
  /** Its uptime SLO on Prometheus, when the check runs there. */
  readonly uptimeSlo?: SloReference;
}
