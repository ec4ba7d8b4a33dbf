import { existsSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { amtoolLines, receiversInOutput, routeConditions, routeProbes, unroutedReason, type AlertLabels, type RouteNode } from "./alert-routes";
import { checkResult, counted, skippedCheck, type CheckResult } from "./check-result";
import type { OutputLayout } from "./output-layout";
import { rulesOf } from "./rule-files";
import { limited, missingTool, run } from "./tools";

/** The alerts of a stack's deployed rule files (the tests' stand-ins aside); rule files that are not YAML are skipped. */
function stackAlerts(outdir: string, layout: OutputLayout, stack: string): AlertLabels[] {
  return layout.files(stack, "prometheus", ".rules.yml").flatMap((file) => {
    try {
      return rulesOf(readFileSync(join(outdir, file), "utf8")).flatMap((rule) => (rule.alert === undefined ? [] : [{ alert: rule.alert, labels: rule.labels }]));
    } catch {
      return []; // the PromQL and promtool checks report the file
    }
  });
}

/** The routing problems of one stack: its alerts asked to amtool against its alertmanager.yml. */
async function stackRoutingFailures(outdir: string, stack: string, alerts: readonly AlertLabels[]): Promise<string[]> {
  const config = `${stack}/alertmanager/alertmanager.yml`;
  let root: RouteNode;
  try {
    root = ((parse(readFileSync(join(outdir, config), "utf8")) ?? {}) as { route?: RouteNode }).route ?? {};
  } catch (error) {
    return [`${config}: not YAML: ${(error as Error).message.split("\n")[0]}`];
  }
  const probes = routeProbes(alerts, routeConditions(root));
  const answers = await limited(
    probes.map((probe) => () => run("amtool", ["config", "routes", "test", `--config.file=${config}`, ...probe.matchers], outdir)),
    availableParallelism(),
  );
  const reasons = probes.map((probe, index) => {
    const answer = answers[index];
    return answer.ok ? unroutedReason(probe, receiversInOutput(answer.output), root.receiver) : `amtool cannot route: ${amtoolLines(answer.output).join(" ")}`;
  });
  return [...new Set(reasons.filter((reason) => reason !== undefined))].map((reason) => `${config}: ${reason}`);
}

/**
 * The routing check: every alert of the rule files, asked to Alertmanager's own routing code (`amtool config routes
 * test`) against its stack's alertmanager.yml, must reach a receiver of its own, not only the root's fallback.
 * Alerts alike in the labels the tree matches on share one question. A stack without alertmanager.yml (no
 * AlertRouting: its alerts are routed by an Alertmanager configured elsewhere) is named as not checked; the check is
 * skipped when no stack with alerts has one, or there is no alert.
 */
export async function routingCheck(outdir: string, layout: OutputLayout): Promise<CheckResult> {
  const name = "alert routing";
  const withAlerts = layout.stacks.map((stack) => ({ stack, alerts: stackAlerts(outdir, layout, stack) })).filter((item) => item.alerts.length > 0);
  const routed = withAlerts.filter((item) => existsSync(join(outdir, item.stack, "alertmanager", "alertmanager.yml")));
  const unrouted = withAlerts.filter((item) => !routed.includes(item)).map((item) => item.stack);
  const alerts = routed.reduce((sum, item) => sum + item.alerts.length, 0);
  if (withAlerts.length === 0) return skippedCheck(name, "no alert");
  const have = unrouted.length === 1 ? "has" : "have";
  if (routed.length === 0) return skippedCheck(name, "no Alertmanager configuration", `${unrouted.join(", ")} ${have} no alertmanager.yml: alerts routed outside this output`);
  const note = unrouted.length === 0 ? "" : `; not checked: ${unrouted.join(", ")} (no alertmanager.yml: routed outside this output)`;
  const missing = missingTool("amtool");
  if (missing !== undefined) return checkResult(name, "not run", [missing]);
  const failures = await Promise.all(routed.map((item) => stackRoutingFailures(outdir, item.stack, item.alerts)));
  return checkResult(name, `${counted(alerts, "alert")} in ${counted(routed.length, "stack")}${note}`, failures.flat());
}

