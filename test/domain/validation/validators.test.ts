import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import { durationProblem, goDuration } from "../../../src/domain/validation/durations";
import { headerNameProblem, headerValueProblem } from "../../../src/domain/validation/headers";
import { hostProblem } from "../../../src/domain/validation/hosts";
import { percentProblem, ratioProblem } from "../../../src/domain/validation/numbers";
import { schemaProblems, oneOf, ratio } from "../../../src/domain/validation/schema";
import { webAddressProblem } from "../../../src/domain/validation/urls";
import { z } from "zod";

/** Each validator's table: the input and whether it is accepted (true) or the start of its problem. */
describe("validators, one per kind of text", () => {
  it.each<[string, true | string]>([
    ["https://runbooks.example.com/checkout", true],
    ["http://prometheus-operated.monitoring.svc:9090", true],
    ["javascript:alert(1)", 'runbookUrl "javascript:alert(1)" is not an absolute web address'],
    ["data:text/html,hi", 'runbookUrl "data:text/html,hi" is not an absolute web address'],
    ["runbooks.example.com/checkout", 'runbookUrl "runbooks.example.com/checkout" is not an absolute web address'],
    ["http://prometheus:9090 or vector(1)", 'runbookUrl "http://prometheus:9090 or vector(1)" is not an absolute web address'],
    ["https://example.com/a\r\nX-Injected: 1", "runbookUrl "],
    [" https://example.com", 'runbookUrl " https://example.com" is not an absolute web address'],
    ["https://user:pass@example.com", 'runbookUrl "https://user:pass@example.com" holds a URL with a user name or password'],
    ["https://example.com/?token=abc", 'runbookUrl "https://example.com/?token=abc" holds a credential parameter "token="'],
  ])("web address %j", (address, expected) => {
    const problem = webAddressProblem("runbookUrl", address);
    expect(expected === true ? problem : problem?.startsWith(expected)).toBe(expected === true ? undefined : true);
  });

  it.each<[string, boolean]>([
    ["blackbox-exporter:9115", true],
    ["blackbox.monitoring.svc", true],
    ["10.0.0.1:9115", true],
    ["http://blackbox:9115", false],
    ["blackbox:99999", false],
    ["black box:9115", false],
    ["-blackbox", false],
    ["", false],
    ["blackbox/probe", false],
  ])("host %j accepted: %s", (host, accepted) => {
    expect(hostProblem("probers.eu-west-1", host) === undefined).toBe(accepted);
  });

  it.each<[string, boolean]>([
    ["Content-Type", true],
    ["X-Request-Id", true],
    ["X Request", false],
    ["X-Header:", false],
    ["", false],
  ])("header name %j accepted: %s", (name, accepted) => {
    expect(headerNameProblem("headers", name) === undefined).toBe(accepted);
  });

  it.each<[string, boolean]>([
    ["application/json", true],
    ["a\r\nX-Injected: 1", false],
    ["a\nb", false],
    ["a\u0000b", false],
  ])("header value %j accepted: %s", (value, accepted) => {
    expect(headerValueProblem("headers.Accept", value) === undefined).toBe(accepted);
  });

  it.each<[string, string]>([
    ["1d", "24h"],
    ["1w", "168h"],
    ["1h30m", "1h30m"],
    ["90s", "1m30s"],
    ["500ms", "500ms"],
    ["1y", "8760h"],
  ])("Go duration of %s is %s", (text, go) => {
    expect(goDuration(Duration.parse(text))).toBe(go);
  });

  it.each<[string, { min?: string; max?: string }, string | undefined]>([
    ["7d", { max: "30d" }, undefined],
    ["1000y", { max: "30d" }, '"1000y" is longer than 30d, the longest this prop takes; use 30d or less'],
    ["5s", { min: "1m" }, '"5s" is shorter than 1m, the shortest this prop takes; use 1m or more'],
    ["1 d", {}, '"1 d" is not a duration; write it like 30d, 6h, 1h30m or 500ms'],
  ])("duration %s within %j", (text, bounds, problem) => {
    expect(durationProblem(text, bounds)).toBe(problem);
  });

  it.each<[number, string | undefined]>([
    [0.95, undefined],
    [0, undefined],
    [95, "95 is not a ratio from 0 to 1; as a percentage, 95% is 0.95"],
    [-1, "-1 is not a ratio from 0 to 1; e.g. 0.8 for 80%"],
    [1000, "1000 is not a ratio from 0 to 1; e.g. 0.8 for 80%"],
  ])("ratio %s", (value, problem) => {
    expect(ratioProblem(value)).toBe(problem);
  });

  it.each<[number, string | undefined]>([
    [99.9, undefined],
    [101, "101 is not a percentage from 0 to 100; e.g. 80 for 80%"],
    [-1, "-1 is not a percentage from 0 to 100; e.g. 80 for 80%"],
  ])("percent %s", (value, problem) => {
    expect(percentProblem(value)).toBe(problem);
  });

  it("turns schema issues into problems naming the prop and the fix, all at once", () => {
    const schema = z.strictObject({ direction: oneOf(["higher", "lower"]), cpu: z.strictObject({ warning: ratio() }), count: z.number() });
    expect(schemaProblems(schema, { direction: "sideways", cpu: { warning: 95 }, count: Number.NaN, extra: 1 })).toEqual([
      'direction: "sideways" is not one of "higher", "lower"; use one of them',
      "cpu.warning: 95 is not a ratio from 0 to 1; as a percentage, 95% is 0.95",
      "count: NaN is not a finite number; give a number",
      'props: "extra" is not a prop here; remove it or check the spelling',
    ]);
  });
});
