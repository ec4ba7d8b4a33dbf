import { z } from "zod";
import { quoted } from "../quoted";
import { alertLabelProblem } from "../names/alert-labels";
import { isClockTime, isTimeZone } from "../oncall/time";
import type { AlertOwner } from "../routing/routing";
import { secretProblem, type SecretRef } from "../secret";
import { annotationTextProblem, labelNameProblem } from "./prometheus";
import { countryCodeProblems } from "./country-codes";
import { durationProblem, latencyProblem, type DurationBounds } from "./durations";
import { headerNameProblem, headerValueProblem } from "./headers";
import { hostProblem } from "./hosts";
import { kubernetesNameProblem, labelValueProblem, namespaceProblem } from "./kubernetes";
import { percentProblem, ratioProblem } from "./numbers";
import { webAddressProblem, type WebAddressOptions } from "./urls";

/**
 * The building blocks of the props schemas (zod), one per kind of value, each checked by the one validator of its
 * kind; and the schemas' issues as problems: `<prop path>: <what is wrong>; <the fix>`.
 */

/** Marks where a validator's message names the prop, so that the schema's path names it instead. */
const PROP = "\u0000";

/** A validator's problem without its own prop name (`<prop> "x" is …` or `<prop>: "x" is …` → `"x" is …`). */
function unnamed(problem: string | undefined): string | undefined {
  return problem?.replace(new RegExp(`^${PROP}:? ?`), "");
}

/** A string checked by a validator that returns its problem, or undefined. */
export function checkedText(problem: (text: string) => string | undefined): z.ZodType<string> {
  return z.string().superRefine((text, context) => {
    const found = unnamed(problem(text));
    if (found !== undefined) {
      context.addIssue({ code: "custom", message: found });
    }
  });
}

/** A string checked by a validator of the form `(what, value) => problem`, which names the prop itself. */
export const validatedBy = (problem: (what: string, value: string) => string | undefined) => checkedText((value) => problem(PROP, value));

/** Text that is not empty or blank, on one line. */
export const text = checkedText((value) =>
  value.trim() === "" ? "is empty; give it a value" : /[\r\n\u0000]/.test(value) ? `${quoted(value)} holds a line break or NUL; write it on one line` : undefined,
);
/** A service name: the `service` label of alerts, a Datadog tag and a Kubernetes label value. */
export const serviceName = checkedText((value) => alertLabelProblem("service", PROP, value));
/** An absolute http(s) web address without credentials. */
export const webAddress = (options: WebAddressOptions = {}) => checkedText((value) => webAddressProblem(PROP, value, options));
/** A host name with an optional port. */
export const host = checkedText((value) => hostProblem(PROP, value));
/** An HTTP header name. */
export const headerName = checkedText((value) => headerNameProblem(PROP, value));
/** An HTTP header value. */
export const headerValue = checkedText((value) => headerValueProblem(PROP, value));
/** A map of HTTP headers. */
export const headers = z.record(headerName, headerValue);
/** An ISO 3166-1 alpha-2 country code. */
export const countryCode = checkedText((value) => countryCodeProblems([value], PROP)[0]?.replace(/^\u0000\[0\]/, PROP));
/** A Kubernetes object name (DNS-1123 subdomain). */
export const kubernetesName = checkedText((value) => kubernetesNameProblem(PROP, value));
/** A Kubernetes namespace (DNS-1123 label). */
export const kubernetesNamespace = checkedText((value) => namespaceProblem(PROP, value));
/** A Kubernetes label value. */
export const kubernetesLabelValue = checkedText((value) => labelValueProblem(PROP, value));
/** A Prometheus label name that a user declares. */
export const prometheusLabelName = checkedText((value) => labelNameProblem(PROP, value));
/** Text that lands in alert annotations and Datadog messages: no `{{`/`}}`, one line. */
export const annotationText = checkedText((value) => annotationTextProblem(PROP, value));
/** A duration in Prometheus syntax, within per-prop bounds. */
export const duration = (bounds: DurationBounds = {}) => checkedText((value) => durationProblem(value, bounds));
/** A latency (a threshold or a histogram's bucket bound): a duration or one decimal amount of a unit (2.5s), within per-prop bounds. */
export const latency = (bounds: DurationBounds = {}) => checkedText((value) => latencyProblem(value, bounds));

/** A number (never NaN or ±Infinity) checked by a validator that returns its problem, or undefined. */
export function checkedNumber(problem: (value: number) => string | undefined): z.ZodType<number> {
  return z.number().superRefine((value, context) => {
    const found = problem(value);
    if (found !== undefined) {
      context.addIssue({ code: "custom", message: found });
    }
  });
}

/** A ratio, 0 to 1 (ends as given); a percent given instead is named. */
export const ratio = (ends: Parameters<typeof ratioProblem>[1] = {}) => checkedNumber((value) => ratioProblem(value, ends));
/** A percent, 0 to 100 (ends as given). */
export const percent = (ends: Parameters<typeof percentProblem>[1] = {}) => checkedNumber((value) => percentProblem(value, ends));
/** A number in a range, with the range and an example in the message. */
export const between = (min: number, max: number, what: string, example: number) =>
  checkedNumber((value) => (value >= min && value <= max ? undefined : `${value} is not ${what} from ${min} to ${max}; e.g. ${example}`));
