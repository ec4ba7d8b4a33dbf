import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import { promqlError } from "../../../src/domain/promql";
import { parseSelector } from "../../../src/domain/promql";
import type { SloSpec } from "../../../src/domain/slo/slo";
import { alertWindows, burnRateWindows } from "../../../src/domain/slo/slo-math";
import { defaultBurnAlerts } from "../../../src/domain/slo/parse-alerting";
import { SLO_PANEL_TITLES, sloDashboard, type SloDashboardInput } from "../../../src/targets/grafana/slo-dashboard";

const period = Duration.parse("30d");

const spec: SloSpec = {
  id: "checkout-availability",
  service: "checkout",
  name: "availability",
  objectivePercent: 99.9,
  period,
  sli: {
    kind: "events",
    errors: parseSelector('http_requests_total{job="checkout",code=~"5.."}'),
    total: parseSelector('http_requests_total{job="checkout"}'),
  },
  windows: burnRateWindows(period),
  minimumEventsForPage: 167,
  labels: { team: "payments" },
  alertLabels: { team: "payments", service: "checkout" },
  burnAlerts: defaultBurnAlerts("CheckoutAvailabilityErrorBudgetBurn"),
  alertName: "CheckoutAvailability",
};

const input: SloDashboardInput = {
  uid: "slo-checkout-availability",
  title: "SLO / checkout / availability",
  tags: ["slo", "checkout"],
  spec,
};

interface Target {
  expr?: string;
  legendFormat?: string;
  datasource?: { type?: string; uid?: string };
}

interface Panel {
  title?: string;
  type?: string;
  datasource?: { type?: string; uid?: string };
  targets?: Target[];
  panels?: Panel[];
}

interface DashboardJson {
  uid: string;
  title: string;
  tags: string[];
  panels: Panel[];
  templating: { list: { name: string; type: string; query: unknown }[] };
}

const built = sloDashboard(input) as DashboardJson;

/** Every panel, including the panels nested in rows. */
function allPanels(panels: readonly Panel[]): Panel[] {
  return panels.flatMap((panel) => [panel, ...allPanels(panel.panels ?? [])]);
}

const panels = allPanels(built.panels);
const targets = panels.flatMap((panel) => panel.targets ?? []);

function panel(title: string): Panel {
  const found = panels.filter((candidate) => candidate.title === title);
  expect(found, `panel "${title}"`).toHaveLength(1);
  return found[0];
}

/** Grafana's interval variables are not PromQL; replace them by a range the parser accepts. */
function withoutGrafanaVariables(expr: string): string {
  return expr.replace(/\$__(rate_interval|interval|range)|\$\{__(rate_interval|interval|range)\}/g, "5m");
}

describe("SLO dashboard", () => {
  it("carries the uid, title and tags", () => {
    expect(built.uid).toBe(input.uid);
    expect(built.title).toBe(input.title);
    expect(built.tags).toEqual(["slo", "checkout"]);
  });

  it("has a prometheus datasource variable named datasource", () => {
    expect(built.templating.list).toEqual([
      expect.objectContaining({ name: "datasource", type: "datasource", query: "prometheus" }),
    ]);
  });

  it("has the expected panels", () => {
    expect(built.panels.map((p) => [p.title, p.type])).toEqual([
      ["Objective", "stat"],
      ["Period", "stat"],
      ["Error budget remaining", "stat"],
      ["SLI", "timeseries"],
      ["Burn rate", "timeseries"],
      ["Error budget remaining over time", "timeseries"],
    ]);
    expect(panel(SLO_PANEL_TITLES.objective).type).toBe("stat");
    expect(panel(SLO_PANEL_TITLES.period).type).toBe("stat");
    expect(panel(SLO_PANEL_TITLES.budgetRemaining).type).toBe("stat");
    expect(panel(SLO_PANEL_TITLES.sli).type).toBe("timeseries");
    expect(panel(SLO_PANEL_TITLES.burnRate).type).toBe("timeseries");
    expect(panel(SLO_PANEL_TITLES.budgetRemainingOverTime).type).toBe("timeseries");
  });

  it("writes only valid PromQL", () => {
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) {
      expect(target.expr).toBeTypeOf("string");
      expect(promqlError(withoutGrafanaVariables(target.expr ?? "")), target.expr).toBeUndefined();
    }
  });

  it("queries every target through the ${datasource} variable", () => {
    for (const target of targets) {
      expect(target.datasource).toEqual({ type: "prometheus", uid: "${datasource}" });
    }
    for (const candidate of panels.filter((p) => p.targets !== undefined)) {
      expect(candidate.datasource).toEqual({ type: "prometheus", uid: "${datasource}" });
    }
  });

  it("filters every recording by the SLO identity labels", () => {
    const identity = 'sloth_id="checkout-availability",sloth_service="checkout",sloth_slo="availability"';
    const recordings = targets.flatMap((target) => target.expr?.match(/slo:[\w:]+(\{[^}]*\})?/g) ?? []);
    expect(recordings.length).toBeGreaterThan(0);
    for (const recording of recordings) {
      expect(recording).toContain(`{${identity}}`);
    }
  });

  it("reads the SLI from the base window and draws the objective", () => {
    const sli = panel(SLO_PANEL_TITLES.sli);
    expect(sli.targets?.map((t) => t.expr)).toEqual([
      '1 - slo:sli_error:ratio_rate5m{sloth_id="checkout-availability",sloth_service="checkout",sloth_slo="availability"}',
    ]);
    expect(JSON.stringify(sli)).toContain('"value":0.999');
  });

  it("has one burn-rate query per distinct window, named after it", () => {
    const burnRate = panel(SLO_PANEL_TITLES.burnRate);
    const windows = alertWindows(spec.windows).map(String);
    expect(windows).toEqual(["5m", "30m", "1h", "2h", "6h", "1d", "3d"]);
    expect(burnRate.targets?.map((t) => t.legendFormat)).toEqual(windows);
    for (const [index, target] of (burnRate.targets ?? []).entries()) {
      expect(target.expr).toContain(`slo:sli_error:ratio_rate${windows[index]}{`);
      expect(target.expr).toContain("/ on(sloth_id, sloth_service, sloth_slo) group_left slo:error_budget:ratio{");
    }
  });

  it("matches the snapshot", () => {
    expect(sloDashboard(input)).toMatchSnapshot();
  });
});
