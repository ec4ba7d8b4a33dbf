import { Duration } from "./domain/duration";
import { DEFAULT_PROMETHEUS_RETENTION } from "./domain/kpi/history";
import { fileNameProblem } from "./domain/names/file-names";
import type { AlertOwner } from "./domain/routing/routing";
import type { RetiredResource } from "./targets/terraform/protected-history";
import type { TerraformBackendFactory } from "./targets/terraform/terraform-target";

/** The props of MonitoringStack: the environment's settings, its declared signals and its Terraform state. */
export interface MonitoringStackProps {
  /**
   * The `env` label of every alert and the `env` tag of every vendor resource.
   * @default the stack's id
   */
  readonly environment?: string;
  /**
   * The team that owns declarations that name no owner: a team's name (a team declared in this stack), or an owner.
   * @default none: every declaration with alerts must name its owner
   * @example "platform"
   */
  readonly defaultOwner?: AlertOwner | string;
  /**
   * The Kubernetes namespace of the stack's custom resources.
   * @default "monitoring"
   */
  readonly kubernetesNamespace?: string;
  /**
   * Grafana's base URL, for the `dashboard_url` annotation of alerts.
   * @default none: alerts carry no dashboard link
   */
  readonly grafanaUrl?: string;
  /**
   * The OpenMetrics namespace under which the Datadog Agent ingests the services' Prometheus metrics.
   * @default "" (no prefix)
   */
  readonly datadogMetricNamespace?: string;
  /**
   * Appended to the names, slugs and uids of what lives in vendor accounts that every environment shares
   * (PagerDuty teams, schedules, policies and services; Sentry teams and projects; Grafana folders and
   * dashboards), so that staging and production can be deployed to the same accounts side by side.
   * @default "" (names as declared)
   * @example "-staging"
   */
  readonly vendorNameSuffix?: string;
  /**
   * How long the stack's Prometheus keeps samples (its `--storage.tsdb.retention.time`). Rules that read further
   * back, such as a BusinessKpi's weekly baseline (3 weeks and 35 minutes by default), are an error when they
   * need more than this.
   * @default "15d", Prometheus' own default
   * @example "30d"
   */
  readonly prometheusRetention?: string;
  /**
   * Adds the Terraform state backend.
   * @default a local state file in the stack's folder, `cdktf.out/stacks/<stack id>/terraform.<stack id>.tfstate`
   */
  readonly terraformBackend?: TerraformBackendFactory;
  /**
   * Resources of removed or renamed declarations to keep in their vendor accounts: each gets a Terraform
   * `removed` block with `lifecycle { destroy = false }` (Terraform or OpenTofu 1.7 and later), so that the next
   * apply drops it from state instead of destroying it. Keep an entry until every environment has applied it.
   * @default none
   * @example [{ address: "datadog_service_level_objective.checkout-availability_slo", reason: "moved to the payments stack" }]
   */
  readonly retired?: readonly RetiredResource[];
  /**
   * Protected resources (those that keep history: Datadog SLOs, monitors, synthetic tests and dashboards, Grafana
   * dashboards and SLOs, PagerDuty services and schedules, Sentry projects) that are gone from the declarations on
   * purpose: the next apply may destroy them and their history. An entry is an address (`<type>.<logical id>`) or a
   * construct path (`<stack>/<construct id>…`), which acknowledges every protected resource under it. Without one,
   * synth fails when the previous synth held such a resource; an entry that acknowledges no resource the synth drops
   * fails it too, so remove each entry after the synth that needed it.
   * @default none
   * @example ["production/checkout-availability"]
   */
  readonly acknowledgeDestroy?: readonly string[];
  /**
   * Whether to write Terraform `moved` blocks (Terraform or OpenTofu 1.1 and later) from the hashed addresses that
   * versions before readable addresses gave resources (`availability_burn-rate-page-1h_A37491D1`) to the readable
   * ones (`availability_burn-rate-page-1h`), so that the next apply moves state instead of replacing resources.
   * Set false once every environment of the stack has applied with readable addresses.
   * @default true
   */
  readonly hashedAddressMoves?: boolean;
  /**
   * The file of Terraform import blocks that `watchkeeper adopt` wrote for this stack, relative to the working folder
   * (the project root): Terraform's JSON form, `{"import": [{"to": "<address>", "id": "<vendor id>"}]}`. Each block
   * makes a resource take over an object that already exists in its vendor account (a Datadog monitor or SLO, a
   * PagerDuty service or escalation policy made by hand or by other Terraform) instead of creating a second one: the
   * blocks are written into the stack's cdk.tf.json (Terraform 1.5, OpenTofu 1.6 and later) and `terraform plan` lists
   * them as imports. A block whose address the stack does not declare fails synth. Remove the prop and the file once
   * every environment of the stack has applied them.
   * @default none
   * @example "adopt/production.json"
   */
  readonly adopt?: string;
  /**
   * Where synthetic checks run when they name no locations (GLOBAL_MONITORING_LOCATIONS): AWS regions, which are
   * Datadog managed locations (`aws:<region>`), or Datadog private locations by id (`pl:<name>`).
   * @default ["us-east-1", "eu-west-1", "ap-southeast-1"]
   */
  readonly locations?: readonly string[];
  /**
   * The blackbox exporter that probes from each location, by location name (`host:port`), for the Prometheus
   * backend of synthetic checks; a private location `pl:<name>` is keyed by `<name>`.
   * @default `blackbox-exporter-<location>:9115` for each location
   */
  readonly probers?: Readonly<Record<string, string>>;
  /**
   * The share of traces the services sample at the source (SENTRY_TRACES_SAMPLE_RATE), in [0, 1]: the default
   * of every ServiceTelemetry that names none.
   * @default 0.1
   */
  readonly traceSampleRatio?: number;
  /**
   * The metrics the stack's services export themselves, with the labels their series carry (besides `job` and
   * `instance`, which every scraped series has). Every selector a rule reads must come from a source the stack
   * declares: these, the Probes and scrape configurations Watchkeeper writes, or another rule. A rule reading a
   * metric no source produces, or selecting a label its source does not carry, fails synth.
   * @default none
   * @example [{ description: "checkout's HTTP server", metrics: ["http_requests_total"], labels: ["service", "code"] }]
   */
  readonly externalSignals?: readonly ExternalSignalProps[];
}

