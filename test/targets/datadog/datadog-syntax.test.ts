import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import {
  DATADOG_LONGEST_WINDOW,
  datadogBurnRateWindows,
  datadogLongWindow,
  datadogShortWindow,
  datadogWindow,
} from "../../../src/targets/datadog/burn-rate";
import { datadogBurnRateQuery, datadogCount, datadogMetricName, datadogSloQuery } from "../../../src/targets/datadog/query";
import type { LabelMatcher, Selector } from "../../../src/domain/promql";
import { burnRateWindows } from "../../../src/domain/slo/slo-math";

const m = (name: string, operator: LabelMatcher["operator"], value: string): LabelMatcher => ({ name, operator, value });
const sel = (metric: string, ...matchers: LabelMatcher[]): Selector => ({ metric, matchers });

describe("datadogMetricName", () => {
  it("renames counters, buckets and counts as the OpenMetrics check does", () => {
    expect(datadogMetricName("http_requests_total", "")).toBe("http_requests.count");
    expect(datadogMetricName("http_request_duration_seconds_bucket", "")).toBe("http_request_duration_seconds.bucket");
    expect(datadogMetricName("http_request_duration_seconds_count", "")).toBe("http_request_duration_seconds.count");
    expect(datadogMetricName("up", "")).toBe("up");
  });

  it("prefixes the namespace", () => {
    expect(datadogMetricName("http_requests_total", "checkout")).toBe("checkout.http_requests.count");
    expect(datadogMetricName("queue_depth", "checkout")).toBe("checkout.queue_depth");
  });

  it("only renames a suffix", () => {
    expect(datadogMetricName("total_requests", "")).toBe("total_requests");
    expect(datadogMetricName("bucket_count_total", "")).toBe("bucket_count.count");
  });
});

describe("datadogCount", () => {
  const metric = "http_requests_total";

  it("uses {*} without matchers", () => {
    expect(datadogCount(sel(metric), "")).toBe("sum:http_requests.count{*}.as_count()");
  });

  it("writes = as key:value, lower-cased", () => {
    expect(datadogCount(sel(metric, m("job", "=", "Checkout-API")), "")).toBe("sum:http_requests.count{job:checkout-api}.as_count()");
  });

  it("writes != as NOT key:value", () => {
    expect(datadogCount(sel(metric, m("method", "!=", "GET")), "")).toBe("sum:http_requests.count{NOT method:get}.as_count()");
  });

  it("writes a trailing-dot regex as a wildcard", () => {
    expect(datadogCount(sel(metric, m("code", "=~", "5..")), "")).toBe("sum:http_requests.count{code:5*}.as_count()");
    expect(datadogCount(sel(metric, m("path", "=~", "/api/.*")), "")).toBe("sum:http_requests.count{path:/api/*}.as_count()");
  });

  it("writes alternatives as an OR group", () => {
    expect(datadogCount(sel(metric, m("code", "=~", "500|503")), "")).toBe(
      "sum:http_requests.count{(code:500 OR code:503)}.as_count()",
    );
  });

  it("negates !~", () => {
    expect(datadogCount(sel(metric, m("code", "!~", "5..")), "")).toBe("sum:http_requests.count{NOT code:5*}.as_count()");
    expect(datadogCount(sel(metric, m("code", "!~", "500|503")), "")).toBe(
      "sum:http_requests.count{NOT (code:500 OR code:503)}.as_count()",
    );
  });

  it("joins clauses with AND, in matcher order", () => {
    expect(datadogCount(sel(metric, m("job", "=", "api"), m("code", "=~", "5.."), m("env", "!=", "dev")), "shop")).toBe(
      "sum:shop.http_requests.count{job:api AND code:5* AND NOT env:dev}.as_count()",
    );
  });

  it("throws on a regex it cannot translate, naming the matcher and the fix", () => {
    const attempt = () => datadogCount(sel(metric, m("code", "=~", "[45]..")), "");
    expect(attempt).toThrow('code=~"[45].." cannot be written as a Datadog tag filter');
    expect(attempt).toThrow('use literal alternatives with at most a trailing wildcard (like "5.." or "500|503")');
    expect(attempt).toThrow("or give the Datadog queries explicitly");
    expect(() => datadogCount(sel(metric, m("code", "!~", "5\\d\\d")), "")).toThrow('code!~"5\\d\\d" cannot be written');
  });

  it("drops an le matcher from the scope", () => {
    // le is dropped from the scope of a selector (latency SLIs add upper_bound themselves)
    expect(datadogCount(sel("h_bucket", m("le", "=", "0.5")), "")).toBe("sum:h.bucket{*}.as_count()");
  });
});

