import { z } from "zod";
import type { SloReference } from "../slo/slo-reference";
import {
  annotationText,
  between,
  duration,
  oneOf,
  owner,
  percent,
  propsSchema,
  reference,
  serviceName,
  severity,
  text,
  timeZone,
  webAddress,
  wholeNumber,
} from "../validation/schema";
import type {
  BusinessKpiProps,
  GaugeSignalProps,
  KpiDatadogAnomalyProps,
  KpiDependencyProps,
  KpiDetectionProps,
  KpiFloorProps,
  KpiForecastProps,
  KpiOutputs,
  KpiSignalProps,
  KpiThresholdProps,
  RatioSignalProps,
} from "./business-kpi-props";

/** A finite number, any sign (a KPI's own unit). */
const value = z.number();

const signal = propsSchema<KpiSignalProps>()({
  counter: text.optional(),
  ratio: propsSchema<RatioSignalProps>()({ numerator: text, denominator: text }).optional(),
  gauge: propsSchema<GaugeSignalProps>()({ selector: text, aggregation: oneOf(["avg", "sum", "min", "max"]).optional(), canBeZero: z.boolean().optional() }).optional(),
});

const detection = propsSchema<KpiDetectionProps>()({
  sensitivity: between(0.1, 100, "a band half-width in spreads", 3).optional(),
  sustain: duration({ min: "1m", max: "1d" }).optional(),
  direction: oneOf(["below", "above", "both"]).optional(),
  minimumSpreadPercent: percent({ hundred: false }).optional(),
  seasons: wholeNumber(1, 12).optional(),
});

const thresholds = propsSchema<KpiThresholdProps>()({
  percentOfBaseline: between(0.001, 1000, "a percent of the baseline", 95).optional(),
  maxImpactPercent: percent({ zero: false, hundred: false }).optional(),
  relativeWindow: duration({ min: "1m", max: "1d" }).optional(),
  absolute: value.optional(),
});

const floor = propsSchema<KpiFloorProps>()({ value: value.optional(), for: duration({ min: "1m", max: "7d" }) });

const forecast = propsSchema<KpiForecastProps>()({
  threshold: value,
  window: duration({ min: "1h", max: "28d" }).optional(),
  horizon: duration({ min: "1h", max: "30d" }).optional(),
});

const dependency = z.union([propsSchema<KpiDependencyProps>()({ name: text, dashboardUrl: webAddress().optional() }), reference<SloReference>("an SLO", "sloId")]);

/** The schema of a BusinessKpi's props: types, ranges, units, enums and formats; parse checks the rest. */
export const businessKpiSchema = propsSchema<BusinessKpiProps>()({
  service: serviceName,
  name: text,
  description: annotationText.optional(),
  signal,
  rateWindow: duration({ min: "1m", max: "1d" }).optional(),
  unit: text.optional(),
  direction: oneOf(["higher", "lower"]).optional(),
  seasonality: oneOf(["none", "daily", "weekly"]).optional(),
  timeZone: timeZone.optional(),
  detection: detection.optional(),
  thresholds: thresholds.optional(),
  floor: floor.optional(),
  forecast: forecast.optional(),
  owner: owner.optional(),
  runbookUrl: webAddress().optional(),
  severity: severity.optional(),
  dependsOn: z.array(dependency).optional(),
  outputs: propsSchema<KpiOutputs>()({ prometheus: z.boolean().optional(), datadog: z.boolean().optional(), grafana: z.boolean().optional() }).optional(),
  datadogQuery: text.optional(),
  datadogAnomaly: propsSchema<KpiDatadogAnomalyProps>()({ algorithm: oneOf(["basic", "agile", "robust"]).optional(), interval: duration({ min: "1m", max: "1d" }).optional() }).optional(),
}) satisfies z.ZodType<BusinessKpiProps>;
