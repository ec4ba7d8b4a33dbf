import type { Duration } from "../duration";
import { camelCase } from "../naming";
import type { AlertSeverity } from "../routing/routing";
import type { VitalThresholds } from "./vitals";

/** The kinds of application Datadog RUM instruments. */
export const RUM_APPLICATION_TYPES = ["browser", "ios", "android", "react-native", "flutter"] as const;
/** The kind of a RUM application: a browser or a mobile platform. */
export type RumApplicationType = (typeof RUM_APPLICATION_TYPES)[number];

/** Whether the application runs on phones: it crashes (crash-free sessions) and has no Core Web Vitals. */
export function isMobile(type: RumApplicationType): boolean {
  return type !== "browser";
}

/** A warning and an alert bound, both percentages. */
export interface PercentBounds {
  readonly warning: number;
  readonly alert: number;
}

/**
 * A journey: views a user goes through in order (sign in, create a plan, share it). Each step's conversion is
 * the views of the step over the views of the step before; a step alerts when its conversion drops by
 * `dropPercent` against the same hours a week before.
 */
export interface JourneySpec {
  readonly name: string;
  /** The journey's id in its application: a slug of its name. */
  readonly id: string;
  /** View groups (`@view.url_path_group`), in order; at least two. */
  readonly steps: readonly string[];
  readonly dropPercent: number;
  /** The window conversion is measured over. */
  readonly window: Duration;
}

/** One step of a journey: the conversion from one view to the next. */
export interface JourneyStep {
  readonly from: string;
  readonly to: string;
  /** 1 for the first conversion (step 0 → step 1). */
  readonly index: number;
}

/** The conversions of a journey, one per step after the first. */
export function journeySteps(journey: JourneySpec): JourneyStep[] {
  return journey.steps.slice(1).map((to, position) => ({ from: journey.steps[position], to, index: position + 1 }));
}

/** Which sessions are kept: every session with an error (or a crash), and a sample of the rest. */
export interface SessionSampling {
  /** The percentage of other sessions kept. */
  readonly sampleRatePercent: number;
  /** Kept whole: sessions with an error, and on mobile sessions that crashed. */
  readonly keepAll: ReadonlyArray<"error" | "crash">;
}

/** A RUM application as the targets see it: checked and resolved. */
export interface RumSpec {
  /** a slug of its name (unique in the stack): metric and output names. */
  readonly id: string;
  readonly service: string;
  readonly name: string;
  readonly type: RumApplicationType;
  /** Browser applications only; empty on mobile. */
  readonly vitals: readonly VitalThresholds[];
  /** The severity of an alert (a poor vital, too many error sessions, a conversion drop); warnings are tickets. */
  readonly severity: AlertSeverity;
  /** The view groups whose vitals are alerted on; empty for every view. */
  readonly viewGroups: readonly string[];
  /** Percent of sessions with at least one error. */
  readonly errorSessions: PercentBounds;
  /** Mobile only: percent of sessions without a crash (an alert below it). */
  readonly crashFreeSessions?: PercentBounds;
  readonly journeys: readonly JourneySpec[];
  readonly sampling: SessionSampling;
  readonly tags: Readonly<Record<string, string>>;
  readonly alertLabels: Readonly<Record<string, string>>;
  /** CamelCase prefix of the application's alert names. */
  readonly alertName: string;
  readonly runbookUrl?: string;
  readonly dashboardUrl?: string;
}

/** An alert of a RUM application: its monitor's name and the severities it notifies (warning, then alert). */
export interface RumAlert {
  readonly name: string;
  readonly severities: readonly AlertSeverity[];
}

/** The alert name of a vital's monitor: `PlannerWebLcpPoor`. */
export function vitalAlertName(prefix: string, vital: VitalThresholds): string {
  return `${prefix}${vital.vital[0].toUpperCase()}${vital.vital.slice(1)}Poor`;
}

/** The alert name of a journey step's conversion drop: `PlannerWebSharePlanStep1ConversionDrop`. */
export function journeyAlertName(prefix: string, journey: JourneySpec, step: JourneyStep): string {
  return `${prefix}${camelCase(journey.id)}Step${step.index}ConversionDrop`;
}

/** The alert names of an application's session monitors: `PlannerWebErrorSessions`, `PlannerIosCrashFreeSessions`. */
export const sessionAlertNames = (prefix: string) => ({ errorSessions: `${prefix}ErrorSessions`, crashFreeSessions: `${prefix}CrashFreeSessions` });

/**
 * Every alert of a RUM application: a monitor per vital, error sessions and (mobile) crash-free sessions warn
 * with a ticket and alert at the application's severity; a conversion drop alerts only.
 */
export function rumAlerts(spec: Pick<RumSpec, "alertName" | "vitals" | "journeys" | "crashFreeSessions" | "severity">): RumAlert[] {
  const warnAndAlert: readonly AlertSeverity[] = [...new Set<AlertSeverity>(["ticket", spec.severity])];
  const sessions = sessionAlertNames(spec.alertName);
  return [
    ...spec.vitals.map((vital) => ({ name: vitalAlertName(spec.alertName, vital), severities: warnAndAlert })),
    { name: sessions.errorSessions, severities: warnAndAlert },
    ...(spec.crashFreeSessions === undefined ? [] : [{ name: sessions.crashFreeSessions, severities: warnAndAlert }]),
    ...spec.journeys.flatMap((journey) =>
      journeySteps(journey).map((step) => ({ name: journeyAlertName(spec.alertName, journey, step), severities: [spec.severity] })),
    ),
  ];
}
