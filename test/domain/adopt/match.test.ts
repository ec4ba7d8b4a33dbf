import { describe, expect, it } from "vitest";
import { type AdoptableResource, type GivenId, planAdoption } from "../../../src/domain/adopt/match";
import type { ExportedObject } from "../../../src/domain/adopt/vendor-exports";

const monitor = (id: string, type: string, name: string) => ({ address: `datadog_monitor.checkout-availability_${id}`, type: "datadog_monitor", name, path: `production/checkout-availability/${id}`, kind: type });
const RESOURCES: AdoptableResource[] = [
  monitor("burn-rate-page-1h", "slo alert", "[page] checkout availability: error budget burn 14.4x over 1h"),
  monitor("burn-rate-page-6h", "slo alert", "[page] checkout availability: error budget burn 6x over 6h"),
  monitor("burn-rate-ticket-1d", "slo alert", "[ticket] checkout availability: error budget burn 3x over 1d"),
  { address: "datadog_service_level_objective.checkout-availability_slo", type: "datadog_service_level_objective", name: "checkout availability", path: "production/checkout-availability/slo", kind: "metric" },
  { address: "pagerduty_escalation_policy.checkout-team_escalation-policy", type: "pagerduty_escalation_policy", name: "checkout escalation", path: "production/checkout-team/escalation-policy" },
  { address: "pagerduty_service.checkout-team_service-checkout-on-call", type: "pagerduty_service", name: "checkout on-call", path: "production/checkout-team/service-checkout-on-call" },
];
const exported = (type: string, id: string, name: string, kind?: string): ExportedObject => ({ type, id, name, source: `${type}.json`, ...(kind === undefined ? {} : { kind }) });
const given = (key: string, id: string): GivenId => ({ key, id, origin: "--id" });
const plan = (objects: ExportedObject[], ids: GivenId[] = []) => planAdoption("production", RESOURCES, ids, objects);

