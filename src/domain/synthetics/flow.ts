import { Duration } from "../duration";
import type { AlertSeverity } from "../routing/routing";
import type { MonitoringLocation } from "./locations";

/** The HTTP methods a synthetic request may use. */
export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
/** An HTTP method a synthetic request may use. */
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** What a response must show for the step to pass; every field given is one assertion. */
export interface HttpExpectations {
  /**
   * The status code.
   * @default 200
   */
  readonly status?: number;
  /**
   * The longest acceptable response time, e.g. "800ms".
   * @default none: the step may take as long as the request timeout
   */
  readonly responseTimeBelow?: string;
  /**
   * Values of the JSON response body, by JSONPath, e.g. `{ "$.status": "ok" }`.
   * @default {}
   */
  readonly jsonPath?: Readonly<Record<string, string>>;
  /**
   * Text each response header must contain, by header name, e.g. `{ "content-type": "application/json" }`.
   * @default {}
   */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Text the response body must contain.
   * @default none
   */
  readonly bodyContains?: string;
}

/** Where an extracted value is read from: a JSONPath of the response body, or a response header. */
export type Extraction = { readonly jsonPath: string } | { readonly header: string };

/**
 * One HTTP request of a flow. URL, headers and body may use `{{ NAME }}`: a value extracted by an earlier step, or
 * one of the flow's secrets.
 */
export interface HttpStep {
  readonly kind: "http";
  /** What the step does, in words: "sign in". */
  readonly name: string;
  /**
   * @default "GET"
   */
  readonly method?: HttpMethod;
  /** @example "https://api.example.com/v1/health" */
  readonly url: string;
  /**
   * Request headers, e.g. `{ Authorization: "Bearer {{ TOKEN }}" }`.
   * @default {}
   */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * The request body (JSON is sent with `content-type: application/json`).
   * @default none
   */
  readonly body?: string;
  /**
   * @default `{ status: 200 }`
   */
  readonly expect?: HttpExpectations;
  /**
   * Values later steps use as `{{ NAME }}`, by upper-case name, e.g. `{ TOKEN: { jsonPath: "$.token" } }`.
   * @default {}
   */
  readonly extract?: Readonly<Record<string, Extraction>>;
}

/** Opens a page in the browser. */
export interface GotoStep {
  readonly kind: "goto";
  readonly url: string;
}

/** Clicks the element a CSS selector finds. */
export interface ClickStep {
  readonly kind: "click";
  readonly selector: string;
}

/** Types text into the element a CSS selector finds; a password is `{{ SECRET }}`, never literal. */
export interface TypeStep {
  readonly kind: "type";
  readonly selector: string;
  readonly text: string;
}

/** Passes when the page shows a text. */
export interface AssertTextStep {
  readonly kind: "assertText";
  readonly text: string;
}

/** Passes when the page's URL contains a text. */
export interface AssertUrlStep {
  readonly kind: "assertUrl";
  readonly contains: string;
}

/** Waits a number of seconds (1 to 180) before the next step. */
export interface WaitStep {
  readonly kind: "wait";
  readonly seconds: number;
}

/** The steps that need a browser. */
export type BrowserStep = GotoStep | ClickStep | TypeStep | AssertTextStep | AssertUrlStep;

/** One step of a flow. */
export type FlowStep = HttpStep | BrowserStep | WaitStep;

/** The browser step kinds. */
export const BROWSER_STEP_KINDS: ReadonlyArray<BrowserStep["kind"]> = ["goto", "click", "type", "assertText", "assertUrl"];

export function isBrowserStep(step: FlowStep): step is BrowserStep {
  return (BROWSER_STEP_KINDS as readonly string[]).includes(step.kind);
}

/**
 * How a flow runs: one request (`http`), several requests and waits (`multi`), or in a browser (`browser`, as soon
 * as one step needs it).
 */
export type FlowKind = "http" | "multi" | "browser";

export function flowKind(steps: readonly FlowStep[]): FlowKind {
  if (steps.some(isBrowserStep)) {
    return "browser";
  }
  return steps.length === 1 && steps[0].kind === "http" ? "http" : "multi";
}

/** When a failing flow alerts: the same words on every backend. */
export interface AlertWhen {
  /** How many locations must fail at once. */
  readonly failingLocations: number;
  /** How long they must keep failing. */
  readonly forAtLeast: Duration;
  /** How long one location may fail on its own before a ticket opens (Prometheus). */
  readonly oneLocationFor: Duration;
  /** How many times a failed run is retried before it counts as failed (Datadog only). */
  readonly retries: number;
}

/** A synthetic check, validated and resolved: what every backend writes. */
export interface FlowSpec {
  /** Unique in a stack: `<service>-<name>`, the `flow` label and the name of files and resources. */
  readonly id: string;
  readonly service: string;
  readonly name: string;
  readonly kind: FlowKind;
  readonly steps: readonly FlowStep[];
  /** How often the flow runs from each location. */
  readonly frequency: Duration;
  readonly locations: readonly MonitoringLocation[];
  readonly alertWhen: AlertWhen;
  /** The severity of a failing flow. */
  readonly criticality: AlertSeverity;
  /** The names of the secrets the steps use as `{{ NAME }}`. */
  readonly secrets: readonly string[];
  /** Tags of the vendor resources. */
  readonly tags: Readonly<Record<string, string>>;
  /** A run slower than this is slow (the longest `responseTimeBelow` of the steps), when the steps set one. */
  readonly responseTimeLimit?: Duration;
  /** A regression ticket opens when the flow is this many times slower than the same hours a week before. */
  readonly regressionRatio: number;
  /** The uptime objective, in percent. */
  readonly uptimeObjective: number;
  /** Labels of every alert besides `severity`: team, service, env, flow. */
  readonly alertLabels: Readonly<Record<string, string>>;
  /** CamelCase stem of the alert names, e.g. `PlannerSignIn`. */
  readonly alertName: string;
  readonly runbookUrl?: string;
  readonly dashboardUrl?: string;
}

/** The alert names of a flow, on every backend. */
export function flowAlertNames(alertName: string) {
  return {
    failing: `${alertName}Failing`,
    locationFailing: `${alertName}LocationFailing`,
    probesMissing: `${alertName}ProbesMissing`,
    unreliable: `${alertName}Unreliable`,
    slow: `${alertName}Slow`,
    tlsExpiring: `${alertName}TlsCertificateExpiring`,
    regression: `${alertName}PerformanceRegression`,
  };
}

/** How long a probe may take: the blackbox module's timeout, and the Probe's scrape timeout when it runs less often. */
export const PROBE_TIMEOUT = Duration.parse("10s");

/** How long a run of the flow's probe may take before it times out (and fails). */
export function probeTimeout(spec: Pick<FlowSpec, "frequency">): Duration {
  return Duration.ofMilliseconds(Math.min(PROBE_TIMEOUT.milliseconds, spec.frequency.milliseconds));
}

/** The job of a flow's Probes: every series of its probes carries it as `job`. */
export function probeJob(spec: Pick<FlowSpec, "id">): string {
  return `synthetics/${spec.id}`;
}

/** The labels of every series of a flow's Probe at a location, besides `job` and `instance`. */
export function probeTargetLabels(spec: Pick<FlowSpec, "id" | "service" | "alertLabels">, location: string): Record<string, string> {
  return { env: spec.alertLabels.env, service: spec.service, flow: spec.id, location };
}

/** The HTTP steps of a flow. */
export function httpSteps(spec: Pick<FlowSpec, "steps">): HttpStep[] {
  return spec.steps.filter((step): step is HttpStep => step.kind === "http");
}
