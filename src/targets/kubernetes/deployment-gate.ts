import { flaggerGateQuery, gateValueQuery, type GatedSlo } from "../../domain/gate/gate-queries";
import { goDuration } from "../../domain/validation/durations";
import type { DeploymentGateSpec } from "../../domain/gate/deployment-gate";
import type { GateVerdict } from "../../domain/gate/gate-verdict";
import { AnalysisTemplate } from "../../providers/k8s/argoproj.io";
import { MetricTemplate, MetricTemplateSpecProviderType } from "../../providers/k8s/flagger.app";
import type { TargetScope } from "../target-scope";
import { MANAGED_BY } from "./managed-by";

/** Argo's `result` for a vector query is the list of its values: a number is there when the list has a non-NaN first value. */
const HAS_NUMBER = "len(result) > 0 && !isNaN(result[0])";
const NO_NUMBER = "len(result) == 0 || isNaN(result[0])";
const PASSES = "result[0] > 0";
const FAILS = "result[0] <= 0";

/**
 * Argo Rollouts' success and failure conditions for the gate value (the budget left, or -1 while a page burn
 * fires), with no data (an empty result or NaN) explicit: it passes, fails, or matches neither condition, which
 * Argo records as Inconclusive (the rollout pauses). The conditions use only `len`, `isNaN`, `result[0]`, `!`,
 * `&&`, `||`, `==`, `>`, `<=` and numbers, and guard `result[0]` so that an empty result never errors.
 */
export function argoConditions(onNoData: GateVerdict): { successCondition: string; failureCondition: string } {
  switch (onNoData) {
    case "pass":
      return { successCondition: `${NO_NUMBER} || ${PASSES}`, failureCondition: `${HAS_NUMBER} && ${FAILS}` };
    case "fail":
      return { successCondition: `${HAS_NUMBER} && ${PASSES}`, failureCondition: `${NO_NUMBER} || ${FAILS}` };
    case "inconclusive":
      return { successCondition: `${HAS_NUMBER} && ${PASSES}`, failureCondition: `${HAS_NUMBER} && ${FAILS}` };
  }
}

/** The name of a gate's Flagger MetricTemplate for one SLO. */
export function metricTemplateName(spec: Pick<DeploymentGateSpec, "name">, slo: GatedSlo): string {
  return `${spec.name}-${slo.id}`;
}

/**
 * The gate as an Argo Rollouts AnalysisTemplate (one metric per SLO) and as Flagger MetricTemplates (one per SLO,
 * whose query answers 1 pass, 0 fail, -1 no data; the Canary's metric needs `thresholdRange: { min: 1 }`).
 */
export function writeDeploymentGate(scope: TargetScope, spec: DeploymentGateSpec): void {
  const metadata = (name: string) => ({ name, namespace: spec.namespace, labels: { ...MANAGED_BY } });
  if (spec.argoRollouts) {
    new AnalysisTemplate(scope.kubernetesChart(), "analysis-template", {
      metadata: metadata(spec.name),
      spec: {
        metrics: spec.slos.map((slo) => ({
          name: slo.id,
          ...(spec.interval === undefined ? {} : { interval: goDuration(spec.interval) }),
          ...argoConditions(spec.onNoData),
          provider: { prometheus: { address: spec.prometheusUrl, query: gateValueQuery(slo) } },
        })),
      },
    });
  }
  if (spec.flagger) {
    for (const slo of spec.slos) {
      new MetricTemplate(scope.kubernetesChart(), `metric-template-${slo.id}`, {
        metadata: metadata(metricTemplateName(spec, slo)),
        spec: {
          provider: { type: MetricTemplateSpecProviderType.PROMETHEUS, address: spec.prometheusUrl },
          query: flaggerGateQuery(slo, spec.onNoData),
        },
      });
    }
  }
}
