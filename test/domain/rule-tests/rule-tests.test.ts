import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import type { LabelMatcher, Selector } from "../../../src/domain/promql";
import { solveLabels, solveLabelsExcluding } from "../../../src/domain/rule-tests/labels";
import { sloScenarios, type Scenario } from "../../../src/domain/rule-tests/scenarios";
import { sloTestCases, testedSpec } from "../../../src/domain/rule-tests/slo-tests";
import { trafficSeries } from "../../../src/domain/rule-tests/traffic";
import { TrafficModel, type AlertThresholds, type Phase } from "../../../src/domain/rule-tests/traffic-model";
import { burnRateWindows } from "../../../src/domain/slo/slo-math";
import type { SloSpec } from "../../../src/domain/slo/slo";
import { checkoutSpec } from "../../support/fixtures";
import { absentAlert, burnRateAlert, hasEventGuard } from "../../../src/domain/slo/slo-rules";

const m = (name: string, operator: LabelMatcher["operator"], value: string): LabelMatcher => ({ name, operator, value });
const sel = (metric: string, ...matchers: LabelMatcher[]): Selector => ({ metric, matchers });

/** PromQL semantics, written independently: a missing label has the empty value; regexes are fully anchored. */
function satisfies(labels: Record<string, string>, matchers: readonly LabelMatcher[]): boolean {
  return matchers.every((matcher) => {
    const value = labels[matcher.name] ?? "";
    const full = new RegExp(`^(?:${matcher.value})$`);
    switch (matcher.operator) {
      case "=":
        return value === matcher.value;
      case "!=":
        return value !== matcher.value;
      case "=~":
        return full.test(value);
      case "!~":
        return !full.test(value);
    }
  });
}

describe("solveLabels", () => {
  it("= takes the value", () => {
    expect(solveLabels([m("job", "=", "api")])).toEqual({ job: "api" });
  });

  it("!= leaves the label out (empty differs from the value)", () => {
    const matchers = [m("code", "!=", "200")];
    const labels = solveLabels(matchers)!;
    expect(labels).toEqual({});
    expect(satisfies(labels, matchers)).toBe(true);
  });

  it("=~ finds a value the regex fully matches", () => {
    for (const pattern of ["5..", "500|503", "/api/.*", "5\\d\\d", "prod-[a-z]+", "GET|POST", "1|1\\.0", "[^0-9]+"]) {
      const matchers = [m("x", "=~", pattern)];
      const labels = solveLabels(matchers);
      expect(labels, pattern).toBeDefined();
      expect(labels!.x, pattern).not.toBeUndefined();
      expect(satisfies(labels!, matchers), `${pattern} → ${labels!.x}`).toBe(true);
    }
    expect(solveLabels([m("code", "=~", "5..")])).toEqual({ code: "500" });
  });

  it("=~ on a regex of literal characters with escaped dots", () => {
    // api\.example\.com matches exactly one string; it must be found
    const matchers = [m("host", "=~", "api\\.example\\.com")];
    expect(solveLabels(matchers)).toEqual({ host: "api.example.com" });
  });

  it("!~ finds a value the regex does not match", () => {
    const matchers = [m("code", "!~", "5..")];
    const labels = solveLabels(matchers)!;
    expect(satisfies(labels, matchers)).toBe(true);
    const nonEmpty = [m("code", "!~", "5.."), m("code", "!=", "")];
    const solved = solveLabels(nonEmpty)!;
    expect(solved.code).toBeDefined();
    expect(satisfies(solved, nonEmpty)).toBe(true);
  });

  it("combines matchers on several labels, sorted by name", () => {
    const matchers = [m("job", "=", "api"), m("code", "=~", "5.."), m("method", "!=", "GET"), m("path", "!~", "/health")];
    const labels = solveLabels(matchers)!;
    expect(Object.keys(labels)).toEqual(["code", "job"]);
    expect(satisfies(labels, matchers)).toBe(true);
  });

  it("returns undefined when unsatisfiable", () => {
    expect(solveLabels([m("code", "=", "500"), m("code", "=", "503")])).toBeUndefined();
    expect(solveLabels([m("code", "=~", "5.."), m("code", "!~", "5..")])).toBeUndefined();
    expect(solveLabels([m("job", "=", "api"), m("job", "!=", "api")])).toBeUndefined();
  });

  it("returns {} for no matchers", () => {
    expect(solveLabels([])).toEqual({});
  });
});

