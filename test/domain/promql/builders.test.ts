import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import * as promql from "../../../src/domain/promql";
import { declared, promqlError, type PromQL } from "../../../src/domain/promql";
import { group } from "../../../src/domain/promql/expression";

/** Expressions written out for the tests, parsed as a user's would be. */
const e = (text: string): PromQL => declared(text);
const w = Duration.minutes(5);
const requests = { metric: "http_requests_total", matchers: [promql.matcher("job", "=", "api")] };

describe("group", () => {
  it("leaves calls, selectors and numbers bare", () => {
    for (const text of ["up", "slo:sli_error:ratio_rate5m", 'http_requests_total{job="api",code=~"5.."}', "rate(x[5m])", 'sum(rate(x{job="api"}[5m]))', "vector(1)", "0.001", "167"]) {
      expect(group(e(text))).toBe(text);
    }
  });

  it("wraps binary expressions, also between two calls", () => {
    expect(group(e("a / b"))).toBe("(a / b)");
    expect(group(e("1 - x"))).toBe("(1 - x)");
    expect(group(e("sum(a) / sum(b)"))).toBe("(sum(a) / sum(b))");
    expect(group(e("rate(a[5m]) > 0"))).toBe("(rate(a[5m]) > 0)");
  });

  it("wraps an aggregation with a modifier (not a single call)", () => {
    expect(group(e("max without (l) (x)"))).toBe("(max without (l) (x))");
  });
});

describe("binary operators", () => {
  const total = promql.aggregate("sum", promql.rate(requests, w));
  const errors = promql.aggregate("sum", promql.rate({ ...requests, matchers: [...requests.matchers, promql.matcher("code", "=~", "5..")] }, w));

  it("wrap every operand that is not atomic, so that composing never changes a meaning", () => {
    const ratio = promql.divide(errors, promql.compare(total, ">", 0));
    expect(ratio).toBe('sum(rate(http_requests_total{job="api",code=~"5.."}[5m])) / (sum(rate(http_requests_total{job="api"}[5m])) > 0)');
    expect(promqlError(ratio)).toBeUndefined();
    expect(promql.divide(e("a / b"), e("c / d"))).toBe("(a / b) / (c / d)");
    expect(promql.divide(e("a"), e("b / c"))).toBe("a / (b / c)");
    expect(promql.minus(1, e("a / b"))).toBe("1 - (a / b)");
    expect(promql.times(promql.plus(e("a"), e("b")), e("c"))).toBe("(a + b) * c");
  });

  it("are not fooled by a parenthesis inside a label value", () => {
    // The "(" inside the string is not syntax: the right operand is a division and must be wrapped.
    expect(promql.divide(e("a"), e('sum(x{path=~"\\\\(.*"}) / sum(y)'))).toBe('a / (sum(x{path=~"\\\\(.*"}) / sum(y))');
  });

  it("leave a power of atomic operands bare under a looser operator, and wrap it under ^", () => {
    expect(promql.or(promql.power(e("trend"), 2), promql.vector(1), { on: [] })).toBe("trend ^ 2 or on () vector(1)");
    expect(promql.power(promql.power(e("a"), 2), 3)).toBe("(a ^ 2) ^ 3");
    expect(promql.times(promql.power(e("a + b"), 2), e("c"))).toBe("((a + b) ^ 2) * c");
  });

  it("print numbers as PromQL numbers, each operator by its one name", () => {
    expect(promql.times(promql.num(14.4), 0.001)).toBe("14.4 * 0.001");
    expect(promql.compare(e("e"), ">=", 167)).toBe("e >= 167");
    expect(promql.compare(e("x"), ">", -Infinity)).toBe("x > (-Inf)");
    expect(promql.modulo(e("t"), 86400)).toBe("t % 86400");
    expect([promql.and(e("a"), e("b")), promql.or(e("a"), e("b")), promql.unless(e("a"), e("b"))]).toEqual(["a and b", "a or b", "a unless b"]);
  });

  it("write the matching modifiers in PromQL's order", () => {
    expect(promql.compare(e("a"), ">", 0, { bool: true })).toBe("a > bool 0");
    expect(promql.unless(e("a"), e("b"), { on: ["flow"] })).toBe("a unless on (flow) b");
    expect(promql.and(e("a"), e("b"), { ignoring: ["le"] })).toBe("a and ignoring (le) b");
    expect(promql.divide(e("a"), e("b"), { on: ["resource"], groupLeft: true })).toBe("a / on (resource) group_left b");
    expect(promql.minus(e("a"), e("b"), { ignoring: ["seasons_ago"], groupLeft: [] })).toBe("a - ignoring (seasons_ago) group_left () b");
    expect(promql.divide(e("a"), e("b"), { on: ["x", "y"], groupLeft: true, tight: true })).toBe("a / on(x, y) group_left b");
    for (const text of ["a > bool 0", "a unless on (flow) b", "a - ignoring (seasons_ago) group_left () b", "a / on(x, y) group_left b"]) {
      expect(promqlError(text)).toBeUndefined();
    }
  });

  it("allOf and anyOf put grouped operands on lines of their own", () => {
    const burn = promql.aggregate("max", { without: ["sloth_window"] }, promql.compare(e("r5m"), ">", promql.times(14.4, 0.001)));
    expect(burn).toBe("max without (sloth_window) (r5m > (14.4 * 0.001))");
    const both = promql.allOf(burn, e("r1h"));
    expect(both).toBe("(max without (sloth_window) (r5m > (14.4 * 0.001)))\nand\nr1h");
    const either = promql.anyOf(both, e("x > 1"));
    expect(either).toBe(`(${both})\nor\n(x > 1)`);
    expect([burn, both, either].map(promqlError)).toEqual([undefined, undefined, undefined]);
  });
});