describe("planAdoption", () => {
  it("takes over the exported object whose name equals a resource's, and the ids given by construct path or address", () => {
    const result = plan(
      [exported("datadog_monitor", "174341739", "[page] checkout availability: error budget burn 14.4x over 1h", "slo alert"), exported("pagerduty_service", "PIJ90N7", "checkout on-call")],
      [given("production/checkout-availability/slo", "25dda1a2705a53c88b7f9c0a4cf8b8be"), given("pagerduty_escalation_policy.checkout-team_escalation-policy", "PT20YPA")],
    );
    expect(result.problems).toEqual([]);
    expect(result.imports).toEqual([
      { to: "datadog_monitor.checkout-availability_burn-rate-page-1h", id: "174341739", by: "name", note: 'Datadog monitor "[page] checkout availability: error budget burn 14.4x over 1h", by name from datadog_monitor.json' },
      { to: "datadog_service_level_objective.checkout-availability_slo", id: "25dda1a2705a53c88b7f9c0a4cf8b8be", by: "id", note: "Datadog SLO 25dda1a2705a53c88b7f9c0a4cf8b8be, by id from --id" },
      { to: "pagerduty_escalation_policy.checkout-team_escalation-policy", id: "PT20YPA", by: "id", note: "PagerDuty escalation policy PT20YPA, by id from --id" },
      { to: "pagerduty_service.checkout-team_service-checkout-on-call", id: "PIJ90N7", by: "name", note: 'PagerDuty service "checkout on-call", by name from pagerduty_service.json' },
    ]);
    expect(result.unmatched.map((entry) => entry.resource.address)).toEqual(["datadog_monitor.checkout-availability_burn-rate-page-6h", "datadog_monitor.checkout-availability_burn-rate-ticket-1d"]);
    expect(result.unclaimed).toEqual([]);
  });

  it("never takes a near miss or an object of another type: it shows the closest candidate on either side", () => {
    const nearMiss = exported("datadog_monitor", "174341741", "[ticket] checkout availability: error budget burn 3x over 1 day", "slo alert");
    const otherType = exported("datadog_monitor", "174341740", "[page] checkout availability: error budget burn 6x over 6h", "query alert");
    const unrelated = exported("datadog_monitor", "174341742", "Legacy: checkout CPU high", "metric alert");
    const result = plan([nearMiss, otherType, unrelated]);
    expect(result.imports).toEqual([]);
    const unmatched = new Map(result.unmatched.map((entry) => [entry.resource.address, entry]));
    expect(unmatched.get("datadog_monitor.checkout-availability_burn-rate-ticket-1d")?.closest).toEqual(nearMiss);
    expect(unmatched.get("datadog_monitor.checkout-availability_burn-rate-page-6h")?.reason).toBe(
      'Datadog monitor 174341740 has this name but is a "query alert", and the declaration writes a "slo alert": the provider cannot change the type in place, so Terraform would replace it (prevent_destroy refuses); not taken',
    );
    expect(unmatched.get("datadog_service_level_objective.checkout-availability_slo")?.closest).toBeUndefined();
    expect(result.unclaimed.map((entry) => [entry.object.id, entry.closest?.address])).toEqual([
      ["174341741", "datadog_monitor.checkout-availability_burn-rate-ticket-1d"],
      ["174341740", "datadog_monitor.checkout-availability_burn-rate-page-6h"],
      ["174341742", undefined],
    ]);
  });

  it("counts a query alert and a metric alert as one monitor type, as Datadog does", () => {
    const resources = [{ ...RESOURCES[0], kind: "query alert" }];
    const result = planAdoption("production", resources, [], [exported("datadog_monitor", "7", RESOURCES[0].name ?? "", "metric alert")]);
    expect(result.imports.map((entry) => entry.id)).toEqual(["7"]);
  });

  it("leaves an object whose id was given to another resource out of the name match", () => {
    const object = exported("pagerduty_service", "PIJ90N7", "checkout on-call");
    const result = plan([object], [given("production/checkout-availability/slo", "25dda1a2705a53c88b7f9c0a4cf8b8be"), given("pagerduty_service.checkout-team_service-checkout-on-call", "PQRS123")]);
    expect(result.imports.map((entry) => [entry.to, entry.id])).toContainEqual(["pagerduty_service.checkout-team_service-checkout-on-call", "PQRS123"]);
    expect(result.unclaimed.map((entry) => entry.object.id)).toEqual(["PIJ90N7"]);
  });

  it("refuses ambiguous names: two objects of one name (naming both ids), or one object matching two resources", () => {
    const twins = plan([exported("pagerduty_escalation_policy", "PT20YPA", "checkout escalation"), exported("pagerduty_escalation_policy", "PX5T6Q2", "checkout escalation")]);
    expect(twins.problems).toEqual([
      'pagerduty_escalation_policy.checkout-team_escalation-policy: 2 exported objects are named "checkout escalation", PagerDuty escalation policy PT20YPA (pagerduty_escalation_policy.json) and PX5T6Q2 (pagerduty_escalation_policy.json); adopt one with --id production/checkout-team/escalation-policy=<id>',
    ]);
    const resources = [RESOURCES[5], { ...RESOURCES[5], address: "pagerduty_service.other", path: "production/other/service" }];
    const shared = planAdoption("production", resources, [], [exported("pagerduty_service", "PIJ90N7", "checkout on-call")]);
    expect(shared.problems).toEqual(['PagerDuty service PIJ90N7 "checkout on-call" matches pagerduty_service.checkout-team_service-checkout-on-call and pagerduty_service.other by name; adopt it for one of them with --id <address>=PIJ90N7']);
  });

  it("names each bad id with its fix: unknown address or path (with the closest), an id of the wrong form, a path above several resources", () => {
    const result = plan([], [
      given("datadog_monitor.checkout-availability_burn-rate-page-1", "174341739"),
      given("production/checkout-availabilty/slo", "25dda1a2705a53c88b7f9c0a4cf8b8be"),
      given("production/checkout-availability/slo", "174341739"),
      given("production/checkout-team", "PIJ90N7"),
      given("staging/checkout-team/service-checkout-on-call", "PIJ90N7"),
      given("grafana_dashboard.checkout", "abc"),
      given("checkout", "1"),
    ]);
    expect(result.problems).toEqual([
      "--id datadog_monitor.checkout-availability_burn-rate-page-1=174341739: datadog_monitor.checkout-availability_burn-rate-page-1 is no resource of stack production; did you mean datadog_monitor.checkout-availability_burn-rate-page-1h?",
      "--id production/checkout-availabilty/slo=25dda1a2705a53c88b7f9c0a4cf8b8be: production/checkout-availabilty/slo holds no Datadog monitor or SLO, PagerDuty service or escalation policy of stack production; did you mean production/checkout-availability/slo?",
      '--id production/checkout-availability/slo=174341739: "174341739" is not a Datadog SLO id: datadog_service_level_objective imports by 32 lower-case hex digits, such as 25dda1a2705a53c88b7f9c0a4cf8b8be',
      "--id production/checkout-team=PIJ90N7: production/checkout-team names 2 resources adopt can take over (production/checkout-team/escalation-policy, production/checkout-team/service-checkout-on-call); give the path of one",
      "--id staging/checkout-team/service-checkout-on-call=PIJ90N7: staging/checkout-team/service-checkout-on-call is not a construct path of stack production; write production/<construct id>/…, or give the --stack it belongs to",
      "--id grafana_dashboard.checkout=abc: grafana_dashboard.checkout is a grafana_dashboard; adopt takes over datadog_monitor, datadog_service_level_objective, pagerduty_service, pagerduty_escalation_policy resources only",
      "--id checkout=1: checkout is neither a construct path (production/…) nor a Terraform address (<type>.<name>)",
    ]);
  });

  it("refuses two ids for one address and one id for two addresses, naming where each was given", () => {
    const result = plan([], [
      given("production/checkout-team/service-checkout-on-call", "PIJ90N7"),
      { key: "pagerduty_service.checkout-team_service-checkout-on-call", id: "PQRS123", origin: "--ids ids.json" },
      given("production/checkout-availability/burn-rate-page-1h", "5"),
      given("production/checkout-availability/burn-rate-page-6h", "5"),
    ]);
    expect(result.problems).toEqual([
      "pagerduty_service.checkout-team_service-checkout-on-call is given two ids, PIJ90N7 (--id) and PQRS123 (--ids ids.json); keep the one of the object it should take over",
      "5 is given to two addresses, datadog_monitor.checkout-availability_burn-rate-page-1h (--id) and datadog_monitor.checkout-availability_burn-rate-page-6h (--id); one vendor object can be taken over by one resource only",
    ]);
  });
});
