import type { FieldChange } from "./compare";
import type { FieldValue } from "./output-item";

const MAX_TEXT = 80;

/** A value as a reviewer reads it: text quoted (long text shortened), lists as `[a, b]`, absence as `(none)`. */
export function formatValue(value: FieldValue | undefined): string {
  if (value === undefined) {
    return "(none)";
  }
  if (Array.isArray(value)) {
    return `[${value.map((entry) => formatValue(entry)).join(", ")}]`;
  }
  if (typeof value === "string") {
    const quoted = JSON.stringify(value);
    return quoted.length > MAX_TEXT ? `${quoted.slice(0, MAX_TEXT - 2)}…"` : quoted;
  }
  return String(value);
}

/** Two long texts from a little before where they first differ, so the difference shows: `"…at 14.4x"` → `"…at 20x"`. */
function differingExcerpts(before: string, after: string): [string, string] {
  let common = 0;
  while (common < before.length && before[common] === after[common]) {
    common++;
  }
  const start = Math.max(0, common - 20);
  const excerpt = (text: string) => (start > 0 ? `"…${formatValue(text.slice(start)).slice(1)}` : formatValue(text));
  return [excerpt(before), excerpt(after)];
}

/**
 * One field change as `path: before → after`: long texts from where they differ; lists show what left and what came
 * (`tags: − severity:page, + severity:ticket`).
 */
export function describeField({ path, before, after }: FieldChange): string {
  if (typeof before === "string" && typeof after === "string" && JSON.stringify(before).length > MAX_TEXT) {
    const [old, updated] = differingExcerpts(before, after);
    return `${path}: ${old} → ${updated}`;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const gone = before.filter((entry) => !after.includes(entry)).map((entry) => `− ${formatValue(entry)}`);
    const come = after.filter((entry) => !before.includes(entry)).map((entry) => `+ ${formatValue(entry)}`);
    const moves = [...gone, ...come];
    return `${path}: ${moves.length > 0 ? moves.join(", ") : `${formatValue(before)} → ${formatValue(after)}`}`;
  }
  return `${path}: ${formatValue(before)} → ${formatValue(after)}`;
}
