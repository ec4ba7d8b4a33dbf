import { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import { ServiceLevelObjective } from "@cdktf/provider-datadog/lib/service-level-objective";
import { DATADOG_TIMEFRAMES, datadogBurnRateWindows, datadogTimeframe } from "../../src/domain/datadog/burn-rate";
import { datadogBurnRateQuery, datadogSloQuery, datadogTags, type DatadogSloQuery } from "../../src/domain/datadog/query";
import type { AlertOwner } from "../../src/domain/routing";
import type { SloSpec } from "../../src/domain/slo";
import { cleanNumber } from "../../src/domain/numbers";
import { errorBudget } from "../../src/domain/slo-math";
import { MonitoringStack } from "../../src/stack";
import { datadogHandles } from "../../src/targets/datadog/notification-handles";
import type { ParsedSlo } from "./parse-slo";
import type { ServiceSlo } from "./service-slo";

const SWITCH_OFF = "or set outputs.datadog to false";

function datadogQueries(slo: ServiceSlo, parsed: Pick<ParsedSlo, "sli">): DatadogSloQuery {
  return slo.props.datadogQuery ?? datadogSloQuery(parsed.sli, MonitoringStack.of(slo).datadogMetricNamespace);
}

/** What keeps the SLO from being written to Datadog: an unsupported period, an untranslatable SLI. */
export function datadogProblems(slo: ServiceSlo, parsed: ParsedSlo): string[] {
  const problems: string[] = [];
  if (datadogTimeframe(parsed.period) === undefined) {
    problems.push(
      `Datadog measures SLOs over ${DATADOG_TIMEFRAMES.join(", ")} only, not ${parsed.period.days}d; use one of those periods ${SWITCH_OFF}`,
    );
  }
  try {
    datadogQueries(slo, parsed);
  } catch (error) {
    problems.push(`Datadog: ${(error as Error).message} (datadogQuery), ${SWITCH_OFF}`);
  }
  return problems;
}

/**
 * The SLO on Datadog: a metric SLO over the same good/total events, protected from deletion (its history is
 * lost with it), and a `slo alert` monitor for each burn-rate window pair, notifying the owner's handles.
 */
export function emitDatadogSlo(slo: ServiceSlo, spec: SloSpec, owner: AlertOwner): void {
  const terraform = MonitoringStack.of(slo).terraform;
  const provider = terraform.datadog();
  const scope = terraform.scopeFor(slo);
  const tags = datadogTags({ ...spec.alertLabels, "managed-by": "watchkeeper" });
  const objective = new ServiceLevelObjective(scope, "slo", {
    provider,
    name: `${spec.service} ${spec.name}`,
    type: "metric",
    description: spec.description ?? `SLO ${spec.name} of ${spec.service}, managed by Watchkeeper`,
    query: datadogQueries(slo, spec),
    thresholds: [{ timeframe: datadogTimeframe(spec.period) as string, target: spec.objectivePercent }],
    tags,
    lifecycle: { preventDestroy: true },
  });
  const budget = errorBudget(spec.objectivePercent);
  datadogBurnRateWindows(spec.windows, spec.period).forEach((window) => {
    const budgetSpent = `${window.budgetConsumedPercent}% of the error budget spent within ${window.long}`;
    const lines = [
      `${spec.service} ${spec.name} is burning its error budget at ${window.factor}x (${budgetSpent}; error ratio above ${cleanNumber(window.factor * budget)}).`,
      ...(spec.runbookUrl === undefined ? [] : [`Runbook: ${spec.runbookUrl}`]),
      ...(spec.dashboardUrl === undefined ? [] : [`Dashboard: ${spec.dashboardUrl}`]),
      datadogHandles(owner.receivers(window.severity, spec.service)).join(" "),
    ];
    new Monitor(scope, `burn-rate-${window.severity}-${window.long}`, {
      provider,
      name: `[${window.severity}] ${spec.service} ${spec.name}: error budget burn ${window.factor}x over ${window.long}`,
      type: "slo alert",
      query: datadogBurnRateQuery(objective.id, spec.period, window),
      message: lines.join("\n\n"),
      monitorThresholds: { critical: String(window.factor) },
      priority: window.severity === "page" ? "1" : "3",
      tags: [...tags, ...datadogTags({ severity: window.severity })],
    });
  });
}
