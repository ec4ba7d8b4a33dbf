import type { LogQuery } from "../../domain/logs/log-query";

/** A value as a KQL quoted string: `"…"` with `\` and `"` escaped, so no value is read as syntax. */
function quotedValue(value: string | number | boolean): string {
  return typeof value === "string" ? `"${value.replace(/["\\]/g, "\\$&")}"` : String(value);
}

function render(query: LogQuery, nested: boolean): string {
  const group = (parts: string[], operator: "and" | "or"): string => {
    const joined = parts.join(` ${operator} `);
    return nested && parts.length > 1 ? `(${joined})` : joined;
  };
  switch (query.kind) {
    case "equals":
      return `${query.field}: ${quotedValue(query.value)}`;
    case "exists":
      return `${query.field}: *`;
    case "range":
      return group([...(query.gte === undefined ? [] : [`${query.field} >= ${query.gte}`]), ...(query.lte === undefined ? [] : [`${query.field} <= ${query.lte}`])], "and");
    case "text":
      return `message: ${quotedValue(query.text)}`;
    case "and":
      return group(query.all.map((member) => render(member, true)), "and");
    case "or":
      return group(query.any.map((member) => render(member, true)), "or");
    case "not":
      return `not ${render(query.query, true)}`;
  }
}

/**
 * A typed log query in the Kibana Query Language, the `kuery` language of Elastic Security rules: values always
 * quoted (an exact match of a keyword field, as the query DSL's `term`), free text as a phrase of `message`.
 */
export function kql(query: LogQuery): string {
  return render(query, false);
}
