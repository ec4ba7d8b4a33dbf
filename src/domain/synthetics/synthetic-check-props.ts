import type { AlertOwner } from "../routing/routing";
import type { FlowStep, HttpStep } from "./flow";
import type { StatusPageProps } from "../status-page/status-page-props";

export type {
  AssertTextStep,
  AssertUrlStep,
  BrowserStep,
  ClickStep,
  Extraction,
  FlowStep,
  GotoStep,
  HttpExpectations,
  HttpMethod,
  HttpStep,
  TypeStep,
  WaitStep,
} from "./flow";

/** When a failing check alerts, in the same words for every backend: "2 of 3 locations for 5 minutes, after 1 retry". */
export interface AlertWhenProps {
  /**
   * How many locations must fail at once (Datadog's `min_location_failed`).
   * @default 2, or 1 when the check runs from one location
   */
  readonly failingLocations?: number;
  /**
   * How long they must keep failing (Datadog's `min_failure_duration`, the Prometheus alert's `for`).
   * @default "5m"
   */
  readonly forAtLeast?: string;
  /**
   * How long a single location may fail (more than half of its probes) before a ticket opens, when fewer locations
   * than `failingLocations` fail: a region's outage that does not page. Prometheus only; longer than `forAtLeast`.
   * @default "30m"
   */
  readonly oneLocationFor?: string;
  /**
   * How many times Datadog retries a failed run before it counts (at most 3 for API tests, 2 for browser tests).
   * Prometheus has no retries: `forAtLeast` absorbs a single failed probe.
   * @default 1
   */
  readonly retries?: number;
}

/** The outputs a check is written to; both are on unless switched off. */
export interface SyntheticBackendsProps {
  /** A Datadog synthetic test, its monitor-based uptime SLO and a regression monitor. @default true */
  readonly datadog?: boolean;
  /** blackbox exporter Probes, alerts, uptime recording rules, an uptime SLO and their tests. @default true */
  readonly prometheus?: boolean;
}

/** What every synthetic check declares besides what it runs. */
export interface SyntheticCheckProps {
  /** The service the check watches: the `service` label, which picks the PagerDuty service a page reaches. */
  readonly service: string;
  /**
   * The check's name, unique in the stack for its service: with the service, the `flow` label and file names.
   * @example "sign-in"
   */
  readonly name: string;
  /**
   * The team that answers the check's alerts, by reference or by team name.
   * @default the stack's defaultOwner
   */
  readonly owner?: AlertOwner | string;
  /**
   * What whoever receives the alert should do; required when the check pages.
   * @default none
   */
  readonly runbookUrl?: string;
  /**
   * `page` wakes someone when the check fails; `ticket` goes to the team's channel. Slowness of a single request,
   * expiring certificates, a location failing on its own, missing probes, flapping and performance regressions are
   * always tickets (on Datadog, a step of a multistep flow slower than its `responseTimeBelow` fails the flow).
   * @default "page"
   */
  readonly criticality?: "page" | "ticket";
  /**
   * How often the check runs from each location (Datadog: 30s to 7d for API tests, 60s to 7d for browser tests;
   * Prometheus: at most 5m).
   * @default "5m"
   */
  readonly frequency?: string;
  /**
   * Where the check runs from: AWS regions (Datadog managed locations) or private locations (`pl:<name>`).
   * @default the stack's locations (GLOBAL_MONITORING_LOCATIONS: us-east-1, eu-west-1, ap-southeast-1)
   */
  readonly locations?: readonly string[];
  /** @default 2 of the locations failing for 5 minutes, after 1 retry */
  readonly alertWhen?: AlertWhenProps;
  /**
   * Secrets the steps use as `{{ NAME }}`: each is a Datadog global variable whose secure value is the sensitive
   * Terraform variable `synthetics_secret_<name>` (lower case), never part of the configuration.
   * @default []
   */
  readonly secrets?: readonly string[];
  /**
   * Tags of the vendor resources, besides team, service, env and flow.
   * @default {}
   */
  readonly tags?: Readonly<Record<string, string>>;
  /**
   * A performance regression ticket opens when the check is this many times slower than the same hours a week
   * before (Prometheus); Datadog's anomaly monitor learns the weekly pattern itself.
   * @default 1.25
   */
  readonly regressionRatio?: number;
  /**
   * The uptime objective in percent, an SLO like any other (SLA_AVAILABILITY_TARGET).
   * @default 99.9
   */
  readonly uptimeObjective?: number;
  /** @default both outputs */
  readonly outputs?: SyntheticBackendsProps;
  /**
   * Shows the check on the customer-facing status page as a component, measured by its uptime SLO. Needs the
   * Prometheus backend, whose uptime SLO's rule file then marks it public.
   * @default not public: the check never appears on the status page
   * @example { component: "Sign-in", description: "Signing in to the planner" }
   */
  readonly statusPage?: StatusPageProps;
}

/** A critical user flow: typed steps run in order, sharing extracted values. */
export interface CriticalUserFlowProps extends SyntheticCheckProps {
  /**
   * The steps, in order: HTTP requests, browser actions (go to, click, type, assert text or URL) and waits. A flow
   * with a browser step runs in a browser.
   */
  readonly steps: readonly FlowStep[];
}

/** One HTTP request of an API health check: a step without a kind or a name. */
export type HealthCheckRequest = Omit<HttpStep, "kind" | "name" | "extract">;

/** An API health check: one endpoint and its assertions. */
export interface ApiHealthCheckProps extends SyntheticCheckProps {
  /** The request and what its response must show. */
  readonly request: HealthCheckRequest;
}
