import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import { promqlError } from "../../../src/domain/promql";
import type { Selector } from "../../../src/domain/promql";
import { leMatcher } from "../../../src/domain/slo/latency-buckets";
import {
  sliAbsence,
  sliErrorRatio,
  sliEventCount,
  sliPresence,
  sliPresenceSelectors,
  type EventRatioSli,
  type LatencySli,
  type QuerySli,
} from "../../../src/domain/slo/sli";

const total: Selector = { metric: "http_requests_total", matchers: [{ name: "job", operator: "=", value: "api" }] };
const errors: Selector = {
  metric: "http_requests_total",
  matchers: [
    { name: "job", operator: "=", value: "api" },
    { name: "code", operator: "=~", value: "5.." },
  ],
};
const good: Selector = {
  metric: "http_requests_total",
  matchers: [
    { name: "job", operator: "=", value: "api" },
    { name: "code", operator: "!~", value: "5.." },
  ],
};
const histogram: Selector = {
  metric: "http_request_duration_seconds",
  matchers: [{ name: "job", operator: "=", value: "api" }],
};

const errorsSli: EventRatioSli = { kind: "events", errors, total };
const goodSli: EventRatioSli = { kind: "events", good, total };
const latency500: LatencySli = { kind: "latency", histogram, threshold: Duration.parse("500ms") };
const latency1s: LatencySli = { kind: "latency", histogram, threshold: Duration.parse("1s") };
const querySli: QuerySli = {
  kind: "query",
  errorRatio: 'sum(rate(grpc_errors_total{svc="a"}[{{.window}}])) / sum(rate(grpc_calls_total{svc="a"}[{{.window}}]))',
  totalEvents: 'sum(increase(grpc_calls_total{svc="a"}[{{.window}}]))',
};
const queryWithoutTotal: QuerySli = { kind: "query", errorRatio: querySli.errorRatio };

const m5 = Duration.minutes(5);
const h1 = Duration.hours(1);

describe("sliErrorRatio", () => {
  it("errors over total, dropping windows without events", () => {
    expect(sliErrorRatio(errorsSli, m5)).toBe(
      'sum(rate(http_requests_total{job="api",code=~"5.."}[5m])) / (sum(rate(http_requests_total{job="api"}[5m])) > 0)',
    );
  });

  it("one minus good over total", () => {
    expect(sliErrorRatio(goodSli, Duration.days(3))).toBe(
      '1 - (sum(rate(http_requests_total{job="api",code!~"5.."}[3d])) / (sum(rate(http_requests_total{job="api"}[3d])) > 0))',
    );
  });

  it("latency with a fractional threshold selects le=\"0.5\"", () => {
    expect(sliErrorRatio(latency500, Duration.minutes(30))).toBe(
      "1 - (" +
        'sum(rate(http_request_duration_seconds_bucket{job="api",le="0.5"}[30m])) / ' +
        '(sum(rate(http_request_duration_seconds_count{job="api"}[30m])) > 0))',
    );
  });

  it("latency with a whole-second threshold matches both Prometheus 2 and 3 bucket spellings", () => {
    // PromQL source text: le=~"1|1\\.0", i.e. the regular expression 1|1\.0
    expect(sliErrorRatio(latency1s, m5)).toBe(
      "1 - (" +
        'sum(rate(http_request_duration_seconds_bucket{job="api",le=~"1|1\\\\.0"}[5m])) / ' +
        '(sum(rate(http_request_duration_seconds_count{job="api"}[5m])) > 0))',
    );
    expect(leMatcher(Duration.parse("1s"))).toEqual({ name: "le", operator: "=~", value: "1|1\\.0" });
    const regex = new RegExp(`^(?:${leMatcher(Duration.parse("2s")).value})$`);
    expect(["2", "2.0"].map((v) => regex.test(v))).toEqual([true, true]);
    expect(["20", "2x0", "2.5"].map((v) => regex.test(v))).toEqual([false, false, false]);
  });

  it("latency with 250ms uses le=\"0.25\"", () => {
    expect(leMatcher(Duration.parse("250ms"))).toEqual({ name: "le", operator: "=", value: "0.25" });
  });

  it("query SLI substitutes every {{.window}}", () => {
    expect(sliErrorRatio(querySli, h1)).toBe(
      'sum(rate(grpc_errors_total{svc="a"}[1h])) / sum(rate(grpc_calls_total{svc="a"}[1h]))',
    );
    expect(sliErrorRatio(querySli, Duration.days(1))).toBe(
      'sum(rate(grpc_errors_total{svc="a"}[1d])) / sum(rate(grpc_calls_total{svc="a"}[1d]))',
    );
  });

  it("an event SLI with neither errors nor good throws", () => {
    expect(() => sliErrorRatio({ kind: "events", total }, m5)).toThrow("needs errors or good events");
  });
});

