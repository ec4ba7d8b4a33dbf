import { Duration } from "../duration";
import { HTTP_METHODS, isBrowserStep, type FlowStep, type HttpStep } from "./flow";
import { extractedVariables, referencedVariables, stepTexts, VARIABLE_NAME } from "./variables";

/** Whether a URL (its variables replaced by a stand-in) is an absolute http or https URL. */
function validUrl(text: string): boolean {
  try {
    const url = new URL(text.replace(/\{\{[^}]*\}\}/g, "x"));
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

function httpProblems(step: HttpStep, what: string): string[] {
  const problems: string[] = [];
  if ((step.name ?? "").trim() === "") {
    problems.push(`${what}.name: give the step a name, e.g. "sign in"`);
  }
  if (step.method !== undefined && !(HTTP_METHODS as readonly string[]).includes(step.method)) {
    problems.push(`${what}.method: "${step.method}" is not an HTTP method; use one of ${HTTP_METHODS.join(", ")}`);
  }
  const expected = step.expect ?? {};
  if (expected.status !== undefined && !(Number.isInteger(expected.status) && expected.status >= 100 && expected.status <= 599)) {
    problems.push(`${what}.expect.status: ${expected.status} is not an HTTP status; use a code from 100 to 599, e.g. 200`);
  }
  if (expected.responseTimeBelow !== undefined) {
    try {
      Duration.parse(expected.responseTimeBelow);
    } catch (error) {
      problems.push(`${what}.expect.responseTimeBelow: ${(error as Error).message}`);
    }
  }
  for (const name of Object.keys(step.extract ?? {})) {
    if (!VARIABLE_NAME.test(name)) {
      problems.push(`${what}.extract.${name}: a variable name is upper-case letters, digits and underscores, e.g. TOKEN`);
    }
  }
  return problems;
}

function stepProblems(step: FlowStep, what: string): string[] {
  switch (step.kind) {
    case "http":
      return httpProblems(step, what);
    case "wait":
      return Number.isInteger(step.seconds) && step.seconds >= 1 && step.seconds <= 180
        ? []
        : [`${what}.seconds: ${step.seconds} is not a wait Datadog runs; use a whole number of seconds from 1 to 180`];
    case "goto":
    case "type":
    case "click":
    case "assertText":
    case "assertUrl":
      return [];
    default:
      return [`${what}: unknown step kind "${(step as { kind: string }).kind}"; use http, goto, click, type, assertText, assertUrl or wait`];
  }
}

/**
 * What is wrong with a flow's steps: none at all, an invalid URL or method, a variable no earlier step extracts
 * (and no secret provides), a credential written literally. Each problem names the step (`steps[1].headers.X`).
 */
export function stepsProblems(steps: readonly FlowStep[], secrets: readonly string[]): string[] {
  if (steps.length === 0) {
    return ["steps: a flow needs at least one step, e.g. { kind: \"http\", name: \"health\", url: \"https://…/health\" }"];
  }
  const problems: string[] = secrets
    .filter((name) => !VARIABLE_NAME.test(name))
    .map((name) => `secrets: "${name}" is not a variable name; use upper-case letters, digits and underscores, e.g. API_KEY`);
  if (steps.some(isBrowserStep) && steps[0].kind !== "goto") {
    problems.push('steps[0]: a browser flow starts on a page; make the first step { kind: "goto", url: "https://…" }');
  }
  const known = new Set(secrets);
  steps.forEach((step, index) => {
    const what = `steps[${index}]`;
    problems.push(...stepProblems(step, what));
    for (const { where, text } of stepTexts(step)) {
      if (where === "url" && !validUrl(text)) {
        problems.push(`${what}.url: "${text}" is not an absolute http(s) URL; write it like https://api.example.com/health`);
      }
      for (const name of referencedVariables(text).filter((variable) => !known.has(variable))) {
        problems.push(
          `${what}.${where}: uses {{ ${name} }}, which no earlier step extracts; extract it in an earlier step ` +
            `(extract: { ${name}: { jsonPath: "$.…" } }) or declare it in secrets`,
        );
      }
    }
    extractedVariables(step).forEach((name) => known.add(name));
  });
  return problems;
}
