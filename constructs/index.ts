/** Watchkeeper's public API: the app and stacks, and the constructs teams declare their monitoring with. */
export { MonitoringApp, type MonitoringAppProps, type StackSummary } from "../src/app";
export { SynthError } from "../src/synth-error";
export { MonitoringStack, type ExternalSignalProps, type MonitoringStackProps } from "../src/stack";
export type { RetiredResource } from "../src/targets/terraform/protected-history";
export { localBackend, type TerraformBackendFactory } from "../src/targets/terraform/terraform-target";
export type { AlertOwner } from "../src/domain/routing/routing";
export { ALERTMANAGER_SECRET, SecretRef } from "../src/domain/secret";
export { OnCallTeam } from "./oncall/on-call-team";
export type * from "../src/domain/oncall/on-call-team-props";
export { serviceFolderUrl } from "../src/targets/grafana/uids";
export type { StackSettings } from "../src/targets/target-scope";
export { ServiceSlo } from "./slo/service-slo";
export type * from "../src/domain/slo/service-slo-props";
export type { StatusPageProps } from "../src/domain/status-page/status-page-props";
export { AlertRouting, type AlertRoutingProps } from "./oncall/alert-routing";
export type { DefaultReceiverInput, SmtpInput } from "../src/domain/routing/routing-plan";
export { ErrorTracking, type ErrorTrackingOutputs } from "./apm/error-tracking";
export type * from "../src/domain/apm/error-tracking-props";
export { ServiceTelemetry } from "./apm/service-telemetry";
export type * from "../src/domain/apm/service-telemetry-props";
export { TELEMETRY_LANGUAGES, HIGH_CARDINALITY_ATTRIBUTES, type TelemetryLanguage, type MetricNaming } from "../src/domain/apm/telemetry";
export { CriticalUserFlow } from "./synthetics/critical-user-flow";
export { ApiHealthCheck } from "./synthetics/api-health-check";
export type * from "../src/domain/synthetics/synthetic-check-props";
export { GLOBAL_MONITORING_LOCATIONS, MANAGED_LOCATIONS } from "../src/domain/synthetics/locations";
export { SENTRY_PLATFORMS, type SentryPlatform } from "../src/domain/apm/sentry-platforms";

// Writing your own construct: the base class and its outputs, the alert and owner types, durations, PromQL.
export { MonitoringConstruct } from "../src/monitoring-construct";
export { contribute, when, type Aggregate, type Contribution, type Output, type Outputs, type VendorAlert } from "../src/outputs";
export type { Problems } from "../src/domain/problems";
export type { SloReference } from "../src/domain/slo/slo-reference";
export type { FlowReference } from "../src/domain/synthetics/flow-reference";
export type { Receiver } from "../src/domain/routing/routing";
export type { AlertSeverity } from "../src/domain/routing/routing";
export { alertRule, type AlertRuleInput } from "../src/domain/rules/alert-rule";
export { Duration } from "../src/domain/duration";
export * as promql from "../src/domain/promql";
export { parseSelector, type LabelMatcher, type MatchOperator, type Selector } from "../src/domain/promql";
export type { AlertingRule, NamedRuleGroups, RecordingRule, Rule, RuleGroup } from "../src/domain/rules/rules";
export type { TargetScope } from "../src/targets/target-scope";

// Business KPIs: seasonal baselines, anomaly bands, thresholds, floors and forecasts.
export { BusinessKpi } from "./business/business-kpi";
export type * from "../src/domain/kpi/business-kpi-props";

// Real user monitoring: Core Web Vitals, sessions, journeys and retention on Datadog RUM.
export { RealUserMonitoring } from "./rum/real-user-monitoring";
export type * from "../src/domain/rum/real-user-monitoring-props";
export { RUM_APPLICATION_TYPES } from "../src/domain/rum/rum-application";
// Logs: retention policies, the compliance summary, log alerts and security log monitoring.
export { LogPolicy } from "./logs/log-policy";
export type * from "../src/domain/logs/log-policy-props";
export { LogRetention, type LogRetentionProps, type RetentionMinimumProps } from "./logs/log-retention";
export { LogAlert } from "./logs/log-alert";
export type * from "../src/domain/logs/log-alert-props";
export { SecurityLogMonitoring } from "./logs/security-log-monitoring";
export type * from "../src/domain/logs/security-log-monitoring-props";
export * as logQuery from "../src/domain/logs/log-query";
export type { LogQuery } from "../src/domain/logs/log-query";
export type { LogArchiveDestination } from "../src/domain/logs/log-policy";
// Infrastructure: rule packs for nodes, containers, Kubernetes, network and security; capacity planning.
export { InfrastructureMonitoring } from "./infrastructure/infrastructure-monitoring";
export type * from "../src/domain/infrastructure/infrastructure-monitoring-props";
// Meta-monitoring: the heartbeat to a dead man's switch, Prometheus's and Alertmanager's health, every scrape job's targets.
export { MetaMonitoring } from "./meta/meta-monitoring";
export type * from "../src/domain/meta/meta-monitoring-props";
// Quality: deployment gates from the SLOs (Argo Rollouts, Flagger; `watchkeeper gate` in CI).
export { DeploymentGate } from "./quality/deployment-gate";
export type * from "../src/domain/gate/deployment-gate-props";
// SLAs: the contract with customers, measured per calendar month by recording rules and `watchkeeper report`.
export { SlaPolicy } from "./quality/sla-policy";
export type * from "../src/domain/sla/sla-policy-props";
// The monitoring platform: Prometheus, Alertmanager, Grafana and the Elastic Stack the stack's output runs on.
export { MonitoringPlatform } from "./platform/monitoring-platform";
export type * from "../src/domain/platform/platform-props";
