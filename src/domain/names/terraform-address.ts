/** A Terraform resource address of a configuration's root module: `<type>.<name>`, e.g. `datadog_monitor.checkout_burn`. */
export const TERRAFORM_ADDRESS = /^[a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*$/;

/** The resource type of an address: `datadog_monitor` of `datadog_monitor.checkout_burn`. */
export const addressType = (address: string): string => address.slice(0, address.indexOf("."));
