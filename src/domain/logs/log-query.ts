/**
 * A small typed log query: field conditions combined with and/or/not, and free text. Fields are ECS names
 * (`service.name`, `log.level`, `event.outcome`); each backend renders the same query in its own syntax (Elastic
 * query DSL, Datadog log search), so that no query is assembled as text by hand.
 */
export type LogQuery =
  | { readonly kind: "equals"; readonly field: string; readonly value: string | number | boolean }
  | { readonly kind: "exists"; readonly field: string }
  | { readonly kind: "range"; readonly field: string; readonly gte?: number; readonly lte?: number }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "and"; readonly all: readonly LogQuery[] }
  | { readonly kind: "or"; readonly any: readonly LogQuery[] }
  | { readonly kind: "not"; readonly query: LogQuery };

/** Logs whose field has the value. */
export function equals(field: string, value: string | number | boolean): LogQuery {
  return { kind: "equals", field, value };
}

/** Logs that have the field. */
export function exists(field: string): LogQuery {
  return { kind: "exists", field };
}

/** Logs whose numeric field is within bounds (inclusive). */
export function range(field: string, bounds: { readonly gte?: number; readonly lte?: number }): LogQuery {
  return { kind: "range", field, ...bounds };
}

/** Logs whose message contains the text. */
export function text(value: string): LogQuery {
  return { kind: "text", text: value };
}

/** Logs matching every query. */
export function and(...all: LogQuery[]): LogQuery {
  return { kind: "and", all };
}

/** Logs matching any query. */
export function or(...any: LogQuery[]): LogQuery {
  return { kind: "or", any };
}

/** Logs not matching the query. */
export function not(query: LogQuery): LogQuery {
  return { kind: "not", query };
}

/** Logs whose field has any of the values. */
export function oneOf(field: string, values: readonly string[]): LogQuery {
  return or(...values.map((value) => equals(field, value)));
}

/** The ECS field naming the service that wrote a log. */
export const SERVICE_FIELD = "service.name";

/** The ECS field naming the environment a log was written in (`production`). */
export const ENVIRONMENT_FIELD = "service.environment";

/** The query restricted to logs of one environment, so that staging's logs never count in production's. */
export function inEnvironment(query: LogQuery, environment: string): LogQuery {
  const scope = equals(ENVIRONMENT_FIELD, environment);
  return query.kind === "and" ? and(...query.all, scope) : and(query, scope);
}

/** Whether the query only matches logs of one service: it is, or requires (in an `and`), `service.name` equals. */
export function serviceOf(query: LogQuery): string | undefined {
  if (query.kind === "equals" && query.field === SERVICE_FIELD) {
    return String(query.value);
  }
  return query.kind === "and" ? query.all.map(serviceOf).find((service) => service !== undefined) : undefined;
}

/** The problems of a query: fields must be dotted names, ranges need a bound, combinations need members. */
export function logQueryProblems(query: LogQuery, path = "query"): string[] {
  switch (query.kind) {
    case "equals":
    case "exists":
      return /^@?[A-Za-z_][\w.]*$/.test(query.field) ? [] : [`${path}: field "${query.field}" is not a field name; use a dotted name, e.g. "log.level"`];
    case "range":
      return query.gte === undefined && query.lte === undefined ? [`${path}: range on ${query.field} has no bound; give gte, lte or both`] : [];
    case "text":
      return query.text.trim() === "" ? [`${path}: free text is empty; give the words to search for`] : [];
    case "and":
    case "or": {
      const members = query.kind === "and" ? query.all : query.any;
      return members.length === 0
        ? [`${path}: ${query.kind} has no queries; give at least one`]
        : members.flatMap((member, index) => logQueryProblems(member, `${path}.${query.kind}[${index}]`));
    }
    case "not":
      return logQueryProblems(query.query, `${path}.not`);
  }
}
