import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import { promqlError } from "../../../src/domain/promql";
import { isAlertingRule, type AlertingRule, type RecordingRule } from "../../../src/domain/rules/rules";
import { burnRateWindows } from "../../../src/domain/slo/slo-math";
import type { SloSpec } from "../../../src/domain/slo/slo";
import { checkoutSpec } from "../../support/fixtures";
import {
  absentAlert,
  baseWindow,
  burnRateAlert,
  hasEventGuard,
  metaRecordingRules,
  sliRecordingRules,
  sloRuleGroups,
} from "../../../src/domain/slo/slo-rules";

const spec = checkoutSpec();

const IDS = 'sloth_id="checkout-availability",sloth_service="checkout",sloth_slo="availability"';
const ID_LABELS = { sloth_id: "checkout-availability", sloth_service: "checkout", sloth_slo: "availability" };
const s = (metric: string) => `${metric}{${IDS}}`;
const over = (metric: string, threshold: string, op = ">") => `(max without (sloth_window) (${s(metric)} ${op} ${threshold}))`;

function record(rules: readonly RecordingRule[], name: string): RecordingRule {
  const found = rules.filter((rule) => rule.record === name);
  expect(found, name).toHaveLength(1);
  return found[0];
}

describe("SLI recording rules", () => {
  const rules = sliRecordingRules(spec);

  it("uses Sloth's names: every alert window, the period, and events for the page windows", () => {
    expect(rules.map((rule) => rule.record)).toEqual([
      "slo:sli_error:ratio_rate5m",
      "slo:sli_error:ratio_rate30m",
      "slo:sli_error:ratio_rate1h",
      "slo:sli_error:ratio_rate2h",
      "slo:sli_error:ratio_rate6h",
      "slo:sli_error:ratio_rate1d",
      "slo:sli_error:ratio_rate3d",
      "slo:sli_error:ratio_rate30d",
      "slo:sli_events:increase1h",
      "slo:sli_events:increase6h",
    ]);
    expect(baseWindow(spec).toString()).toBe("5m");
  });

  it("labels every rule with the Sloth identity, its window and the custom labels", () => {
    const windows = ["5m", "30m", "1h", "2h", "6h", "1d", "3d", "30d", "1h", "6h"];
    rules.forEach((rule, index) => {
      expect(rule.labels).toEqual({ tier: "1", ...ID_LABELS, sloth_window: windows[index] });
    });
  });

  it("computes each window's error ratio from the SLI", () => {
    expect(record(rules, "slo:sli_error:ratio_rate1h").expr).toBe(
      'sum(rate(http_requests_total{job="checkout",code=~"5.."}[1h])) / (sum(rate(http_requests_total{job="checkout"}[1h])) > 0)',
    );
  });

  it("averages the 5m ratio over the period for the 30d rule", () => {
    expect(record(rules, "slo:sli_error:ratio_rate30d").expr).toBe(
      `sum_over_time(${s("slo:sli_error:ratio_rate5m")}[30d]) / count_over_time(${s("slo:sli_error:ratio_rate5m")}[30d])`,
    );
  });

  it("counts events over the page windows' long windows", () => {
    expect(record(rules, "slo:sli_events:increase1h").expr).toBe('sum(increase(http_requests_total{job="checkout"}[1h]))');
    expect(record(rules, "slo:sli_events:increase6h").expr).toBe('sum(increase(http_requests_total{job="checkout"}[6h]))');
  });

  it("has no event recordings when the guard is off", () => {
    const names = sliRecordingRules({ ...spec, minimumEventsForPage: 0 }).map((rule) => rule.record);
    expect(names).toHaveLength(8);
    expect(names.some((name) => name.startsWith("slo:sli_events:"))).toBe(false);
  });
});

describe("meta recording rules", () => {
  const rules = metaRecordingRules(spec);
  const labels = { tier: "1", ...ID_LABELS };

  it("records Sloth's metadata", () => {
    expect(rules.map((rule) => [rule.record, rule.expr])).toEqual([
      ["slo:objective:ratio", "vector(0.999)"],
      ["slo:error_budget:ratio", "vector(0.001)"],
      ["slo:time_period:days", "vector(30)"],
      [
        "slo:current_burn_rate:ratio",
        `${s("slo:sli_error:ratio_rate5m")} / on(sloth_id, sloth_service, sloth_slo) group_left ${s("slo:error_budget:ratio")}`,
      ],
      [
        "slo:period_burn_rate:ratio",
        `${s("slo:sli_error:ratio_rate30d")} / on(sloth_id, sloth_service, sloth_slo) group_left ${s("slo:error_budget:ratio")}`,
      ],
      ["slo:period_error_budget_remaining:ratio", `1 - ${s("slo:period_burn_rate:ratio")}`],
      ["sloth_slo_info", "vector(1)"],
    ]);
  });

  it("labels them with the identity and custom labels, without a window", () => {
    for (const rule of rules.slice(0, -1)) {
      expect(rule.labels).toEqual(labels);
    }
    expect(rules.at(-1)!.labels).toEqual({ ...labels, sloth_mode: "watchkeeper", sloth_objective: "99.9" });
  });
});

