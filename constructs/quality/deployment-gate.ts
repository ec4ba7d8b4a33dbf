import type { Construct } from "constructs";
import { Duration } from "../../src/domain/duration";
import type { DeploymentGateSpec } from "../../src/domain/gate/deployment-gate";
import { slug } from "../../src/domain/naming";
import type { Problems } from "../../src/domain/problems";
import { quoted } from "../../src/domain/quoted";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import type { Outputs } from "../../src/outputs";
import { writeDeploymentGate } from "../../src/targets/kubernetes/deployment-gate";
import type { DeploymentGateProps } from "../../src/domain/gate/deployment-gate-props";
import { deploymentGateSchema } from "../../src/domain/gate/deployment-gate-schema";

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
export class DeploymentGate extends MonitoringConstruct<DeploymentGateProps, DeploymentGateSpec> {
  /** @internal The schema the props are checked against before parse. */
  protected static readonly schema = deploymentGateSchema;

  /** The AnalysisTemplate's name and the MetricTemplates' prefix. */
  readonly gateName: string;

  constructor(scope: Construct, id: string, props: DeploymentGateProps) {
    super(scope, id, props);
    this.gateName = props.name ?? id;
    this.claimName("deployment gate", this.gateName);
  }

  protected parse(problems: Problems): DeploymentGateSpec | undefined {
    const { props, stack } = this;
    const { slos, prometheusUrl, interval, outputs } = props;
    if (!DNS_LABEL.test(this.gateName) || this.gateName.length > 63) {
      problems.add(`name ${quoted(this.gateName)} is not a Kubernetes name; use lower-case letters, digits and dashes, e.g. "${slug(this.gateName) || "checkout-gate"}"`);
    }
    for (const slo of slos) {
      if (!slo.path.startsWith(`${stack.node.path}/`)) {
        problems.add(`slos: ${slo.path} is in another stack; a gate reads the alerts of its own environment, so declare it there`);
      } else if (!slo.writes("prometheus")) {
        problems.add(`slos: ${slo.path} writes no Prometheus rules (outputs.prometheus is false), and the gate reads them`);
      }
    }
    const every = interval === undefined ? undefined : problems.attempt("interval", () => Duration.parse(interval));
    if (outputs?.argoRollouts === false && outputs.flagger === false) {
      problems.add("outputs: the gate is written nowhere; keep argoRollouts or flagger");
    }
    const gated = slos.map((slo) => slo.sloSpec());
    if (!problems.none || !gated.every((slo) => slo !== undefined)) {
      return undefined;
    }
    return {
      name: this.gateName,
      namespace: props.namespace ?? stack.kubernetesNamespace,
      prometheusUrl,
      slos: gated.map((slo) => ({ id: slo.id, service: slo.service, name: slo.name, env: stack.environment })),
      onNoData: props.onNoData ?? "inconclusive",
      interval: every,
      argoRollouts: outputs?.argoRollouts ?? true,
      flagger: outputs?.flagger ?? true,
    };
  }

  protected outputs(spec: DeploymentGateSpec): Outputs {
    return { kubernetes: { kubernetes: true, write: (scope) => writeDeploymentGate(scope, spec) } };
  }
}
