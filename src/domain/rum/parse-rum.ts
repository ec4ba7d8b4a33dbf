import type { Problems } from "../problems";
import { Duration } from "../duration";
import { isDatadogTagValue } from "../names/datadog";
import { slug, slugProblem } from "../names/slugs";
import type { AlertSeverity } from "../routing/routing";
import { RUM_APPLICATION_TYPES, isMobile, type JourneySpec, type PercentBounds, type RumApplicationType, type RumSpec } from "./rum-application";
import { CORE_WEB_VITALS, parseVitalThresholds, type CoreWebVital, type VitalBoundInput } from "./vitals";

/** A journey as declared. */
export interface JourneyInput {
  readonly name: string;
  readonly steps: readonly string[];
  readonly dropPercent?: number;
  readonly window?: string;
}

/** A RUM application's settings as declared: plain values, not yet checked. */
export interface RumInput {
  readonly name: string;
  readonly type?: RumApplicationType;
  readonly vitals?: Partial<Record<CoreWebVital, { readonly good?: VitalBoundInput; readonly poor?: VitalBoundInput }>>;
  readonly severity?: AlertSeverity;
  readonly viewGroups?: readonly string[];
  readonly sessionSamplePercent?: number;
  readonly errorSessionsPercent?: Partial<PercentBounds>;
  readonly crashFreeSessionsPercent?: Partial<PercentBounds>;
  readonly journeys?: readonly JourneyInput[];
  readonly satisfaction?: { readonly atLeast: number; readonly of?: number };
}

/** A RUM application's settings, checked and resolved: the spec's parts that come from its props alone. */
export type ParsedRum = Pick<
  RumSpec,
  "type" | "vitals" | "severity" | "viewGroups" | "errorSessions" | "crashFreeSessions" | "journeys" | "sampling"
>;

/** Defaults of a RUM application's settings. */
export const RUM_DEFAULTS = {
  type: "browser",
  severity: "ticket",
  sessionSamplePercent: 20,
  errorSessionsPercent: { warning: 2, alert: 5 },
  crashFreeSessionsPercent: { warning: 99.5, alert: 99 },
  journeyDropPercent: 20,
  journeyWindow: "1h",
} as const;

const isPercent = (value: number) => Number.isFinite(value) && value > 0 && value <= 100;

function viewGroupProblems(where: string, groups: readonly string[]): string[] {
  return groups.flatMap((group, index) =>
    group.startsWith("/") && isDatadogTagValue(group)
      ? []
      : [`${where}[${index}]: "${group}" is not a view group; write the path group as RUM reports it (@view.url_path_group), e.g. "/plans/new" (letters, digits and _ - : . / only, as Datadog tags keep them)`],
  );
}

function percentBounds(where: string, input: Partial<PercentBounds> | undefined, fallback: PercentBounds, higherIsWorse: boolean): { bounds?: PercentBounds; problems: string[] } {
  const bounds = { ...fallback, ...input };
  const problems = (["warning", "alert"] as const)
    .filter((key) => !isPercent(bounds[key]))
    .map((key) => `${where}.${key}: ${bounds[key]} is not a percentage; use a number above 0 and at most 100`);
  const ordered = higherIsWorse ? bounds.warning < bounds.alert : bounds.warning > bounds.alert;
  if (problems.length === 0 && !ordered) {
    problems.push(`${where}: the warning (${bounds.warning}) must come before the alert (${bounds.alert}): ${higherIsWorse ? "below" : "above"} it`);
  }
  return problems.length === 0 ? { bounds, problems } : { problems };
}

function parseJourney(input: JourneyInput, index: number, names: Set<string>): { journey?: JourneySpec; problems: string[] } {
  const where = `journeys[${index}]`;
  const id = slug(input.name);
  const problems = [
    ...[slugProblem(`${where}.name`, input.name)].filter((problem): problem is string => problem !== undefined),
    ...(names.has(id) && id !== "" ? [`${where}.name: "${input.name}" is already a journey of this application; give each journey its own name`] : []),
    ...(input.steps.length < 2 ? [`${where}.steps: a journey needs at least two views to convert between, e.g. ["/login", "/plans/new"]`] : []),
    ...viewGroupProblems(`${where}.steps`, input.steps),
  ];
  names.add(id);
  const dropPercent = input.dropPercent ?? RUM_DEFAULTS.journeyDropPercent;
  if (!(Number.isFinite(dropPercent) && dropPercent > 0 && dropPercent < 100)) {
    problems.push(`${where}.dropPercent: ${dropPercent} is not a drop in percent; use a number between 0 and 100, e.g. 20`);
  }
  let window: Duration | undefined;
  try {
    window = Duration.parse(input.window ?? RUM_DEFAULTS.journeyWindow);
  } catch (error) {
    problems.push(`${where}.window: ${(error as Error).message}`);
  }
  return problems.length > 0 ? { problems } : { journey: { name: input.name, id, steps: input.steps, dropPercent, window: window as Duration }, problems };
}

