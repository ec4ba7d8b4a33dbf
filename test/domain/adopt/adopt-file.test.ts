import { describe, expect, it } from "vitest";
import { adoptFileText, parseAdoptFile } from "../../../src/domain/adopt/adopt-file";
import { parsing } from "../../support/problems";

describe("the adopt file", () => {
  const imports = [
    { to: "pagerduty_service.checkout-team_service-checkout-on-call", id: "PIJ90N7", note: 'PagerDuty service "checkout on-call", by name from services.json' },
    { to: "datadog_monitor.checkout-availability_burn-rate-page-1h", id: "174341739" },
  ];

  it("is Terraform's JSON form of import blocks, sorted by address, each note a // comment, and reads back as written", () => {
    const text = adoptFileText("production", imports);
    const json = JSON.parse(text) as { "//": string; import: unknown[] };
    expect(Object.keys(json)).toEqual(["//", "import"]);
    expect(json["//"]).toContain("MonitoringStack production reads this file with its adopt prop");
    expect(json.import).toEqual([
      { to: "datadog_monitor.checkout-availability_burn-rate-page-1h", id: "174341739" },
      { "//": 'PagerDuty service "checkout on-call", by name from services.json', to: "pagerduty_service.checkout-team_service-checkout-on-call", id: "PIJ90N7" },
    ]);
    const { parsed, problems } = parsing((collector) => parseAdoptFile(text, collector));
    expect(problems).toEqual([]);
    expect(parsed).toEqual([imports[1], imports[0]]);
  });

  it("names each malformed block and the fix, all at once", () => {
    const text = JSON.stringify({
      import: [
        { to: "datadog_monitor.a", id: 12 },
        { to: "monitor a", id: "12" },
        { to: "datadog_service_level_objective.slo", id: "12" },
        { to: "datadog_monitor.b", id: "12" },
        { to: "datadog_monitor.b", id: "13" },
        { to: "datadog_monitor.c", id: "13" },
      ],
    });
    const { problems } = parsing((collector) => parseAdoptFile(text, collector));
    expect(problems).toEqual([
      'import[0].id: write the vendor object\'s id as a string, a monitor\'s too ("2081")',
      'import[1].to: "monitor a" is not a Terraform resource address; write <type>.<name>, such as datadog_monitor.checkout-availability_burn-rate-page-1h',
      'import[2].id: "12" is not a Datadog SLO id: datadog_service_level_objective imports by 32 lower-case hex digits, such as 25dda1a2705a53c88b7f9c0a4cf8b8be',
      "datadog_monitor.b is given two ids, 12 and 13; keep the one of the object it should take over",
      "13 is given to two addresses, datadog_monitor.b and datadog_monitor.c; one vendor object can be taken over by one resource only",
    ]);
  });

  it("refuses text that is not JSON or has no import list", () => {
    expect(parsing((collector) => parseAdoptFile("{", collector)).problems[0]).toMatch(/^not JSON \(.*\); write it as watchkeeper adopt does: \{"import"/);
    expect(parsing((collector) => parseAdoptFile('{"imports": []}', collector)).problems).toEqual([
      'has no "import" list; write it as watchkeeper adopt does: {"import": [{"to": "<address>", "id": "<vendor id>"}]}',
    ]);
  });
});
