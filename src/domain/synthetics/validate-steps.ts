import { isBrowserStep, type FlowStep } from "./flow";
import { extractedVariables, referencedVariables, stepTexts } from "./variables";

/**
 * What is wrong with a flow's steps (each matching the props schema) together: none at all, a browser flow not
 * starting on a page, a variable no earlier step extracts (and no secret provides). Each problem names the step
 * (`steps[1].headers.X`).
 */
export function stepsProblems(steps: readonly FlowStep[], secrets: readonly string[]): string[] {
  if (steps.length === 0) {
    return ["steps: a flow needs at least one step, e.g. { kind: \"http\", name: \"health\", url: \"https://…/health\" }"];
  }
  const problems: string[] = [];
  if (steps.some(isBrowserStep) && steps[0].kind !== "goto") {
    problems.push('steps[0]: a browser flow starts on a page; make the first step { kind: "goto", url: "https://…" }');
  }
  const known = new Set(secrets);
  steps.forEach((step, index) => {
    const what = `steps[${index}]`;
    for (const { where, text } of stepTexts(step)) {
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
