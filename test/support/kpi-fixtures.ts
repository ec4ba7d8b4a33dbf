import { Duration } from "../../src/domain/duration";
import type { KpiSpec } from "../../src/domain/kpi/kpi";
import { parseSelector } from "../../src/domain/promql";

/** A resolved weekly conversion-rate KPI for domain tests: conversions over sessions, above 95% of baseline. */
export function conversionSpec(overrides: Partial<KpiSpec> = {}): KpiSpec {
  return {
    id: "shop-conversion-rate",
    service: "shop",
    name: "conversion-rate",
    signal: {
      kind: "ratio",
      numerator: parseSelector('orders_total{service="shop"}'),
      denominator: parseSelector('sessions_total{service="shop"}'),
    },
    rateWindow: Duration.minutes(5),
    direction: "higher",
    seasonality: "weekly",
    timeZone: "Europe/Berlin",
    detection: { sensitivity: 3, sustain: Duration.minutes(20), direction: "below", minimumSpreadPercent: 1.75, seasons: 3 },
    thresholds: { percentOfBaseline: 95, relativeWindow: Duration.hours(1) },
    severity: "ticket",
    alertLabels: { team: "shop", service: "shop", env: "production", kpi: "shop-conversion-rate" },
    alertName: "ShopConversionRate",
    runbookUrl: "https://runbooks.example.com/shop/conversion",
    dependencies: [],
    ...overrides,
  };
}
