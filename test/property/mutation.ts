import fc from "fast-check";
import type { Declaration } from "./declaration";

/** One bad field (or a few related ones) put into a valid declaration, and the construct expected to complain. */
export interface Mutation {
  /** What is changed, e.g. `team.slackChannel`; a declaration with several bad fields has each kind at most once. */
  readonly kind: string;
  /** The construct path the problem must name, e.g. `production/checkout-team`, or `production` for stack-wide checks. */
  readonly path: string;
  readonly apply: (declaration: Declaration) => Declaration;
}

/** A mutation for each generated bad value, printed as `kind = value` when a property fails. */
export function mutation<T>(kind: string, path: string, values: fc.Arbitrary<T>, apply: (declaration: Declaration, value: T) => Declaration): fc.Arbitrary<Mutation> {
  return values.map((value) => ({
    kind,
    path,
    apply: (declaration: Declaration) => apply(declaration, value),
    [fc.toStringMethod]: () => `${kind} = ${fc.stringify(value)}`,
  }));
}

/** Replaces the element at `index` of a list. */
export function replaceAt<T>(list: readonly T[], index: number, patch: (item: T) => T): T[] {
  return list.map((item, at) => (at === index ? patch(item) : item));
}

/** A valid lower-case word, to surround bad fragments with. */
const word = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);

/** Characters no name of Watchkeeper's outputs accepts everywhere: spaces, slashes, line breaks, quotes, emoji, templates. */
const BAD_FRAGMENTS = [" ", "/", "\n", "\t", '"', "🚀", "{{", "}}", "\\", "\u0000"] as const;

/** A word with a bad fragment inside, e.g. `ab/cd` or `x🚀`. */
export const taintedWord = fc.tuple(word, fc.constantFrom(...BAD_FRAGMENTS), fc.option(word, { nil: "" })).map(([head, bad, tail]) => `${head}${bad}${tail}`);

/** Names that cannot become a file, a label, a slug or a Kubernetes key unchanged: empty, blank, too long, unicode, emoji, spaces, slashes. */
export const badName = fc.oneof(
  fc.constantFrom("", " ", "\t", "🚀", "🚀🔥", "ünïcødé", "名前", "../etc", "a/b", "a b", "a\nb"),
  taintedWord,
  fc.integer({ min: 254, max: 400 }).map((length) => "a".repeat(length)),
);

/** Text that is not an email address. */
export const badEmail = fc.oneof(
  fc.constantFrom("", "alice", "alice@", "@example.com", "alice@example", "alice example@example.com", "alice@example.com\n"),
  taintedWord,
);

/** Text that is not an http(s) URL. */
export const badUrl = fc.oneof(
  fc.constantFrom("", "runbook", "grafana", "ftp://runbooks.example.com/x", "https://", "https:// example.com", "//example.com/x", "javascript:alert(1)"),
  word,
);

/** Numbers no count of minutes, events or rate accepts: negative, fractional, not finite. */
export const badCount = fc.oneof(fc.constantFrom(-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY), fc.integer({ max: -1 }));

/** Text that is not a duration such as 30d or 5m. */
export const badDuration = fc.oneof(fc.constantFrom("", "a month", "30", "-1d", "0d", "1 d", "1y2", "d30"), word);

/** Text that is not a time of day HH:MM. */
export const badClock = fc.constantFrom("", "9am", "9:00", "24:00", "25:00", "09:60", "09-00", "09:00:00", "noon");

/** Text that is not an IANA time zone. */
export const badTimeZone = fc.constantFrom("", "Mars/Olympus", "Europe/Berlinn", "CEST+1", "🚀");

/** Literal strings where a SecretRef belongs: the most common way to leak a secret into configuration. */
export const literalSecret = fc.oneof(fc.constantFrom("", "https://hooks.slack.com/services/T000/B000/XXXX", "r0ut1ngk3y"), word);
