import { stringify } from "yaml";

/** YAML as Watchkeeper writes it: no line folding, multi-line strings as literal blocks, a header comment. */
export function toYaml(value: unknown, header?: string): string {
  const body = stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });
  return header === undefined ? body : `${header.split("\n").map((line) => `# ${line}`.trimEnd()).join("\n")}\n${body}`;
}
