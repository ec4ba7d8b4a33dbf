import { Duration } from "../../domain/duration";
import { isTimeZone } from "../../domain/oncall/time";
import { PrometheusApiError, shownQuery } from "./client";

/** What a label of a series must hold for a command to read it: a test and its words. */
export interface LabelForm {
  readonly test: (value: string) => boolean;
  /** What the value must be, e.g. `a duration such as 5m`. */
  readonly what: string;
  /** Whether the series may go without the label (the reader has a default). */
  readonly optional?: boolean;
}

const parses = (read: (text: string) => unknown) => (value: string) => {
  try {
    read(value);
    return true;
  } catch {
    return false;
  }
};

const numeric = (value: string) => value.trim() !== "" && Number.isFinite(Number(value));

/** Forms of label values the commands read. */
export const LABEL = {
  /** Any value: the label is there. */
  present: { test: () => true, what: "a value" },
  duration: { test: parses(Duration.parse), what: "a duration such as 5m" },
  number: { test: numeric, what: "a number" },
  optionalNumber: { test: numeric, what: "a number", optional: true },
  optionalTimeZone: { test: isTimeZone, what: "an IANA time zone such as Europe/Berlin", optional: true },
} as const satisfies Record<string, LabelForm>;

/** The labels of a series as messages show them: `{sla="gold", target="x"}`, shortened. */
function shownLabels(labels: Readonly<Record<string, string>>): string {
  const text = `{${Object.entries(labels).map(([name, value]) => `${name}=${JSON.stringify(value)}`).join(", ")}}`;
  return text.length > 120 ? `${text.slice(0, 117)}...}` : text;
}

/**
 * The series of an answer to `query`, once each carries the labels its reader identifies and reads it by, in the
 * form it reads them. The series Watchkeeper's rules record always do, so a series that does not is refused
 * (exit code 3, like any answer of another shape), naming the query, the series and the label.
 */
export function labelledSeries<T extends { readonly labels: Readonly<Record<string, string>> }>(
  series: readonly T[],
  query: string,
  forms: Readonly<Record<string, LabelForm>>,
): T[] {
  for (const one of series) {
    for (const [label, form] of Object.entries(forms)) {
      const value = one.labels[label];
      if (value === undefined ? form.optional !== true : !form.test(value)) {
        const wrong = value === undefined ? `without the label ${label}` : `whose ${label} is ${JSON.stringify(value)}, not ${form.what}`;
        throw new PrometheusApiError(
          "malformed",
          `Prometheus answered the query ${shownQuery(query)} with a series ${wrong} (${shownLabels(one.labels)}); the series of Watchkeeper's rules carry it: ` +
            "check that this Prometheus loads the rule files watchkeeper synth wrote, and that no relabelling drops or rewrites their labels",
        );
      }
    }
  }
  return [...series];
}
