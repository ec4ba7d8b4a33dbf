import { describe, expect, it } from "vitest";
import { promqlError } from "../../../src/domain/promql";
import {
  averageRatioQuery,
  dailyRatioQuery,
  declaredSlasQuery,
  declaredSlosQuery,
  errorRatioWindowsQuery,
  slaMinuteQuery,
} from "../../../src/cli/report/queries";

describe("the report's queries", () => {
  const queries = {
    declaredSlosQuery,
    declaredSlasQuery,
    errorRatioWindowsQuery,
    average: averageRatioQuery("slo:sli_error:ratio_rate5m", 2_592_000),
    daily: dailyRatioQuery("slo:sli_error:ratio_rate5m", "checkout-availability"),
    slaDowntime: slaMinuteQuery("sla:downtime:minute", "storefront"),
    slaMaintenance: slaMinuteQuery("sla:maintenance:minute", "storefront"),
  };

  it("read the terms, windows, ratios and minutes the rules record", () => {
    expect(queries).toEqual({
      declaredSlosQuery: "last_over_time(sloth_slo_info[1d])",
      declaredSlasQuery: "last_over_time(sla:policy:info[1d])",
      errorRatioWindowsQuery: 'group by (sloth_id, sloth_window) (last_over_time({__name__=~"slo:sli_error:ratio_rate.+"}[1d]))',
      average: "avg_over_time(slo:sli_error:ratio_rate5m[30d])",
      daily: 'avg_over_time(slo:sli_error:ratio_rate5m{sloth_id="checkout-availability"}[1d])',
      slaDowntime: 'last_over_time(sla:downtime:minute{sla="storefront"}[1m])',
      slaMaintenance: 'last_over_time(sla:maintenance:minute{sla="storefront"}[1m])',
    });
  });

  it("parse", () => {
    expect(Object.values(queries).map(promqlError)).toEqual(Object.values(queries).map(() => undefined));
  });
});