describe("datadogSloQuery", () => {
  const total = sel("http_requests_total", m("job", "=", "api"));

  it("errors and total: good = total − errors", () => {
    const query = datadogSloQuery({ kind: "events", errors: sel("http_requests_total", m("job", "=", "api"), m("code", "=~", "5..")), total }, "checkout");
    expect(query).toEqual({
      numerator:
        "sum:checkout.http_requests.count{job:api}.as_count() - sum:checkout.http_requests.count{job:api AND code:5*}.as_count()",
      denominator: "sum:checkout.http_requests.count{job:api}.as_count()",
    });
  });

  it("good and total", () => {
    const query = datadogSloQuery({ kind: "events", good: sel("http_requests_total", m("job", "=", "api"), m("code", "=~", "2..")), total }, "");
    expect(query).toEqual({
      numerator: "sum:http_requests.count{job:api AND code:2*}.as_count()",
      denominator: "sum:http_requests.count{job:api}.as_count()",
    });
  });

  it("latency: the bucket at the threshold over the count", () => {
    const histogram = sel("http_request_duration_seconds", m("job", "=", "api"));
    expect(datadogSloQuery({ kind: "latency", histogram, threshold: Duration.parse("500ms") }, "checkout")).toEqual({
      numerator: "sum:checkout.http_request_duration_seconds.bucket{job:api AND upper_bound:0.5}.as_count()",
      denominator: "sum:checkout.http_request_duration_seconds.count{job:api}.as_count()",
    });
  });

  it("latency: a whole-second bucket is tagged as the OpenMetrics check writes it, upper_bound:1.0", () => {
    const histogram = sel("http_request_duration_seconds", m("job", "=", "api"));
    expect(datadogSloQuery({ kind: "latency", histogram, threshold: Duration.parse("1s") }, "").numerator).toBe(
      "sum:http_request_duration_seconds.bucket{job:api AND upper_bound:1.0}.as_count()",
    );
  });

  it("a query SLI has no translation", () => {
    expect(() => datadogSloQuery({ kind: "query", errorRatio: "x" }, "")).toThrow("a PromQL query SLI has no Datadog translation");
  });
});

describe("datadogBurnRateWindows", () => {
  const period = Duration.days(30);
  const windows = burnRateWindows(period);
  const translated = datadogBurnRateWindows(windows, period);

  it("keeps pairs whose long window is at most 48h", () => {
    expect(translated.slice(0, 3)).toEqual(windows.slice(0, 3));
    expect(translated[0]).toBe(windows[0]);
    expect(datadogBurnRateWindows([{ ...windows[0], long: Duration.hours(48) }], period)[0].long.hours).toBe(48);
  });

  it("makes pairs of a severity clamped to the same 48h window one pair, the lowest factor (it fires whenever the others would)", () => {
    const ninety = Duration.days(90);
    const tickets = datadogBurnRateWindows(burnRateWindows(ninety), ninety).filter((pair) => pair.severity === "ticket");
    expect(tickets.map((pair) => [`${pair.long}`, `${pair.short}`, pair.factor])).toEqual([["2d", "4h", 4.5]]);
    const explicit = [
      { severity: "ticket" as const, budgetConsumedPercent: 20, long: Duration.days(4), short: Duration.hours(8), factor: 1.5 },
      { severity: "ticket" as const, budgetConsumedPercent: 10, long: Duration.days(3), short: Duration.hours(6), factor: 1 },
    ];
    expect(datadogBurnRateWindows(explicit, period).map((pair) => [pair.budgetConsumedPercent, pair.factor])).toEqual([[10, 1.5]]);
  });

  it("turns 3d/6h at 1x into 48h/4h at 1.5x: 10% of a 30-day budget in 48 hours", () => {
    const last = translated[3];
    expect([last.severity, last.budgetConsumedPercent, `${last.long}`, `${last.short}`, last.factor]).toEqual([
      "ticket",
      10,
      "2d",
      "4h",
      1.5,
    ]);
    expect(last.long.equals(DATADOG_LONGEST_WINDOW)).toBe(true);
    expect(windows[3].factor).toBe(1);
  });
});

