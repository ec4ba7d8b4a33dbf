import { describe, expect, it } from "vitest";
import { runGate } from "../../../src/cli/gate/run-gate";
import type { InstantSample } from "../../../src/cli/prometheus-api/client";

const SLO = { sloth_id: "checkout-availability", sloth_service: "checkout", sloth_slo: "availability" };

/** A Prometheus holding production's and staging's rules, answering the gate's three queries by their metric. */
const bothEnvironments = {
  async query(expr: string): Promise<InstantSample[]> {
    if (expr.startsWith("sloth_slo_info")) {
      return [{ labels: { ...SLO, env: "production" }, value: 1 }, { labels: { ...SLO, env: "staging" }, value: 1 }];
    }
    if (expr.startsWith("slo:period_error_budget_remaining:ratio")) {
      return [{ labels: { ...SLO, env: "production" }, value: 0.5 }, { labels: { ...SLO, env: "staging" }, value: -0.2 }];
    }
    return [];
  },
};

describe("runGate", () => {
  it("judges an SLO of each environment with its own budget when one Prometheus holds several", async () => {
    const report = await runGate(bothEnvironments, "Prometheus", { slos: [], onNoData: "inconclusive" });
    expect(report.judgements.map((judgement) => [judgement.slo.env, judgement.verdict, judgement.budgetRemaining])).toEqual([
      ["production", "pass", 0.5],
      ["staging", "fail", -0.2],
    ]);
    expect(report.verdict).toBe("fail");
  });
});
