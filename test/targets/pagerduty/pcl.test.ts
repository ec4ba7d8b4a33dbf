import { describe, expect, it } from "vitest";
import { pagerDutyAny, pagerDutyMatches } from "../../../src/targets/pagerduty/conditions";
import { evaluateCondition, parseCondition } from "../../e2e/support/pcl";

/** The examples of PagerDuty/developer-docs docs/REST-API/18-PCL-Overview.md, and of the Terraform provider's docs. */
describe("the PCL evaluator, on PagerDuty's documented examples", () => {
  const event = {
    payload: { custom_details: { "system diagnosis": { important_field: "This is an important value" } } },
    links: [{ href: "https://diag.test/details", text: "Diagnosis details" }],
  };
  const context = { event: event.payload, raw_event: event, data: { foo: "code" } };

  it("compares whole strings, case-insensitively, whitespace included", () => {
    expect(evaluateCondition("'this is a test' matches 'This Is A Test'", {})).toBe(true);
    expect(evaluateCondition("'trailing whitespace ' matches 'trailing whitespace'", {})).toBe(false);
  });

  it("reads paths with dots, quoted brackets and array indexes; a missing path is nil and matches nothing", () => {
    expect(evaluateCondition("event.custom_details['system diagnosis'].important_field matches 'This is an important value'", context)).toBe(true);
    expect(evaluateCondition("raw_event.links[0].href matches 'https://diag.test/details'", context)).toBe(true);
    expect(evaluateCondition("raw_event.images[0].src matches ''", context)).toBe(false);
  });

  it("is true when either side of or is", () => {
    expect(evaluateCondition("data.foo matches 'code' or data.missing matches 'hello'", context)).toBe(true);
    expect(evaluateCondition("data.missing matches 'hello' or data.foo matches 'code'", context)).toBe(true);
    expect(evaluateCondition("data.missing matches 'hello' or data.foo matches 'www'", context)).toBe(false);
  });

  it("reads strings with escaped quotes and backslashes", () => {
    expect(evaluateCondition("data.text matches 'the system\\'s down'", { data: { text: "the system's down" } })).toBe(true);
    expect(evaluateCondition("data.text matches 'this has a single \\\\ backslash in it'", { data: { text: "this has a single \\ backslash in it" } })).toBe(true);
  });

  it("evaluates the provider's examples of the subset (event.severity matches 'critical', incident.priority matches 'P1')", () => {
    expect(evaluateCondition("event.severity matches 'critical'", { event: { severity: "critical" } })).toBe(true);
    expect(evaluateCondition("event.severity matches 'critical'", { event: { severity: "warning" } })).toBe(false);
    expect(evaluateCondition("incident.priority matches 'P1'", { incident: { priority: "P1" } })).toBe(true);
  });

  it("refuses the documented conditions outside Watchkeeper's subset, naming what it does not know", () => {
    expect(() => parseCondition("event.summary matches part 'prod' and (event.location == 'US' or event.location == 'Canada')")).toThrow('"part"');
    expect(() => parseCondition("not data.foo matches 'www'")).toThrow('"not"');
    expect(() => parseCondition("event.severity matches 'info' and not (now in Mon,Tue 09:00:00 to 17:00:00 America/New_York)")).toThrow('"and"');
    expect(() => parseCondition("raw_event.important_field matches regex 'this'")).toThrow('"regex"');
    expect(() => parseCondition("a.b exists")).toThrow('"exists"');
  });

  it("reads back every condition Watchkeeper writes, quotes and backslashes included", () => {
    for (const value of ["checkout", "it's", "a\\b", "x' or 'y"]) {
      expect(evaluateCondition(pagerDutyMatches("event.component", value), { event: { component: value.toUpperCase() } }), value).toBe(true);
      expect(evaluateCondition(pagerDutyMatches("event.component", value), { event: { component: `${value}!` } }), value).toBe(false);
    }
    const either = pagerDutyAny(["P1", "P2"].map((name) => pagerDutyMatches("incident.priority", name)));
    expect(["P1", "P2", "P3"].map((priority) => evaluateCondition(either, { incident: { priority } }))).toEqual([true, true, false]);
  });
});
