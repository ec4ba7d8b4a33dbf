import { App as Cdk8sApp } from "cdk8s";
import { App as CdktfApp } from "cdktf";
import { Construct } from "constructs";
import { checkedId } from "./construct-id";
import { SynthError } from "./synth-error";
import { collisionProblems, type NameClaim } from "./domain/names/collisions";
import { declarationFileStem, fileNameProblem } from "./domain/names/file-names";
import type { TeamRoutes } from "./domain/routing/routing-plan";
import { Duration } from "./domain/duration";
import type { AlertOwner, RoutedAlert } from "./domain/routing/routing";
import { externalSource, type SignalSource } from "./domain/signals/signal-source";
import { GLOBAL_MONITORING_LOCATIONS } from "./domain/synthetics/locations";
import { OutputFiles } from "./output-files";
import type { Aggregate, Declaration } from "./outputs";
import { StackPlan } from "./stack-plan";
import { KubernetesTarget } from "./targets/kubernetes/kubernetes-target";
import { stackLabels } from "./targets/kubernetes/managed-by";
import type { TargetScope } from "./targets/target-scope";
import { readAdoptFile } from "./targets/terraform/adopted-imports";
import { historyDecisionProblems } from "./targets/terraform/protected-history";
import { TerraformTarget } from "./targets/terraform/terraform-target";
import { readRetention, stackIdProblem, type ExternalSignalProps, type MonitoringStackProps } from "./stack-props";
import { stackSettingProblems } from "./stack-schema";

export type { ExternalSignalProps, MonitoringStackProps } from "./stack-props";

/** The label every Kubernetes resource Watchkeeper writes carries (defined by the Kubernetes target). */
export { MANAGED_BY } from "./targets/kubernetes/managed-by";

