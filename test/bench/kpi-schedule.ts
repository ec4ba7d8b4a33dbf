import { anomalyOf, SCENARIOS, type Scenario } from "../../src/domain/kpi/kpi-scenarios";
import { MINUTES_PER_DAY, MINUTES_PER_WEEK, type Anomaly } from "../../src/domain/kpi/seasonal-traffic";

/**
 * The measurement's eight weeks: three of history, a clean fourth, then four weeks of injected anomalies, each kind
 * at busy hours, in the evening, at night and in the Sunday-night trough, on the Monday ramp-up and just after
 * midnight. No two anomalies share a time of the week, so that each week's baseline holds at most one of them.
 */
export const WEEKS = 8;
export const CLEAN_WEEK = 3;

/** An injected anomaly, where it is in the week and what it is. */
export interface Injected {
  readonly scenario: Scenario;
  readonly anomaly: Anomaly;
  /** Its start in words, weeks counted from 1: `week 5 Thu 10:30 (busy)`. */
  readonly when: string;
}

const DAYS = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];

/** [week (from 0), day, time, scenario, what the time is] */
const PLAN: ReadonlyArray<readonly [number, string, string, keyof typeof SCENARIOS, string]> = [
  [4, "Thu", "10:30", "drop", "busy"],
  [4, "Thu", "15:00", "zero", "busy"],
  [4, "Thu", "21:00", "spike", "evening"],
  [4, "Fri", "09:00", "decline", "busy day"],
  [4, "Sat", "14:00", "rise", "weekend"],
  [4, "Sun", "03:00", "drop", "Sunday-night trough"],
  [4, "Mon", "07:00", "zero", "Monday ramp-up"],
  [4, "Tue", "00:15", "spike", "after midnight"],
  [4, "Tue", "09:00", "climb", "busy day"],
  [4, "Wed", "19:00", "rise", "evening"],
  [5, "Thu", "00:15", "zero", "after midnight"],
  [5, "Fri", "21:00", "drop", "evening"],
  [5, "Sat", "03:00", "spike", "weekend night"],
  [5, "Sun", "09:00", "climb", "weekend day"],
  [5, "Mon", "10:00", "drop", "Monday ramp-up"],
  [5, "Tue", "21:00", "rise", "evening"],
  [5, "Wed", "08:00", "decline", "busy day"],
  [6, "Thu", "13:00", "spike", "busy"],
  [6, "Fri", "19:00", "zero", "evening"],
  [6, "Sat", "10:00", "drop", "weekend"],
  [6, "Sun", "20:00", "rise", "Sunday evening"],
  [6, "Mon", "13:00", "decline", "Monday"],
  [6, "Tue", "18:00", "spike", "evening"],
  [6, "Wed", "21:00", "zero", "evening"],
  [7, "Thu", "06:30", "rise", "morning ramp-up"],
  [7, "Fri", "02:00", "drop", "night"],
  [7, "Sat", "16:00", "climb", "weekend"],
  [7, "Mon", "22:00", "spike", "late evening"],
  [7, "Tue", "03:00", "zero", "night"],
  [7, "Wed", "00:15", "drop", "after midnight"],
];

/** How long after an anomaly ends its window still explains an alert: the window the KPI is averaged over, and a step. */
export const AFTERMATH_MINUTES = 30;

/** The plan's anomalies; throws when two share a time of the week, their aftermath included. */
export function schedule(): Injected[] {
  const injected = PLAN.map(([week, day, time, kind, what]) => {
    const [hour, minute] = time.split(":").map(Number);
    const start = week * MINUTES_PER_WEEK + DAYS.indexOf(day) * MINUTES_PER_DAY + hour * 60 + minute;
    return { scenario: SCENARIOS[kind], anomaly: anomalyOf(SCENARIOS[kind], start), when: `week ${week + 1} ${day} ${time} (${what})` };
  });
  const span = ({ anomaly }: Injected) => [anomaly.start % MINUTES_PER_WEEK, (anomaly.start % MINUTES_PER_WEEK) + anomaly.end - anomaly.start + AFTERMATH_MINUTES];
  injected.forEach((first, index) =>
    injected.slice(index + 1).forEach((second) => {
      const [a, b] = [span(first), span(second)];
      if ([-MINUTES_PER_WEEK, 0, MINUTES_PER_WEEK].some((shift) => a[0] < b[1] + shift && b[0] + shift < a[1])) {
        throw new Error(`${first.when} and ${second.when} share a time of the week`);
      }
    }),
  );
  return injected;
}
