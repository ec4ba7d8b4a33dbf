import { shape, shapeProblems, type Shape } from "../shapes";

/**
 * The Prometheus HTTP API's answer to `/api/v1/query` and `/api/v1/query_range` (prometheus/prometheus
 * web/api/v1/api.go, docs/querying/api.md "Expression query result formats"): `status`, and `data` with its
 * `resultType` and `result`. A sample is `[<unix seconds>, "<value>"]`, the value a decimal or NaN, +Inf, -Inf.
 */
const SAMPLE: Shape = {
  type: "array",
  items: [shape.number, { type: "string", pattern: "^(?:[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?|NaN|[-+]Inf)$" }],
  minItems: 2,
  maxItems: 2,
};
const METRIC = shape.labels;

const BODY: Shape = shape.object(
  { status: { const: "success" }, data: shape.object({ resultType: { enum: ["vector", "matrix", "scalar", "string"] } }, ["resultType", "result"]) },
  ["status", "data"],
);

/** A whole answer of a result type Watchkeeper reads. */
const answerOf = (result: Shape): Shape => shape.object({ data: shape.object({ result }) });
const ANSWERS: Readonly<Record<"vector" | "matrix" | "scalar", Shape>> = {
  vector: answerOf(shape.list(shape.object({ metric: METRIC, value: SAMPLE }, ["metric", "value"]))),
  matrix: answerOf(shape.list(shape.object({ metric: METRIC, values: shape.list(SAMPLE) }, ["metric", "values"]))),
  scalar: answerOf(SAMPLE),
};

/** A sample as the API gives it: its time and its value's text. */
export type ApiSample = readonly [number, string];

/** What a successful answer holds, once its shape is checked. */
export type ApiData =
  | { readonly resultType: "vector"; readonly result: ReadonlyArray<{ readonly metric: Record<string, string>; readonly value: ApiSample }> }
  | { readonly resultType: "matrix"; readonly result: ReadonlyArray<{ readonly metric: Record<string, string>; readonly values: readonly ApiSample[] }> }
  | { readonly resultType: "scalar"; readonly result: ApiSample };

/** What is wrong with a parsed body for a result type (`data.result[0].metric: null where an object belongs`), or nothing. */
export function responseProblems(body: unknown, resultTypes: ReadonlyArray<keyof typeof ANSWERS>): string[] {
  const problems = shapeProblems(BODY, body);
  if (problems.length > 0) {
    return problems;
  }
  const resultType = (body as { data: { resultType: string } }).data.resultType;
  if (!(resultTypes as readonly string[]).includes(resultType)) {
    return [`a ${resultTypes.join(" or ")} result was expected, got ${resultType}`];
  }
  return shapeProblems(ANSWERS[resultType as keyof typeof ANSWERS], body);
}