describe("sliEventCount", () => {
  it("events: increase of the total counter", () => {
    expect(sliEventCount(errorsSli, h1)).toBe('sum(increase(http_requests_total{job="api"}[1h]))');
    expect(sliEventCount(goodSli, Duration.hours(6))).toBe('sum(increase(http_requests_total{job="api"}[6h]))');
  });

  it("latency: increase of the histogram's _count", () => {
    expect(sliEventCount(latency500, h1)).toBe('sum(increase(http_request_duration_seconds_count{job="api"}[1h]))');
  });

  it("query: the user's totalEvents with the window, or undefined", () => {
    expect(sliEventCount(querySli, Duration.hours(6))).toBe('sum(increase(grpc_calls_total{svc="a"}[6h]))');
    expect(sliEventCount(queryWithoutTotal, h1)).toBeUndefined();
  });
});

describe("sliPresence", () => {
  it("events: the total selector", () => {
    expect(sliPresence(errorsSli)).toEqual(['http_requests_total{job="api"}']);
    expect(sliPresenceSelectors(goodSli)).toEqual([total]);
  });

  it("latency: the histogram's _count and its bucket at the threshold", () => {
    expect(sliPresence(latency500)).toEqual([
      'http_request_duration_seconds_count{job="api"}',
      'http_request_duration_seconds_bucket{job="api",le="0.5"}',
    ]);
    expect(sliPresence(latency1s)[1]).toBe('http_request_duration_seconds_bucket{job="api",le=~"1|1\\\\.0"}');
  });

  it("query: the error ratio over 5 minutes", () => {
    expect(sliPresence(querySli)).toEqual(['sum(rate(grpc_errors_total{svc="a"}[5m])) / sum(rate(grpc_calls_total{svc="a"}[5m]))']);
    expect(sliPresenceSelectors(querySli)).toEqual([]);
  });

  it("a selector without matchers prints bare", () => {
    expect(sliPresence({ kind: "events", errors: { metric: "e_total", matchers: [] }, total: { metric: "t_total", matchers: [] } })).toEqual([
      "t_total",
    ]);
  });
});

describe("sliAbsence", () => {
  it("events and query: absent() of the one presence expression", () => {
    expect(sliAbsence(errorsSli)).toBe('absent(http_requests_total{job="api"})');
    expect(sliAbsence(querySli)).toBe(`absent(${sliPresence(querySli)[0]})`);
  });

  it("latency: either series missing, without the bucket's le label so that both give the same alert", () => {
    expect(sliAbsence(latency500)).toBe(
      "max without (le) (" +
        'absent(http_request_duration_seconds_count{job="api"})\nor\n' +
        'absent(http_request_duration_seconds_bucket{job="api",le="0.5"}))',
    );
  });
});

describe("every SLI expression parses", () => {
  const windows = ["5m", "30m", "1h", "6h", "1d", "3d", "30d"].map(Duration.parse);
  const slis = { errorsSli, goodSli, latency500, latency1s, querySli };
  for (const [name, sli] of Object.entries(slis)) {
    it(name, () => {
      for (const window of windows) {
        expect(promqlError(sliErrorRatio(sli, window))).toBeUndefined();
        expect(promqlError(sliEventCount(sli, window) as string)).toBeUndefined();
      }
      expect(promqlError(sliAbsence(sli))).toBeUndefined();
    });
  }
});
