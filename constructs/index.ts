/** Watchkeeper's public API: the app and stacks, and the constructs teams declare their monitoring with. */
export { MonitoringApp, SynthError, type MonitoringAppProps } from "../src/app";
export { MonitoringStack, type MonitoringStackProps } from "../src/stack";
export { localBackend, type TerraformBackendFactory } from "../src/targets/terraform/terraform-target";
export type { AlertOwner } from "../src/domain/routing";
export { OnCallTeam, type OnCallTeamProps } from "./oncall/on-call-team";
export { ServiceSlo } from "./slo/service-slo";
export type * from "./slo/service-slo-props";