/** A positive number (above 0). */
export const positive = checkedNumber((value) => (value > 0 ? undefined : `${value} must be above 0`));
/** A whole number from `min` (0 unless given) to `max` (if given). */
export const wholeNumber = (min = 0, max = Number.MAX_SAFE_INTEGER) =>
  checkedNumber((value) =>
    Number.isInteger(value) && value >= min && value <= max
      ? undefined
      : `${value} is not a whole number ${max === Number.MAX_SAFE_INTEGER ? `of ${min} or more` : `from ${min} to ${max}`}`,
  );
/** One of a list of values, checked at run time (JavaScript callers, JSON configs); the message lists them. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values);
/** A key of a map that names one of a list (an alert, a pack), with the list in the message. */
export const nameOf = (what: string, names: readonly string[]) =>
  checkedText((name) => (names.includes(name) ? undefined : `no ${what} is named ${quoted(name)}; valid names are ${names.join(", ")}`));

/** A SecretRef. */
export const secretRef = z.custom<SecretRef>().superRefine((value, context) => {
  const problem = unnamed(secretProblem(PROP, value));
  if (problem !== undefined) {
    context.addIssue({ code: "custom", message: problem });
  }
});
/** A wall-clock time of day, HH:MM. */
export const clockTime = checkedText((value) => (isClockTime(value) ? undefined : `${quoted(value)} is not a time of day; write it as HH:MM, e.g. 09:00`));
/** An IANA time zone. */
export const timeZone = checkedText((value) => (isTimeZone(value) ? undefined : `${quoted(value)} is not an IANA time zone; e.g. "Europe/Berlin"`));
/**
 * A construct or another object the stack resolves (an owner, an SLO reference), known by the text property it
 * always has (`teamName`, `sloId`); its own checks apply to the rest.
 */
export const reference = <T>(what: string, key: string) =>
  z.custom<T>((value) => typeof value === "object" && value !== null && typeof Reflect.get(value, key) === "string", {
    message: `is not ${what}; pass the construct itself`,
  });
/** A SecretRef, or a web address when the address is no secret (checked as a web address). */
export const secretOrWebAddress = z.custom<SecretRef | string>().superRefine((value, context) => {
  const problem = typeof value === "string" ? unnamed(webAddressProblem(PROP, value)) : unnamed(secretProblem(PROP, value));
  if (problem !== undefined) {
    context.addIssue({ code: "custom", message: problem });
  }
});

/** An owner: a team or a team's name; the stack resolves it. */
export const owner = z.union([z.string(), reference<AlertOwner>("a team", "teamName")]);
/** The alert severity. */
export const severity = z.enum(["page", "ticket"]);

function pathOf(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((at, key) => (typeof key === "number" ? `${at}[${key}]` : key === "" ? `${at}[""]` : at === "" ? String(key) : `${at}.${String(key)}`), "");
}

/** A value as a message shows it: text quoted, anything else as JavaScript prints it. */
function shown(value: unknown): string {
  return typeof value === "string" ? quoted(value) : Array.isArray(value) ? "a list" : typeof value === "object" && value !== null ? "an object" : String(value);
}

/** A type's name with its article: "a string", "an object". */
function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** A zod issue in Watchkeeper's words: what is wrong and the fix. */
function issueMessage(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case "invalid_value":
      return `${shown(value)} is not one of ${issue.values.map((allowed) => quoted(allowed)).join(", ")}; use one of them`;
    case "invalid_type":
      return value === undefined
        ? `is required; give ${issue.expected === "object" || issue.expected === "nonoptional" ? "it" : article(issue.expected)}`
        : `${shown(value)} is not ${article(issue.expected === "number" && typeof value === "number" ? "finite number" : issue.expected)}; give ${article(issue.expected)}`;
    case "unrecognized_keys":
      return `${issue.keys.map((key) => quoted(key)).join(", ")} ${issue.keys.length === 1 ? "is not a prop" : "are not props"} here; remove ${issue.keys.length === 1 ? "it" : "them"} or check the spelling`;
    case "invalid_key":
      return issue.issues.map((inner) => inner.message).join("; ");
    case "invalid_union":
      return `${shown(value)} is none of the forms this prop takes; check it against the props type`;
    default:
      return issue.message;
  }
}

/** The value at a path of the props, for messages. */
function valueAt(props: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined), props);
}

/**
 * The issues to report for an issue: those of the form the value comes closest to when it matches none of a union's
 * (an object with a bad prop, rather than `false`), with their full paths; any other issue as it is.
 */
function closestIssues(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== "invalid_union") {
    return [issue];
  }
  const forms = issue.errors.filter((form) => form.length > 0 && !form.every((inner) => inner.path.length === 0 && (inner.code === "invalid_type" || inner.code === "invalid_value")));
  if (forms.length !== 1) {
    return [issue];
  }
  return forms[0].flatMap((inner) => closestIssues({ ...inner, path: [...issue.path, ...inner.path] }));
}

/** The problems of props against their schema, all at once: `<prop path>: <what is wrong>; <the fix>`. */
export function schemaProblems(schema: z.ZodType, props: unknown): string[] {
  const result = schema.safeParse(props);
  if (result.success) {
    return [];
  }
  return result.error.issues.flatMap(closestIssues).map((issue) => {
    const at = pathOf(issue.path);
    const message = issueMessage(issue, valueAt(props, issue.path));
    return at === "" ? `props: ${message}` : `${at}: ${message}`;
  });
}

/** A strict object schema of a props type: every prop of the type has its schema (checked by the compiler). */
export function propsSchema<Props>() {
  return <Shape extends { [Key in keyof Required<Props>]: z.ZodType }>(shape: Shape) => z.strictObject(shape);
}