describe("solveLabelsExcluding", () => {
  it("finds labels the first selector takes and the second does not", () => {
    const required = [m("job", "=", "api")];
    const excluded = [m("job", "=", "api"), m("code", "=~", "5..")];
    const labels = solveLabelsExcluding(required, excluded)!;
    expect(labels).toEqual({ job: "api" });
    expect(satisfies(labels, required)).toBe(true);
    expect(satisfies(labels, excluded)).toBe(false);
  });

  it("works for a negative excluded matcher", () => {
    const required = [m("job", "=", "api")];
    const excluded = [m("code", "!~", "5..")];
    const labels = solveLabelsExcluding(required, excluded)!;
    expect(satisfies(labels, required)).toBe(true);
    expect(satisfies(labels, excluded)).toBe(false);
  });

  it("is undefined when every series of the first is taken by the second", () => {
    expect(solveLabelsExcluding([m("job", "=", "api")], [m("job", "=", "api")])).toBeUndefined();
    expect(solveLabelsExcluding([m("job", "=", "api")], [])).toBeUndefined();
  });
});

describe("trafficSeries", () => {
  it("errors and total on one metric: a bad series matching both, a good series outside errors", () => {
    const total = sel("http_requests_total", m("job", "=", "api"));
    const errors = sel("http_requests_total", m("job", "=", "api"), m("code", "=~", "5.."));
    const series = trafficSeries({ kind: "events", errors, total });
    expect(series).toEqual([
      { metric: "http_requests_total", labels: { code: "500", job: "api" }, role: "bad" },
      { metric: "http_requests_total", labels: { job: "api" }, role: "good" },
    ]);
    expect(satisfies(series[0].labels, errors.matchers)).toBe(true);
    expect(satisfies(series[1].labels, errors.matchers)).toBe(false);
    expect(series.every((item) => satisfies(item.labels, total.matchers))).toBe(true);
  });

  it("good and total on one metric: a good series and a bad series outside good", () => {
    const total = sel("http_requests_total", m("job", "=", "api"));
    const good = sel("http_requests_total", m("job", "=", "api"), m("code", "!~", "5.."));
    const series = trafficSeries({ kind: "events", good, total });
    expect(series.map((item) => item.role)).toEqual(["good", "bad"]);
    expect(satisfies(series[0].labels, good.matchers)).toBe(true);
    expect(satisfies(series[1].labels, good.matchers)).toBe(false);
    expect(satisfies(series[1].labels, total.matchers)).toBe(true);
    expect(series[1].labels.code).toMatch(/^5..$/);
  });

  it("two metrics: one series each", () => {
    const series = trafficSeries({
      kind: "events",
      errors: sel("http_errors_total", m("job", "=", "api")),
      total: sel("http_requests_total", m("job", "=", "api")),
    });
    expect(series).toEqual([
      { metric: "http_errors_total", labels: { job: "api" }, role: "bad" },
      { metric: "http_requests_total", labels: { job: "api" }, role: "total" },
    ]);
  });

  it("latency: the bucket at the threshold, the +Inf bucket and _count", () => {
    const series = trafficSeries({
      kind: "latency",
      histogram: sel("http_request_duration_seconds", m("job", "=", "api")),
      threshold: Duration.parse("500ms"),
    });
    expect(series).toEqual([
      { metric: "http_request_duration_seconds_bucket", labels: { job: "api", le: "0.5" }, role: "good" },
      { metric: "http_request_duration_seconds_bucket", labels: { job: "api", le: "+Inf" }, role: "total" },
      { metric: "http_request_duration_seconds_count", labels: { job: "api" }, role: "total" },
    ]);
  });

  it("latency with a whole-second threshold writes a bucket the le matcher selects", () => {
    const [bucket] = trafficSeries({ kind: "latency", histogram: sel("h"), threshold: Duration.parse("1s") });
    expect(satisfies(bucket.labels, [m("le", "=~", "1|1\\.0")])).toBe(true);
  });

  it("throws for a query SLI and for unsatisfiable selectors", () => {
    expect(() => trafficSeries({ kind: "query", errorRatio: "x" })).toThrow("a query SLI's series cannot be derived");
    expect(() =>
      trafficSeries({ kind: "events", errors: sel("e_total", m("a", "=", "1"), m("a", "=", "2")), total: sel("t_total") }),
    ).toThrow('no label values found that match e_total{a="1",a="2"}');
    expect(() =>
      trafficSeries({ kind: "events", errors: sel("t_total", m("job", "=", "api")), total: sel("t_total", m("job", "=", "api")) }),
    ).toThrow('every series of t_total{job="api"} also matches t_total{job="api"}');
  });
});

