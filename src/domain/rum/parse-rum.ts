import type { Problems } from "../problems";
import { Duration } from "../duration";
import { isDatadogTagValue } from "../names/datadog";
import { slug } from "../names/slugs";
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

/** What is wrong with a view group (a path group as RUM reports it, kept whole as a Datadog tag), or undefined. */
export function viewGroupProblem(group: string): string | undefined {
  return group.startsWith("/") && isDatadogTagValue(group)
    ? undefined
    : `"${group}" is not a view group; write the path group as RUM reports it (@view.url_path_group), e.g. "/plans/new" (letters, digits and _ - : . / only, as Datadog tags keep them)`;
}

function percentBounds(where: string, input: Partial<PercentBounds> | undefined, fallback: PercentBounds, higherIsWorse: boolean): { bounds?: PercentBounds; problems: string[] } {
  const bounds = { ...fallback, ...input };
  const ordered = higherIsWorse ? bounds.warning < bounds.alert : bounds.warning > bounds.alert;
  return ordered
    ? { bounds, problems: [] }
    : { problems: [`${where}: the warning (${bounds.warning}) must come before the alert (${bounds.alert}): ${higherIsWorse ? "below" : "above"} it`] };
}

function parseJourney(input: JourneyInput, index: number, names: Set<string>, problems: Problems): JourneySpec | undefined {
  const where = `journeys[${index}]`;
  const id = slug(input.name);
  if (names.has(id) && id !== "") {
    problems.add(`${where}.name: "${input.name}" is already a journey of this application; give each journey its own name`);
  }
  names.add(id);
  const window = problems.attempt(`${where}.window`, () => Duration.parse(input.window ?? RUM_DEFAULTS.journeyWindow));
  return window === undefined ? undefined : { name: input.name, id, steps: input.steps, dropPercent: input.dropPercent ?? RUM_DEFAULTS.journeyDropPercent, window };
}

/** The best score a satisfaction rating can give when the settings do not say. */
export const DEFAULT_SATISFACTION_SCALE = 5;

function satisfactionProblems(input: RumInput["satisfaction"]): string[] {
  if (input === undefined) {
    return [];
  }
  const of = input.of ?? DEFAULT_SATISFACTION_SCALE;
  // A best score of 0 or less is the schema's to report; no least score fits under it.
  return of <= 0 || input.atLeast <= of ? [] : [`satisfaction.atLeast: ${input.atLeast} is not a score out of ${of}; use a number above 0 and at most ${of}, e.g. ${of * 0.9}`];
}

/** Checks a RUM application's settings and resolves its defaults; every problem is reported, each with its fix. */
export function parseRum(input: RumInput, problems: Problems): ParsedRum | undefined {
  const type = input.type ?? RUM_DEFAULTS.type;
  const mobile = isMobile(type);
  if (mobile && input.vitals !== undefined) {
    problems.add(`vitals: Core Web Vitals are measured in browsers, not in a ${type} application; remove vitals or set type: "browser"`);
  }
  if (!mobile && input.crashFreeSessionsPercent !== undefined) {
    problems.add(`crashFreeSessionsPercent: a browser application does not crash; remove it, or set the mobile type (${RUM_APPLICATION_TYPES.slice(1).join(", ")})`);
  }
  const vitals = mobile ? [] : CORE_WEB_VITALS.map((vital) => parseVitalThresholds(vital, input.vitals?.[vital]));
  problems.add(...vitals.flatMap((vital) => vital.problems));
  const sessionSamplePercent = input.sessionSamplePercent ?? RUM_DEFAULTS.sessionSamplePercent;
  const errorSessions = percentBounds("errorSessionsPercent", input.errorSessionsPercent, RUM_DEFAULTS.errorSessionsPercent, true);
  const crashFree = mobile ? percentBounds("crashFreeSessionsPercent", input.crashFreeSessionsPercent, RUM_DEFAULTS.crashFreeSessionsPercent, false) : undefined;
  const names = new Set<string>();
  const journeys = (input.journeys ?? []).map((journey, index) => parseJourney(journey, index, names, problems));
  problems.add(...errorSessions.problems, ...(crashFree?.problems ?? []));
  problems.add(...satisfactionProblems(input.satisfaction));
  const thresholds = vitals.flatMap((vital) => (vital.thresholds === undefined ? [] : [vital.thresholds]));
  const specs = journeys.flatMap((journey) => journey ?? []);
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
