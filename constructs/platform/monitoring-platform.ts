import { monitoringPlatformSchema } from "../../src/domain/platform/platform-schema";
import type { Construct } from "constructs";
import { parsePlatform } from "../../src/domain/platform/parse-platform";
import type { MonitoringPlatformProps } from "../../src/domain/platform/platform-props";
import type { PlatformContext, PlatformLogPolicy, PlatformSpec, PrometheusSpec } from "../../src/domain/platform/platform-spec";
import { estimateActiveSeries, prometheusStorage, type PrometheusStorage } from "../../src/domain/platform/prometheus-sizing";
import type { SignalKind } from "../../src/domain/signals/signal-source";
import { isAlertingRule } from "../../src/domain/rules/rules";
import type { Problems } from "../../src/domain/problems";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import type { Outputs } from "../../src/outputs";
import { MANAGED_BY, stackLabels } from "../../src/targets/kubernetes/managed-by";
import { writePlatformElastic } from "../../src/targets/kubernetes/platform-elastic";
import { writePlatformGrafana } from "../../src/targets/kubernetes/platform-grafana";
import { writePlatformAlertmanager, writePlatformPrometheus } from "../../src/targets/kubernetes/platform-prometheus";
import { LogPolicy } from "../logs/log-policy";

/**
 * The monitoring platform a stack's output runs on, declared with it: a Prometheus and an Alertmanager
 * (prometheus-operator) that select exactly the rules, monitors, Probes and routing Watchkeeper writes for the stack;
 * a Grafana (grafana-operator) with a data source for every type the stack's dashboards read; and an Elastic Stack
 * (ECK) for the log policies: Elasticsearch with a node set per ILM tier they use, Kibana, Logstash turning the
 * services' JSON logs into ECS (trace ids kept) and Filebeat shipping container logs to it. Every part is optional:
 * a team declares the parts it runs. Storage is sized from the stack's declarations (see the formulas in docs/monitoring-platform.md).
 *
 * With `grafana` declared, synth fails on a dashboard of the stack that reads a data source type the Grafana does
 * not have; `grafana.existing` declares the data sources of a Grafana the team runs itself, for the same check.
 *
 * @example
 * new MonitoringPlatform(stack, "platform", {
 *   prometheus: { activeSeries: 200_000 },
 *   alertmanager: {},
 *   grafana: {},
 *   elastic: { ingestGbPerDay: { "checkout-application": 20 } },
 * });
 */
export class MonitoringPlatform extends MonitoringConstruct<MonitoringPlatformProps, PlatformSpec> {
  /** @internal The schema the props are checked against before parse. */
  protected static readonly schema = monitoringPlatformSchema;

  constructor(scope: Construct, id: string, props: MonitoringPlatformProps) {
    super(scope, id, props);
    this.claimName("monitoring platform", "the stack's platform");
  }

  protected parse(problems: Problems): PlatformSpec | undefined {
    return parsePlatform(this.props, this.context(), problems);
  }

  /** What the parts are derived from: the stack's settings, the labels of what it writes, its log policies. */
  private context(): PlatformContext {
    const { stack } = this;
    const labels = stackLabels(stack.id);
    return {
      namespace: stack.kubernetesNamespace,
      environment: stack.environment,
      selector: labels && { ...MANAGED_BY, ...labels },
      prometheusRetention: stack.prometheusRetention,
      grafanaUrl: stack.grafanaUrl,
      logPolicies: this.logPolicies(),
    };
  }

  /** The stack's log policies that keep logs on Elastic (a policy with problems reports them itself). */
  private logPolicies(): PlatformLogPolicy[] {
    return this.stack
      .declarations()
      .filter((declaration): declaration is LogPolicy => declaration instanceof LogPolicy)
      .flatMap((policy) => {
        const spec = policy.planned().spec;
        return spec?.elastic === undefined ? [] : [{ id: spec.id, path: policy.node.path, retention: spec.retention, lifecycle: spec.elastic.lifecycle }];
      });
  }

  /**
   * The Prometheus' storage: from the declared active series, else from the series estimated from the stack's
   * sources and rules, which are known once every declaration is (when the platform is written).
   */
  private prometheusStorage(spec: PrometheusSpec): PrometheusStorage & { readonly activeSeries: number } {
    const activeSeries = spec.activeSeries ?? estimateActiveSeries(this.declaredSources());
    return { activeSeries, ...prometheusStorage({ activeSeries, scrapeIntervalSeconds: spec.scrapeInterval.seconds, retentionSeconds: spec.retention.seconds }) };
  }

  /** How many sources of each kind the stack declares: its signals' sources and its rules. */
  private declaredSources(): Partial<Record<SignalKind, number>> {
    const plan = this.stack.plan();
    const counts: Partial<Record<SignalKind, number>> = {};
    const count = (kind: SignalKind) => (counts[kind] = (counts[kind] ?? 0) + 1);
    plan.sources().forEach((source) => count(source.kind));
    plan.rules().forEach(({ rule }) => count(isAlertingRule(rule) ? "alert" : "recording"));
    return counts;
  }

  protected outputs(spec: PlatformSpec): Outputs {
    const { prometheus, alertmanager, grafana, elastic, selector, namespace } = spec;
    const deployed = grafana?.deployed;
    return {
      prometheus: prometheus && {
        kubernetes: true,
        write: (scope) => writePlatformPrometheus(scope, prometheus, selector, this.prometheusStorage(prometheus)),
      },
      alertmanager: alertmanager && { kubernetes: true, write: (scope) => writePlatformAlertmanager(scope, alertmanager, selector) },
      grafana: grafana && {
        dataSources: grafana.dataSources,
        ...(deployed === undefined
          ? {}
          : { kubernetes: true, write: (scope) => writePlatformGrafana(scope, deployed, namespace, prometheus?.scrapeInterval.toString() ?? "30s") }),
      },
      elastic: elastic && { kubernetes: true, write: (scope) => writePlatformElastic(scope, elastic, namespace) },
    };
  }
}