describe("burn-rate alerts", () => {
  it("pages on either workbook pair, each guarded by the events of its long window", () => {
    const page = burnRateAlert(spec, "page")!;
    expect(page.alert).toBe("CheckoutAvailabilityErrorBudgetBurn");
    expect(page.expr).toBe(
      "(" +
        `${over("slo:sli_error:ratio_rate5m", "(14.4 * 0.001)")}\nand\n` +
        `${over("slo:sli_error:ratio_rate1h", "(14.4 * 0.001)")}\nand\n` +
        `${over("slo:sli_events:increase1h", "167", ">=")}` +
        ")\nor\n(" +
        `${over("slo:sli_error:ratio_rate30m", "(6 * 0.001)")}\nand\n` +
        `${over("slo:sli_error:ratio_rate6h", "(6 * 0.001)")}\nand\n` +
        `${over("slo:sli_events:increase6h", "167", ">=")}` +
        ")",
    );
    expect(page.labels).toEqual({ team: "payments", service: "checkout", env: "prod", slo: "availability", severity: "page", sloth_severity: "page" });
    expect(page.for).toBeUndefined();
  });

  it("tickets on either slow pair without a guard", () => {
    const ticket = burnRateAlert(spec, "ticket")!;
    expect(ticket.alert).toBe("CheckoutAvailabilityErrorBudgetBurn");
    expect(ticket.expr).toBe(
      "(" +
        `${over("slo:sli_error:ratio_rate2h", "(3 * 0.001)")}\nand\n` +
        `${over("slo:sli_error:ratio_rate1d", "(3 * 0.001)")}` +
        ")\nor\n(" +
        `${over("slo:sli_error:ratio_rate6h", "(1 * 0.001)")}\nand\n` +
        `${over("slo:sli_error:ratio_rate3d", "(1 * 0.001)")}` +
        ")",
    );
    expect(ticket.expr).not.toContain("slo:sli_events");
    expect(ticket.labels.severity).toBe("ticket");
  });

  it("describes the budget each pair consumes", () => {
    const page = burnRateAlert(spec, "page")!;
    expect(page.annotations).toEqual({
      summary: "checkout availability: the error budget is burning at a rate that pages",
      description:
        "SLO availability of checkout (objective 99.9% over 30d) is consuming its error budget at a rate that pages: " +
        "2% of the budget in 1h (14.4x), or 5% of the budget in 6h (6x).",
      runbook_url: "https://runbooks.example.com/checkout-availability",
    });
    expect(burnRateAlert(spec, "ticket")!.annotations.description).toBe(
      "SLO availability of checkout (objective 99.9% over 30d) is consuming its error budget faster than the objective allows: " +
        "10% of the budget in 1d (3x), or 10% of the budget in 3d (1x).",
    );
  });

  it("has no guard with minimumEventsForPage 0", () => {
    const unguarded = { ...spec, minimumEventsForPage: 0 };
    expect(hasEventGuard(unguarded)).toBe(false);
    const expr = burnRateAlert(unguarded, "page")!.expr;
    expect(expr).not.toContain(">=");
    expect(expr).not.toContain("slo:sli_events");
    expect(expr.split("\nand\n")).toHaveLength(3); // two conditions per pair, pairs joined by or
  });

  it("has no guard for a query SLI that cannot count events", () => {
    const query: SloSpec = {
      ...spec,
      sli: { kind: "query", errorRatio: "sum(rate(e[{{.window}}])) / sum(rate(t[{{.window}}]))" },
    };
    expect(hasEventGuard(spec)).toBe(true);
    expect(hasEventGuard(query)).toBe(false);
    expect(burnRateAlert(query, "page")!.expr).not.toContain("slo:sli_events");
    expect(sliRecordingRules(query).map((rule) => rule.record)).not.toContain("slo:sli_events:increase1h");
  });

  it("keeps the guard for a query SLI with totalEvents", () => {
    const query: SloSpec = {
      ...spec,
      sli: { kind: "query", errorRatio: "sum(rate(e[{{.window}}])) / sum(rate(t[{{.window}}]))", totalEvents: "sum(increase(t[{{.window}}]))" },
    };
    expect(hasEventGuard(query)).toBe(true);
    expect(record(sliRecordingRules(query), "slo:sli_events:increase6h").expr).toBe("sum(increase(t[6h]))");
    expect(burnRateAlert(query, "page")!.expr).toContain(over("slo:sli_events:increase6h", "167", ">="));
  });

  it("is undefined for a severity without windows", () => {
    const pagesOnly = { ...spec, windows: spec.windows.filter((window) => window.severity === "page") };
    expect(burnRateAlert(pagesOnly, "ticket")).toBeUndefined();
    expect(sloRuleGroups(pagesOnly)[2].rules.map((rule) => `${(rule as AlertingRule).alert}/${(rule as AlertingRule).labels.severity}`)).toEqual([
      "CheckoutAvailabilityErrorBudgetBurn/page",
      "CheckoutAvailabilitySLIMetricsAbsent/ticket",
    ]);
  });
});

