import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ApiHealthCheck, ServiceSlo, SlaPolicy, type SlaPolicyProps } from "../../../constructs";
import { synthProblems, team, testApp, testStack } from "../../support/app";

function declare(overrides: (slos: { availability: ServiceSlo; internal: ServiceSlo; probe: ApiHealthCheck }) => Partial<SlaPolicyProps> = () => ({})) {
  const test = testApp();
  const stack = testStack(test.app, "production", { prometheusRetention: "30d" });
  const owner = team(stack, "shop");
  const common = { service: "shop", owner, runbookUrl: "https://runbooks.example.com/shop", outputs: { datadog: false, grafana: false } };
  const probe = new ApiHealthCheck(stack, "health", { service: "shop", name: "health", owner, runbookUrl: "https://runbooks.example.com/shop/health", request: { url: "https://shop.example.com/health" }, outputs: { datadog: false } });
  const sli = { query: { errorRatio: `1 - avg(avg_over_time(probe_success{job="${probe.probeJob}"}[{{.window}}]))` } };
  const availability = new ServiceSlo(stack, "availability", { ...common, name: "availability", objective: 99.9, sli });
  const internal = new ServiceSlo(stack, "availability-internal", { ...common, name: "availability-internal", objective: 99.95, sli });
  new SlaPolicy(stack, "sla", {
    name: "shop",
    title: "Shop availability",
    service: "shop",
    targetPercent: 99.9,
    timeZone: "Europe/Berlin",
    downtime: { slos: [availability], flows: [probe], minimumOutage: "2m" },
    maintenance: { weekly: [{ day: "sunday", start: "02:00", durationMinutes: 60 }], dated: [{ start: "2026-11-14T22:00", end: "2026-11-15T02:00" }] },
    creditTiers: [{ belowPercent: 99.9, creditPercent: 10 }, { belowPercent: 99, creditPercent: 25 }],
    internalObjectives: [internal],
    ...overrides({ availability, internal, probe }),
  });
  return test;
}