const rules30d: AlertThresholds = { windows: burnRateWindows(Duration.days(30)), budget: 0.001, minimumEventsForPage: 167 };
const healthy = (minutes: number, requestsPerMinute = 600): Phase => ({ minutes, requestsPerMinute, errorRatio: 0 });

describe("TrafficModel", () => {
  it("counts one sample a minute", () => {
    expect(new TrafficModel([healthy(360), { minutes: 30, requestsPerMinute: 600, errorRatio: 1 }]).end).toBe(390);
  });

  it("a full outage after 6 healthy hours pages and opens a ticket within 10 minutes", () => {
    // at +10m: 5m window 100% errors; 1h window 6000/36000 = 16.7% > 1.44%; 36000 events ≥ 167;
    // 2h window 6000/72000 = 8.3% > 0.3%; 1d window (370 minutes of data) 6000/222000 = 2.7% > 0.3%
    const model = new TrafficModel([healthy(360), { minutes: 60, requestsPerMinute: 600, errorRatio: 1 }]);
    expect(model.predict(370, rules30d)).toEqual(["page", "ticket"]);
    expect(model.predict(350, rules30d)).toEqual([]);
  });

  it("is undefined just before an outage's first minute tips the 1h window over 14.4x", () => {
    // at 361: 600 errors in the 1h window of 36000 events = 1.67% > 1.44%, so 360 is fragile
    const model = new TrafficModel([healthy(360), { minutes: 60, requestsPerMinute: 600, errorRatio: 1 }]);
    expect(model.predict(360, rules30d)).toBeUndefined();
  });

  it("stays quiet at a 0.5x burn for a day", () => {
    const model = new TrafficModel([{ minutes: 1500, requestsPerMinute: 600, errorRatio: 0.0005 }]);
    expect(model.predict(1440, rules30d)).toEqual([]);
    expect(model.predict(60, rules30d)).toEqual([]);
  });

  it("is undefined for a burn right at a threshold", () => {
    // exactly 14.4x for 2 hours: the 5m and 1h ratios equal the page threshold
    const atPage: AlertThresholds = { ...rules30d, windows: rules30d.windows.slice(0, 1) };
    const model = new TrafficModel([{ minutes: 120, requestsPerMinute: 600, errorRatio: 0.0144 }]);
    expect(model.predict(100, atPage)).toBeUndefined();
    // a clear margin either side is robust
    const above = new TrafficModel([{ minutes: 120, requestsPerMinute: 600, errorRatio: 0.0144 * 1.2 }]);
    const below = new TrafficModel([{ minutes: 120, requestsPerMinute: 600, errorRatio: 0.0144 * 0.8 }]);
    expect(above.predict(100, atPage)).toEqual(["page"]);
    expect(below.predict(100, atPage)).toEqual([]);
  });

  it("the low-traffic guard keeps one failed request at 1 request/minute from paging", () => {
    // at 363: 5m window 1/5, 1h window 1/60 = 1.67% > 1.44%, but only 60 events < 167;
    // 6h window 1/360 = 0.28% < 0.6%. The 3d/6h ticket pair sees 1/360 and 1/363 > 0.1%.
    const phases = [healthy(360, 1), { minutes: 1, requestsPerMinute: 1, errorRatio: 1 }, healthy(120, 1)];
    const model = new TrafficModel(phases);
    expect(model.predict(363, rules30d)).toEqual(["ticket"]);
    expect(model.predict(363, { ...rules30d, minimumEventsForPage: 0 })).toEqual(["page", "ticket"]);
  });
});

