import { describe, expect, it } from "vitest";
import { judgeSlo, overallVerdict } from "../../../src/domain/gate/gate-verdict";
import { annotation, formatGateError, formatGateReport } from "../../../src/cli/gate/gate-output";
import type { GateReport } from "../../../src/cli/gate/run-gate";

const slo = (name: string) => ({ id: `checkout-${name}`, service: "checkout", name });
const judgements = [
  judgeSlo({ slo: slo("availability"), budgetRemaining: 0.5, firingPageAlerts: [] }, "inconclusive"),
  judgeSlo({ slo: slo("latency"), budgetRemaining: 0.9, firingPageAlerts: ["CheckoutLatencyErrorBudgetBurn"] }, "inconclusive"),
  judgeSlo({ slo: slo("quiet"), budgetRemaining: Number.NaN, firingPageAlerts: [] }, "inconclusive"),
];
const report: GateReport = { verdict: overallVerdict(judgements), judgements };
const WHERE = "Prometheus at http://p:9090";

describe("gate output", () => {
  it("prints one aligned line per SLO and the verdict as text", () => {
    expect(formatGateReport(report, "text", WHERE)).toBe(
      [
        "PASS    checkout-availability  50.0% of the error budget left, no page burn",
        "FAIL    checkout-latency       page burn alert firing (CheckoutLatencyErrorBudgetBurn): the error budget is burning at a rate that pages",
        "NO DATA checkout-quiet         no data: the budget is NaN (no events: 0/0); --on-no-data gives inconclusive",
        "gate: fail (1 passed, 1 failed, 1 inconclusive) from Prometheus at http://p:9090",
      ].join("\n"),
    );
  });

  it("writes JSON with the exit code, and null for a budget that is not a number", () => {
    const json = JSON.parse(formatGateReport(report, "json", WHERE));
    expect(json.verdict).toBe("fail");
    expect(json.exitCode).toBe(1);
    expect(json.slos[2]).toEqual({
      id: "checkout-quiet",
      service: "checkout",
      slo: "quiet",
      verdict: "inconclusive",
      reason: "no data: the budget is NaN (no events: 0/0); --on-no-data gives inconclusive",
      budgetRemaining: null,
      firingPageAlerts: [],
      noData: true,
    });
  });

  it("writes GitHub annotations: error for a failure, warning for no data, notice for a pass", () => {
    const lines = formatGateReport(report, "github", WHERE).split("\n");
    expect(lines.map((line) => line.slice(0, line.indexOf("::", 2)))).toEqual([
      "::notice title=SLO checkout-availability",
      "::error title=SLO checkout-latency",
      "::warning title=SLO checkout-quiet",
      "::error title=watchkeeper gate",
    ]);
    expect(lines[3]).toBe("::error title=watchkeeper gate::gate: fail (1 passed, 1 failed, 1 inconclusive) from Prometheus at http://p:9090");
  });

  it("escapes what GitHub's workflow commands read as syntax", () => {
    expect(annotation("error", "a: b, c", "50% done\nnext")).toBe("::error title=a%3A b%2C c::50%25 done%0Anext");
  });

  it("reports an error in the format asked for", () => {
    expect(formatGateError("cannot reach Prometheus", "text")).toBe("watchkeeper gate: cannot reach Prometheus");
    expect(JSON.parse(formatGateError("cannot reach Prometheus", "json"))).toEqual({ verdict: "error", exitCode: 3, error: "cannot reach Prometheus" });
    expect(formatGateError("cannot reach Prometheus", "github")).toBe("::error title=watchkeeper gate::cannot reach Prometheus");
  });
});
