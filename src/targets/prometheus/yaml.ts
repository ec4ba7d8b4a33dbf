import { stringify } from "yaml";

/** YAML comment lines. */
export function yamlComment(text: string): string {
  return text
    .split("\n")
    .map((line) => `# ${line}`.trimEnd())
    .join("\n");
}

/** YAML as Watchkeeper writes it: no line folding, multi-line strings as literal blocks, an optional header. */
export function toYaml(value: unknown, header?: string): string {
  const body = stringify(value, { lineWidth: 0, aliasDuplicateObjects: false, simpleKeys: true });
  return header === undefined ? body : `${yamlComment(header)}\n${body}`;
}
