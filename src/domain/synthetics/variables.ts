import type { FlowStep } from "./flow";

/** A variable reference in a step's text, as Datadog writes it: `{{ TOKEN }}`. */
const REFERENCE = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The names a variable may have: upper-case letters, digits and underscores, as Datadog requires. */
export const VARIABLE_NAME = /^[A-Z][A-Z0-9_]*$/;

/** The variables a text refers to, in order. */
export function referencedVariables(text: string): string[] {
  return [...text.matchAll(REFERENCE)].map((match) => match[1]);
}

/** Whether a text holds a variable reference. */
export function hasReference(text: string): boolean {
  return referencedVariables(text).length > 0;
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

/** Header names and JSON keys that carry credentials. */
const CREDENTIAL = /authorization|cookie|token|secret|password|passwd|api[-_]?key/i;

/** Whether a header, JSON field or form field by that name carries a credential. */
export function isCredentialName(name: string): boolean {
  return CREDENTIAL.test(name);
}

/** The credential-named fields of a JSON body whose value is written literally (no `{{ NAME }}`). */
export function literalCredentialFields(body: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [];
  }
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (value === null || typeof value !== "object") {
      return;
    }
    for (const [key, field] of Object.entries(value)) {
      if (typeof field === "string" && isCredentialName(key) && !hasReference(field) && field !== "") {
        found.push(key);
      }
      walk(field);
    }
  };
  walk(parsed);
  return found;
}
