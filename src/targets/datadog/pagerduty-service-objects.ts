import { IntegrationPagerdutyServiceObject } from "@cdktf/provider-datadog/lib/integration-pagerduty-service-object";
import { slug } from "../../domain/naming";
import type { OwnedServiceProps } from "../../domain/oncall/on-call-plan";
import { pagerDutyIntegrationKey } from "../pagerduty/service-integrations";
import type { TargetScope } from "../target-scope";
import { DATADOG } from "../terraform/providers";

/**
 * When the stack writes to Datadog, a Datadog PagerDuty service object per owned service, so that monitors'
 * `@pagerduty-<service>` handles reach it. Its integration key is the `integration_key` of a Datadog
 * `pagerduty_service_integration` on the service, which the same stack declares: nobody copies it by hand.
 */
export function emitDatadogServiceObjects(target: TargetScope, services: readonly OwnedServiceProps[]): void {
  const { stack, terraform } = target;
  if (!terraform.uses(DATADOG)) {
    return;
  }
  const provider = terraform.datadog();
  for (const service of services) {
    const name = stack.vendorName(service.name);
    new IntegrationPagerdutyServiceObject(target.terraformScope(), `datadog-${slug(service.name)}`, {
      provider,
      serviceName: name,
      serviceKey: pagerDutyIntegrationKey(terraform, name, "datadog"),
    });
  }
}
