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
      'production/sla: timeZone "Europe/Berlinn" is not an IANA time zone this platform knows; use e.g. UTC, Europe/Berlin or America/New_York',
      "production/sla: internal objective shop-availability (99.9%) is not stricter than the SLA's targetPercent 99.9%: the team would learn of a breach from the customer; raise the objective above the target (e.g. 99.95) or lower the target",
      "production/sla: creditTiers[1] (below 99.5%) is out of order after creditTiers[0] (below 99%); list the tiers from the highest threshold down, each threshold once, e.g. [{ belowPercent: 99.9, creditPercent: 10 }, { belowPercent: 99, creditPercent: 25 }]",
    ]);
  });
});
