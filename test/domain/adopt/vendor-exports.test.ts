import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type ExportName, missingPagesProblem, readExport } from "../../../src/domain/adopt/vendor-exports";
import { parsing } from "../../support/problems";

const FIXTURES = join(__dirname, "../../fixtures/adopt");
const fixture = (file: string): unknown => JSON.parse(readFileSync(join(FIXTURES, file), "utf8"));
const read = (name: ExportName, json: unknown, source = "export.json") => parsing((problems) => readExport(name, json, source, problems));

describe("a saved vendor export", () => {
  it("lists each object with its Terraform type, its id as Terraform imports it, its name and, for Datadog, its own type", () => {
    const monitors = read("datadog-monitors", fixture("datadog-monitors.json"), "monitors.json");
    expect(monitors.problems).toEqual([]);
    expect(monitors.parsed?.objects[0]).toEqual({
      type: "datadog_monitor",
      id: "174341739",
      name: "[page] checkout availability: error budget burn 14.4x over 1h",
      kind: "slo alert",
      source: "monitors.json",
    });
    expect(monitors.parsed?.objects).toHaveLength(4);
    const slos = read("datadog-slos", fixture("datadog-slos.json"));
    expect(slos.parsed).toEqual({ objects: [{ type: "datadog_service_level_objective", id: "25dda1a2705a53c88b7f9c0a4cf8b8be", name: "checkout availability", kind: "metric", source: "export.json" }], total: 1 });
    const services = read("pagerduty-services", fixture("pagerduty-services.json"));
    expect(services.parsed).toEqual({ objects: [{ type: "pagerduty_service", id: "PIJ90N7", name: "checkout on-call", source: "export.json" }] });
    const policies = read("pagerduty-escalation-policies", fixture("pagerduty-escalation-policies.json"));
    expect(policies.parsed?.objects.map((object) => [object.type, object.id, object.name])).toEqual([["pagerduty_escalation_policy", "PT20YPA", "checkout escalation"]]);
  });

  it("of another shape names the request it should answer and, when it answers another, the option to give it with", () => {
    expect(read("datadog-monitors", fixture("datadog-slos.json"), "slos.json").problems).toEqual([
      '--datadog-monitors slos.json: not the answer of Datadog GET /api/v1/monitor, which is a JSON array of monitors ([{"id": 2081, "name": "…", "type": "query alert", …}]); ' +
        "it looks like the answer of Datadog GET /api/v1/slo: give it as --datadog-slos",
    ]);
    expect(read("pagerduty-services", { error: { message: "Access Denied", code: 2010 } }).problems).toEqual([
      '--pagerduty-services export.json: not the answer of PagerDuty GET /services, which is {"services": [{"id": "PIJ90N7", "name": "…", …}], "more": false, …}; ' +
        'it is an error answer ("Access Denied"): check the API keys and the request, and save the list again',
    ]);
    expect(read("datadog-slos", { errors: ["Forbidden"] }).problems[0]).toMatch(/; it is an error answer \(\["Forbidden"\]\)/);
  });

  it("with objects lacking an id or a name names the first five by position and counts the rest", () => {
    const monitors = [{ id: "174341739", name: "a" }, ...Array.from({ length: 6 }, () => ({ id: 1 })), { id: 2, name: "b" }];
    expect(read("datadog-monitors", monitors).problems).toEqual([
      '--datadog-monitors export.json: [0] has no integer "id" and string "name"; [1] has no integer "id" and string "name"; [2] has no integer "id" and string "name"; ' +
        '[3] has no integer "id" and string "name"; [4] has no integer "id" and string "name", and 2 more: Datadog GET /api/v1/monitor answers a JSON array of monitors ([{"id": 2081, "name": "…", "type": "query alert", …}])',
    ]);
  });

  it("pages: missing ones are a problem, since an object left out would be created a second time", () => {
    const first = read("pagerduty-services", fixture("pagerduty-services-first-page.json")).parsed;
    const last = read("pagerduty-services", fixture("pagerduty-services.json")).parsed;
    expect(first?.more).toBe(true);
    expect(missingPagesProblem("pagerduty-services", first === undefined ? [] : [first])).toBe(
      '--pagerduty-services: every page given says "more": true, so objects are missing; save the next pages too (offset=100, 200, … with limit=100) and give each with --pagerduty-services',
    );
    expect(missingPagesProblem("pagerduty-services", [first, last].flatMap((page) => (page === undefined ? [] : [page])))).toBeUndefined();
    const slos = fixture("datadog-slos.json") as { metadata: { page: { total_filtered_count: number } } };
    slos.metadata.page.total_filtered_count = 3;
    const page = read("datadog-slos", slos).parsed;
    expect(missingPagesProblem("datadog-slos", page === undefined ? [] : [page])).toMatch(/^--datadog-slos: the pages given hold 1 objects of the 3 their metadata counts; /);
  });
});
