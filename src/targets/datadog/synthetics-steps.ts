import type {
  SyntheticsTestApiStep,
  SyntheticsTestApiStepAssertion,
  SyntheticsTestApiStepExtractedValue,
  SyntheticsTestBrowserStep,
} from "@cdktf/provider-datadog/lib/synthetics-test";
import { Duration } from "../../domain/duration";
import type { BrowserStep, FlowStep, HttpStep, WaitStep } from "../../domain/synthetics/flow";

/** Datadog's assertions of an HTTP step: the status (200 unless given), response time, JSONPath values, headers, body. */
export function datadogAssertions(step: HttpStep): SyntheticsTestApiStepAssertion[] {
  const expected = step.expect ?? {};
  return [
    { type: "statusCode", operator: "is", target: String(expected.status ?? 200) },
    ...(expected.responseTimeBelow === undefined
      ? []
      : [{ type: "responseTime", operator: "lessThan", target: String(Duration.parse(expected.responseTimeBelow).milliseconds) }]),
    ...Object.entries(expected.jsonPath ?? {}).map(([jsonpath, targetvalue]) => ({
      type: "body",
      operator: "validatesJSONPath",
      targetjsonpath: { jsonpath, operator: "is", targetvalue },
    })),
    ...Object.entries(expected.headers ?? {}).map(([property, target]) => ({ type: "header", property, operator: "contains", target })),
    ...(expected.bodyContains === undefined ? [] : [{ type: "body", operator: "contains", target: expected.bodyContains }]),
  ];
}

/** The request of an HTTP step, as Datadog's `request_definition`. */
export function datadogRequest(step: HttpStep) {
  const json = step.body !== undefined && /^\s*[[{]/.test(step.body);
  return {
    method: step.method ?? "GET",
    url: step.url,
    ...(step.body === undefined ? {} : { body: step.body, bodyType: json ? "application/json" : "text/plain" }),
  };
}

function extractedValues(step: HttpStep): SyntheticsTestApiStepExtractedValue[] {
  return Object.entries(step.extract ?? {}).map(([name, source]) =>
    "jsonPath" in source
      ? { name, type: "http_body", parser: { type: "json_path", value: source.jsonPath } }
      : { name, type: "http_header", field: source.header, parser: { type: "raw" } },
  );
}

/** A step of a multistep API test: an HTTP request with its assertions and extracted values, or a wait. */
export function datadogApiStep(step: HttpStep | WaitStep): SyntheticsTestApiStep {
  if (step.kind === "wait") {
    return { name: `wait ${step.seconds}s`, subtype: "wait", value: step.seconds };
  }
  const headers = step.headers ?? {};
  return {
    name: step.name,
    subtype: "http",
    requestDefinition: datadogRequest(step),
    ...(Object.keys(headers).length === 0 ? {} : { requestHeaders: { ...headers } }),
    assertion: datadogAssertions(step),
    ...(step.extract === undefined ? {} : { extractedValue: extractedValues(step) }),
  };
}

const css = (selector: string) => ({ elementUserLocator: { failTestOnCannotLocate: true, value: { type: "css", value: selector } } });

/** A browser test step. */
export function datadogBrowserStep(step: BrowserStep | WaitStep): SyntheticsTestBrowserStep {
  switch (step.kind) {
    case "goto":
      return { name: `go to ${step.url}`, type: "goToUrl", params: { value: step.url } };
    case "click":
      return { name: `click ${step.selector}`, type: "click", params: css(step.selector) };
    case "type":
      return { name: `type into ${step.selector}`, type: "typeText", params: { ...css(step.selector), value: step.text } };
    case "assertText":
      return { name: `page shows "${step.text}"`, type: "assertPageContains", params: { value: step.text } };
    case "assertUrl":
      return { name: `URL contains "${step.contains}"`, type: "assertCurrentUrl", params: { check: "contains", value: step.contains } };
    case "wait":
      return { name: `wait ${step.seconds}s`, type: "wait", params: { value: String(step.seconds) } };
  }
}

/** The steps of a browser flow as Datadog runs them; HTTP steps are not among them (see datadogFlowProblems). */
export function datadogBrowserSteps(steps: readonly FlowStep[]): SyntheticsTestBrowserStep[] {
  return steps.filter((step): step is BrowserStep | WaitStep => step.kind !== "http").map(datadogBrowserStep);
}

/** The steps of a multistep API flow. */
export function datadogApiSteps(steps: readonly FlowStep[]): SyntheticsTestApiStep[] {
  return steps.filter((step): step is HttpStep | WaitStep => step.kind === "http" || step.kind === "wait").map(datadogApiStep);
}
