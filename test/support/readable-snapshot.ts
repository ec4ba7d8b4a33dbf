import { parseAllDocuments, stringify } from "yaml";

/** Text that holds a JSON object or list (a dashboard's `config_json`), parsed; undefined for any other text. */
function embeddedJson(text: string): unknown {
  if (!/^\s*[[{]/.test(text)) {
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A value with its JSON held in strings expanded, and its multi-line strings as lists of lines, recursively. */
function expand(value: unknown): unknown {
  if (typeof value === "string") {
    const parsed = embeddedJson(value);
    if (parsed !== undefined) {
      return { "(JSON text)": expand(parsed) };
    }
    return value.includes("\n") ? { "(lines)": value.split("\n") } : value;
  }
  if (Array.isArray(value)) {
    return value.map(expand);
  }
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, expand(child)]));
  }
  return value;
}

/**
 * A synth output file as a reviewer reads a failed comparison of it, line by line: a JSON file indented, a YAML file
 * re-dumped, each with the JSON its strings hold (a dashboard's `config_json`, a GrafanaDashboard's `json`) expanded
 * and its multi-line strings (a software catalog `entity`) split into lines; any other file as it is. Only for
 * showing a difference: the files themselves are compared byte for byte as well.
 */
export function readableForDiff(path: string, text: string): string {
  try {
    if (path.endsWith(".json")) {
      return `${JSON.stringify(expand(JSON.parse(text)), null, 2)}\n`;
    }
    if (/\.ya?ml$/.test(path)) {
      return parseAllDocuments(text)
        .map((document) => stringify(expand(document.toJS()), { lineWidth: 0 }))
        .join("---\n");
    }
  } catch {
    // Not parseable: shown as it is.
  }
  return text;
}
