import { DataPagerdutyVendor } from "@cdktf/provider-pagerduty/lib/data-pagerduty-vendor";
import { ServiceIntegration } from "@cdktf/provider-pagerduty/lib/service-integration";
import { Lazy } from "cdktf";
import { slug } from "../../domain/naming";
import type { TerraformTarget } from "../terraform/terraform-target";

/** A tool that sends events to PagerDuty services through an integration of its own. */
export type PagerDutySender = "datadog" | "sentry";

/** The ids of the stack's PagerDuty services by their name in PagerDuty, filled as teams emit their services. */
function servicesByVendorName(terraform: TerraformTarget): Map<string, string> {
  return terraform.shared("pagerduty-service-ids-by-vendor-name", () => new Map<string, string>());
}

/** Records a PagerDuty service of the stack, so that other tools' integrations can be attached to it. */
export function registerPagerDutyService(terraform: TerraformTarget, vendorName: string, serviceId: string): void {
  servicesByVendorName(terraform).set(vendorName, serviceId);
}

/** How each sender integrates: PagerDuty's Datadog integration, and the Events API v2 for Sentry. */
function integrationKind(terraform: TerraformTarget, sender: PagerDutySender): { type?: string; vendor?: string } {
  if (sender === "sentry") {
    return { type: "events_api_v2_inbound_integration" };
  }
  const vendor = terraform.shared("pagerduty-vendor-datadog", (scope, id) =>
    new DataPagerdutyVendor(scope, id, { provider: terraform.pagerduty(), name: "Datadog" }),
  );
  return { vendor: vendor.id };
}

/**
 * The integration key through which a sender reaches a PagerDuty service of this stack: a
 * `pagerduty_service_integration` on the service, created on the first request at
 * `shared/pagerduty-integration-<sender>-<service>`, so that nobody copies keys by hand. The service's id is
 * resolved at synth, so a sender may emit before the team that owns the service; synth fails when the service
 * never comes.
 */
export function pagerDutyIntegrationKey(terraform: TerraformTarget, vendorName: string, sender: PagerDutySender): string {
  const integration = terraform.shared(`pagerduty-integration-${sender}-${slug(vendorName)}`, (scope, id) =>
    new ServiceIntegration(scope, id, {
      provider: terraform.pagerduty(),
      name: sender === "datadog" ? "Datadog" : "Sentry",
      service: Lazy.stringValue({
        produce: () => {
          const service = servicesByVendorName(terraform).get(vendorName);
          if (service === undefined) {
            throw new Error(`PagerDuty service "${vendorName}" receives ${sender} alerts but no team of the stack emits it`);
          }
          return service;
        },
      }),
      ...integrationKind(terraform, sender),
    }),
  );
  return integration.integrationKey;
}
