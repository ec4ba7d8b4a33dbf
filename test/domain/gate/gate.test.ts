import { describe, expect, it } from "vitest";
import {
  budgetRemainingQuery,
  firingPageAlertsQuery,
  flaggerGateQuery,
  gatedSloOf,
  gateValueQuery,
  isAlertOf,
  sloInfoQuery,
} from "../../../src/domain/gate/gate-queries";
import { budgetPercent, judgeSlo, overallVerdict, selectSlos, type SloEvidence } from "../../../src/domain/gate/gate-verdict";
import { promqlError } from "../../../src/domain/promql";

const SLO = { id: "checkout-availability", service: "checkout", name: "availability" };
const PRODUCTION_SLO = { ...SLO, env: "production" };
const ALERTS = 'ALERTS{alertstate="firing",env="production",service="checkout",severity="page",slo="availability"}';
const REMAINING = 'slo:period_error_budget_remaining:ratio{sloth_id="checkout-availability",sloth_service="checkout",sloth_slo="availability"}';

describe("gate queries", () => {
  it("lists SLOs and budgets of every environment, or of one plus the series without env", () => {
    expect(sloInfoQuery()).toBe("sloth_slo_info");
    expect(sloInfoQuery("production")).toBe('sloth_slo_info{env="production"}\nor\nsloth_slo_info{env=""}');
    expect(budgetRemainingQuery("staging")).toBe(
      'slo:period_error_budget_remaining:ratio{env="staging"}\nor\nslo:period_error_budget_remaining:ratio{env=""}',
    );
  });

  it("reads page burns from the firing page alerts, of every SLO or of one, in its environment when known", () => {
    expect(firingPageAlertsQuery()).toBe('ALERTS{alertstate="firing",severity="page"}');
    expect(firingPageAlertsQuery(SLO)).toBe('ALERTS{alertstate="firing",service="checkout",severity="page",slo="availability"}');
    expect(firingPageAlertsQuery(PRODUCTION_SLO)).toBe(ALERTS);
  });

  it("gives a template one number per SLO: the budget left, or -1 while its page burn fires", () => {
    const anyEnvironment = 'ALERTS{alertstate="firing",service="checkout",severity="page",slo="availability"}';
    expect(gateValueQuery(SLO)).toBe(`(${REMAINING} unless on () ${anyEnvironment})\nor\n(vector(-1) and on () ${anyEnvironment})`);
    const ofProduction = (env: string) => REMAINING.replace("}", `,env="${env}"}`);
    expect(gateValueQuery(PRODUCTION_SLO)).toBe(
      `((${ofProduction("production")}\nor\n${ofProduction("")}) unless on () ${ALERTS})\nor\n(vector(-1) and on () ${ALERTS})`,
    );
  });

  it("gives Flagger the verdict as a number, with the no-data value of the choice", () => {
    const value = gateValueQuery(PRODUCTION_SLO);
    expect(flaggerGateQuery(PRODUCTION_SLO, "pass")).toBe(`(((${value}) > (-Inf)) > bool 0) or on () vector(1)`);
    expect(flaggerGateQuery(PRODUCTION_SLO, "fail")).toMatch(/ or on \(\) vector\(0\)$/);
    expect(flaggerGateQuery(PRODUCTION_SLO, "inconclusive")).toMatch(/ or on \(\) vector\(-1\)$/);
  });

  it("writes valid PromQL", () => {
    const queries = [
      sloInfoQuery("production"),
      budgetRemainingQuery(),
      firingPageAlertsQuery(PRODUCTION_SLO),
      gateValueQuery(SLO),
      gateValueQuery(PRODUCTION_SLO),
      flaggerGateQuery(SLO, "inconclusive"),
    ];
    expect(queries.map(promqlError)).toEqual(queries.map(() => undefined));
  });

  it("names the SLO of a series by its Sloth labels and env, and matches its alerts by service, slo and a known env", () => {
    const labels = { sloth_id: "checkout-availability", sloth_service: "checkout", sloth_slo: "availability", sloth_mode: "watchkeeper" };
    expect(gatedSloOf(labels)).toEqual(SLO);
    expect(gatedSloOf({ ...labels, env: "production" })).toEqual(PRODUCTION_SLO);
    expect(gatedSloOf({ sloth_id: "checkout-availability", sloth_service: "checkout" })).toBeUndefined();
    expect(isAlertOf(SLO, { service: "checkout", slo: "availability", env: "staging", alertname: "X" })).toBe(true);
    expect(isAlertOf(PRODUCTION_SLO, { service: "checkout", slo: "availability", env: "staging" })).toBe(false);
    expect(isAlertOf(PRODUCTION_SLO, { service: "checkout", slo: "availability", env: "production" })).toBe(true);
    expect(isAlertOf(SLO, { service: "checkout", slo: "latency" })).toBe(false);
  });
});

