import { Duration } from "../duration";
import * as promql from "../promql";
import { aggregate, labelReplace, overTime, WINDOW_PLACEHOLDER, type PromQL } from "../promql";
import type { AlertOwner } from "../routing/routing";
import type { RecordingRule, RuleGroup } from "../rules/rules";
import type { FlowSpec } from "./flow";
import { probeAlerts } from "./probe-alerts";
import { FLOW_LABELS, presenceWindow, probeSeries } from "./probe-selectors";

/** The windows uptime and reachability are recorded over. */
export const UPTIME_WINDOWS = [Duration.days(1), Duration.days(7), Duration.days(30)];

/** The recorded series: each location's last result (missing reads 0), any location succeeding, uptime and reachability. */
export const RECORDED = {
  locationSuccess: "flow_location:probe_success:max",
  anySuccess: "flow:probe_success:max",
  uptime: (window: Duration) => `flow:uptime:ratio_avg${window}`,
  reachability: (window: Duration) => `flow:reachability:ratio_avg${window}`,
};

function recorded(metric: string, flowId: string): PromQL {
  return promql.selector({ metric, matchers: promql.equals({ flow: flowId }) });
}

/**
 * The uptime SLI of a flow, for its ServiceSlo: the share of time at least one location succeeded, with
 * `{{.window}}` where the range goes. A location without results counts as failing, so probes that stop
 * reporting lower uptime instead of leaving it at its last value.
 */
export function uptimeSli(flowId: string): { errorRatio: string } {
  return { errorRatio: promql.minus(1, overTime("avg_over_time", recorded(RECORDED.anySuccess, flowId), WINDOW_PLACEHOLDER)) };
}

/**
 * Each declared location's last result within the presence window, 0 for a location without one (its exporter
 * or Probe is gone): a location never counts as up for lack of data.
 */
function locationSuccess(spec: FlowSpec): RecordingRule {
  const reported = aggregate("max", { by: ["location"] }, overTime("last_over_time", probeSeries("probe_success", spec), presenceWindow(spec)));
  const silent = spec.locations.map((location) => labelReplace(promql.vector(0), "location", location.name));
  return {
    record: RECORDED.locationSuccess,
    expr: promql.anyOf(reported, ...silent),
    labels: { env: spec.alertLabels.env, service: spec.service, flow: spec.id },
  };
}

function recordings(spec: FlowSpec): RecordingRule[] {
  const locations = recorded(RECORDED.locationSuccess, spec.id);
  return [
    locationSuccess(spec),
    { record: RECORDED.anySuccess, expr: aggregate("max", { by: FLOW_LABELS }, locations) },
    ...UPTIME_WINDOWS.map((window) => ({
      record: RECORDED.uptime(window),
      expr: overTime("avg_over_time", recorded(RECORDED.anySuccess, spec.id), window),
    })),
    ...UPTIME_WINDOWS.map((window) => ({
      record: RECORDED.reachability(window),
      expr: aggregate("avg", { by: FLOW_LABELS }, overTime("avg_over_time", locations, window)),
    })),
  ];
}

/** The rule group name of a flow's probes. */
export function probeGroupName(spec: Pick<FlowSpec, "id">): string {
  return `synthetics-${spec.id}`;
}

/**
 * A flow's probe rules: each location's last result (missing reads 0), whether any location succeeds, uptime (any
 * location up) and reachability (every location up) over 1d, 7d and 30d; and the alerts of `probeAlerts`.
 */
export function probeRuleGroups(spec: FlowSpec, owner: AlertOwner): RuleGroup[] {
  return [{ name: probeGroupName(spec), rules: [...recordings(spec), ...probeAlerts(spec, owner)] }];
}
