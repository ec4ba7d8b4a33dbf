import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  anomalies,
  anyFilter,
  arithmetic,
  burnRateQuery,
  eventMonitorQuery,
  forecast,
  grouped,
  metricQuery,
  monitorQuery,
  notFilter,
  searchCompare,
  searchJoin,
  searchOneOf,
  searchPhrase,
  searchValue,
  tagFilter,
  timeWindow,
  weekBefore,
} from "../../../src/targets/datadog/query-builder";
import { ROOT } from "../../support/example";

describe("the Datadog query builder", () => {
  it("writes metric queries: filters joined by AND or comma, {*} for none, grouping, as_count and as_rate", () => {
    expect(metricQuery({ aggregator: "sum", metric: "http.count" })).toBe("sum:http.count{*}");
    expect(metricQuery({ aggregator: "sum", metric: "trace.x.hits", filters: [tagFilter("service", "a"), tagFilter("env", "prod")], filterJoin: "comma", by: ["peer.service"], as: "count" })).toBe(
      "sum:trace.x.hits{service:a,env:prod} by {peer.service}.as_count()",
    );
    expect(metricQuery({ aggregator: "sum", metric: "m", filters: [anyFilter([tagFilter("code", "500"), tagFilter("code", "503")]), notFilter(tagFilter("env", "dev"))], as: "rate" })).toBe(
      "sum:m{(code:500 OR code:503) AND NOT env:dev}.as_rate()",
    );
  });

  it("writes arithmetic, week_before, anomalies and forecast with quoted text and bare numbers", () => {
    const hits = "sum:hits{*}.as_count()";
    expect(arithmetic(grouped(arithmetic("a", "/", "b")), "/", weekBefore(hits))).toBe("(a / b) / week_before(sum:hits{*}.as_count())");
    expect(anomalies(hits, "agile", 2, [["direction", "above"], ["interval", 60]])).toBe("anomalies(sum:hits{*}.as_count(), 'agile', 2, direction='above', interval=60)");
    expect(forecast(hits, "linear", 1, [["history", "1w"]])).toBe("forecast(sum:hits{*}.as_count(), 'linear', 1, history='1w')");
  });

  it("writes monitor, burn-rate and event-platform queries, escaping the search for its quoted argument", () => {
    expect(monitorQuery("avg", timeWindow("last", "4h"), "x", ">=", 1)).toBe("avg(last_4h):x >= 1");
    expect(burnRateQuery({ sloId: "abc", timeframe: "30d", longWindow: "1h", shortWindow: "5m", factor: 14.4 })).toBe(
      'burn_rate("abc").over("30d").long_window("1h").short_window("5m") > 14.4',
    );
    expect(eventMonitorQuery({ source: "logs", search: 'user:"a b" AND path:C:\\x', index: "*", rollup: ["count"], by: ["@a", "@b"], last: "5m" }, ">", 3)).toBe(
      'logs("user:\\"a b\\" AND path:C:\\\\x").index("*").rollup("count").by("@a,@b").last("5m") > 3',
    );
  });

  it("writes the search syntax: plain values bare, others as phrases, groups and comparisons", () => {
    expect([searchValue("planner-api"), searchValue("Ana Lima"), searchPhrase('say "hi"')]).toEqual(["planner-api", '"Ana Lima"', '"say \\"hi\\""']);
    expect(searchJoin(["a:1", "b:2"], "OR", true)).toBe("(a:1 OR b:2)");
    expect(searchJoin(["@type:view", "@application.id:x"], " ")).toBe("@type:view @application.id:x");
    expect(searchOneOf("@view.url_path_group", ["/login", "/cart"])).toBe('@view.url_path_group:("/login" OR "/cart")');
    expect(searchCompare("@session.error.count", ">", 0)).toBe("@session.error.count:>0");
  });
});

/** Datadog query syntax no file but the builder may spell out: functions, rollups, `{*}`, windows, as_count, ranges. */
const QUERY_SYNTAX = [/\.as_(count|rate)\(\)/, /\sTO\s/, /\b(anomalies|forecast|week_before|burn_rate|rollup|long_window)\(/, /\{\*\}/, /\b(last|next)_\$?\{?\d*/, /\bby \{/];

/** The string and template literals of a TypeScript file, its comments left out: the text it writes. */
function literals(path: string): string {
  const code = readFileSync(path, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  return [...code.matchAll(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g)].map((match) => match[0]).join("\n");
}

describe("Datadog query text", () => {
  it("is written by the builder alone: no other target file spells out query syntax", () => {
    const folders = ["src/targets/datadog", "src/targets/grafana"].map((folder) => join(ROOT, folder));
    const offenders = folders.flatMap((folder) =>
      readdirSync(folder)
        .filter((file) => file.endsWith(".ts") && file !== "query-builder.ts")
        .flatMap((file) => QUERY_SYNTAX.filter((pattern) => pattern.test(literals(join(folder, file)))).map((pattern) => `${file}: ${pattern}`)),
    );
    expect(offenders).toEqual([]);
  });
});
