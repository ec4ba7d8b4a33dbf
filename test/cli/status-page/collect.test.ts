import { describe, expect, it } from "vitest";
import { promqlError } from "../../../src/domain/promql";
import type { InstantSample, RangeSeries } from "../../../src/cli/prometheus-api/client";
import { collectStatusPage, incidentStepSeconds, type StatusPageSource } from "../../../src/cli/status-page/collect";
import { renderStatusPage } from "../../../src/cli/status-page/render-html";

const NOW = Date.UTC(2026, 10, 27, 11, 30) / 1000;
const DAY = 86_400;
const TODAY_END = Date.UTC(2026, 10, 28) / 1000;

const identity = (id: string, service: string, slo: string) => ({ sloth_id: id, sloth_service: service, sloth_slo: slo });
const checkout = identity("checkout-api-availability", "checkout-api", "availability");
const search = identity("search-backend-latency", "search-backend", "latency");
// The window of the error ratio each SLO's bars read: the shortest of its alert windows.
const windows = { checkout: { sloth_window: "5m" }, search: { sloth_window: "10m" } };
const alert = (ids: Record<string, string>, severity: string) => ({
  alertname: "InternalAlertErrorBudgetBurn",
  alertstate: "firing",
  severity,
  sloth_severity: severity,
  service: ids.sloth_service,
  slo: ids.sloth_slo,
  team: "payments-team",
});

/** Answers as Prometheus would for two public SLOs: checkout healthy, search paging since two hours. */
const source: StatusPageSource & { queries: string[] } = {
  queries: [],
  async query(expr: string): Promise<InstantSample[]> {
    this.queries.push(expr);
    if (expr === "watchkeeper_status_component_info") {
      return [
        { labels: { __name__: expr, ...checkout, ...windows.checkout, component: "Checkout", description: "Paying for an order" }, value: 1 },
        { labels: { __name__: expr, ...search, ...windows.search, component: "Search" }, value: 1 },
        { labels: { __name__: expr, ...search, component: "Marked by an older version, without a window" }, value: 1 },
      ];
    }
    if (expr.startsWith("slo:error_budget:ratio")) {
      return [checkout, search].map((labels) => ({ labels, value: 0.001 }));
    }
    if (expr.startsWith("slo:current_burn_rate:ratio")) {
      return [{ labels: checkout, value: 0.5 }, { labels: search, value: 20 }];
    }
    return [{ labels: alert(search, "page"), value: 1 }, { labels: alert(search, "ticket"), value: 1 }];
  },
  async queryRange(expr: string, start: Date, end: Date, step: number): Promise<RangeSeries[]> {
    this.queries.push(`${expr} ${start.getTime() / 1000}..${end.getTime() / 1000}/${step}`);
    if (expr.startsWith("avg_over_time(slo:sli_error:ratio_rate5m")) {
      return [{ labels: checkout, values: [[TODAY_END - DAY, 0.0005], [TODAY_END, Number.NaN]] }];
    }
    if (expr.startsWith("avg_over_time(slo:sli_error:ratio_rate10m")) {
      return [{ labels: search, values: [[TODAY_END, 0.002]] }];
    }
    const times = [NOW - 7200, NOW - 7080, NOW - 6960].concat([NOW - 240, NOW - 120, NOW]);
    return [{ labels: alert(search, "page"), values: times.map((time) => [time, 1] as const) }];
  },
};

describe("collecting the status page from Prometheus", () => {
  it("asks for the marks, then the marked SLOs' budgets, burn rates, alerts, daily averages per window and page alert history", async () => {
    source.queries.length = 0;
    const model = await collectStatusPage(source, { title: "Status", days: 90, incidentDays: 14, now: NOW });
    const slos = '{sloth_id=~"checkout-api-availability|search-backend-latency"}';
    expect(source.queries).toEqual([
      "watchkeeper_status_component_info",
      `slo:error_budget:ratio${slos}`,
      `slo:current_burn_rate:ratio${slos}`,
      'ALERTS{alertstate="firing",sloth_severity=~".+"}',
      `avg_over_time(slo:sli_error:ratio_rate5m{sloth_id=~"checkout-api-availability"}[1d]) ${TODAY_END - 89 * DAY}..${TODAY_END}/86400`,
      `avg_over_time(slo:sli_error:ratio_rate10m{sloth_id=~"search-backend-latency"}[1d]) ${TODAY_END - 89 * DAY}..${TODAY_END}/86400`,
      `ALERTS{alertstate="firing",sloth_severity="page"} ${NOW - 14 * DAY}..${NOW}/180`,
    ]);
    for (const query of source.queries) {
      expect(promqlError(query.split(" ")[0]), query).toBeUndefined();
    }
    expect(model.components.map(({ name, state }) => ({ name, state }))).toEqual([
      { name: "Checkout", state: "operational" },
      { name: "Search", state: "partial-outage" },
    ]);
    const [checkoutDays, searchDays] = model.components.map((component) => component.days.slice(-2));
    expect(checkoutDays).toEqual([
      { date: "2026-11-26", level: "good", uptimePercent: 99.95 },
      { date: "2026-11-27", level: "no-data" },
    ]);
    expect(searchDays).toEqual([
      { date: "2026-11-26", level: "no-data" },
      { date: "2026-11-27", level: "degraded", uptimePercent: 99.8 },
    ]);
    expect(model.incidents).toEqual([
      { component: "Search", start: NOW - 240 },
      { component: "Search", start: NOW - 7200, end: NOW - 6960 },
    ]);
  });

  it("puts no internal name on the page: no service, SLO, team or alert name", async () => {
    const html = renderStatusPage(await collectStatusPage(source, { title: "Status", days: 90, incidentDays: 14, now: NOW }));
    for (const internal of ["checkout-api", "search-backend", "availability", "latency", "payments-team", "InternalAlert", "ErrorBudgetBurn", "sloth"]) {
      expect(html.toLowerCase()).not.toContain(internal.toLowerCase());
    }
    expect(html).toContain("<h3>Checkout</h3>");
  });

  it("has nothing to show when no SLO is marked public, and asks nothing more", async () => {
    const empty: StatusPageSource = { query: async () => [], queryRange: async () => [] };
    const model = await collectStatusPage(empty, { title: "Status", days: 90, incidentDays: 14, now: NOW });
    expect(model).toEqual({ title: "Status", generatedAt: NOW, incidentDays: 14, components: [], incidents: [] });
  });

  it("samples incidents at most 10,000 times, every minute at least", () => {
    expect(incidentStepSeconds(14)).toBe(180);
    expect(incidentStepSeconds(1)).toBe(60);
    expect(incidentStepSeconds(90)).toBe(780);
  });
});