describe("sloScenarios (30d, 99.9%, guard 167)", () => {
  const scenarios = sloScenarios(rules30d);
  const byName = (name: string): Scenario => {
    const found = scenarios.find((scenario) => scenario.name === name);
    expect(found, name).toBeDefined();
    return found!;
  };

  const PAIRS = [
    "the 1h/5m page pair: pages 55m into a 17.28x burn, and stops 5m after a 36x burn ends",
    "the 6h/30m page pair: pages 5h30m into a 7.2x burn, and stops 30m after a 15x burn ends",
    "the 1d/2h ticket pair: opens a ticket 1d into a 3.6x burn after a busier day, and stops 2h after a 7.5x burn ends",
    "the 3d/6h ticket pair: opens a ticket 2d18h into a 1.2x burn, and stops 6h after a 2.5x burn ends",
  ];

  it("names a scenario per window pair, then the outage, the quiet burn and the lone failure", () => {
    expect(scenarios.map((scenario) => scenario.name)).toEqual([
      ...PAIRS,
      "pages within minutes of a full outage",
      "stays quiet at a 0.5x burn",
      "one failed request at 1 request/minute",
    ]);
  });

  it("the 1h/5m pair: quiet one evaluation before its 1h window passes 14.4x, paging alone then, quiet 5m after the end", () => {
    // 1h window at 17.28x after t minutes: 1.728% × t / 60 > 1.44% (+5% margin) needs t > 52.5: the evaluation at
    // +55m, long before the 6h pair (1.728% × t / 360 > 0.6%: t > 125). The 3d/6h ticket pair, with 6 hours of
    // history, needs 1.728% × t / (360 + t) > 0.105%: t > 23.3, the evaluation at +25m.
    const scenario = byName(PAIRS[0]);
    expect(scenario.phases.map((phase) => [phase.minutes, phase.requestsPerMinute, Number((phase.errorRatio * 1000).toFixed(3))])).toEqual([
      [360, 600, 0],
      [55, 600, 17.28],
      [5, 600, 36],
      [6, 600, 0],
    ]);
    expect(scenario.expectations).toEqual([
      { minute: 365, firing: [] },
      { minute: 380, firing: [] },
      { minute: 385, firing: ["ticket"] },
      { minute: 405, firing: ["ticket"] },
      { minute: 415, firing: ["page", "ticket"] },
      { minute: 420, firing: ["page", "ticket"] },
      { minute: 425, firing: ["ticket"] },
    ]);
  });

  it("the 1d/2h ticket pair fires before the 3d/6h pair only after a busier day, which the 3d window still holds", () => {
    const scenario = byName(PAIRS[2]);
    expect(scenario.phases.map((phase) => [phase.minutes, phase.requestsPerMinute])).toEqual([
      [2880, 2400],
      [1440, 600],
      [1440, 600],
      [240, 600],
      [121, 600],
    ]);
    expect(scenario.expectations).toEqual([
      { minute: 4680, firing: [] },
      { minute: 5400, firing: [] },
      { minute: 5760, firing: ["ticket"] },
      { minute: 6120, firing: [] },
    ]);
  });

  it("each pair's scenario is quiet before its onset, fires, and is quiet again after the sharp burn", () => {
    for (const name of PAIRS) {
      const severity = name.includes("page pair") ? "page" : "ticket";
      const states = byName(name).expectations.map((item) => item.firing.includes(severity));
      expect(states[0], name).toBe(false);
      expect(states.includes(true), name).toBe(true);
      expect(states.at(-1), name).toBe(false);
    }
  });

  it("a full outage pages within 10 minutes of its start", () => {
    const scenario = byName("pages within minutes of a full outage");
    const start = scenario.phases[0].minutes;
    expect(start).toBe(360);
    expect(scenario.phases[1]).toEqual({ minutes: 30, requestsPerMinute: 600, errorRatio: 1 });
    expect(scenario.expectations).toEqual([
      { minute: 365, firing: ["page", "ticket"] },
      { minute: 390, firing: ["page", "ticket"] },
    ]);
  });

  it("a 0.5x burn never fires", () => {
    const scenario = byName("stays quiet at a 0.5x burn");
    expect(scenario.phases).toEqual([{ minutes: 4320 + 60, requestsPerMinute: 600, errorRatio: 0.0005 }]);
    expect(scenario.expectations).toEqual([
      { minute: 360, firing: [] },
      { minute: 4320, firing: [] },
    ]);
  });

  it("one failed request never pages", () => {
    const scenario = byName("one failed request at 1 request/minute");
    expect(scenario.phases).toEqual([
      { minutes: 362, requestsPerMinute: 1, errorRatio: 0 },
      { minutes: 1, requestsPerMinute: 1, errorRatio: 1 },
      { minutes: 120, requestsPerMinute: 1, errorRatio: 0 },
    ]);
    // with only 6 hours of history, the 3d/6h ticket pair sees 1/360 and 1/363 > 0.1% throughout
    expect(scenario.expectations).toEqual([
      { minute: 365, firing: ["ticket"] },
      { minute: 480, firing: ["ticket"] },
    ]);
  });

  it("checks the page pairs as often as their short window, the scenarios of days every 6 hours, always on an evaluation", () => {
    expect(scenarios.map((scenario) => scenario.evaluationMinutes)).toEqual([5, 30, 360, 360, 5, 360, 5]);
    for (const scenario of scenarios) {
      expect(scenario.expectations.every((item) => item.minute % scenario.evaluationMinutes === 0), scenario.name).toBe(true);
    }
  });

  it("evaluates the scenarios of days as often as the longest window needs when it is not a multiple of 6 hours", () => {
    // one 1h30m/30m ticket pair: every 90 minutes, the largest divisor of 6 hours that divides 1h30m
    const ticket = rules30d.windows[2];
    const short: AlertThresholds = { ...rules30d, windows: [{ ...ticket, long: Duration.minutes(90), short: Duration.minutes(30) }] };
    const long = sloScenarios(short).filter((scenario) => scenario.evaluationMinutes !== 5);
    expect(long.map((scenario) => scenario.evaluationMinutes)).toEqual([90, 90]);
    expect(long[0].name).toMatch(/^the 1h30m\/30m ticket pair: opens a ticket .* into a 3.6x burn/);
    expect(long.flatMap((scenario) => scenario.expectations).every((item) => item.minute % 90 === 0)).toBe(true);
  });

  it("without ticket windows there is no ticket scenario; without page windows no page scenarios", () => {
    const pagesOnly = sloScenarios({ ...rules30d, windows: rules30d.windows.filter((w) => w.severity === "page") });
    expect(pagesOnly.map((scenario) => scenario.name)).toEqual([...PAIRS.slice(0, 2), "pages within minutes of a full outage", "stays quiet at a 0.5x burn", "one failed request at 1 request/minute"]);
    const ticketsOnly = sloScenarios({ ...rules30d, windows: rules30d.windows.filter((w) => w.severity === "ticket") });
    expect(ticketsOnly.map((scenario) => scenario.name.replace(/:.*/, ""))).toEqual([
      "the 1d/2h ticket pair",
      "the 3d/6h ticket pair",
      "stays quiet at a 0.5x burn",
      "one failed request at 1 request/minute",
    ]);
  });
});

