import { describe, expect, it } from "vitest";
import { equals, matcher, num, parsePromQL, parseSelector, promqlError, selector } from "../../../src/domain/promql";
import { quote } from "../../../src/domain/promql/vectors";

describe("quote", () => {
  it("wraps a plain value in double quotes", () => {
    expect(quote("api")).toBe('"api"');
  });

  it("escapes backslash, double quote and newline as PromQL requires", () => {
    expect(quote("a\\b")).toBe('"a\\\\b"');
    expect(quote('say "hi"')).toBe('"say \\"hi\\""');
    expect(quote("one\ntwo")).toBe('"one\\ntwo"');
  });

  it("escapes a backslash before a quote without doubling the quote's escape", () => {
    // value: \"  →  literal: "\\\""
    expect(quote('\\"')).toBe('"\\\\\\""');
  });

  it("keeps a regular expression's escaped dot readable by Prometheus", () => {
    // The value 1\.0 must be written "1\\.0" in PromQL source.
    expect(quote("1\\.0")).toBe('"1\\\\.0"');
    expect(promqlError(`x{le=~${quote("1|1\\.0")}}`)).toBeUndefined();
  });
});

describe("num", () => {
  it("prints the workbook's numbers as people write them", () => {
    expect(num(0.001)).toBe("0.001");
    expect(num(14.4)).toBe("14.4");
    expect(num(0.9333)).toBe("0.9333");
    expect(num(6)).toBe("6");
    expect(num(167)).toBe("167");
  });

  it("removes floating-point noise", () => {
    expect(num(0.1 + 0.2)).toBe("0.3");
    expect(num(100 - 99.9)).toBe("0.1");
    expect(num(14.4 * 0.001)).toBe("0.0144");
    expect(num(600 * (1 - 0.0144))).toBe("591.36");
  });

  it("prints infinities and NaN as PromQL spells them", () => {
    expect([num(Infinity), num(-Infinity), num(Number.NaN)]).toEqual(["+Inf", "-Inf", "NaN"]);
  });
});

describe("selector", () => {
  it("prints a selector without matchers as the bare metric name", () => {
    expect(selector({ metric: "up", matchers: [] })).toBe("up");
  });

  it("prints matchers in order, comma-separated, with quoted values", () => {
    const value = selector({
      metric: "http_requests_total",
      matchers: [matcher("job", "=", "api"), matcher("code", "=~", "5.."), matcher("method", "!=", "GET"), matcher("path", "!~", "/health.*")],
    });
    expect(value).toBe('http_requests_total{job="api",code=~"5..",method!="GET",path!~"/health.*"}');
    expect(promqlError(value)).toBeUndefined();
  });

  it("prints a metric name alone as the bare name, and matchers without a name as the matchers", () => {
    expect(selector("slo:sli_error:ratio_rate5m")).toBe("slo:sli_error:ratio_rate5m");
    expect(selector({ metric: "", matchers: [matcher("__name__", "=~", "slo:.+")] })).toBe('{__name__=~"slo:.+"}');
  });

  it("refuses text that is not a metric name", () => {
    expect(() => selector("up or vector(1)")).toThrow('"up or vector(1)" is not a metric name');
    expect(() => selector("")).toThrow("is not a metric name");
  });

  it("escapes values", () => {
    expect(selector({ metric: "x", matchers: [matcher("a", "=", 'q"b\\')] })).toBe('x{a="q\\"b\\\\"}');
  });

  it("equals() sorts labels by name and uses =", () => {
    expect(equals({ sloth_slo: "s", sloth_id: "i", a: "1" })).toEqual([
      { name: "a", operator: "=", value: "1" },
      { name: "sloth_id", operator: "=", value: "i" },
      { name: "sloth_slo", operator: "=", value: "s" },
    ]);
  });
});

