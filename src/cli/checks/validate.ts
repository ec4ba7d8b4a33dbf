import type { CheckResult } from "./check-result";
import { crdCheck } from "./crd-check";
import { allRuleFiles, outputLayout } from "./output-layout";
import { promqlCheck } from "./promql-check";
import { routingCheck } from "./routing-check";
import { amtoolCheck, promtoolCheck } from "./tool-checks";

/**
 * Runs every consumer's check on a synth's output folder, in this order: `promtool check rules` on every rule file,
 * `amtool check-config` on every Alertmanager configuration, every Kubernetes object against its CRD's schema,
 * every PromQL expression of the rule files, manifests and dashboards through the PromQL grammar, and the routing
 * check. Undefined when the folder holds no stack.
 */
export async function validateOutput(outdir: string): Promise<CheckResult[] | undefined> {
  const layout = outputLayout(outdir);
  if (layout.stacks.length === 0) return undefined;
  const ruleFiles = allRuleFiles(layout);
  const configs = layout.stacks.flatMap((stack) => layout.files(stack, "alertmanager", ".yml"));
  const manifests = layout.stacks.flatMap((stack) => [...layout.files(stack, "kubernetes", ".yaml"), ...layout.files(stack, "kubernetes", ".yml")]);
  const dashboards = layout.stacks.flatMap((stack) => layout.files(stack, "grafana", ".json"));
  const [promtool, amtool, routing] = await Promise.all([promtoolCheck(outdir, ruleFiles), amtoolCheck(outdir, configs), routingCheck(outdir, layout)]);
  return [promtool, amtool, crdCheck(outdir, manifests), promqlCheck(outdir, { rules: ruleFiles, manifests, dashboards }), routing];
}
