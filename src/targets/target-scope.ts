import type { Chart } from "cdk8s";
import type { Construct } from "constructs";
import type { OutputFiles } from "../output-files";
import type { TerraformTarget } from "./terraform/terraform-target";

/** What targets need to know of the stack a declaration lives in. */
export interface StackSettings {
  /** The stack's id (`production`), the folder of its output. */
  readonly id: string;
  /** The `env` label and tag of everything the stack writes. */
  readonly environment: string;
  /** Grafana's base URL without a trailing slash, when the stack has one. */
  readonly grafanaUrl?: string;
  /** The OpenMetrics namespace of the services' metrics in Datadog ("" for none). */
  readonly datadogMetricNamespace: string;
  /** A name as it appears in vendor accounts that every environment shares (with the stack's suffix). */
  vendorName(name: string): string;
}

/**
 * Where one declaration writes its output. Targets receive it with plain domain values, never the construct:
 * every resource, object and file they write lives under the declaration's path, so logical ids and file
 * headers follow the declaration.
 */
export interface TargetScope {
  /** The declaration's construct path, named in generated file headers and in errors. */
  readonly path: string;
  /** The settings of the stack the declaration lives in. */
  readonly stack: StackSettings;
  /** The stack's Terraform configuration: providers and resources shared across declarations. */
  readonly terraform: TerraformTarget;
  /** The stack's files besides Terraform and Kubernetes, by path relative to `dist/<stack>/`. */
  readonly files: OutputFiles;
  /** The construct under which the declaration's Terraform resources live (created on first use). */
  terraformScope(): Construct;
  /** The chart holding the declaration's Kubernetes objects, one YAML file per declaration (created on first use). */
  kubernetesChart(): Chart;
}
