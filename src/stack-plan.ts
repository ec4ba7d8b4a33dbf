import { GATE_READS } from "./domain/gate/gate-queries";
import { dataSourceProblems, type DeclaredDashboard, type StackGrafana } from "./domain/platform/data-sources";
import { alertIdentityProblems } from "./domain/routing/alert-identity";
import { alertRoutingProblems, type AlertOwner, type RoutedAlert } from "./domain/routing/routing";
import { isAlertingRule } from "./domain/rules/rules";
import type { SignalSource } from "./domain/signals/signal-source";
import { signalGraph, signalProblems, type DeclaredRule, type SignalGraph } from "./domain/signals/wiring";
import type { Aggregate, Contribution, Declaration, Output } from "./outputs";

/** A declaration's outputs, with its path. */
interface DeclarationOutputs {
  readonly path: string;
  readonly outputs: readonly Output[];
}

/** What the stack will write, taken together: the input of its checks, its graph and its aggregates. */
export class StackPlan {
  private readonly declarations: readonly DeclarationOutputs[];
  /** Whether every declaration is free of problems, so that the graph holds everything they produce. */
  private readonly complete: boolean;

  constructor(
    constructs: readonly Declaration[],
    private readonly path: string,
    private readonly externalSources: readonly SignalSource[],
    private readonly team: (name: string) => AlertOwner | undefined,
  ) {
    this.declarations = constructs.map((construct) => ({ path: construct.node.path, outputs: construct.planned().outputs }));
    this.complete = constructs.every((construct) => construct.planned().problems.length === 0);
  }

  /** Every rule the stack writes, with the path of its declaration. */
  rules(): DeclaredRule[] {
    return this.declarations.flatMap(({ path, outputs }) =>
      outputs.flatMap((output) => (output.rules ?? []).flatMap((named) => named.groups.flatMap((group) => group.rules.map((rule) => ({ path, rule }))))),
    );
  }

  /** Every source of series the stack declares: its external signals and its outputs' probes and scrapes. */
  sources(): SignalSource[] {
    return [...this.externalSources, ...this.declarations.flatMap(({ outputs }) => outputs.flatMap((output) => output.signals ?? []))];
  }

  /** Every alert of the stack, as routing sees it: the alerting rules' and the other vendors' alerts. */
  alerts(): RoutedAlert[] {
    const prometheus = this.rules().flatMap(({ path, rule }): RoutedAlert[] => {
      if (!isAlertingRule(rule)) {
        return [];
      }
      const { severity, team, service } = rule.labels;
      const routed = severity === "page" ? "page" : "ticket";
      return [{ name: rule.alert, severity: routed, path, system: "prometheus", service, owner: this.team(team), runbookUrl: rule.annotations.runbook_url }];
    });
    const vendors = this.declarations.flatMap(({ path, outputs }) =>
      outputs.flatMap((output) => (output.alerts ?? []).map((alert): RoutedAlert => ({ ...alert, path }))),
    );
    // An alert written as several rules (or monitors) of one name and severity is one alert to route.
    const seen = new Set<string>();
    return [...prometheus, ...vendors].filter((alert) => {
      const key = [alert.path, alert.system, alert.name, alert.severity].join("\u0000");
      return !seen.has(key) && seen.add(key) !== undefined;
    });
  }

  /** Every Grafana dashboard the stack writes, with the path of its declaration. */
  dashboards(): DeclaredDashboard[] {
    return this.declarations.flatMap(({ path, outputs }) => outputs.flatMap((output) => (output.dashboards ?? []).map((dashboard) => ({ path, dashboard }))));
  }

  /** The stack's Grafana: the declarations that provide data sources, and the data sources; undefined for none. */
  grafana(): StackGrafana | undefined {
    const providers = this.declarations.filter(({ outputs }) => outputs.some((output) => output.dataSources !== undefined));
    if (providers.length === 0) {
      return undefined;
    }
    const dataSources = providers.flatMap(({ path, outputs }) => outputs.flatMap((output) => (output.dataSources ?? []).map((source) => ({ path, source }))));
    return { declaredBy: providers.map(({ path }) => path), dataSources };
  }

  /** The contributions to each aggregate, in declaration order. */
  aggregates(): Map<Aggregate<unknown>, unknown[]> {
    const contributions: Contribution[] = this.declarations.flatMap(({ outputs }) => outputs.flatMap((output) => output.contributes ?? []));
    const byAggregate = new Map<Aggregate<unknown>, unknown[]>();
    contributions.forEach(({ aggregate, item }) => byAggregate.set(aggregate, [...(byAggregate.get(aggregate) ?? []), item]));
    return byAggregate;
  }

  /** The signal graph: every rule's selectors tied to their sources. */
  graph(): SignalGraph {
    return signalGraph(this.sources(), this.rules(), GATE_READS);
  }

  /**
   * What the checks across declarations find: alerts without identity or route, selectors without source,
   * dashboards reading a data source the stack does not provide, aggregates' problems.
   */
  problems(teams: readonly string[]): string[] {
    const aggregates = [...this.aggregates()].flatMap(([aggregate, items]) =>
      (aggregate.problems?.(items) ?? []).map((problem) => `${this.path}: ${aggregate.name}: ${problem}`),
    );
    const identity = alertIdentityProblems(this.rules(), teams);
    const routed = this.alerts().filter((alert) => alert.owner !== undefined);
    const dataSources = dataSourceProblems(this.dashboards(), this.grafana());
    return [...identity, ...alertRoutingProblems(routed), ...this.wiringProblems(), ...dataSources, ...aggregates];
  }

  /**
   * The signal graph's problems, once every declaration has its outputs: while one has problems of its own, the
   * series it would produce are missing from the graph, and its findings would be noise (synth shows them once
   * the declarations' own problems are fixed).
   */
  private wiringProblems(): readonly string[] {
    return this.complete ? signalProblems(this.sources(), this.rules(), GATE_READS) : [];
  }
}