/** Metrics the stack's own services export, as a rule may read them. */
export interface ExternalSignalProps {
  /** What exports them, named in errors and in `watchkeeper graph`. @example "checkout's HTTP server" */
  readonly description: string;
  /**
   * The metric names: exact names, or a prefix followed by `*`; a histogram's `_bucket`, `_count` and `_sum` series
   * are named one by one, or as `<histogram>_*`.
   * @example ["http_requests_total", "http_request_duration_seconds_*"]
   */
  readonly metrics: readonly string[];
  /**
   * The labels every series of these metrics carries besides `job` and `instance`, including `le` for a histogram's
   * buckets.
   * @example ["service", "code", "le"]
   */
  readonly labels: readonly string[];
  /**
   * The `job` Prometheus scrapes them under. With it, the series carry that job (a rule reading another job fails
   * synth) and a stack's MetaMonitoring opens a `TargetMissing` ticket when the job's targets are down or gone.
   * @default not known: the series may carry any job, and no TargetMissing watches their scrape
   */
  readonly job?: string;
}

/** The declared retention, Prometheus' default when none is declared; undefined when it is not a duration (stackPropsSchema reports it). */
export function readRetention(text: string | undefined): Duration | undefined {
  if (text === undefined) {
    return DEFAULT_PROMETHEUS_RETENTION;
  }
  try {
    return Duration.parse(text);
  } catch {
    return undefined;
  }
}

/** What the engines and the file system refuse in a stack id, with the fix, or undefined. */
export function stackIdProblem(id: string): string | undefined {
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(id)) {
    const fixed = id.trim().replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "") || "production";
    return `stack "${id}": a stack id names a folder and a Terraform stack; use letters, digits, dashes and underscores, e.g. "${fixed}"`;
  }
  const problem = fileNameProblem("the id", id);
  return problem === undefined ? undefined : `stack ${id.slice(0, 30)}…: ${problem}`;
}
