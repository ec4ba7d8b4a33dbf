import { z } from "zod";
import { alertLabelProblem } from "./domain/names/alert-labels";
import { metricNamespaceProblem } from "./domain/names/datadog";
import { slugSuffixProblem } from "./domain/names/slugs";
import { credentialProblems } from "./domain/validation/credentials";
import { labelNameProblem } from "./domain/validation/prometheus";
import { checkedText, duration, host, kubernetesName, owner, propsSchema, ratio, schemaProblems, text, validatedBy, webAddress } from "./domain/validation/schema";
import type { ExternalSignalProps, MonitoringStackProps } from "./stack-props";
import type { RetiredResource } from "./targets/terraform/protected-history";
import type { TerraformBackendFactory } from "./targets/terraform/terraform-target";

const METRIC_PATTERN = /^[a-zA-Z_:][a-zA-Z0-9_:]*\*?$/;

const externalSignal = propsSchema<ExternalSignalProps>()({
  description: text,
  metrics: z
    .array(checkedText((metric) => (METRIC_PATTERN.test(metric) ? undefined : `${JSON.stringify(metric)} is not a metric name (letters, digits, _ and :, optionally ending in *)`)))
    .min(1, 'name at least one metric, e.g. "http_requests_total"'),
  labels: z.array(validatedBy((what, label) => labelNameProblem(what, label))),
  job: text.optional(),
});

/** The schema of a MonitoringStack's props: every prop's type, range and format; the stack checks the rest. */
export const stackPropsSchema = propsSchema<MonitoringStackProps>()({
  environment: validatedBy((what, environment) => alertLabelProblem("environment", what, environment)).optional(),
  defaultOwner: owner.optional(),
  kubernetesNamespace: kubernetesName.optional(),
  grafanaUrl: webAddress().optional(),
  datadogMetricNamespace: validatedBy(metricNamespaceProblem).optional(),
  vendorNameSuffix: validatedBy(slugSuffixProblem).optional(),
  prometheusRetention: duration({ min: "1h", max: "10y" }).optional(),
  terraformBackend: z.custom<TerraformBackendFactory>((value) => typeof value === "function", { message: "is not a function that adds a Terraform backend" }).optional(),
  // Checked with the Terraform state they refer to, by the protected-history guard.
  retired: z.custom<readonly RetiredResource[]>(() => true).optional(),
  acknowledgeDestroy: z.custom<readonly string[]>(() => true).optional(),
  hashedAddressMoves: z.boolean().optional(),
  adopt: text.optional(),
  locations: z.array(text).optional(),
  probers: z.record(text, host).optional(),
  traceSampleRatio: ratio().optional(),
  externalSignals: z.array(externalSignal).optional(),
}) satisfies z.ZodType<MonitoringStackProps>;

/** The problems of a stack's props: credentials in clear anywhere, then every prop against stackPropsSchema. */
export function stackSettingProblems(props: MonitoringStackProps): string[] {
  return [...credentialProblems(props), ...schemaProblems(stackPropsSchema, props)];
}
