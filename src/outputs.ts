import type { IConstruct } from "constructs";
import type { DashboardSources, ProvidedDataSource } from "./domain/platform/data-sources";
import type { AlertOwner, AlertSeverity } from "./domain/routing/routing";
import type { NamedRuleGroups } from "./domain/rules/rules";
import type { SignalSource } from "./domain/signals/signal-source";
import type { TargetScope } from "./targets/target-scope";

/** An alert evaluated outside Prometheus (a Datadog monitor, a Sentry or Kibana alert), as routing sees it. */
export interface VendorAlert {
  /** Where it is evaluated: `datadog`, `sentry`, `kibana`. */
  readonly system: string;
  /** The alert's name, as the vendor shows it. */
  readonly name: string;
  /** `page` or `ticket`, which decides the owner's receivers. */
  readonly severity: AlertSeverity;
  /** Who receives it: the vendor notifies the owner's receivers directly. */
  readonly owner: AlertOwner;
  /** The service it is about, which decides the PagerDuty service a page reaches. */
  readonly service?: string;
  /** Every page must link one. */
  readonly runbookUrl?: string;
}

/**
 * Something written once per stack from what several declarations contribute: the executive dashboard of every
 * KPI, the blackbox exporter's modules of every probe, the retention summary of every log policy. The stack
 * collects the contributions at validation and writes each aggregate once, after every declaration's outputs.
 */
export interface Aggregate<Item> {
  /** What it is, named in errors and in the headers of what it writes: `executive dashboard`. */
  readonly name: string;
  /** What is wrong with the contributions taken together (e.g. two probes' modules of one name). */
  problems?(items: readonly Item[]): string[];
  /** Writes the aggregate. Called once per stack that has a contribution. */
  write(scope: TargetScope, items: readonly Item[]): void;
}

/** One declaration's part of an aggregate. */
export interface Contribution<Item = unknown> {
  /** The stack-wide file this part goes into. */
  readonly aggregate: Aggregate<Item>;
  /** This declaration's part of it. */
  readonly item: Item;
}

/** A typed contribution to an aggregate. */
export function contribute<Item>(aggregate: Aggregate<Item>, item: Item): Contribution {
  return { aggregate, item } as Contribution;
}

/**
 * One vendor output of a declaration, as data the stack checks before anything is written: the problems that
 * keep it from being written, the Prometheus rules it writes (their alerts are routed, their selectors tied to the
 * stack's sources), the alerts it defines elsewhere, the signals it makes available, its part of the stack's
 * aggregates, and how it writes the rest.
 */
export interface Output {
  /**
   * What keeps the output from being written, each with its fix (undefined entries are skipped).
   * @default none
   */
  readonly problems?: ReadonlyArray<string | undefined>;
  /**
   * Rule groups written as a rule file `prometheus/<name>.rules.yml` and a PrometheusRule `<name>`; every
   * alerting rule among them is an alert of the declaration.
   * @default none
   */
  readonly rules?: readonly NamedRuleGroups[];
  /**
   * Alerts evaluated outside Prometheus.
   * @default none
   */
  readonly alerts?: readonly VendorAlert[];
  /**
   * Series the output makes exist: the Probes and scrape configurations it writes.
   * @default none
   */
  readonly signals?: readonly SignalSource[];
  /**
   * Whether `write` writes Kubernetes objects (rules always do), so that its file name is claimed in the stack.
   * @default false
   */
  readonly kubernetes?: boolean;
  /**
   * Parts of stack-wide outputs.
   * @default none
   */
  readonly contributes?: readonly Contribution[];
  /**
   * The Grafana dashboards the output writes (or contributes to), with the data sources each reads: the stack
   * checks them against the data sources it provides.
   * @default none
   */
  readonly dashboards?: readonly DashboardSources[];
  /**
   * The Grafana data sources the output provides (a platform's Grafana, or the team's own Grafana declared): set,
   * even empty, it declares the stack's Grafana, and the stack checks every dashboard against them.
   * @default none: the output declares no Grafana
   */
  readonly dataSources?: readonly ProvidedDataSource[];
  /**
   * Writes what the data above does not: Terraform resources, Kubernetes objects, files, generated tests.
   * @default nothing more
   */
  readonly write?: (scope: TargetScope) => void;
}

/**
 * A declaration's outputs by name (`prometheus`, `datadog`, `grafana`, …: the names of its `outputs` prop); an
 * output that is switched off is undefined.
 */
export type Outputs = Readonly<Record<string, Output | undefined>>;

/** The output when `on`, else undefined: `{ datadog: when(writes.datadog, () => ({ … })) }`. */
export function when(on: boolean, output: () => Output): Output | undefined {
  return on ? output() : undefined;
}

/** What a declaration will write, known before anything is: its outputs, or the problems that stop synth. */
export interface PlannedOutputs {
  /** The declaration's outputs; written only when no declaration of the app has problems. */
  readonly outputs: readonly Output[];
  /** Its problems, each prefixed with its construct path. */
  readonly problems: readonly string[];
}

/** A construct of a stack that writes outputs (a MonitoringConstruct), as the stack sees it. */
export interface Declaration extends IConstruct {
  /** Its outputs and problems, worked out once. */
  planned(): PlannedOutputs;
  /** Writes its outputs. */
  writeOutputs(scope: TargetScope): void;
}
