import { DeploymentGate, type MonitoringStack, type ServiceSlo } from "../constructs";
import type { OrganisationSettings } from "./settings";

/**
 * The planner's deployment gate: a release may proceed only while availability and error rate have error budget
 * left and no page-level burn. Its Argo Rollouts AnalysisTemplate is meant for the Rollout's pre-promotion analysis
 * (a service without traffic is inconclusive: the rollout pauses for a person); CI runs the same rule with
 * `watchkeeper gate` before deploying.
 */
export function plannerDeploymentGate(stack: MonitoringStack, settings: OrganisationSettings, slos: readonly ServiceSlo[]): void {
  new DeploymentGate(stack, "deployment-gate", {
    name: "planner-release",
    slos,
    prometheusUrl: settings.prometheusUrl,
  });
}
