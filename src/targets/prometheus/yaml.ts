import { stringify } from "yaml";

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
  const body = stringify(value, { version: "1.1", lineWidth: 0, aliasDuplicateObjects: false, simpleKeys: true });
  return header === undefined ? body : `${yamlComment(header)}\n${body}`;
}
