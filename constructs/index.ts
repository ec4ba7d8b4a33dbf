/** Watchkeeper's public API: the app and stacks, and the constructs teams declare their monitoring with. */
export { MonitoringApp, SynthError, type MonitoringAppProps } from "../src/app";
export { MonitoringStack, type MonitoringStackProps } from "../src/stack";
export { ProtectedHistoryError, type RetiredResource } from "../src/targets/terraform/protected-history";
export { localBackend, type TerraformBackendFactory } from "../src/targets/terraform/terraform-target";
export type { AlertOwner } from "../src/domain/routing";
export { ALERTMANAGER_SECRET, SecretRef } from "../src/domain/secret";
export { OnCallTeam } from "./oncall/on-call-team";
export type * from "./oncall/on-call-team-props";
export { serviceFolderUrl } from "../src/targets/grafana/uids";
export type { StackSettings } from "../src/targets/target-scope";
export { ServiceSlo } from "./slo/service-slo";
export type * from "./slo/service-slo-props";
export { AlertRouting, type AlertRoutingProps } from "./oncall/alert-routing";
export type { DefaultReceiverInput, SmtpInput } from "../src/domain/routing-plan";
export { ErrorTracking, type ErrorTrackingOutputs } from "./apm/error-tracking";
export type * from "./apm/error-tracking-props";
export { SENTRY_PLATFORMS, type SentryPlatform } from "./apm/sentry-platforms";
