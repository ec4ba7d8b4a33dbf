import { logAlertSchema } from "../../src/domain/logs/log-schemas";
import type { Construct } from "constructs";
import { readLogWindow, scopedLogQuery, type LogAlertSpec } from "../../src/domain/logs/log-alert";
import { inEnvironment, logQueryProblems } from "../../src/domain/logs/log-query";
import { camelCase, slug } from "../../src/domain/naming";
import { slugProblem } from "../../src/domain/names/slugs";
import type { Problems } from "../../src/domain/problems";
import type { AlertOwner, Receiver } from "../../src/domain/routing/routing";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import { when, type Outputs, type VendorAlert } from "../../src/outputs";
import { writeDatadogLogAlert } from "../../src/targets/datadog/log-monitors";
import { writeKibanaLogRule } from "../../src/targets/elastic/kibana-log-rule";
import type { LogAlertProps } from "../../src/domain/logs/log-alert-props";

/** A LogAlert, parsed: the alert as the targets see it, and who receives it. */
interface LogAlertParsed {
  readonly alert: LogAlertSpec;
  readonly owner: AlertOwner;
  readonly receivers: readonly Receiver[];
}

/**
 * An alert on a service's logs: more than N matching logs over a window (optionally per value of a facet), as a
 * Kibana Elasticsearch query rule and a Datadog `log alert` monitor; or an unusual volume against the usual week,
 * as a Datadog logs metric and anomaly monitor. The query is typed (`logQuery`) and scoped to the service and the
 * stack's environment (`service.environment`); the
 * alert is routed to its owner like every other alert.
 *
 * @example
 * new LogAlert(stack, "error-spike", {
 *   service: "planner", name: "error-spike", owner: team,
 *   query: logQuery.equals("log.level", "error"), threshold: { above: 50, window: "5m" },
 * });
 */
export class LogAlert extends MonitoringConstruct<LogAlertProps, LogAlertParsed> {
  /** @internal The schema the props are checked against before parse. */
  protected static readonly schema = logAlertSchema;

  /** The alert's id in its stack, `<service>-<name>`. */
  readonly alertId: string;

  constructor(scope: Construct, id: string, props: LogAlertProps) {
    super(scope, id, props);
    this.alertId = slug(`${props.service}-${props.name}`);
    this.claimName("log alert", this.alertId);
  }

  private condition(): { value?: LogAlertSpec["condition"]; problem?: string } {
    const { threshold, anomaly } = this.props;
    if ((threshold === undefined) === (anomaly === undefined)) {
      return { problem: "threshold: give either threshold or anomaly, how the alert fires" };
    }
    if (threshold !== undefined) {
      const { window, problem } = readLogWindow(threshold.window ?? "5m", "threshold");
      return window === undefined ? { problem } : { value: { kind: "threshold", threshold: { above: threshold.above, window, groupBy: threshold.groupBy } } };
    }
    const { window, problem } = readLogWindow(anomaly?.window ?? "15m", "anomaly");
    return window === undefined ? { problem } : { value: { kind: "anomaly", window } };
  }

  protected parse(problems: Problems): LogAlertParsed | undefined {
    const { props, stack } = this;
    const scoped = scopedLogQuery(props.service, props.query);
    const condition = this.condition();
    problems.add(scoped.problem, slugProblem("name", props.name), condition.problem, ...logQueryProblems(props.query));
    if (props.threshold !== undefined && !(Number.isFinite(props.threshold.above) && props.threshold.above >= 0)) {
      problems.add(`threshold.above: ${props.threshold.above} is not a count; use a number of logs, e.g. 50`);
    }
    if (props.outputs?.elastic === false && props.outputs.datadog === false) {
      problems.add("outputs: the alert is written nowhere; keep elastic or datadog");
    }
    const owner = this.resolveOwner(problems, props.owner);
    if (!problems.none || owner === undefined || scoped.query === undefined || condition.value === undefined) {
      return undefined;
    }
    const severity = props.severity ?? "ticket";
    const alert: LogAlertSpec = {
      id: this.alertId,
      alertName: camelCase(props.service, props.name),
      service: props.service,
      query: inEnvironment(scoped.query, stack.environment),
      condition: condition.value,
      description: props.description ?? `More matching ${props.service} logs than expected (${props.name})`,
      runbookUrl: props.runbookUrl,
      severity,
      labels: { team: owner.teamName, service: props.service, env: stack.environment },
    };
    return { alert, owner, receivers: owner.receivers(severity, props.service) };
  }

  protected outputs({ alert, owner, receivers }: LogAlertParsed): Outputs {
    const outputs = this.props.outputs ?? {};
    const vendorAlert = (system: string): VendorAlert[] => [
      { system, name: alert.alertName, severity: alert.severity, owner, service: alert.service, runbookUrl: alert.runbookUrl },
    ];
    const threshold = alert.condition.kind === "threshold" ? alert.condition.threshold : undefined;
    return {
      // Kibana only evaluates thresholds.
      elastic: threshold === undefined || outputs.elastic === false
        ? undefined
        : { alerts: vendorAlert("elastic"), write: (scope) => writeKibanaLogRule(scope, alert, threshold, receivers) },
      datadog: when(outputs.datadog !== false, () => ({ alerts: vendorAlert("datadog"), write: (scope) => writeDatadogLogAlert(scope, alert, receivers) })),
    };
  }
}
