import type { LogQuery } from "../../domain/logs/log-query";

/** An Elasticsearch query DSL clause, as the objects this module builds (serialised with JSON.stringify). */
export type EsQuery =
  | { readonly term: Readonly<Record<string, string | number | boolean>> }
  | { readonly exists: { readonly field: string } }
  | { readonly range: Readonly<Record<string, { readonly gte?: number; readonly lte?: number }>> }
  | { readonly match_phrase: { readonly message: string } }
  | { readonly bool: EsBool };

/** The boolean clause: filter (all must match, unscored), should (at least one), must_not. */
export interface EsBool {
  readonly filter?: readonly EsQuery[];
  readonly should?: readonly EsQuery[];
  readonly minimum_should_match?: number;
  readonly must_not?: readonly EsQuery[];
}

/** A typed log query as Elasticsearch query DSL: keyword fields by `term`, free text as a phrase of `message`. */
export function esQuery(query: LogQuery): EsQuery {
  switch (query.kind) {
    case "equals":
      return { term: { [query.field]: query.value } };
    case "exists":
      return { exists: { field: query.field } };
    case "range":
      return { range: { [query.field]: { ...(query.gte === undefined ? {} : { gte: query.gte }), ...(query.lte === undefined ? {} : { lte: query.lte }) } } };
    case "text":
      return { match_phrase: { message: query.text } };
    case "and":
      return { bool: { filter: query.all.map(esQuery) } };
    case "or":
      return { bool: { should: query.any.map(esQuery), minimum_should_match: 1 } };
    case "not":
      return { bool: { must_not: [esQuery(query.query)] } };
  }
}
