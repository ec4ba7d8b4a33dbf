import { Duration } from "../duration";
import type { Problems } from "../problems";
import type { AlertSeverity } from "../routing/routing";
import { flowKind, httpSteps, type AlertWhen, type FlowKind, type FlowStep } from "./flow";
import { parseLocation, type MonitoringLocation } from "./locations";
import { stepsProblems } from "./validate-steps";

/** The outputs a synthetic check is written to. */
export interface SyntheticOutputs {
  readonly datadog: boolean;
  readonly prometheus: boolean;
}

/** A synthetic check as declared: plain values, not yet checked. */
export interface FlowInput {
  readonly steps: readonly FlowStep[];
  readonly frequency?: string;
  readonly locations: readonly string[];
  readonly alertWhen?: { readonly failingLocations?: number; readonly forAtLeast?: string; readonly retries?: number; readonly oneLocationFor?: string };
  readonly criticality?: AlertSeverity;
  readonly secrets?: readonly string[];
  readonly regressionRatio?: number;
  readonly uptimeObjective?: number;
  readonly outputs: SyntheticOutputs;
}

/** A synthetic check's settings, checked and resolved. */
export interface ParsedFlow {
  readonly kind: FlowKind;
  readonly frequency: Duration;
  readonly locations: readonly MonitoringLocation[];
  readonly alertWhen: AlertWhen;
  readonly criticality: AlertSeverity;
  readonly secrets: readonly string[];
  readonly responseTimeLimit?: Duration;
  readonly regressionRatio: number;
  readonly uptimeObjective: number;
}

/** Defaults of a flow's settings. */
export const FLOW_DEFAULTS = { frequency: "5m", forAtLeast: "5m", oneLocationFor: "30m", retries: 1, regressionRatio: 1.25, uptimeObjective: 99.9 } as const;

/** Datadog's limits: `tick_every` in seconds and retries, by test type. */
const DATADOG_LIMITS = { api: { shortest: 30, retries: 3 }, browser: { shortest: 60, retries: 2 } } as const;
const LONGEST_SECONDS = 604_800;

/** Prometheus looks back 5 minutes for a series' last sample: a probe run less often looks absent in between. */
const PROMETHEUS_LONGEST = Duration.minutes(5);

const SWITCH = (backend: string) => `or set outputs.${backend} to false`;

function datadogProblems(input: FlowInput, kind: FlowKind, frequency: Duration | undefined, retries: number): string[] {
  const type = kind === "browser" ? "browser" : "api";
  const limits = DATADOG_LIMITS[type];
  const problems: string[] = [];
  if (kind === "browser") {
    input.steps.forEach((step, index) => {
      if (step.kind === "http") {
        problems.push(`steps[${index}]: a Datadog browser test cannot mix HTTP requests with browser steps; declare the requests as a flow of their own ${SWITCH("datadog")}`);
      }
    });
  }
  if (frequency !== undefined && !(frequency.seconds >= limits.shortest && frequency.seconds <= LONGEST_SECONDS)) {
    problems.push(
      `frequency: Datadog runs ${type} tests every ${limits.shortest}s to 7d, not every ${frequency}; ` +
        `use a frequency in that range ${SWITCH("datadog")}`,
    );
  }
  if (retries > limits.retries) {
    problems.push(`alertWhen.retries: Datadog retries ${type} tests at most ${limits.retries} times, not ${retries}; use ${limits.retries} or fewer`);
  }
  return problems;
}

function prometheusProblems(input: FlowInput, kind: FlowKind, frequency: Duration | undefined): string[] {
  const fix = `Datadog can run it (outputs: { prometheus: false })`;
  const problems: string[] = [];
  if (kind === "browser") {
    problems.push(`steps: the Prometheus backend (blackbox exporter) cannot run browser steps; ${fix}`);
  } else if (kind === "multi") {
    problems.push(`steps: the Prometheus backend (blackbox exporter) runs one request, not a flow of ${input.steps.length} steps; ${fix}`);
  } else {
    const [step] = httpSteps(input);
    if (Object.keys(step.expect?.jsonPath ?? {}).length > 0) {
      problems.push(`steps[0].expect.jsonPath: the blackbox exporter cannot check JSONPath values; use bodyContains, ${fix}`);
    }
    if (Object.keys(step.extract ?? {}).length > 0 || (input.secrets ?? []).length > 0) {
      problems.push(`steps[0]: the blackbox exporter cannot use extracted values or secrets; ${fix}`);
    }
  }
  if (frequency !== undefined && frequency.milliseconds > PROMETHEUS_LONGEST.milliseconds) {
    problems.push(
      `frequency: Prometheus sees a probe run less often than every ${PROMETHEUS_LONGEST} as absent between runs, not ${frequency}; ` +
        `use 5m or less ${SWITCH("prometheus")}`,
    );
  }
  return problems;
}

