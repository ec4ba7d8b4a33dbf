/**
 * A declared value as messages quote it: in double quotes, with line breaks, quotes and control characters escaped
 * (JSON's rules), so that a problem about a value stays on the one line that names its construct path.
 */
export function quoted(value: unknown): string {
  return JSON.stringify(String(value));
}