const spec = checkoutSpec({ runbookUrl: "https://runbooks.example.com/checkout" });

describe("sloTestCases", () => {
  const cases = sloTestCases(spec);

  const caseNamed = (start: string) => cases.find((item) => item.name.startsWith(`checkout-availability: ${start}`))!;

  it("has one case per scenario plus the absent case", () => {
    expect(cases.map((item) => item.name.replace(/^checkout-availability: /, "").replace(/:.*/, ""))).toEqual([
      "the 1h/5m page pair",
      "the 6h/30m page pair",
      "the 1d/2h ticket pair",
      "the 3d/6h ticket pair",
      "pages within minutes of a full outage",
      "stays quiet at a 0.5x burn",
      "one failed request at 1 request/minute",
      "reports missing SLI metrics after 15m",
    ]);
  });

  it("writes counters in promtool's expanding notation, from 0, each phase from the value promtool summed", () => {
    expect(caseNamed("pages within minutes").series).toEqual([
      { metric: "http_requests_total", labels: { code: "500", job: "checkout" }, role: "bad", values: "0 0+0x359 600+600x29" },
      { metric: "http_requests_total", labels: { job: "checkout" }, role: "good", values: "0 600+600x359 216000+0x29" },
    ]);
    // 591.84 + 4 × 21.6 added one at a time is 678.2400000000002: a phase starting from 678.24 would be a reset
    expect(caseNamed("the 1h/5m").series.map((item) => item.values)).toEqual([
      "0 0+0x359 10.368+10.368x54 591.8400000000001+21.6x4 678.2400000000002+0x5",
      "0 600+600x359 216589.632+589.632x54 249008.16000000067+578.4x4 251921.76000000065+600x5",
    ]);
    for (const item of cases.slice(0, -1).flatMap((testCase) => testCase.series)) {
      expect(item.values).toMatch(/^0( -?[\d.]+\+[\d.]+x\d+)+$/);
    }
  });

  it("checks the burn alert with its exact labels and annotations, and that the absent alert is quiet", () => {
    const outage = caseNamed("pages within minutes");
    const page = burnRateAlert(spec, "page")!;
    const ticket = burnRateAlert(spec, "ticket")!;
    const seriesLabels = {
      tier: "1",
      sloth_id: "checkout-availability",
      sloth_service: "checkout",
      sloth_slo: "availability",
      team: "payments",
      service: "checkout",
      env: "prod",
      slo: "availability",
    };
    expect(outage.checks).toEqual([
      {
        minute: 365,
        alertname: "CheckoutAvailabilityErrorBudgetBurn",
        firing: [
          { labels: { ...seriesLabels, severity: "page", sloth_severity: "page" }, annotations: page.annotations },
          { labels: { ...seriesLabels, severity: "ticket", sloth_severity: "ticket" }, annotations: ticket.annotations },
        ],
      },
      {
        minute: 390,
        alertname: "CheckoutAvailabilityErrorBudgetBurn",
        firing: [
          { labels: { ...seriesLabels, severity: "page", sloth_severity: "page" }, annotations: page.annotations },
          { labels: { ...seriesLabels, severity: "ticket", sloth_severity: "ticket" }, annotations: ticket.annotations },
        ],
      },
      { minute: 390, alertname: "CheckoutAvailabilitySLIMetricsAbsent", firing: [] },
    ]);
  });

  it("the absent case has no SLI series, only other targets', and fires after 15 minutes with the selector's equality labels", () => {
    const absent = cases.at(-1)!;
    expect(absent.series).toEqual([
      { metric: "up", labels: { job: "watchkeeper-test" }, values: "1+0x25" },
      { metric: "http_requests_total", labels: {}, values: "1+1x25" },
    ]);
    expect(absent.checks).toEqual([
      { minute: 10, alertname: "CheckoutAvailabilitySLIMetricsAbsent", firing: [] },
      {
        minute: 20,
        alertname: "CheckoutAvailabilitySLIMetricsAbsent",
        firing: [
          {
            labels: { job: "checkout", team: "payments", service: "checkout", env: "prod", slo: "availability", severity: "ticket" },
            annotations: absentAlert(spec).annotations,
          },
        ],
      },
    ]);
  });
});

