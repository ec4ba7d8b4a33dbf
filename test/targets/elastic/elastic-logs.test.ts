import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import type { LogAlertSpec } from "../../../src/domain/logs/log-alert";
import { and, equals, exists, not, or, range, text } from "../../../src/domain/logs/log-query";
import { parseRetention, type Retention } from "../../../src/domain/logs/retention";
import { ECS_LOG_MAPPING } from "../../../src/targets/elastic/ecs-mapping";
import { ilmPhases } from "../../../src/targets/elastic/elastic-log-policy";
import { esQueryRuleParams } from "../../../src/targets/elastic/kibana-log-rule";
import { esQuery } from "../../../src/targets/elastic/query-dsl";

function retention(input: Parameters<typeof parseRetention>[0]): Retention {
  return parseRetention(input).retention as Retention;
}

const hot = {
  minAge: "0ms",
  rollover: { maxAge: "1d", maxPrimaryShardSize: "50gb" },
  setPriority: { priority: 100 },
};

describe("ILM phases", () => {
  it("30 days: hot with rollover, warm at 7 days, delete at 30", () => {
    expect(ilmPhases(retention({ retentionDays: 30 }))).toEqual({
      hot,
      warm: { minAge: "7d", setPriority: { priority: 50 }, readonly: { enabled: true } },
      delete: { minAge: "30d", delete: { deleteSearchableSnapshot: true } },
    });
  });

  it("365 days cold after 30: hot, warm at 7, cold at 30, delete at 365", () => {
    expect(ilmPhases(retention({ retentionDays: 365, coldAfterDays: 30 }))).toEqual({
      hot,
      warm: { minAge: "7d", setPriority: { priority: 50 }, readonly: { enabled: true } },
      cold: { minAge: "30d", setPriority: { priority: 0 }, readonly: { enabled: true } },
      delete: { minAge: "365d", delete: { deleteSearchableSnapshot: true } },
    });
  });

  it("7 days: hot then delete, rolling over by the declared age and shard size", () => {
    expect(ilmPhases(retention({ retentionDays: 7, rollover: { maxAgeDays: 2, maxPrimaryShardSizeGb: 10 } }))).toEqual({
      hot: { ...hot, rollover: { maxAge: "2d", maxPrimaryShardSize: "10gb" } },
      delete: { minAge: "7d", delete: { deleteSearchableSnapshot: true } },
    });
  });
});

describe("ECS structured-log mapping", () => {
  it("maps the fields logs are searched and correlated by", () => {
    const { properties } = ECS_LOG_MAPPING;
    expect(properties["@timestamp"]).toEqual({ type: "date" });
    expect(properties.message).toEqual({ type: "match_only_text" });
    expect(properties.log).toMatchObject({ properties: { level: { type: "keyword" } } });
    expect(properties.service).toMatchObject({ properties: { name: { type: "keyword" } } });
    expect(properties.trace).toEqual({ properties: { id: { type: "keyword" } } });
    expect(properties.span).toEqual({ properties: { id: { type: "keyword" } } });
    expect(properties.error).toMatchObject({ properties: { type: { type: "keyword" }, message: {}, stack_trace: {} } });
  });
});

describe("Elasticsearch query DSL", () => {
  it("renders every kind of condition", () => {
    const query = and(equals("log.level", "error"), or(exists("error.type"), text("timed out")), not(range("http.response.status_code", { gte: 500 })));
    expect(esQuery(query)).toEqual({
      bool: {
        filter: [
          { term: { "log.level": "error" } },
          { bool: { should: [{ exists: { field: "error.type" } }, { match_phrase: { message: "timed out" } }], minimum_should_match: 1 } },
          { bool: { must_not: [{ range: { "http.response.status_code": { gte: 500 } } }] } },
        ],
      },
    });
  });
});

describe("Kibana .es-query rule params", () => {
  const spec: LogAlertSpec = {
    id: "planner-error-spike",
    alertName: "PlannerErrorSpike",
    service: "planner",
    query: and(equals("service.name", "planner"), equals("log.level", "error")),
    condition: { kind: "threshold", threshold: { above: 50, window: Duration.parse("5m") } },
    severity: "ticket",
    description: "errors",
    labels: {},
  };

  it("counts the query's hits over the window in minutes, as JSON Kibana parses", () => {
    const params = JSON.parse(JSON.stringify(esQueryRuleParams(spec, { above: 50, window: Duration.parse("10m") })));
    expect(params).toEqual({
      searchType: "esQuery",
      esQuery: JSON.stringify({ query: { bool: { filter: [{ term: { "service.name": "planner" } }, { term: { "log.level": "error" } }] } } }),
      index: ["logs-*"],
      timeField: "@timestamp",
      timeWindowSize: 10,
      timeWindowUnit: "m",
      threshold: [50],
      thresholdComparator: ">",
      size: 0,
      aggType: "count",
      groupBy: "all",
      excludeHitsFromPreviousRun: false,
    });
  });

  it("groups by the top values of a facet", () => {
    expect(esQueryRuleParams(spec, { above: 0, window: Duration.parse("15m"), groupBy: "source.ip" })).toMatchObject({
      groupBy: "top",
      termField: "source.ip",
      termSize: 10,
    });
  });
});
