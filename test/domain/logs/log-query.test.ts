import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import { scopedLogQuery, windowProblem } from "../../../src/domain/logs/log-alert";
import { and, equals, exists, logQueryProblems, not, oneOf, or, range, serviceOf, text } from "../../../src/domain/logs/log-query";

describe("typed log queries", () => {
  it("builds the combinations as data", () => {
    expect(and(equals("log.level", "error"), not(exists("error.stack_trace")))).toEqual({
      kind: "and",
      all: [
        { kind: "equals", field: "log.level", value: "error" },
        { kind: "not", query: { kind: "exists", field: "error.stack_trace" } },
      ],
    });
    expect(oneOf("event.action", ["a", "b"])).toEqual(or(equals("event.action", "a"), equals("event.action", "b")));
  });

  it("reports bad fields, empty combinations, bounds and text with their path", () => {
    expect(logQueryProblems(and(equals("log level", "x"), or(), range("http.response.status_code", {}), text(" ")))).toEqual([
      'query.and[0]: field "log level" is not a field name; use a dotted name, e.g. "log.level"',
      "query.and[1]: or has no queries; give at least one",
      "query.and[2]: range on http.response.status_code has no bound; give gte, lte or both",
      "query.and[3]: free text is empty; give the words to search for",
    ]);
  });

  it("finds the service a query is scoped to", () => {
    expect(serviceOf(and(equals("log.level", "error"), equals("service.name", "planner")))).toBe("planner");
    expect(serviceOf(or(equals("service.name", "planner"), equals("service.name", "billing")))).toBeUndefined();
  });
});

describe("log alert scope", () => {
  it("adds the service to a query that has none", () => {
    expect(scopedLogQuery("planner", equals("log.level", "error")).query).toEqual(
      and(equals("service.name", "planner"), equals("log.level", "error")),
    );
  });

  it("keeps a query already scoped to the service", () => {
    const query = and(equals("service.name", "planner"), exists("error.type"));
    expect(scopedLogQuery("planner", query).query).toBe(query);
  });

  it("rejects an alert without a service scope, or scoped to another service", () => {
    expect(scopedLogQuery(" ", exists("error.type")).problem).toBe(
      "service: a log alert needs a service scope; set service to the service whose logs it counts",
    );
    expect(scopedLogQuery("planner", equals("service.name", "billing")).problem).toMatch(/^query: scoped to service billing, not planner/);
  });

  it("counts over whole minutes", () => {
    expect(windowProblem(Duration.parse("5m"))).toBeUndefined();
    expect(windowProblem(Duration.parse("90s"))).toBe('window: 1m30s is not a whole number of minutes; use e.g. "5m"');
  });
});
