import type { LogQuery } from "../../domain/logs/log-query";

/**
 * The one place where Datadog log search text is assembled. ECS fields become Datadog's reserved attributes where
 * Datadog has one (`service.name` → `service`, `service.environment` → `env`,
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

function value(raw: string | number | boolean): string {
  const text = String(raw);
  return /^[\w.\-/]+$/.test(text) ? text : `"${text.replace(/["\\]/g, "\\$&")}"`;
}

function render(query: LogQuery, nested: boolean): string {
  const group = (parts: string[], operator: string): string => {
    const joined = parts.join(` ${operator} `);
    return nested && parts.length > 1 ? `(${joined})` : joined;
  };
  switch (query.kind) {
    case "equals":
      return `${datadogLogField(query.field)}:${value(query.value)}`;
    case "exists":
      return `${datadogLogField(query.field)}:*`;
    case "range":
      return `${datadogLogField(query.field)}:[${query.gte ?? "*"} TO ${query.lte ?? "*"}]`;
    case "text":
      return `"${query.text.replace(/["\\]/g, "\\$&")}"`;
    case "and":
      return group(query.all.map((member) => render(member, true)), "AND");
    case "or":
      return group(query.any.map((member) => render(member, true)), "OR");
    case "not":
      return `-${render(query.query, true)}`;
  }
}

/** A typed log query in Datadog's log search syntax. */
export function datadogLogSearch(query: LogQuery): string {
  return render(query, false);
}
