import type { Construct } from "constructs";
import { Duration } from "../../src/domain/duration";
import type { DeploymentGateSpec } from "../../src/domain/gate/deployment-gate";
import { slug } from "../../src/domain/naming";
import { quoted } from "../../src/domain/quoted";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import { MonitoringStack } from "../../src/stack";
import { writeDeploymentGate } from "../../src/targets/kubernetes/deployment-gate";
import type { DeploymentGateProps } from "./deployment-gate-props";

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * A quality gate for deployments, from the SLOs it guards: the rule of `watchkeeper gate` (fail when an error
 * budget is exhausted or a page-level burn alert fires; no data as `onNoData` says) as an Argo Rollouts
 * AnalysisTemplate and Flagger MetricTemplates, reading the same Prometheus series the SLOs' rules record.
 *
 * In a Flagger Canary, reference each MetricTemplate (`<name>-<slo id>`) with `thresholdRange: { min: 1 }`: its
 * query answers 1 pass, 0 fail and -1 no data (when `onNoData` is "inconclusive").
 *
 * @example
 * new DeploymentGate(stack, "checkout-gate", {
 *   slos: [availability, latency],
 *   prometheusUrl: "http://prometheus-operated.monitoring.svc:9090",
 * });
 */
export class DeploymentGate extends MonitoringConstruct {
  /** The AnalysisTemplate's name and the MetricTemplates' prefix. */
  readonly gateName: string;

  constructor(scope: Construct, id: string, readonly props: DeploymentGateProps) {
    super(scope, id);
    this.gateName = props.name ?? id;
    const fileProblem = this.stack.claimKubernetesFile(this);
    this.claimName("deployment gate", this.gateName);
    this.validateWith(() => [fileProblem, ...this.problems()]);
  }

  private problems(): string[] {
    const { slos, prometheusUrl, interval, outputs } = this.props;
    const problems: string[] = [];
    if (!DNS_LABEL.test(this.gateName) || this.gateName.length > 63) {
      problems.push(`name ${quoted(this.gateName)} is not a Kubernetes name; use lower-case letters, digits and dashes, e.g. "${slug(this.gateName) || "checkout-gate"}"`);
    }
    if (slos.length === 0) {
      problems.push("slos is empty; name the ServiceSlo(s) the gate guards");
    }
    for (const slo of slos) {
      if (MonitoringStack.of(slo) !== this.stack) {
        problems.push(`slos: ${slo.node.path} is in another stack; a gate reads the alerts of its own environment, so declare it there`);
      } else if (!slo.writes("prometheus")) {
        problems.push(`slos: ${slo.node.path} writes no Prometheus rules (outputs.prometheus is false), and the gate reads them`);
      }
    }
    if (!/^https?:\/\/[^\s/]+/.test(prometheusUrl)) {
      problems.push(`prometheusUrl ${quoted(prometheusUrl)} is not an http(s) URL; use e.g. "http://prometheus-operated.monitoring.svc:9090"`);
    }
    if (interval !== undefined) {
      try {
        Duration.parse(interval);
      } catch (error) {
        problems.push(`interval: ${(error as Error).message}`);
      }
    }
    if (outputs?.argoRollouts === false && outputs.flagger === false) {
      problems.push("outputs: the gate is written nowhere; keep argoRollouts or flagger");
    }
    return problems;
  }

  /** The gate as the Kubernetes target sees it. Only valid after validation passed. */
  spec(): DeploymentGateSpec {
    const { props } = this;
    return {
      name: this.gateName,
      namespace: props.namespace ?? this.stack.kubernetesNamespace,
      prometheusUrl: props.prometheusUrl,
      slos: props.slos.map((slo) => {
        const spec = slo.spec();
        return { id: spec.id, service: spec.service, name: spec.name, env: this.stack.environment };
      }),
      onNoData: props.onNoData ?? "inconclusive",
      interval: props.interval === undefined ? undefined : Duration.parse(props.interval),
      argoRollouts: props.outputs?.argoRollouts ?? true,
      flagger: props.outputs?.flagger ?? true,
    };
  }

  emit(): void {
    writeDeploymentGate(this.targetScope(), this.spec());
  }
}
