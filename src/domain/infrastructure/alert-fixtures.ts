import type { AlertCheck, ExpectedAlert, InputSeries } from "../rule-tests/slo-tests";
import { Noise } from "../rule-tests/samples";
import type { AlertingRule } from "../rules/rules";
import type { InfraAlertDefinition } from "./catalog";
import { infraAlertRules, type InfraSpec } from "./infra-rules";
import type { ResolvedInfraAlert } from "./overrides";

/** What a generated test watches: a node, a container, a volume…, named `name` in `namespace`. */
export interface Subject {
  readonly name: string;
  readonly namespace: string;
}

/**
 * How the generated tests drive one alert of a pack: series shaped as its exporter emits them, for a subject whose
 * measured quantity (a threshold alert's: CPU busy share, days left…; otherwise 0 for healthy and 1 for failing)
 * changes at a minute, and the labels the alert fires with.
 */
export interface AlertFixture {
  /** The metrics the alert reads: alerts tested in one case read none of each other's series. */
  readonly metrics: readonly string[];
  /** The bounds of a threshold's quantity, and whether it counts whole things (restarts). @default unbounded above 0 */
  readonly quantity?: { readonly max?: number; readonly whole?: boolean };
  /** How many minutes the expression takes to see a change fully (its longest window). */
  readonly settle: number;
  /** The subject's series over `minutes` one-minute samples: measuring `before` until minute `at`, then `after`. */
  series(subject: Subject, before: number, after: number, at: number, minutes: number, noise: Noise): InputSeries[];
  /** The labels the alert fires with for the subject, besides the rule's own. */
  labels(subject: Subject): Readonly<Record<string, string>>;
}

/** One generated test case of a pack: series at one-minute samples, and the alerts expected at minutes. */
export interface InfraTestCase {
  readonly name: string;
  readonly inputMinutes: number;
  readonly series: readonly InputSeries[];
  readonly alerts: readonly AlertCheck[];
}

/** Healthy minutes before each subject changes: enough for every rate to have its samples. */
const LEAD = 10;

/** The rule's labels over the series', annotations with `{{ $labels.x }}` expanded, as promtool expects them. */
export function firedAlert(rule: AlertingRule, labels: Readonly<Record<string, string>>): ExpectedAlert {
  const all = { ...labels, ...rule.labels };
  const expand = (text: string) => text.replace(/\{\{ \$labels\.(\w+) \}\}/g, (_, name: string) => all[name] ?? "");
  return { labels: all, annotations: Object.fromEntries(Object.entries(rule.annotations).map(([key, text]) => [key, expand(text)])) };
}

/** Whether a measured value is past a threshold on its worse side. */
function past(definition: InfraAlertDefinition, value: number, threshold: number): boolean {
  return definition.threshold === undefined ? value === 1 : definition.threshold.worse === "above" ? value > threshold : value < threshold;
}

/**
 * The measured values of an alert's subjects: one on the healthy side of every level, and one per level past it but
 * not past the next stricter (the strictest past it by half its distance to the quantity's bound); a level whose
 * threshold leaves no such value (overridden equal to the next) has no subject.
 */
function subjectValues(alert: ResolvedInfraAlert, fixture: AlertFixture): { quiet: number; levels: Array<number | undefined> } {
  const { definition, levels } = alert;
  if (definition.threshold === undefined) return { quiet: 0, levels: levels.map(() => 1) };
  const above = definition.threshold.worse === "above";
  const round = (value: number, up: boolean) => (fixture.quantity?.whole ? (up ? Math.ceil(value) : Math.floor(value)) : value);
  const bound = above ? fixture.quantity?.max : 0;
  const thresholds = levels.map((level) => level.threshold);
  const mildest = above ? Math.min(...thresholds) : Math.max(...thresholds);
  const max = fixture.quantity?.max;
  const quiet = round(above ? mildest / 2 : max === undefined ? mildest * 2 : (mildest + max) / 2, !above);
  const values = thresholds.map((threshold) => {
    const stricter = thresholds.filter((other) => (above ? other > threshold : other < threshold));
    const next = stricter.length === 0 ? undefined : above ? Math.min(...stricter) : Math.max(...stricter);
    const far = bound === undefined ? threshold * 1.5 + 1 : (threshold + bound) / 2;
    const value = round(next === undefined ? far : (threshold + next) / 2, above);
    return past(definition, value, threshold) && (next === undefined || !past(definition, value, next)) ? value : undefined;
  });
  return { quiet, levels: values };
}

