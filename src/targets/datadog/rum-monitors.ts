import { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import type { RumApplication } from "@cdktf/provider-datadog/lib/rum-application";
import type { SeverityReceivers, AlertSeverity } from "../../domain/routing/routing";
import { journeyAlertName, journeySteps, sessionAlertNames, vitalAlertName, type RumSpec } from "../../domain/rum/rum-application";
import { VITALS } from "../../domain/rum/vitals";
import type { TargetScope } from "../target-scope";
import { datadogHandles, monitorPriority } from "./notification-handles";
import { datadogTags } from "./query";
import { crashFreeSessionsQuery, errorSessionsQuery, journeyStepQuery, journeyStepRatio, vitalMonitorQuery, VITALS_WINDOW } from "./rum-queries";

/** What a monitor says at each of its levels: a warning is a ticket, an alert has the application's severity. */
interface Levels {
  readonly warning?: string;
  readonly alert: string;
}

/**
 * A notification: the warning to the owner's ticket receivers, the alert to the receivers of the application's
 * severity (Datadog's `is_warning` / `is_alert` blocks), then the runbook and dashboard.
 */
function message(spec: RumSpec, levels: Levels, receivers: SeverityReceivers): string {
  const block = (condition: string, text: string, severity: AlertSeverity) =>
    `{{#${condition}}}${text} ${datadogHandles(receivers[severity]).join(" ")}{{/${condition}}}`;
  return [
    ...(levels.warning === undefined ? [] : [block("is_warning", levels.warning, "ticket")]),
    block("is_alert", levels.alert, spec.severity),
    ...(spec.runbookUrl === undefined ? [] : [`Runbook: ${spec.runbookUrl}`]),
    ...(spec.dashboardUrl === undefined ? [] : [`Dashboard: ${spec.dashboardUrl}`]),
  ].join("\n\n");
}

/**
 * The monitors of a RUM application, each routed to its owner: a `rum alert` per Core Web Vital on the 75th
 * percentile per view group and device type (warning at "needs improvement", alert at poor; durations in
 * nanoseconds), sessions with errors, crash-free sessions on mobile, and a conversion drop per journey step.
 */
export function writeRumMonitors(scope: TargetScope, spec: RumSpec, app: RumApplication, receivers: SeverityReceivers): void {
  const provider = scope.terraform.datadog();
  const resources = scope.terraformScope();
  const vendorId = scope.stack.vendorName(spec.id);
  const tags = datadogTags({ ...spec.tags, ...spec.alertLabels, "managed-by": "watchkeeper" });
  const monitor = (id: string, name: string, type: string, query: string, levels: Levels, thresholds: { critical: string; warning?: string }) =>
    new Monitor(resources, id, {
      provider,
      name: `[${spec.severity}] ${spec.name}: ${name}`,
      type,
      query,
      message: message(spec, levels, receivers),
      monitorThresholds: thresholds,
      priority: String(monitorPriority(spec.severity)),
      tags: [...tags, ...datadogTags({ severity: spec.severity })],
    });

  for (const vital of spec.vitals) {
    const { title } = VITALS[vital.vital];
    const where = `of ${spec.name} at p75 over ${VITALS_WINDOW} on {{[@view.url_path_group].name}} ({{[@device.type].name}})`;
    monitor(`vital-${vital.vital}`, `${title} is poor`, "rum alert", vitalMonitorQuery(app.id, vital, spec.viewGroups), {
      warning: `${vitalAlertName(spec.alertName, vital)}: ${title} ${where} needs improvement (above ${vital.goodText}).`,
      alert: `${vitalAlertName(spec.alertName, vital)}: ${title} ${where} is poor (above ${vital.poorText}).`,
    }, { critical: String(vital.poor), warning: String(vital.good) });
  }

  const sessions = sessionAlertNames(spec.alertName);
  const errors = spec.errorSessions;
  monitor("error-sessions", "sessions with errors", "query alert", errorSessionsQuery(vendorId, errors), {
    warning: `${sessions.errorSessions}: more than ${errors.warning}% of ${spec.name}'s sessions have an error.`,
    alert: `${sessions.errorSessions}: more than ${errors.alert}% of ${spec.name}'s sessions have an error.`,
  }, { critical: String(errors.alert), warning: String(errors.warning) });

  const crashFree = spec.crashFreeSessions;
  if (crashFree !== undefined) {
    monitor("crash-free-sessions", "crash-free sessions", "query alert", crashFreeSessionsQuery(vendorId, crashFree), {
      warning: `${sessions.crashFreeSessions}: fewer than ${crashFree.warning}% of ${spec.name}'s sessions are free of crashes.`,
      alert: `${sessions.crashFreeSessions}: fewer than ${crashFree.alert}% of ${spec.name}'s sessions are free of crashes.`,
    }, { critical: String(crashFree.alert), warning: String(crashFree.warning) });
  }

  for (const journey of spec.journeys) {
    for (const step of journeySteps(journey)) {
      const query = journeyStepQuery(vendorId, step, journey.window, journey.dropPercent);
      monitor(`journey-${journey.id}-step-${step.index}`, `journey ${journey.name} step ${step.index} converts less`, "query alert", query, {
        alert: `${journeyAlertName(spec.alertName, journey, step)}: in journey ${journey.name}, views of ${step.to} over views of ${step.from} dropped more than ${journey.dropPercent}% against the same hours last week.`,
      }, { critical: String(journeyStepRatio(journey.dropPercent)) });
    }
  }
}
