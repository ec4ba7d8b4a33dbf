/**
 * Terraform providers, fully qualified and pinned, so that Terraform and OpenTofu resolve the same plugins from
 * the same registry on every machine.
 */
export interface ProviderPin {
  /** The provider's local name in `required_providers`. */
  readonly name: string;
  readonly source: string;
  readonly version: string;
}

export const DATADOG: ProviderPin = { name: "datadog", source: "registry.terraform.io/datadog/datadog", version: "3.82.0" };
export const PAGERDUTY: ProviderPin = { name: "pagerduty", source: "registry.terraform.io/pagerduty/pagerduty", version: "3.30.8" };
export const GRAFANA: ProviderPin = { name: "grafana", source: "registry.terraform.io/grafana/grafana", version: "4.45.1" };
export const SENTRY: ProviderPin = { name: "sentry", source: "registry.terraform.io/jianyuan/sentry", version: "0.15.4" };
export const ELASTICSTACK: ProviderPin = { name: "elasticstack", source: "registry.terraform.io/elastic/elasticstack", version: "0.16.3" };