describe("gate verdict", () => {
  const evidence = (budgetRemaining: number | undefined, firingPageAlerts: string[] = []): SloEvidence => ({ slo: SLO, budgetRemaining, firingPageAlerts });

  it("passes an SLO with budget left and no page burn", () => {
    expect(judgeSlo(evidence(0.8421), "fail")).toEqual({
      slo: SLO,
      verdict: "pass",
      noData: false,
      budgetRemaining: 0.8421,
      firingPageAlerts: [],
      reason: "84.2% of the error budget left, no page burn",
    });
  });

  it("fails an SLO whose budget is gone, at zero or below", () => {
    expect(judgeSlo(evidence(0), "pass")).toMatchObject({ verdict: "fail", reason: "error budget exhausted: 0.0% left in the period" });
    expect(judgeSlo(evidence(-1.25), "pass")).toMatchObject({ verdict: "fail", reason: "error budget exhausted: -125.0% left in the period" });
  });

  it("fails an SLO whose page burn fires, whatever its budget and even without one", () => {
    const reason = "page burn alert firing (CheckoutAvailabilityErrorBudgetBurn): the error budget is burning at a rate that pages";
    expect(judgeSlo(evidence(0.9, ["CheckoutAvailabilityErrorBudgetBurn"]), "pass")).toMatchObject({ verdict: "fail", reason });
    expect(judgeSlo(evidence(Number.NaN, ["CheckoutAvailabilityErrorBudgetBurn"]), "pass")).toMatchObject({ verdict: "fail", noData: false });
  });

  it("gives the on-no-data verdict when the budget is missing or NaN", () => {
    expect(judgeSlo(evidence(undefined), "inconclusive")).toEqual({
      slo: SLO,
      verdict: "inconclusive",
      noData: true,
      firingPageAlerts: [],
      reason: "no data: no budget series; --on-no-data gives inconclusive",
    });
    expect(judgeSlo(evidence(Number.NaN), "pass")).toMatchObject({ verdict: "pass", noData: true, reason: "no data: the budget is NaN (no events: 0/0); --on-no-data gives pass" });
    expect(judgeSlo(evidence(Number.NaN), "fail")).toMatchObject({ verdict: "fail", noData: true });
  });

  it("fails overall on any failure, else is inconclusive on any inconclusive SLO", () => {
    const of = (...budgets: Array<number | undefined>) => budgets.map((budget) => judgeSlo(evidence(budget), "inconclusive"));
    expect(overallVerdict(of(0.5, undefined, 0))).toBe("fail");
    expect(overallVerdict(of(0.5, undefined))).toBe("inconclusive");
    expect(overallVerdict(of(0.5, 0.1))).toBe("pass");
  });

  it("rounds the budget to one decimal of a percent", () => {
    expect(budgetPercent(0.99949)).toBe("99.9%");
    expect(budgetPercent(1)).toBe("100.0%");
  });
});

describe("gate SLO selection", () => {
  const known = [
    { id: "checkout-latency", service: "checkout", name: "latency" },
    SLO,
  ];

  it("takes every SLO by id, or those named by name or id", () => {
    expect(selectSlos(known, [], "P").map((slo) => slo.id)).toEqual(["checkout-availability", "checkout-latency"]);
    expect(selectSlos(known, ["latency"], "P").map((slo) => slo.id)).toEqual(["checkout-latency"]);
    expect(selectSlos(known, ["checkout-availability"], "P")).toEqual([SLO]);
  });

  it("names the known SLOs when a wanted one is missing, and asks for the rules when there are none", () => {
    expect(() => selectSlos(known, ["latency", "errors"], "Prometheus at http://p")).toThrow(
      "Prometheus at http://p has no SLO named errors; known SLOs: checkout-availability, checkout-latency",
    );
    expect(() => selectSlos([], [], "Prometheus at http://p")).toThrow(/has no sloth_slo_info series; load the rule files/);
  });
});
