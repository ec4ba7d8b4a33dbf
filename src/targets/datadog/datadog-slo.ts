import { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import { ServiceLevelObjective } from "@cdktf/provider-datadog/lib/service-level-objective";
import { cleanNumber } from "../../domain/numbers";
import type { AlertSeverity, SeverityReceivers } from "../../domain/routing/routing";
import type { SloSpec } from "../../domain/slo/slo";
import { errorBudget } from "../../domain/slo/slo-math";
import type { TargetScope } from "../target-scope";
import { DATADOG_TIMEFRAMES, datadogBurnRateWindows, datadogTimeframe } from "./burn-rate";
import { datadogHandles } from "./notification-handles";
import { datadogBurnRateQuery, datadogSloQuery, datadogTags, type DatadogSloQuery } from "./query";

/** Who is notified of an SLO's alerts, by severity; a severity without receivers notifies no one. */
export type { SeverityReceivers };

/** What the Datadog SLO needs besides the spec. */
export interface DatadogSloInput {
  /** Numerator and denominator given by hand; undefined to translate the SLI's selectors. */
  readonly query?: DatadogSloQuery;
  /** The owner's receivers, mentioned in the burn-rate monitors' messages. */
  readonly receivers: SeverityReceivers;
}

const SWITCH_OFF = "or set outputs.datadog to false";

/** The metric SLO's queries: the ones given, else the SLI translated; throws when the SLI has no translation. */
function sloQuery(sli: SloSpec["sli"], namespace: string, query: DatadogSloQuery | undefined): DatadogSloQuery {
  return query ?? datadogSloQuery(sli, namespace);
}

/**
 * What keeps an SLO from being written to Datadog: a period Datadog cannot measure, an SLI with no Datadog
 * translation and no queries given. Each problem names the fix.
 */
export function datadogSloProblems(slo: Pick<SloSpec, "period" | "sli">, namespace: string, query?: DatadogSloQuery): string[] {
  const problems: string[] = [];
  if (datadogTimeframe(slo.period) === undefined) {
    problems.push(
      `Datadog measures SLOs over ${DATADOG_TIMEFRAMES.join(", ")} only, not ${slo.period.days}d; use one of those periods ${SWITCH_OFF}`,
    );
  }
  try {
    sloQuery(slo.sli, namespace, query);
  } catch (error) {
    problems.push(`Datadog: ${(error as Error).message} (datadogQuery), ${SWITCH_OFF}`);
  }
  return problems;
}

/** A burn-rate monitor of the SLO on Datadog, as routing sees it and as it is written. */
export interface DatadogBurnMonitor {
  readonly name: string;
  readonly severity: AlertSeverity;
  readonly window: ReturnType<typeof datadogBurnRateWindows>[number];
}

/** The SLO's burn-rate monitors on Datadog: one `slo alert` monitor per window pair. */
export function datadogSloMonitors(spec: SloSpec): DatadogBurnMonitor[] {
  return datadogBurnRateWindows(spec.windows, spec.period).map((window) => ({
    name: `[${window.severity}] ${spec.service} ${spec.name}: error budget burn ${window.factor}x over ${window.long}`,
    severity: window.severity,
    window,
  }));
}

/**
 * The SLO on Datadog: a metric SLO over the same good/total events, protected from deletion (its history is
 * lost with it), and a `slo alert` monitor for each burn-rate window pair, notifying the owner's handles.
 * Only for a spec without datadogSloProblems.
 */
export function writeDatadogSlo(scope: TargetScope, spec: SloSpec, input: DatadogSloInput): void {
  const provider = scope.terraform.datadog();
  const resources = scope.terraformScope();
  const tags = datadogTags({ ...spec.alertLabels, "managed-by": "watchkeeper" });
  const objective = new ServiceLevelObjective(resources, "slo", {
    provider,
    name: `${spec.service} ${spec.name}`,
    type: "metric",
    description: spec.description ?? `SLO ${spec.name} of ${spec.service}, managed by Watchkeeper`,
    query: sloQuery(spec.sli, scope.stack.datadogMetricNamespace, input.query),
    thresholds: [{ timeframe: datadogTimeframe(spec.period) as string, target: spec.objectivePercent }],
    tags,
  });
  const budget = errorBudget(spec.objectivePercent);
  datadogSloMonitors(spec).forEach(({ name, window }) => {
    const budgetSpent = `${window.budgetConsumedPercent}% of the error budget spent within ${window.long}`;
    const lines = [
      `${spec.service} ${spec.name} is burning its error budget at ${window.factor}x (${budgetSpent}; error ratio above ${cleanNumber(window.factor * budget)}).`,
      ...(spec.runbookUrl === undefined ? [] : [`Runbook: ${spec.runbookUrl}`]),
      ...(spec.dashboardUrl === undefined ? [] : [`Dashboard: ${spec.dashboardUrl}`]),
      datadogHandles(input.receivers[window.severity]).join(" "),
    ];
    new Monitor(resources, `burn-rate-${window.severity}-${window.long}`, {
      provider,
      name,
      type: "slo alert",
      query: datadogBurnRateQuery(objective.id, spec.period, window),
      message: lines.join("\n\n"),
      monitorThresholds: { critical: String(window.factor) },
      priority: window.severity === "page" ? "1" : "3",
      tags: [...tags, ...datadogTags({ severity: window.severity })],
    });
  });
}
