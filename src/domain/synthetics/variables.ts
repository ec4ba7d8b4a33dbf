import type { FlowStep } from "./flow";

/** A variable reference in a step's text, as Datadog writes it: `{{ TOKEN }}`. */
const REFERENCE = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The names a variable may have: upper-case letters, digits and underscores, as Datadog requires. */
export const VARIABLE_NAME = /^[A-Z][A-Z0-9_]*$/;

/** The variables a text refers to, in order. */
export function referencedVariables(text: string): string[] {
  return [...text.matchAll(REFERENCE)].map((match) => match[1]);
}

/** Each text of a step that may hold references, with where it is, e.g. `headers.Authorization`. */
export function stepTexts(step: FlowStep): Array<{ where: string; text: string }> {
  switch (step.kind) {
    case "http":
      return [
        { where: "url", text: step.url },
        ...Object.entries(step.headers ?? {}).map(([name, text]) => ({ where: `headers.${name}`, text })),
        ...(step.body === undefined ? [] : [{ where: "body", text: step.body }]),
      ];
    case "goto":
      return [{ where: "url", text: step.url }];
    case "type":
      return [{ where: "text", text: step.text }];
    default:
      return [];
  }
}

/** The names a step extracts for later steps. */
export function extractedVariables(step: FlowStep): string[] {
  return step.kind === "http" ? Object.keys(step.extract ?? {}) : [];
}
