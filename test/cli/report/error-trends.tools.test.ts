import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { weeklyErrorRateQuery } from "../../../src/cli/report/error-trends";
import type { ErrorTrackingSpec } from "../../../src/domain/apm/error-tracking";
import { errorTrackingRules } from "../../../src/domain/apm/error-tracking-rules";
import { renderRuleFile } from "../../../src/targets/prometheus/rule-file";

const spec: ErrorTrackingSpec = {
  service: "checkout",
  organization: "acme",
  platform: "node",
  projectSlug: "checkout",
  environment: "production",
  traceSampleRatio: 0.1,
  fingerprintingRules: [],
  groupingEnhancements: [],
  errorCounter: "checkout_errors_total",
  integrations: {},
};

describe("the error trend's recording and the report's weekly queries in promtool", () => {
  it("count a week of errors from the service's counter, and the week before through the offset", () => {
    const folder = mkdtempSync(join(tmpdir(), "watchkeeper-error-trends-"));
    writeFileSync(join(folder, "errors.rules.yml"), renderRuleFile(errorTrackingRules(spec, "production").groups, "test"));
    // The report's estimate, a week's average rate times a week, in hundreds of errors.
    const hundreds = (weeksBack: 0 | 1) => `round(${weeklyErrorRateQuery(weeksBack)} * 604800 / 100)`;
    const sample = (expr: string, value: number) => `      - { expr: '${expr}', eval_time: 2w, exp_samples: [{ labels: '{env="production", service="checkout"}', value: ${value} }] }`;
    writeFileSync(
      join(folder, "errors.test.yml"),
      [
        "rule_files: [errors.rules.yml]",
        "evaluation_interval: 5m",
        "tests:",
        "  - interval: 1m",
        "    input_series:",
        "      # 0.008 errors/s the first week (4838 a week), 0.01 errors/s the second (6048 a week)",
        `      - { series: 'checkout_errors_total{service="checkout"}', values: '0+0.48x10080 4838.4+0.6x10080' }`,
        "    promql_expr_test:",
        sample(hundreds(0), 60),
        sample(hundreds(1), 48),
        "",
      ].join("\n"),
    );
    const result = spawnSync("promtool", ["test", "rules", "errors.test.yml"], { cwd: folder, encoding: "utf8" });
    expect(result.stdout + result.stderr).toContain("SUCCESS");
  });
});