describe("parseSelector", () => {
  it("reads a bare metric", () => {
    expect(parseSelector("http_requests_total")).toEqual({ metric: "http_requests_total", matchers: [] });
  });

  it("reads a recording-rule name with colons", () => {
    expect(parseSelector("slo:sli_error:ratio_rate5m")).toEqual({ metric: "slo:sli_error:ratio_rate5m", matchers: [] });
  });

  it("reads all four operators in order", () => {
    expect(parseSelector('http_requests_total{job="api",code=~"5..",method!="GET",path!~"/health.*"}')).toEqual({
      metric: "http_requests_total",
      matchers: [
        { name: "job", operator: "=", value: "api" },
        { name: "code", operator: "=~", value: "5.." },
        { name: "method", operator: "!=", value: "GET" },
        { name: "path", operator: "!~", value: "/health.*" },
      ],
    });
  });

  it("tolerates spaces and a trailing comma", () => {
    expect(parseSelector('x{ a = "1" , b != "2", }')).toEqual({
      metric: "x",
      matchers: [
        { name: "a", operator: "=", value: "1" },
        { name: "b", operator: "!=", value: "2" },
      ],
    });
  });

  it("unescapes double-quoted values", () => {
    // source: x{a="a\\b\"c\n"}
    expect(parseSelector('x{a="a\\\\b\\"c\\n"}').matchers[0].value).toBe('a\\b"c\n');
    // source: x{le=~"1|1\\.0"} → the regular expression 1|1\.0
    expect(parseSelector('x{le=~"1|1\\\\.0"}').matchers[0].value).toBe("1|1\\.0");
  });

  it("unescapes single-quoted values", () => {
    expect(parseSelector("x{a='it\\'s'}").matchers[0].value).toBe("it's");
    expect(parseSelector("x{a='say \"hi\"'}").matchers[0].value).toBe('say "hi"');
  });

  it("takes backtick values as they are", () => {
    expect(parseSelector("x{code=~`5\\d\\d`}").matchers[0]).toEqual({ name: "code", operator: "=~", value: "5\\d\\d" });
  });

  it("decodes Go unicode and hex escapes as Prometheus does", () => {
    // Prometheus unquotes string literals with Go's rules: "caf\u00e9" is café, "\x41" is A.
    expect(parseSelector('x{a="caf\\u00e9"}').matchers[0].value).toBe("café");
    expect(parseSelector('x{a="\\x41"}').matchers[0].value).toBe("A");
  });

  it("round-trips through selector()", () => {
    const text = 'http_requests_total{job="api",code=~"5..",path!~"/a\\\\.b"}';
    expect(selector(parseSelector(text))).toBe(text);
  });

  it("rejects invalid PromQL, naming the column", () => {
    expect(() => parseSelector('http_requests_total{job="api"')).toThrow(/is not valid PromQL \(syntax error at column 30,/);
    expect(() => parseSelector("up )")).toThrow('"up )" is not valid PromQL (syntax error at column 4, near ")")');
  });

  it("rejects a function call, a range and an offset", () => {
    expect(() => parseSelector("rate(x[5m])")).toThrow('"rate(x[5m])" is not a plain metric selector');
    expect(() => parseSelector("x[5m]")).toThrow("not a plain metric selector");
    expect(() => parseSelector("x offset 5m")).toThrow("not a plain metric selector");
    expect(() => parseSelector("x + y")).toThrow("not a plain metric selector");
  });

  it("rejects a selector without a metric name", () => {
    expect(() => parseSelector('{job="x"}')).toThrow('"{job="x"}" has no metric name');
  });

  it("rejects quoted label names", () => {
    expect(() => parseSelector('x{"a"="b"}')).toThrow("quoted label name");
  });
});

describe("promqlError", () => {
  it("accepts valid PromQL", () => {
    expect(promqlError("up")).toBeUndefined();
    expect(promqlError('sum(rate(http_requests_total{code=~"5.."}[5m])) / sum(rate(http_requests_total[5m]))')).toBeUndefined();
    expect(promqlError("absent(up{job=\"x\"})")).toBeUndefined();
  });

  it("reports the column of a syntax error", () => {
    expect(promqlError("up )")).toBe('syntax error at column 4, near ")"');
    expect(promqlError("sum(up")).toBe('syntax error at column 7, near "the end of the expression"');
    expect(promqlError("1 +")).toMatch(/^syntax error at column \d+/);
  });

  it("reports an empty expression", () => {
    expect(promqlError("")).toBe("the expression is empty");
    expect(promqlError("   ")).toContain("empty");
  });

  it("parsePromQL returns a tree for valid PromQL", () => {
    const result = parsePromQL("up");
    expect(result.error).toBeUndefined();
    expect("tree" in result && result.tree.topNode.name).toBe("PromQL");
  });
});