/**
 * What is wrong with how long one location may fail, or undefined: the ticket reads the share of failed probes
 * over that time, so it must hold at least two runs, and it must be longer than `forAtLeast` to mean more than
 * the failing alert does.
 */
function oneLocationProblem(oneLocationFor: Duration, forAtLeast: Duration, frequency: Duration): string | undefined {
  const shortest = Math.max(forAtLeast.milliseconds + 60_000, 2 * frequency.milliseconds);
  return oneLocationFor.milliseconds < shortest
    ? `alertWhen.oneLocationFor: ${oneLocationFor} must be longer than forAtLeast (${forAtLeast}) and hold two runs (every ${frequency}); ` +
        `use ${Duration.ofMilliseconds(Math.ceil(shortest / 60_000) * 60_000)} or more`
    : undefined;
}

/** The longest `responseTimeBelow` of the flow's requests, or undefined. */
function responseTimeLimit(steps: readonly FlowStep[]): Duration | undefined {
  const limits = httpSteps({ steps }).flatMap((step) => {
    const text = step.expect?.responseTimeBelow;
    return text === undefined ? [] : [Duration.parse(text)];
  });
  return limits.sort((a, b) => b.milliseconds - a.milliseconds)[0];
}

/** Checks a synthetic check's settings (each matching its props schema) against each other and its outputs, recording every problem; the parsed settings when there is none. */
export function parseFlow(input: FlowInput, problems: Problems): ParsedFlow | undefined {
  problems.add(...stepsProblems(input.steps, input.secrets ?? []));
  const kind = flowKind(input.steps);
  const frequency = problems.attempt("frequency", () => Duration.parse(input.frequency ?? FLOW_DEFAULTS.frequency));
  const forAtLeast = problems.attempt("alertWhen.forAtLeast", () => Duration.parse(input.alertWhen?.forAtLeast ?? FLOW_DEFAULTS.forAtLeast));
  const oneLocationFor = problems.attempt("alertWhen.oneLocationFor", () => Duration.parse(input.alertWhen?.oneLocationFor ?? FLOW_DEFAULTS.oneLocationFor));
  const locations = input.locations.map((name, index) => problems.attempt(`locations[${index}]`, () => parseLocation(name)));
  if (input.locations.length === 0) {
    problems.add("locations: give at least one location, or leave it out for the stack's locations");
  }
  if (new Set(input.locations).size !== input.locations.length) {
    problems.add(`locations: ${input.locations.join(", ")} names a location twice; name each once`);
  }
  const failingLocations = input.alertWhen?.failingLocations ?? Math.min(2, input.locations.length);
  if (!(Number.isInteger(failingLocations) && failingLocations >= 1 && failingLocations <= input.locations.length)) {
    problems.add(
      `alertWhen.failingLocations: ${failingLocations} is not between 1 and the ${input.locations.length} locations the flow runs from; ` +
        `use at most ${input.locations.length}`,
    );
  }
  const retries = input.alertWhen?.retries ?? FLOW_DEFAULTS.retries;
  const regressionRatio = input.regressionRatio ?? FLOW_DEFAULTS.regressionRatio;
  const uptimeObjective = input.uptimeObjective ?? FLOW_DEFAULTS.uptimeObjective;
  if (input.steps.length > 0 && input.outputs.datadog) {
    problems.add(...datadogProblems(input, kind, frequency, retries));
  }
  if (input.steps.length > 0 && input.outputs.prometheus) {
    const unrunnable = prometheusProblems(input, kind, frequency);
    problems.add(...unrunnable);
    if (unrunnable.length === 0 && oneLocationFor !== undefined && forAtLeast !== undefined && frequency !== undefined && failingLocations > 1) {
      problems.add(oneLocationProblem(oneLocationFor, forAtLeast, frequency));
    }
  }
  if (!problems.none || frequency === undefined || forAtLeast === undefined || oneLocationFor === undefined) {
    return undefined;
  }
  return {
    kind,
    frequency,
    locations: locations.filter((location) => location !== undefined),
    alertWhen: { failingLocations, forAtLeast, oneLocationFor, retries },
    criticality: input.criticality ?? "page",
    secrets: input.secrets ?? [],
    responseTimeLimit: responseTimeLimit(input.steps),
    regressionRatio,
    uptimeObjective,
  };
}