describe("SlaPolicy", () => {
  it("writes its compliance rules as a rule file and a PrometheusRule, measuring the SLO's and the flow's SLIs", () => {
    const test = declare();
    test.app.synth();
    const files = test.files("production");
    expect([...files.keys()].filter((path) => path.includes("sla"))).toEqual(["kubernetes/sla.yaml", "prometheus/sla-shop.rules.yml"]);
    const group = parse(files.get("prometheus/sla-shop.rules.yml") as string).groups[0];
    expect(group.name).toBe("sla-shop");
    const [availability, uptime, downtime, , , info] = group.rules;
    // Each dependency's minute recorded apart, over 1m or, with too few samples there, 2m or 4m.
    expect([availability.record, availability.labels.dependency, uptime.labels.dependency]).toEqual(["sla:dependency_down:minute", "shop-availability", "shop-health-uptime"]);
    expect(availability.expr).toContain('((1 - avg(avg_over_time(probe_success{job="synthetics/shop-health"}[1m]))) >= bool 0.5)\nor\n');
    expect(availability.expr).toContain('((1 - avg(avg_over_time(probe_success{job="synthetics/shop-health"}[4m]))) >= bool 0.5)');
    expect(uptime.expr).toContain('flow:probe_success:max{flow="shop-health"}[2m]');
    expect(downtime.record).toBe("sla:downtime:minute");
    expect(downtime.expr).toContain('count by () (sla:dependency_down:minute{sla="shop"})) == 2');
    expect(downtime.expr).toContain("(vector(time()) >= 1794690060) and (vector(time()) < 1794704460)");
    expect(info.labels).toEqual({
      sla: "shop",
      title: "Shop availability",
      service: "shop",
      target: "99.9",
      time_zone: "Europe/Berlin",
      credit_tiers: "99.9:10,99:25",
      minimum_outage_minutes: "2",
    });
    const rule = parse(files.get("kubernetes/sla.yaml") as string);
    expect([rule.kind, rule.metadata.name, rule.spec.groups[0].rules.length]).toEqual(["PrometheusRule", "sla-shop", 6]);
  });

  it("reports every problem of the contract with the construct path", () => {
    const problems = synthProblems(
      declare(({ availability }) => ({
        timeZone: "Europe/Berlinn",
        internalObjectives: [availability],
        creditTiers: [{ belowPercent: 99, creditPercent: 25 }, { belowPercent: 99.5, creditPercent: 10 }],
      })).app,
    );
    expect(problems).toEqual([
      'production/sla: timeZone: "Europe/Berlinn" is not an IANA time zone; e.g. "Europe/Berlin"',
      "production/sla: internal objective shop-availability (99.9%) is not stricter than the SLA's targetPercent 99.9%: the team would learn of a breach from the customer; raise the objective above the target (e.g. 99.95) or lower the target",
      "production/sla: creditTiers[1] (below 99.5%) is out of order after creditTiers[0] (below 99%); list the tiers from the highest threshold down, each threshold once, e.g. [{ belowPercent: 99.9, creditPercent: 10 }, { belowPercent: 99, creditPercent: 25 }]",
    ]);
  });

  // Each term on its own, checked by the schema: one problem, at the prop's path, with the fix.
  it.each<[string, Partial<SlaPolicyProps>, string]>([
    ["a name that is no slug", { name: "Shop API" }, 'name: "Shop API" is not a slug (it names series and files); use "shop-api"'],
    ["a target of 100%", { targetPercent: 100 }, "targetPercent: 100 is not a percentage above 0 and below 100; e.g. 99.9 for 99.9%"],
    ["a target of 0%", { targetPercent: 0 }, "targetPercent: 0 is not a percentage above 0 and below 100; e.g. 99.9 for 99.9%"],
    ["a down threshold above 100%", { downtime: { downErrorPercent: 150, slos: [] } }, "downtime.downErrorPercent: 150 is not a percentage above 0 to 100; e.g. 50 for 50%"],
    ["a degraded threshold of 0%", { downtime: { degradedErrorPercent: 0, slos: [] } }, "downtime.degradedErrorPercent: 0 is not a percentage above 0 to 100; e.g. 5 for 5%"],
    ["an outage in seconds", { downtime: { minimumOutage: "90s", slos: [] } }, 'downtime.minimumOutage: "90s" is not a whole number of 1m, the unit this prop counts in; use e.g. 2m'],
    ["an outage over a day", { downtime: { minimumOutage: "2d", slos: [] } }, 'downtime.minimumOutage: "2d" is longer than 1d, the longest this prop takes; use 1d or less'],
    ["a window under a minute", { downtime: { window: "30s", slos: [] } }, 'downtime.window: "30s" is shorter than 1m, the shortest this prop takes; use 1m or more'],
    ["a window over an hour", { downtime: { window: "2h", slos: [] } }, 'downtime.window: "2h" is longer than 1h, the longest this prop takes; use 1h or less'],
    ["a window that is no duration", { downtime: { window: "a minute", slos: [] } }, 'downtime.window: "a minute" is not a duration; write it like 30d, 6h, 1h30m or 500ms'],
    ["no weekday", { maintenance: { weekly: [{ day: "sundy" as "sunday", start: "02:00", durationMinutes: 60 }] } }, 'maintenance.weekly[0].day: "sundy" is not one of "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"; use one of them'],
    ["no time of day", { maintenance: { weekly: [{ day: "sunday", start: "2:00", durationMinutes: 60 }] } }, 'maintenance.weekly[0].start: "2:00" is not a time of day; write it as HH:MM, e.g. 09:00'],
    ["a maintenance of no minutes", { maintenance: { weekly: [{ day: "sunday", start: "02:00", durationMinutes: 0 }] } }, "maintenance.weekly[0].durationMinutes: 0 is not a whole number from 1 to 10079"],
    ["a maintenance of a week", { maintenance: { weekly: [{ day: "sunday", start: "02:00", durationMinutes: 10080 }] } }, "maintenance.weekly[0].durationMinutes: 10080 is not a whole number from 1 to 10079"],
    ["no such day", { maintenance: { dated: [{ start: "2026-02-30T00:00", end: "2026-03-01T00:00" }] } }, 'maintenance.dated[0].start: "2026-02-30T00:00" is not a local date and time; write it as YYYY-MM-DDTHH:MM, e.g. 2026-11-14T22:00'],
    ["a credit threshold above 100%", { creditTiers: [{ belowPercent: 100.5, creditPercent: 10 }] }, "creditTiers[0].belowPercent: 100.5 is not a percentage above 0 to 100; e.g. 99.9 for 99.9%"],
    ["a credit of 150%", { creditTiers: [{ belowPercent: 99, creditPercent: 150 }] }, "creditTiers[0].creditPercent: 150 is not a percentage above 0 to 100; e.g. 10 for 10%"],
  ])("refuses %s at its prop, with the fix", (_, overrides, problem) => {
    const problems = synthProblems(
      declare(({ availability, probe }) => ({
        ...overrides,
        // The downtime's measures stay those of the valid declaration.
        ...(overrides.downtime === undefined ? {} : { downtime: { ...overrides.downtime, slos: [availability], flows: [probe] } }),
      })).app,
    );
    expect(problems).toEqual([`production/sla: ${problem}`]);
  });
});
