import type { SloSpec } from "./slo";

/** The outputs a ServiceSlo can write, each on unless switched off. */
export type SloOutput = "prometheus" | "datadog" | "grafana";

/**
 * A ServiceSlo as the declarations that build on it see it: a KPI's dependencies, a deployment gate, an SLA.
 */
export interface SloReference {
  /** The SLO's id in its stack, `<service>-<name>`: Sloth's `sloth_id`. */
  readonly sloId: string;
  /** Its construct path, `<stack>/…`, for messages. */
  readonly path: string;
  /** Whether an output is on. */
  writes(output: SloOutput): boolean;
  /** The SLO as the rule generator sees it; undefined while its own props have problems, which it reports. */
  sloSpec(): SloSpec | undefined;
  /** Whether its burn-rate windows were declared rather than the workbook's. */
  readonly customWindows: boolean;
}

/** Whether a value refers to an SLO rather than being plain props. */
export function isSloReference<T extends object>(value: T): value is T & SloReference {
  return "sloId" in value && "sloSpec" in value;
}
