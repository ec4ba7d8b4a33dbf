import { stringify } from "yaml";
import { writeYaml, YAML_OPTIONS } from "./yaml-writer";

/** YAML comment lines. */
export function yamlComment(text: string): string {
  return text
    .split("\n")
    .map((line) => `# ${line}`.trimEnd())
    .join("\n");
}

/**
 * YAML as Watchkeeper writes it: no line folding, multi-line strings as literal blocks, an optional header.
 * Strings that YAML 1.1 readers (Go's yaml.v2 in Prometheus and Alertmanager, PyYAML) would take for numbers or
 * booleans, such as 02:00 or on, are quoted.
 */
export function toYaml(value: unknown, header?: string): string {
  const body = writeYaml(value) ?? stringify(value, YAML_OPTIONS);
  return header === undefined ? body : `${yamlComment(header)}\n${body}`;
}
