import { Duration } from "../duration";
import * as promql from "../promql";
import type { FlowSpec } from "./flow";

/** The labels a flow's series are aggregated by: a flow's series of every location become one. */
export const FLOW_LABELS = ["env", "service", "flow"];

/** FLOW_LABELS and the location: one series per location. */
export const LOCATION_LABELS = [...FLOW_LABELS, "location"];

/**
 * How long a location's last result counts: one and a half runs. A location whose probe has not reported for that
 * long counts as failing (its exporter or Probe is gone); the half run keeps the window's edge between runs.
 */
export function presenceWindow(spec: Pick<FlowSpec, "frequency">): Duration {
  return Duration.ofMilliseconds(Math.round(spec.frequency.milliseconds * 1.5));
}

/** How many runs a location's probe makes over a window, at the flow's frequency. */
export function runsIn(window: Duration, spec: Pick<FlowSpec, "frequency">): number {
  return window.milliseconds / spec.frequency.milliseconds;
}

/**
 * The blackbox exporter series of one flow (every location, or one), e.g. `probe_success{flow="planner-api"}`.
 * Like the SLO rules, they select no `env`: each environment's Prometheus evaluates its own rules.
 */
export function probeSeries(metric: string, spec: Pick<FlowSpec, "id">, location?: string): promql.PromQL {
  return promql.selector({ metric, matchers: promql.equals({ flow: spec.id, ...(location === undefined ? {} : { location }) }) });
}
