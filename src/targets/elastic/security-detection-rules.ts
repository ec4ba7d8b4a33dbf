import type { Duration } from "../../domain/duration";
import type { SecurityDetection, SecurityDetectionsSpec, SignalSeverity } from "../../domain/logs/security-detections";
import { detectionRunbook } from "../../domain/logs/security-detections";
import type { Receiver } from "../../domain/routing/routing";
import {
  KibanaSecurityDetectionRule,
  type KibanaSecurityDetectionRuleActions,
  type KibanaSecurityDetectionRuleConfig,
} from "../../providers/elasticstack/kibana-security-detection-rule";
import type { TargetScope } from "../target-scope";
import { kibanaActionParams, kibanaConnector } from "./kibana-connectors";
import { LOG_INDEX_PATTERN } from "./kibana-log-rule";
import { kql } from "./kql";

/** Elastic's risk score of each severity: the lower bound of its band, as Elastic's prebuilt rules use. */
const RISK_SCORE: Readonly<Record<SignalSeverity, number>> = { low: 21, medium: 47, high: 73, critical: 99 };

/** The look-back beyond the interval, so that events indexed late are still searched (Elastic's default, 1m). */
const LOOK_BACK_MINUTES = 1;

/** How often a rule runs, and from when it searches: its window, plus the look-back (`5m`, `now-6m`). */
function schedule(window: Duration): { interval: string; from: string } {
  const minutes = window.seconds / 60;
  return { interval: `${minutes}m`, from: `now-${minutes + LOOK_BACK_MINUTES}m` };
}

/**
 * How a detection fires in Elastic Security. Above 0 matching events per group it is a `threshold` rule, whose
 * `threshold.value` is a minimum count (Kibana searches with `min_doc_count: value`), hence the next whole count above
 * `above`; at 0 any matching event is a signal, a `query` rule.
 */
function condition(detection: SecurityDetection): Pick<KibanaSecurityDetectionRuleConfig, "type" | "threshold"> {
  const { above, groupBy } = detection.threshold;
  return above === 0 ? { type: "query" } : { type: "threshold", threshold: { field: groupBy === undefined ? [] : [groupBy], value: Math.floor(above) + 1 } };
}

/**
 * The actions notifying the security team's receivers once per rule run that finds alerts (a summary action:
 * security rules' alerts are many events, one notice), through the same connectors as Kibana log alerts.
 */
function actions(scope: TargetScope, spec: SecurityDetectionsSpec, detection: SecurityDetection, title: string, receivers: readonly Receiver[]): KibanaSecurityDetectionRuleActions[] {
  const runbook = detectionRunbook(spec.runbookUrl, detection.name);
  const notice = {
    title,
    body: [detection.description, `MITRE ATT&CK: ${detection.threat.tactic.name} / ${detection.threat.technique.id} ${detection.threat.technique.name}`, ...(runbook === undefined ? [] : [`Runbook: ${runbook}`])].join("\n\n"),
    severity: spec.severity,
    dedupKey: "{{rule.id}}",
  };
  return receivers.map((receiver) => {
    const connector = kibanaConnector(scope, receiver);
    return {
      actionTypeId: connector.typeId,
      id: connector.id,
      group: "default",
      params: kibanaActionParams(receiver, notice),
      frequency: { notifyWhen: "onActiveAlert", summary: true, throttle: "rule" },
    };
  });
}

/**
 * Security log monitoring as Elastic Security detection rules on the stack's log data streams: a KQL query per
 * detection (the same logs as the log alerts), its MITRE ATT&CK tactic and technique, severity and risk score, a
 * stable `rule_id` per environment, and actions notifying the security team.
 */
export function writeElasticSecurityRules(scope: TargetScope, spec: SecurityDetectionsSpec, receivers: readonly Receiver[]): void {
  const provider = scope.terraform.elasticstack();
  for (const detection of spec.detections) {
    const title = `[${spec.severity}] ${detection.alertName}: ${spec.service} security`;
    const runbook = detectionRunbook(spec.runbookUrl, detection.name);
    const { tactic, technique } = detection.threat;
    new KibanaSecurityDetectionRule(scope.terraformScope(), `security-rule-${detection.name}`, {
      provider,
      ruleId: `watchkeeper-${detection.id}-${spec.environment}`,
      name: title,
      description: detection.description,
      ...condition(detection),
      language: "kuery",
      query: kql(detection.query),
      index: [LOG_INDEX_PATTERN],
      ...schedule(detection.threshold.window),
      to: "now",
      enabled: true,
      severity: detection.signalSeverity,
      riskScore: RISK_SCORE[detection.signalSeverity],
      threat: [{ framework: "MITRE ATT&CK", tactic, technique: [technique] }],
      tags: [...Object.entries({ ...spec.labels, severity: spec.severity }).map(([key, value]) => `${key}:${value}`), `Tactic: ${tactic.name}`],
      references: [...(runbook === undefined ? [] : [runbook]), technique.reference],
      note: runbook === undefined ? undefined : `Runbook: ${runbook}`,
      actions: actions(scope, spec, detection, title, receivers),
    });
  }
}
