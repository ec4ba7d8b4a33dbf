import { IntegrationPagerdutyServiceObject } from "@cdktf/provider-datadog/lib/integration-pagerduty-service-object";
import { slug } from "../../domain/naming";
import type { OwnedServiceProps } from "../../domain/oncall/on-call-plan";
import { pagerDutyIntegrationKey } from "../pagerduty/service-integrations";
import type { Aggregate } from "../../outputs";
import { DATADOG } from "../terraform/providers";

/**
 * When the stack writes to Datadog, a Datadog PagerDuty service object per PagerDuty service of the stack's
 * teams, so that monitors' `@pagerduty-<service>` handles reach it. Its integration key is the `integration_key`
 * of a Datadog `pagerduty_service_integration` on the service, which the same stack declares: nobody copies it by
 * hand.
 */
export const DATADOG_PAGERDUTY_SERVICES: Aggregate<OwnedServiceProps> = {
  name: "Datadog PagerDuty services",
  write(scope, services) {
    const { stack, terraform } = scope;
    if (!terraform.uses(DATADOG)) {
      return;
    }
    const provider = terraform.datadog();
    for (const service of services) {
      const name = stack.vendorName(service.name);
      new IntegrationPagerdutyServiceObject(scope.terraformScope(), `datadog-pagerduty-${slug(service.name)}`, {
        provider,
        serviceName: name,
        serviceKey: pagerDutyIntegrationKey(terraform, name, "datadog"),
      });
    }
  },
};
