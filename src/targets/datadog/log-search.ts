import type { LogQuery } from "../../domain/logs/log-query";
import { searchExists, searchJoin, searchNot, searchPhrase, searchRange, searchTerm, searchValue } from "./query-builder";

/**
 * Typed log queries as Datadog log search (written by ./query-builder). ECS fields become Datadog's reserved
 * attributes where Datadog has one (`service.name` → `service`, `service.environment` → `env`,
 * `log.level` → `status`, `host.name` → `host`), facets (`@…`)
 * otherwise; values with spaces or search syntax are quoted.
 */
const RESERVED_ATTRIBUTES: Readonly<Record<string, string>> = {
  "service.name": "service",
  "service.environment": "env",
  "log.level": "status",
  "host.name": "host",
};

/** A field as Datadog log search names it. */
export function datadogLogField(field: string): string {
  return RESERVED_ATTRIBUTES[field] ?? (field.startsWith("@") ? field : `@${field}`);
}

function render(query: LogQuery, nested: boolean): string {
  switch (query.kind) {
    case "equals":
      return searchTerm(datadogLogField(query.field), searchValue(query.value));
    case "exists":
      return searchExists(datadogLogField(query.field));
    case "range":
      return searchRange(datadogLogField(query.field), query.gte, query.lte);
    case "text":
      return searchPhrase(query.text);
    case "and":
      return searchJoin(query.all.map((member) => render(member, true)), "AND", nested);
    case "or":
      return searchJoin(query.any.map((member) => render(member, true)), "OR", nested);
    case "not":
      return searchNot(render(query.query, true));
  }
}

/** A typed log query in Datadog's log search syntax. */
export function datadogLogSearch(query: LogQuery): string {
  return render(query, false);
}
