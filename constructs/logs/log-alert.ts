import type { Construct } from "constructs";
import { Duration } from "../../src/domain/duration";
import { scopedLogQuery, windowProblem, type LogAlertSpec } from "../../src/domain/logs/log-alert";
import { inEnvironment, logQueryProblems } from "../../src/domain/logs/log-query";
import { camelCase, slug } from "../../src/domain/naming";
import { slugProblem } from "../../src/domain/names/slugs";
import type { AlertOwner, RoutedAlert } from "../../src/domain/routing/routing";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import { writeDatadogLogAlert } from "../../src/targets/datadog/log-monitors";
import { writeKibanaLogRule } from "../../src/targets/elastic/kibana-log-rule";
import type { LogAlertProps } from "./log-alert-props";

function readWindow(text: string, what: string): { window?: Duration; problem?: string } {
  try {
    const window = Duration.parse(text);
    const problem = windowProblem(window);
    return problem === undefined ? { window } : { problem: `${what}.${problem}` };
  } catch {
    return { problem: `${what}.window: "${text}" is not a duration; use e.g. "5m"` };
  }
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
export class LogAlert extends MonitoringConstruct {
  /** The alert's id in its stack, `<service>-<name>`. */
  readonly alertId: string;
  private readonly parsed?: Omit<LogAlertSpec, "labels" | "severity">;

  constructor(scope: Construct, id: string, readonly props: LogAlertProps) {
    super(scope, id);
    this.alertId = slug(`${props.service}-${props.name}`);
    const scoped = scopedLogQuery(props.service, props.query);
    const condition = this.condition();
    const problems = [
      ...[scoped.problem, slugProblem("name", props.name), condition.problem].filter((problem) => problem !== undefined),
      ...logQueryProblems(props.query),
      ...(props.threshold === undefined || (Number.isFinite(props.threshold.above) && props.threshold.above >= 0)
        ? []
        : [`threshold.above: ${props.threshold.above} is not a count; use a number of logs, e.g. 50`]),
      ...(props.outputs?.elastic === false && props.outputs.datadog === false ? ["outputs: the alert is written nowhere; keep elastic or datadog"] : []),
    ];
    if (problems.length === 0 && scoped.query !== undefined && condition.value !== undefined) {
      this.parsed = {
        id: this.alertId,
        alertName: camelCase(props.service, props.name),
        service: props.service,
        query: scoped.query,
        condition: condition.value,
        description: props.description ?? `More matching ${props.service} logs than expected (${props.name})`,
        runbookUrl: props.runbookUrl,
      };
    }
    this.claimName("log alert", this.alertId);
    this.declareAlerts(() => this.alerts());
    this.validateWith(() => [...problems, this.stack.ownerProblem(this.props.owner)]);
  }

  private condition(): { value?: LogAlertSpec["condition"]; problem?: string } {
    const { threshold, anomaly } = this.props;
    if ((threshold === undefined) === (anomaly === undefined)) {
      return { problem: "threshold: give either threshold or anomaly, how the alert fires" };
    }
    if (threshold !== undefined) {
      const { window, problem } = readWindow(threshold.window ?? "5m", "threshold");
      return window === undefined ? { problem } : { value: { kind: "threshold", threshold: { above: threshold.above, window, groupBy: threshold.groupBy } } };
    }
    const { window, problem } = readWindow(anomaly?.window ?? "15m", "anomaly");
    return window === undefined ? { problem } : { value: { kind: "anomaly", window } };
  }

  /** The team that receives the alert: its own owner, else the stack's default. */
  get owner(): AlertOwner | undefined {
    return this.stack.resolveOwner(this.props.owner);
  }

  /** Where the alert is written: Kibana only evaluates thresholds. */
  private systems(): Array<"elastic" | "datadog"> {
    const outputs = this.props.outputs ?? {};
    return [
      ...(outputs.elastic !== false && this.props.threshold !== undefined ? ["elastic" as const] : []),
      ...(outputs.datadog !== false ? ["datadog" as const] : []),
    ];
  }

  private alerts(): RoutedAlert[] {
    const severity = this.props.severity ?? "ticket";
    const name = camelCase(this.props.service, this.props.name);
    return this.systems().map((system) => ({ name, severity, system, path: this.node.path, service: this.props.service, owner: this.owner, runbookUrl: this.props.runbookUrl }));
  }

  /** The alert as the targets see it. Only valid after validation passed. */
  spec(): LogAlertSpec {
    const owner = this.owner as AlertOwner;
    const spec = this.parsed as Omit<LogAlertSpec, "labels" | "severity">;
    return {
      ...spec,
      query: inEnvironment(spec.query, this.stack.environment),
      severity: this.props.severity ?? "ticket",
      labels: { team: owner.teamName, service: this.props.service, env: this.stack.environment },
    };
  }

  emit(): void {
    const spec = this.spec();
    const receivers = (this.owner as AlertOwner).receivers(spec.severity, spec.service);
    for (const system of this.systems()) {
      if (system === "elastic" && spec.condition.kind === "threshold") {
        writeKibanaLogRule(this.targetScope(), spec, spec.condition.threshold, receivers);
      } else if (system === "datadog") {
        writeDatadogLogAlert(this.targetScope(), spec, receivers);
      }
    }
  }
}