/**
 * The test case of some alerts of a pack, side by side: per alert a healthy subject and a subject per level, each
 * changing at the same minute, plus (for an alert restricted to namespaces) a failing subject outside them.
 * Checked before the change, just before each level's `for` has passed, and once its window and `for` have.
 */
function fixtureCase(spec: InfraSpec, alerts: ReadonlyArray<{ alert: ResolvedInfraAlert; fixture: AlertFixture }>): InfraTestCase {
  const settled = alerts.flatMap(({ alert, fixture }) => alert.levels.map((level) => fixture.settle + (level.for?.minutes ?? 0)));
  const minutes = LEAD + Math.max(...settled) + 2;
  const series: InputSeries[] = [];
  const checks: AlertCheck[] = [];
  for (const { alert, fixture } of alerts) {
    const name = alert.definition.name;
    const rules = infraAlertRules(spec, alert);
    const values = subjectValues(alert, fixture);
    const inside = alert.namespaces[0] ?? "default";
    const subjects = [
      { subject: { name: `${name.toLowerCase()}-healthy`, namespace: inside }, value: values.quiet, counts: true },
      ...values.levels.flatMap((value, index) => (value === undefined ? [] : [{ subject: { name: `${name.toLowerCase()}-${alert.levels[index].level}`, namespace: inside }, value, counts: true }])),
      ...(alert.namespaces.length === 0 ? [] : [{ subject: { name: `${name.toLowerCase()}-elsewhere`, namespace: "not-watched" }, value: values.levels.find((value) => value !== undefined) ?? values.quiet, counts: false }]),
    ];
    subjects.forEach(({ subject, value }) => series.push(...fixture.series(subject, values.quiet, value, LEAD, minutes, new Noise(subject.name))));
    // A level fires for a subject past its threshold from LEAD + settle + for on, and not before LEAD + for.
    const state = (minute: number) =>
      subjects.flatMap(({ subject, value, counts }) =>
        alert.levels.flatMap((level, index) => {
          if (!counts || !past(alert.definition, value, level.threshold)) return [];
          const wait = level.for?.minutes ?? 0;
          return minute >= LEAD + fixture.settle + wait ? [firedAlert(rules[index], fixture.labels(subject))] : minute >= LEAD + wait ? [undefined] : [];
        }),
      );
    const instants = [LEAD - 1, ...alert.levels.flatMap((level) => [LEAD + (level.for?.minutes ?? 0) - 1, LEAD + fixture.settle + (level.for?.minutes ?? 0)]), minutes - 1];
    for (const minute of [...new Set(instants)].filter((at) => at >= 0 && at < minutes).sort((a, b) => a - b)) {
      const expected = state(minute);
      if (expected.every((alert) => alert !== undefined)) checks.push({ minute, alertname: name, firing: expected as ExpectedAlert[] });
    }
  }
  const names = alerts.map(({ alert }) => alert.definition.name);
  return { name: `${names.join(", ")}: a healthy subject stays quiet, each level fires after its for`, inputMinutes: 1, series, alerts: checks };
}

/**
 * The generated cases of the alerts of a pack that have a fixture: alerts side by side in one case while they read
 * different metrics (a case costs promtool one evaluation of every rule a minute, whatever it holds).
 */
export function fixtureCases(spec: InfraSpec, alerts: readonly ResolvedInfraAlert[], fixtures: Readonly<Record<string, AlertFixture>>): InfraTestCase[] {
  const groups: Array<Array<{ alert: ResolvedInfraAlert; fixture: AlertFixture }>> = [];
  for (const alert of alerts) {
    const fixture = fixtures[alert.definition.name];
    if (fixture === undefined) continue;
    const group = groups.find((members) => members.every((member) => member.fixture.metrics.every((metric) => !fixture.metrics.includes(metric))));
    if (group === undefined) groups.push([{ alert, fixture }]);
    else group.push({ alert, fixture });
  }
  return groups.map((group) => fixtureCase(spec, group));
}