describe("sloTestCases of a latency SLI", () => {
  const latency: SloSpec = {
    ...spec,
    sli: { kind: "latency", histogram: sel("http_request_duration_seconds", m("job", "=", "checkout")), threshold: Duration.parse("499ms") },
  };
  const cases = sloTestCases(latency);
  const missing = cases.at(-1)!;

  it("ends with a case where the service exports other buckets than the threshold's, and other targets that one", () => {
    expect(cases.map((item) => item.name).slice(-2)).toEqual([
      "checkout-availability: reports missing SLI metrics after 15m",
      'checkout-availability: reports a missing le="0.499" bucket after 15m',
    ]);
    expect(missing.series.map(({ metric, labels }) => ({ metric, labels }))).toEqual([
      { metric: "http_request_duration_seconds_bucket", labels: { job: "checkout", le: "0.5" } },
      { metric: "http_request_duration_seconds_bucket", labels: { job: "checkout", le: "+Inf" } },
      { metric: "http_request_duration_seconds_count", labels: { job: "checkout" } },
      { metric: "http_request_duration_seconds_count", labels: {} },
      { metric: "http_request_duration_seconds_bucket", labels: { le: "0.499" } },
      { metric: "http_request_duration_seconds_bucket", labels: { job: "checkout" } },
    ]);
    expect(missing.series.map((item) => item.values)).toEqual([...Array(3).fill("0 600+600x24"), ...Array(3).fill("1+1x25")]);
  });

  it("expects the absent alert pending at 10 minutes and firing at 20, with the histogram's equality labels", () => {
    const rule = absentAlert(latency);
    expect(missing.checks).toEqual([
      { minute: 10, alertname: rule.alert, firing: [] },
      { minute: 20, alertname: rule.alert, firing: [{ labels: { job: "checkout", ...rule.labels }, annotations: rule.annotations }] },
    ]);
  });

  it("feeds the other scenarios the bucket at the threshold, which the absent alert watches", () => {
    const [bucket] = cases[0].series;
    expect(bucket.labels).toEqual({ job: "checkout", le: "0.499" });
    expect(cases[0].checks.at(-1)).toMatchObject({ alertname: absentAlert(latency).alert, firing: [] });
  });

  it("an event SLI has no bucket case", () => {
    expect(sloTestCases(spec).filter((item) => item.name.includes("bucket"))).toEqual([]);
  });
});

