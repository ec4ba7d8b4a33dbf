import { quoted } from "../quoted";
/**
 * Datadog tag values and metric namespaces. A tag filter in a query is written unquoted, so a value must stay
 * within the characters Datadog keeps in tags; anything else (quotes, spaces, newlines) would change the query.
 */

const TAG_VALUE = /^[\p{L}\p{N}_\-:./]*$/u;
const METRIC_NAMESPACE = /^[a-zA-Z][a-zA-Z0-9_]*(\.[a-zA-Z][a-zA-Z0-9_]*)*$/;

/** Whether a value can be written unquoted in a Datadog tag filter (`key:value`). */
export function isDatadogTagValue(value: string): boolean {
  return TAG_VALUE.test(value);
}

/** What is wrong with a Datadog metric namespace (the OpenMetrics check's `namespace`), or undefined. */
export function metricNamespaceProblem(what: string, namespace: string): string | undefined {
  if (namespace === "" || METRIC_NAMESPACE.test(namespace)) {
    return undefined;
  }
  return `${what} ${quoted(namespace)} is not a Datadog metric namespace; use letters, digits and underscores starting with a letter, parts joined by dots, e.g. "checkout" or "shop.checkout"`;
}