/** The engines a stack writes through; created by MonitoringApp, cdktf's when first asked for. */
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
  /** The stack's construct id (`production`): the folder of its output. */
  readonly id: string;
  /** The `env` label and tag of everything the stack writes. */
  readonly environment: string;
  /** Who owns the alerts of declarations that name no owner. */
  readonly defaultOwner?: AlertOwner | string;
  /** Grafana's base URL, which dashboard links and the platform's Grafana use. */
  readonly grafanaUrl?: string;
  /** The namespace the Datadog Agent's OpenMetrics check gives the services' Prometheus metrics. */
  readonly datadogMetricNamespace: string;
  /** How long the stack's Prometheus keeps samples; undefined when the declared value is not a duration. */
  readonly prometheusRetention?: Duration;
  /** Where synthetic checks run by default. */
  readonly locations: readonly string[];
  /** The Kubernetes namespace of the stack's custom resources. */
  readonly kubernetesNamespace: string;
  /** The share of traces services sample at the source when their declaration names none. */
  readonly traceSampleRatio: number;
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
  private readonly externalSignals: readonly ExternalSignalProps[];
  private readonly declared: Declaration[] = [];
  private readonly teams = new Map<string, { owner: AlertOwner; routes: () => TeamRoutes }>();
  private readonly claims: NameClaim[] = [];
  private readonly settingProblems: string[];
  private readonly adoptProblems: readonly string[];

  constructor(scope: Construct & { readonly engines: StackEngines }, id: string, props: MonitoringStackProps = {}) {
    const idProblem = stackIdProblem(id);
    if (idProblem !== undefined) {
      throw new SynthError([idProblem]); // the engines cannot even create a stack of that id
    }
    super(scope, checkedId(scope, id));
    this.settingProblems = stackSettingProblems(props);
    this.id = id;
    this.environment = props.environment ?? id;
    this.defaultOwner = props.defaultOwner;
    this.grafanaUrl = props.grafanaUrl?.replace(/\/+$/, "");
    this.datadogMetricNamespace = props.datadogMetricNamespace ?? "";
    this.vendorNameSuffix = props.vendorNameSuffix ?? "";
    this.prometheusRetention = readRetention(props.prometheusRetention);
    this.locations = props.locations ?? GLOBAL_MONITORING_LOCATIONS;
    this.probers = props.probers ?? {};
    const adopt = readAdoptFile(props.adopt);
    this.adoptProblems = adopt.problems;
    const history = { retired: props.retired, acknowledgeDestroy: props.acknowledgeDestroy, hashedAddressMoves: props.hashedAddressMoves, adopted: adopt.adopted };
    this.terraform = new TerraformTarget(() => scope.engines.terraform, this, props.terraformBackend, history);
    this.kubernetesNamespace = props.kubernetesNamespace ?? "monitoring";
    this.traceSampleRatio = props.traceSampleRatio ?? 0.1;
    this.kubernetes = new KubernetesTarget(scope.engines.kubernetes, this, this.kubernetesNamespace, stackLabels(id));
    this.externalSignals = props.externalSignals ?? [];
    this.node.addValidation({
      validate: () => {
        const plan = this.plan();
        return [...this.ownProblems(), ...collisionProblems(this.node.path, this.claims), ...plan.problems(this.teamNames)];
      },
    });
    this.node.addValidation({ validate: () => historyDecisionProblems(this.node.path, history) });
  }

  /** The problems of the stack's own props. */
  private ownProblems(): string[] {
    const owner = this.ownerProblem(this.defaultOwner);
    const problems = [...this.settingProblems, ...this.adoptProblems, ...(owner === undefined ? [] : [`defaultOwner: ${owner}`])];
    return problems.map((problem) => `${this.node.path}: ${problem}`);
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
   * Claims a name that must be unique in the stack once normalised (e.g. an SLO's slug `<service>-<name>`);
   * `declared` is the name as written, named in the error when two spellings normalise to the same name.
   * @internal constructs use MonitoringConstruct's claimName()
   */
  claimName(kind: string, name: string, construct: Construct, declared?: string): void {
    this.claims.push({ kind, name, path: construct.node.path, declared });
  }

  /**
   * The names claimed for a kind, as declared, sorted, without repeats.
   * @internal
   */
  claimed(kind: string): string[] {
    return [...new Set(this.claims.filter((claim) => claim.kind === kind).map((claim) => claim.declared ?? claim.name))].sort();
  }

  /**
   * The file a declaration's Kubernetes objects are written to, `<ids below the stack joined by dashes>.yaml`,
   * claimed so that two declarations never write the same file; returns its problem when it cannot be a file name.
   * @internal
   */
  claimKubernetesFile(construct: Construct): string | undefined {
    const below = construct.node.scopes.slice(construct.node.scopes.indexOf(this) + 1).map((scope) => scope.node.id);
    const file = `${declarationFileStem(below)}.yaml`;
    this.claimName("Kubernetes file", file, construct);
    return fileNameProblem("the construct path", file);
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
    const declared = owner ?? this.defaultOwner;
    return typeof declared === "string" ? this.team(declared) : declared;
  }

  /** Why a declared owner cannot be used, or undefined: a team name the stack does not know, or a team of another stack. */
  ownerProblem(owner: AlertOwner | string | undefined): string | undefined {
    if (typeof owner === "string") {
      return this.team(owner) === undefined ? this.unknownTeam(owner) : undefined;
    }
    const elsewhere = owner instanceof Construct ? owner.node.scopes.find((scope) => scope instanceof MonitoringStack) : undefined;
    if (owner === undefined || elsewhere === undefined || elsewhere === this) {
      return undefined;
    }
    return `owner ${owner.teamName} is a team of stack ${elsewhere.node.id}, not of stack ${this.node.id}, so its alerts would not be routed here; declare the team in stack ${this.node.id} and use that one`;
  }

  private unknownTeam(name: string): string {
    return `owner "${name}" is not a team of stack ${this.node.id}; use one of: ${this.teamNames.join(", ") || "(no team declared)"}`;
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
   * Registers a declaration whose outputs the stack checks and writes.
   * @internal MonitoringConstruct registers itself
   */
  declare(declaration: Declaration): void {
    this.declared.push(declaration);
  }

  /** The stack's declarations, in declaration order. */
  declarations(): readonly Declaration[] {
    return this.declared;
  }

  /**
   * The series the stack's services export, as declared in its `externalSignals` prop: sources of the signal graph,
   * read when the stack is checked (after its props' schema).
   * @internal
   */
  externalSources(): SignalSource[] {
    return this.externalSignals.map((signal) => externalSource(this.node.path, signal));
  }

  /**
   * What the stack's declarations write, taken together: for the stack's checks, `watchkeeper graph` and the aggregates.
   * @internal
   */
  plan(): StackPlan {
    return new StackPlan(this.declarations(), this.node.path, this.externalSources(), (name) => this.team(name));
  }

  /**
   * Every alert declared in the stack.
   * @internal
   */
  alerts(): RoutedAlert[] {
    return this.plan().alerts();
  }

  /**
   * Writes every declaration's outputs, then each aggregate once, from what the declarations contributed.
   * @internal called by MonitoringApp.synth() after validation passed
   */
  write(): void {
    const plan = this.plan();
    for (const declaration of this.declarations()) {
      try {
        declaration.writeOutputs(this.targetScope(declaration));
      } catch (error) {
        const message = (error as Error).message;
        throw new SynthError([message.startsWith(declaration.node.path) ? message : `${declaration.node.path}: ${message}`]);
      }
    }
    for (const [aggregate, items] of plan.aggregates()) {
      aggregate.write(this.aggregateScope(aggregate), items);
    }
  }

  /** Where an aggregate writes: the stack's shared Terraform scope and a chart of its own, `<aggregate name>.yaml`. */
  private aggregateScope(aggregate: Aggregate<unknown>): TargetScope {
    const stem = aggregate.name.replace(/[^a-z0-9]+/gi, "-").toLowerCase();
    return {
      path: `${this.node.path} (${aggregate.name})`,
      stack: this,
      terraform: this.terraform,
      files: this.files,
      terraformScope: () => this.terraform.sharedScope(),
      kubernetesChart: () => this.kubernetes.sharedChart(stem, `${this.node.path} (${aggregate.name})`),
    };
  }
}
