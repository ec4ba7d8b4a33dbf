import { quoted } from "../quoted";

/**
 * Prometheus label names and annotation text: what promtool and Prometheus accept, checked in one place.
 * Label values may hold any text; label names may not.
 */

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/**
 * What is wrong with a label name a user declares, or undefined. `reserved` are the labels Watchkeeper sets
 * itself, which a declared label must not replace.
 */
export function labelNameProblem(what: string, name: string, reserved: readonly string[] = []): string | undefined {
  if (!LABEL_NAME.test(name)) {
    return `${what}: ${quoted(name)} is not a Prometheus label name; use letters, digits and underscores, not starting with a digit, e.g. "tier"`;
  }
  if (name.startsWith("__")) {
    return `${what}: ${quoted(name)} starts with "__", which Prometheus keeps for itself; choose another name, e.g. "${name.replace(/^_+/, "") || "tier"}"`;
  }
  if (reserved.includes(name)) {
    return `${what}: ${quoted(name)} is set by Watchkeeper (${reserved.join(", ")}) and cannot be overridden; choose another name`;
  }
  return undefined;
}

/** The Go template delimiters Prometheus and Alertmanager expand in annotation text. */
const TEMPLATE = /\{\{|\}\}/;

/**
 * What is wrong with text that lands in alert annotations (Prometheus expands them as Go templates) and
 * Datadog monitor messages (which read `{{…}}` as template variables), where it starts a sentence: or undefined.
 */
export function annotationTextProblem(what: string, text: string): string | undefined {
  if (TEMPLATE.test(text)) {
    return `${what}: ${quoted(text)} contains "{{" or "}}", which alerting tools read as a template; write the text without them`;
  }
  return /[\r\n]/.test(text) ? `${what}: ${quoted(text)} spans several lines; it starts the alerts' descriptions, so write one sentence on one line` : undefined;
}
