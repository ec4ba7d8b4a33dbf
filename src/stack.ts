import { App as Cdk8sApp } from "cdk8s";
import { App as CdktfApp } from "cdktf";
import { Construct } from "constructs";
import type { TeamRoutes } from "./domain/routing-plan";
import { alertRoutingProblems, type AlertOwner, type RoutedAlert } from "./domain/routing";
import { GLOBAL_MONITORING_LOCATIONS } from "./domain/synthetics/locations";
import { OutputFiles } from "./output-files";
import { KubernetesTarget } from "./targets/kubernetes/kubernetes-target";
import type { TargetScope } from "./targets/target-scope";
import { TerraformTarget, type TerraformBackendFactory } from "./targets/terraform/terraform-target";

export interface MonitoringStackProps {
  /**
   * The `env` label of every alert and the `env` tag of every vendor resource.
   * @default the stack's id
   */
  readonly environment?: string;
  /**
   * The team that owns declarations that name no owner.
   * @default none: every declaration with alerts must name its owner
   */
  readonly defaultOwner?: AlertOwner;
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
   * Adds the Terraform state backend.
   * @default a local state file, `terraform.<stack id>.tfstate`
   */
  readonly terraformBackend?: TerraformBackendFactory;
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
}

/** The label every Kubernetes resource Watchkeeper writes carries (defined by the Kubernetes target). */
export { MANAGED_BY } from "./targets/kubernetes/managed-by";

/** The engines a stack writes through; created by MonitoringApp. */
export interface StackEngines {
  readonly terraform: CdktfApp;
  readonly kubernetes: Cdk8sApp;
}

/**
 * One environment (production, staging): the scope in which teams declare their monitoring. It owns the
 * environment's Terraform stack, Kubernetes charts and files, and checks what spans its declarations: unique
 * names and a route for every alert.
 */
export class MonitoringStack extends Construct {
  readonly id: string;
  readonly environment: string;
  readonly defaultOwner?: AlertOwner;
  readonly grafanaUrl?: string;
  readonly datadogMetricNamespace: string;
  /** Where synthetic checks run by default. */
  readonly locations: readonly string[];
  private readonly probers: Readonly<Record<string, string>>;
  private readonly vendorNameSuffix: string;
  /**
   * The stack's Terraform configuration; constructs write through targets, which reach it by a TargetScope.
   * @internal
   */
  readonly terraform: TerraformTarget;
  /**
   * The stack's Kubernetes charts.
   * @internal
   */
  readonly kubernetes: KubernetesTarget;
  /**
   * The stack's files besides Terraform and Kubernetes.
   * @internal
   */
  readonly files = new OutputFiles();
  private readonly alertSources: Array<() => RoutedAlert[]> = [];
  private readonly teams = new Map<string, { owner: AlertOwner; routes: () => TeamRoutes }>();
  private readonly names = new Map<string, string[]>();

  constructor(scope: Construct & { readonly engines: StackEngines }, id: string, props: MonitoringStackProps = {}) {
    super(scope, id);
    this.id = id;
    this.environment = props.environment ?? id;
    this.defaultOwner = props.defaultOwner;
    this.grafanaUrl = props.grafanaUrl?.replace(/\/+$/, "");
    this.datadogMetricNamespace = props.datadogMetricNamespace ?? "";
    this.vendorNameSuffix = props.vendorNameSuffix ?? "";
    this.locations = props.locations ?? GLOBAL_MONITORING_LOCATIONS;
    this.probers = props.probers ?? {};
    this.terraform = new TerraformTarget(scope.engines.terraform, this, props.terraformBackend);
    this.kubernetes = new KubernetesTarget(scope.engines.kubernetes, this, props.kubernetesNamespace ?? "monitoring");
    this.node.addValidation({ validate: () => [...this.duplicateNames(), ...alertRoutingProblems(this.alerts())] });
  }

  /** A name as it appears in a vendor account shared by every environment (see vendorNameSuffix). */
  vendorName(name: string): string {
    return `${name}${this.vendorNameSuffix}`;
  }