describe("functions and aggregations", () => {
  it("take ranges and offsets of selectors and recorded series", () => {
    expect(promql.rate(requests, w, Duration.days(7))).toBe('rate(http_requests_total{job="api"}[5m] offset 1w)');
    expect(promql.overTime("avg_over_time", promql.selector("kpi:value"), Duration.hours(1))).toBe("avg_over_time(kpi:value[1h])");
    expect(promql.quantileOverTime(0.5, promql.selector("kpi:growth:ratio"), Duration.days(1))).toBe("quantile_over_time(0.5, kpi:growth:ratio[1d])");
    expect(promql.predictLinear(requests, Duration.hours(1), Duration.hours(4))).toBe('predict_linear(http_requests_total{job="api"}[1h], 14400)');
    expect(promql.offset(promql.selector("kpi:value"), Duration.days(7))).toBe("kpi:value offset 1w");
  });

  it("write a query SLI's window placeholder where the range goes", () => {
    expect(promql.increase(requests, promql.WINDOW_PLACEHOLDER)).toBe('increase(http_requests_total{job="api"}[{{.window}}])');
  });

  it("aggregate all series, by labels or without them", () => {
    expect(promql.aggregate("sum", e("x"))).toBe("sum(x)");
    expect(promql.aggregate("max", { by: [] }, e("x"))).toBe("max by () (x)");
    expect(promql.aggregate("sum", { by: ["service", "le"] }, e("x"))).toBe("sum by (service, le) (x)");
    expect(promql.quantile(0.5, { without: ["seasons_ago"] }, e("x"))).toBe("quantile without (seasons_ago) (0.5, x)");
    expect(promql.topk(10, e("x"))).toBe("topk(10, x)");
  });

  it("quote label_replace and label_join arguments", () => {
    expect(promql.labelReplace(e("x"), "env", "prod")).toBe('label_replace(x, "env", "prod", "", "")');
    expect(promql.labelJoin(e("x"), "id", "->", "client", "server")).toBe('label_join(x, "id", "->", "client", "server")');
    expect(promql.histogramQuantile(0.95, e("b"))).toBe("histogram_quantile(0.95, b)");
    expect(promql.vector(promql.time())).toBe("vector(time())");
    expect(promql.clampMin(e("x"), 0)).toBe("clamp_min(x, 0)");
  });
});

describe("declared", () => {
  it("is the only way from a plain string to an expression (tsc checks the brand)", () => {
    // @ts-expect-error a plain string is not PromQL
    expect(promql.absent("up")).toBe("absent(up)");
    expect(promql.absent(declared("up"))).toBe("absent(up)");
  });

  it("brands a user's expression once it parses", () => {
    expect(declared('sum(rate(x{code=~"5.."}[5m]))')).toBe('sum(rate(x{code=~"5.."}[5m]))');
  });

  it("refuses text that is not PromQL, naming what it is and where it breaks", () => {
    expect(() => declared("sum(rate(x[5m])", "sli.query.errorRatio")).toThrow(/^sli\.query\.errorRatio: "sum\(rate\(x\[5m\]\)" is not valid PromQL \(syntax error at column 16/);
    expect(() => declared("")).toThrow("the expression is empty");
  });
});
