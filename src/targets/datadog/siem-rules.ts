import { SecurityMonitoringRule } from "@cdktf/provider-datadog/lib/security-monitoring-rule";
import type { MitreThreat, SecurityDetection, SecurityDetectionsSpec } from "../../domain/logs/security-detections";
import { detectionRunbook } from "../../domain/logs/security-detections";
import { slug } from "../../domain/naming";
import type { Receiver } from "../../domain/routing/routing";
import type { TargetScope } from "../target-scope";
import { datadogLogField, datadogLogSearch } from "./log-search";
import { datadogHandles } from "./notification-handles";
import { datadogTags } from "./query";

/**
 * The query text of a Cloud SIEM log detection: the log search of the detection (no `logs(…)` wrapper, no index:
 * a detection rule reads every log as it is ingested), and the condition of its case on the query's count.
 */
export function datadogSiemQuery(detection: SecurityDetection): { readonly name: string; readonly search: string; readonly groupBy: string[]; readonly condition: string } {
  const { above, groupBy } = detection.threshold;
  const name = detection.name.replace(/-/g, "_");
  return { name, search: datadogLogSearch(detection.query), groupBy: groupBy === undefined ? [] : [datadogLogField(groupBy)], condition: `${name} > ${above}` };
}

/**
 * The MITRE ATT&CK tags of a Cloud SIEM rule, as Datadog's own rules carry them (`tactic:TA0006-credential-access`,
 * `technique:T1110-brute-force`, `security:attack`), which the Security Signals explorer and the MITRE ATT&CK map read.
 */
export function mitreTags(threat: MitreThreat): string[] {
  return [`tactic:${threat.tactic.id}-${slug(threat.tactic.name)}`, `technique:${threat.technique.id}-${slug(threat.technique.name)}`, "security:attack"];
}

function message(spec: SecurityDetectionsSpec, detection: SecurityDetection): string {
  const runbook = detectionRunbook(spec.runbookUrl, detection.name);
  const { tactic, technique } = detection.threat;
  return [
    `${detection.alertName}: ${detection.description}`,
    `MITRE ATT&CK: ${tactic.name} (${tactic.id}) / ${technique.name} (${technique.id}), ${technique.reference}`,
    ...(runbook === undefined ? [] : [`Runbook: ${runbook}`]),
  ].join("\n\n");
}

/**
 * Security log monitoring as Datadog Cloud SIEM log detection rules: a threshold on each detection's log count per
 * group over its window, one case with the signal's severity that notifies the security team's receivers (the
 * same handles as its monitors), and the MITRE ATT&CK tags.
 */
export function writeDatadogSiemRules(scope: TargetScope, spec: SecurityDetectionsSpec, receivers: readonly Receiver[]): void {
  const provider = scope.terraform.datadog();
  for (const detection of spec.detections) {
    const query = datadogSiemQuery(detection);
    const window = detection.threshold.window.seconds;
    new SecurityMonitoringRule(scope.terraformScope(), `siem-rule-${detection.name}`, {
      provider,
      name: `[${spec.severity}] ${detection.alertName}: ${spec.service} security`,
      type: "log_detection",
      enabled: true,
      message: message(spec, detection),
      query: [{ name: query.name, query: query.search, aggregation: "count", dataSource: "logs", groupByFields: query.groupBy }],
      case: [{ name: detection.alertName, status: detection.signalSeverity, condition: query.condition, notifications: datadogHandles(receivers) }],
      // A signal stays open while the case matches again within the window, and closes a day after it opened.
      options: { detectionMethod: "threshold", evaluationWindow: window, keepAlive: Math.max(window, 3600), maxSignalDuration: 86400 },
      hasExtendedTitle: true,
      tags: [...datadogTags({ ...spec.labels, severity: spec.severity, "managed-by": "watchkeeper" }), ...mitreTags(detection.threat)],
    });
  }
}