describe("absent alert", () => {
  it("watches the total series for 15 minutes and opens a ticket", () => {
    const absent = absentAlert(spec);
    expect(absent.alert).toBe("CheckoutAvailabilitySLIMetricsAbsent");
    expect(absent.expr).toBe('absent(http_requests_total{job="checkout"})');
    expect(absent.for).toBe("15m");
    expect(absent.labels).toEqual({ team: "payments", service: "checkout", env: "prod", slo: "availability", severity: "ticket" });
    expect(absent.annotations.summary).toBe("checkout availability: the SLI's metrics are missing");
    expect(absent.annotations.description).toMatch(/^No series of http_requests_total\{job="checkout"\} for 15m: /);
  });

  it("watches a latency SLI's _count series and its bucket at the threshold, so that a wrong threshold opens a ticket", () => {
    const latency: SloSpec = {
      ...spec,
      sli: { kind: "latency", histogram: { metric: "rpc_seconds", matchers: [] }, threshold: Duration.parse("300ms") },
    };
    expect(absentAlert(latency).expr).toBe('max without (le) (absent(rpc_seconds_count)\nor\nabsent(rpc_seconds_bucket{le="0.3"}))');
    expect(absentAlert(latency).annotations.description).toMatch(
      /^No series of rpc_seconds_count or of rpc_seconds_bucket\{le="0.3"\} for 15m: .* and the threshold 300ms is one of the histogram's bucket bounds\.$/,
    );
  });
});

describe("annotations", () => {
  it("include runbook_url only when given", () => {
    const withoutRunbook: SloSpec = { ...spec, runbookUrl: undefined };
    expect(Object.keys(absentAlert(withoutRunbook).annotations).sort()).toEqual(["description", "summary"]);
    expect(Object.keys(burnRateAlert(withoutRunbook, "page")!.annotations)).not.toContain("runbook_url");
    expect(absentAlert(spec).annotations.runbook_url).toBe("https://runbooks.example.com/checkout-availability");
  });

  it("include dashboard_url only when given", () => {
    expect(Object.keys(burnRateAlert(spec, "page")!.annotations)).not.toContain("dashboard_url");
    const withDashboard = { ...spec, dashboardUrl: "https://grafana.example.com/d/slo" };
    expect(burnRateAlert(withDashboard, "ticket")!.annotations.dashboard_url).toBe("https://grafana.example.com/d/slo");
    expect(absentAlert(withDashboard).annotations.dashboard_url).toBe("https://grafana.example.com/d/slo");
  });

  it("use the SLO's description when given", () => {
    const described = { ...spec, description: "Checkout requests succeed" };
    expect(burnRateAlert(described, "page")!.annotations.description).toMatch(
      /^Checkout requests succeed \(objective 99\.9% over 30d\) is consuming/,
    );
  });
});

describe("rule groups", () => {
  const groups = sloRuleGroups(spec);

  it("follow Sloth's layout", () => {
    expect(groups.map((group) => group.name)).toEqual([
      "sloth-slo-sli-recordings-checkout-availability",
      "sloth-slo-meta-recordings-checkout-availability",
      "sloth-slo-alerts-checkout-availability",
    ]);
    expect(groups[0].rules).toHaveLength(10);
    expect(groups[1].rules).toHaveLength(7);
    expect(groups[2].rules.map((rule) => (isAlertingRule(rule) ? `${rule.alert}/${rule.labels.severity}` : "?"))).toEqual([
      "CheckoutAvailabilityErrorBudgetBurn/page",
      "CheckoutAvailabilityErrorBudgetBurn/ticket",
      "CheckoutAvailabilitySLIMetricsAbsent/ticket",
    ]);
  });

  it("hold only expressions that parse", () => {
    const variants: SloSpec[] = [
      spec,
      { ...spec, minimumEventsForPage: 0 },
      { ...spec, sli: { kind: "latency", histogram: { metric: "h", matchers: [] }, threshold: Duration.parse("1s") } },
      { ...spec, sli: { kind: "query", errorRatio: "sum(rate(e[{{.window}}])) / sum(rate(t[{{.window}}]))" } },
      { ...spec, period: Duration.days(28), windows: burnRateWindows(Duration.days(28)), objectivePercent: 99.5 },
    ];
    for (const variant of variants) {
      for (const rule of sloRuleGroups(variant).flatMap((group) => group.rules)) {
        expect(promqlError(rule.expr), rule.expr).toBeUndefined();
      }
    }
  });
});
