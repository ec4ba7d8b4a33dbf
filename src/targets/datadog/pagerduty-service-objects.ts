import { IntegrationPagerdutyServiceObject } from "@cdktf/provider-datadog/lib/integration-pagerduty-service-object";
import { TerraformVariable } from "cdktf";
import { slug } from "../../domain/naming";
import type { OwnedServiceProps } from "../../domain/oncall/on-call-plan";
import type { TargetScope } from "../target-scope";
import { DATADOG } from "../terraform/providers";

/**
 * When the stack writes to Datadog, a Datadog PagerDuty service object per owned service, so that monitors'
 * `@pagerduty-<service>` handles reach it. Its integration key is a sensitive variable
 * (`TF_VAR_pagerduty_service_key_<service>`), never part of the configuration.
 */
export function emitDatadogServiceObjects(target: TargetScope, services: readonly OwnedServiceProps[]): void {
  const { stack, terraform } = target;
  if (!terraform.uses(DATADOG)) {
    return;
  }
  const provider = terraform.datadog();
  for (const service of services) {
    const name = stack.vendorName(service.name);
    const key = new TerraformVariable(terraform.stack, `pagerduty_service_key_${slug(name).replace(/-/g, "_")}`, {
      type: "string",
      sensitive: true,
      description: `The PagerDuty integration key of service ${name}, for Datadog`,
    });
    new IntegrationPagerdutyServiceObject(target.terraformScope(), `datadog-${slug(service.name)}`, {
      provider,
      serviceName: name,
      serviceKey: key.stringValue,
    });
  }
}
