import { Duration } from "../../src/domain/duration";
import { parseSelector } from "../../src/domain/promql/selector";
import type { SloSpec } from "../../src/domain/slo";
import { burnRateWindows } from "../../src/domain/slo-math";

/** A resolved SLO for domain tests: 99.9% over 30 days of checkout's HTTP requests, the workbook windows. */
export function checkoutSpec(overrides: Partial<SloSpec> = {}): SloSpec {
  return {
    id: "checkout-availability",
    service: "checkout",
    name: "availability",
    objectivePercent: 99.9,
    period: Duration.days(30),
    sli: {
      kind: "events",
      errors: parseSelector('http_requests_total{job="checkout",code=~"5.."}'),
      total: parseSelector('http_requests_total{job="checkout"}'),
    },
    windows: burnRateWindows(Duration.days(30)),
    minimumEventsForPage: 167,
    labels: { tier: "1" },
    alertLabels: { team: "payments", service: "checkout", env: "prod", slo: "availability" },
    alertName: "CheckoutAvailability",
    runbookUrl: "https://runbooks.example.com/checkout-availability",
    ...overrides,
  };
}