describe("testedSpec", () => {
  const querySpec: SloSpec = {
    ...spec,
    sli: { kind: "query", errorRatio: "sum(rate(e[{{.window}}])) / sum(rate(t[{{.window}}]))" },
  };

  it("leaves a non-query spec identical", () => {
    expect(testedSpec(spec)).toBe(spec);
    const latency: SloSpec = { ...spec, sli: { kind: "latency", histogram: sel("h"), threshold: Duration.parse("1s") } };
    expect(testedSpec(latency)).toBe(latency);
  });

  it("replaces a query SLI with the stand-in and keeps everything else but the guard it cannot have", () => {
    const tested = testedSpec(querySpec);
    expect(tested.sli).toEqual({
      kind: "events",
      errors: { metric: "watchkeeper_test_requests_total", matchers: [{ name: "outcome", operator: "=", value: "error" }] },
      total: { metric: "watchkeeper_test_requests_total", matchers: [] },
    });
    const { sli: _a, ...rest } = tested;
    const { sli: _b, ...original } = querySpec;
    expect(rest).toEqual({ ...original, minimumEventsForPage: 0 });
    expect(trafficSeries(tested.sli)).toEqual([
      { metric: "watchkeeper_test_requests_total", labels: { outcome: "error" }, role: "bad" },
      { metric: "watchkeeper_test_requests_total", labels: {}, role: "good" },
    ]);
  });

  it("keeps the alerts of a query SLI without totalEvents unguarded, as in production", () => {
    // Production rules of this spec have no low-traffic guard (the SLI cannot count events); its tests must test
    // those alerts, not guarded ones.
    expect(hasEventGuard(querySpec)).toBe(false);
    expect(hasEventGuard(testedSpec(querySpec))).toBe(false);
    expect(burnRateAlert(testedSpec(querySpec), "page")!.expr).not.toContain("slo:sli_events");
  });

  it("keeps the guard of a query SLI with totalEvents", () => {
    const withTotal: SloSpec = { ...querySpec, sli: { ...querySpec.sli, totalEvents: "sum(increase(t[{{.window}}]))" } as SloSpec["sli"] };
    expect(hasEventGuard(withTotal)).toBe(true);
    expect(hasEventGuard(testedSpec(withTotal))).toBe(true);
  });

  it("gives a query SLI one test case per scenario plus the absent case, with stand-in series", () => {
    const cases = sloTestCases(querySpec);
    expect(cases).toHaveLength(8);
    expect(cases[0].series.map((item) => item.metric)).toEqual(["watchkeeper_test_requests_total", "watchkeeper_test_requests_total"]);
    expect(cases.at(-1)!.checks[1].firing[0].labels).toEqual({ ...spec.alertLabels, severity: "ticket" });
  });
});