/** The best score a satisfaction rating can give when the settings do not say. */
export const DEFAULT_SATISFACTION_SCALE = 5;

function satisfactionProblems(input: RumInput["satisfaction"]): string[] {
  if (input === undefined) {
    return [];
  }
  const of = input.of ?? DEFAULT_SATISFACTION_SCALE;
  if (!Number.isFinite(of) || of <= 0) {
    return [`satisfaction.of: ${of} is not a best score; use a number above 0, e.g. 5`];
  }
  return Number.isFinite(input.atLeast) && input.atLeast > 0 && input.atLeast <= of
    ? []
    : [`satisfaction.atLeast: ${input.atLeast} is not a score out of ${of}; use a number above 0 and at most ${of}, e.g. ${of * 0.9}`];
}

/** Checks a RUM application's settings and resolves its defaults; every problem is reported, each with its fix. */
export function parseRum(input: RumInput, problems: Problems): ParsedRum | undefined {
  const type = input.type ?? RUM_DEFAULTS.type;
  problems.add(slugProblem("name", input.name));
  if (!RUM_APPLICATION_TYPES.includes(type)) {
    problems.add(`type: "${type}" is not a RUM application type; use one of ${RUM_APPLICATION_TYPES.join(", ")}`);
  }
  const mobile = isMobile(type);
  if (mobile && input.vitals !== undefined) {
    problems.add(`vitals: Core Web Vitals are measured in browsers, not in a ${type} application; remove vitals or set type: "browser"`);
  }
  if (!mobile && input.crashFreeSessionsPercent !== undefined) {
    problems.add(`crashFreeSessionsPercent: a browser application does not crash; remove it, or set the mobile type (${RUM_APPLICATION_TYPES.slice(1).join(", ")})`);
  }
  const vitals = mobile ? [] : CORE_WEB_VITALS.map((vital) => parseVitalThresholds(vital, input.vitals?.[vital]));
  problems.add(...vitals.flatMap((vital) => vital.problems));
  problems.add(...viewGroupProblems("viewGroups", input.viewGroups ?? []));
  const sessionSamplePercent = input.sessionSamplePercent ?? RUM_DEFAULTS.sessionSamplePercent;
  if (!isPercent(sessionSamplePercent)) {
    problems.add(`sessionSamplePercent: ${sessionSamplePercent} is not a percentage of sessions; use a number above 0 and at most 100, e.g. 20`);
  }
  const errorSessions = percentBounds("errorSessionsPercent", input.errorSessionsPercent, RUM_DEFAULTS.errorSessionsPercent, true);
  const crashFree = mobile ? percentBounds("crashFreeSessionsPercent", input.crashFreeSessionsPercent, RUM_DEFAULTS.crashFreeSessionsPercent, false) : undefined;
  const names = new Set<string>();
  const journeys = (input.journeys ?? []).map((journey, index) => parseJourney(journey, index, names));
  problems.add(...errorSessions.problems, ...(crashFree?.problems ?? []), ...journeys.flatMap((journey) => journey.problems));
  problems.add(...satisfactionProblems(input.satisfaction));
  const thresholds = vitals.flatMap((vital) => (vital.thresholds === undefined ? [] : [vital.thresholds]));
  const specs = journeys.flatMap((journey) => (journey.journey === undefined ? [] : [journey.journey]));
  if (!problems.none || errorSessions.bounds === undefined) {
    return undefined;
  }
  return {
    type,
    vitals: thresholds,
    severity: input.severity ?? RUM_DEFAULTS.severity,
    viewGroups: input.viewGroups ?? [],
    errorSessions: errorSessions.bounds,
    crashFreeSessions: crashFree?.bounds,
    journeys: specs,
    sampling: { sampleRatePercent: sessionSamplePercent, keepAll: mobile ? ["error", "crash"] : ["error"] },
  };
}