  /**
   * Where a declaration of this stack writes its output, for the targets.
   * @internal constructs use MonitoringConstruct's targetScope()
   */
  targetScope(construct: Construct): TargetScope {
    return {
      path: construct.node.path,
      stack: this,
      terraform: this.terraform,
      files: this.files,
      terraformScope: () => this.terraform.scopeFor(construct),
      kubernetesChart: () => this.kubernetes.chartFor(construct),
    };
  }

  /** The blackbox exporter (`host:port`) probing from a location, by the location's `location` label. */
  proberUrl(location: string): string {
    return this.probers[location] ?? `blackbox-exporter-${location}:9115`;
  }

  /** The stack a construct belongs to; throws when the construct is not inside one. */
  static of(construct: Construct): MonitoringStack {
    const stack = construct.node.scopes.find((scope): scope is MonitoringStack => scope instanceof MonitoringStack);
    if (stack === undefined) {
      throw new Error(`${construct.node.path}: declare it inside a MonitoringStack`);
    }
    return stack;
  }

  /**
   * Claims a name that must be unique in the stack (e.g. an SLO's `<service>-<name>`).
   * @internal constructs use MonitoringConstruct's claimName()
   */
  claimName(kind: string, name: string, construct: Construct): void {
    const key = `${kind} ${name}`;
    this.names.set(key, [...(this.names.get(key) ?? []), construct.node.path]);
  }

  /**
   * The names claimed for a kind, sorted.
   * @internal
   */
  claimed(kind: string): string[] {
    const prefix = `${kind} `;
    return [...this.names.keys()].filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length)).sort();
  }

  private duplicateNames(): string[] {
    return [...this.names.entries()]
      .filter(([, paths]) => paths.length > 1)
      .map(([key, paths]) => `${this.node.path}: ${key} is declared ${paths.length} times (${paths.join(", ")}); names must be unique in a stack`);
  }

  /**
   * Registers an on-call team, so that declarations can name it as owner and alert routing can reach it.
   * @internal
   */
  registerTeam(owner: AlertOwner, routes: () => TeamRoutes): void {
    this.teams.set(owner.teamName, { owner, routes });
  }

  /** The team of that name, or undefined. */
  team(name: string): AlertOwner | undefined {
    return this.teams.get(name)?.owner;
  }

  /**
   * The owner a declaration names, by reference or by team name, else the stack's default owner. A name no team
   * of the stack has resolves to undefined; ownerProblem() explains it.
   */
  resolveOwner(owner: AlertOwner | string | undefined): AlertOwner | undefined {
    return typeof owner === "string" ? this.team(owner) : (owner ?? this.defaultOwner);
  }

  /** Why a declared owner cannot be used, or undefined. */
  ownerProblem(owner: AlertOwner | string | undefined): string | undefined {
    if (typeof owner !== "string" || this.team(owner) !== undefined) {
      return undefined;
    }
    return `owner "${owner}" is not a team of stack ${this.node.id}; use one of: ${this.teamNames.join(", ") || "(no team declared)"}`;
  }

  /** The names of the stack's teams, sorted. */
  get teamNames(): string[] {
    return [...this.teams.keys()].sort();
  }

  /**
   * How each team of the stack is reached, in team-name order.
   * @internal
   */
  teamRoutes(): TeamRoutes[] {
    return this.teamNames.map((name) => (this.teams.get(name) as { routes: () => TeamRoutes }).routes());
  }

  /**
   * Registers a construct's alerts for the stack-wide check that every alert reaches a receiver. The source is
   * read at validation, when owners defaulted from the stack are known.
   * @internal constructs use MonitoringConstruct's declareAlerts()
   */
  registerAlerts(source: () => RoutedAlert[]): void {
    this.alertSources.push(source);
  }

  /**
   * Every alert declared in the stack.
   * @internal
   */
  alerts(): RoutedAlert[] {
    return this.alertSources.flatMap((source) => source());
  }
}