describe("datadogWindow", () => {
  it("writes whole hours as Nh and the rest in minutes", () => {
    expect(datadogWindow(Duration.minutes(5))).toBe("5m");
    expect(datadogWindow(Duration.minutes(30))).toBe("30m");
    expect(datadogWindow(Duration.hours(1))).toBe("1h");
    expect(datadogWindow(Duration.hours(48))).toBe("48h");
    expect(datadogWindow(Duration.days(1))).toBe("24h");
    expect(datadogWindow(Duration.minutes(90))).toBe("90m");
  });
});

describe("datadogBurnRateQuery", () => {
  it("writes the slo alert query", () => {
    const [fast, , , slow] = datadogBurnRateWindows(burnRateWindows(Duration.days(30)), Duration.days(30));
    expect(datadogBurnRateQuery("abc123", Duration.days(30), fast)).toBe(
      'burn_rate("abc123").over("30d").long_window("1h").short_window("5m") > 14.4',
    );
    expect(datadogBurnRateQuery("abc123", Duration.days(30), slow)).toBe(
      'burn_rate("abc123").over("30d").long_window("48h").short_window("240m") > 1.5',
    );
  });

  it("writes a 7-day period as 7d, its 15-minute page window raised to Datadog's shortest long window, 1h, at the same budget", () => {
    const [fast] = datadogBurnRateWindows(burnRateWindows(Duration.days(7)), Duration.days(7));
    expect(datadogBurnRateQuery("x", Duration.days(7), fast)).toBe('burn_rate("x").over("7d").long_window("1h").short_window("5m") > 3.36');
  });

  // DataDog/documentation service_level_objectives/burn_rate.md: "The long alerting window is specified in hours",
  // "1 hour <= long window <= 48 hours"; "The short alerting window is specified in minutes", less than the long one.
  it("writes every pair as Datadog documents it: the long window in whole hours within 1h..48h, the short one in minutes below it", () => {
    const explicit = [Duration.minutes(90), Duration.minutes(20), Duration.days(5)].map((long) => ({
      severity: "ticket" as const, budgetConsumedPercent: 5, long, short: Duration.ofMilliseconds(long.milliseconds / 12), factor: 1,
    }));
    for (const period of [7, 28, 30, 90].map(Duration.days)) {
      for (const window of datadogBurnRateWindows([...burnRateWindows(period), ...explicit], period)) {
        const query = datadogBurnRateQuery("x", period, window);
        const [, long, short] = /long_window\("(\d+)h"\)\.short_window\("(\d+)m"\)/.exec(query) ?? [];
        expect(Number(long), query).toBeGreaterThanOrEqual(1);
        expect(Number(long), query).toBeLessThanOrEqual(48);
        expect(Number(short), query).toBeLessThan(60 * Number(long));
      }
    }
  });

  it("writes long windows in hours and short windows in whole minutes", () => {
    expect([Duration.hours(1), Duration.days(1), Duration.hours(48)].map(datadogLongWindow)).toEqual(["1h", "24h", "48h"]);
    expect([Duration.minutes(5), Duration.hours(2), Duration.hours(4), Duration.parse("90s")].map(datadogShortWindow)).toEqual(["5m", "120m", "240m", "2m"]);
  });
});
