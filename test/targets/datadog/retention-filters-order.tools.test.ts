import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { RealUserMonitoring } from "../../../constructs";
import { resources, team, testApp, testStack, type TerraformJson } from "../../support/app";

/**
 * Datadog keeps a RUM event by the first retention filter it matches, in order, and adds a new filter at the
 * bottom (DataDog/documentation real_user_monitoring/rum_without_limits/retention_filters.md). The order resource
 * must list every filter, Datadog's defaults included (DataDog/terraform-provider-datadog
 * docs/resources/rum_retention_filters_order.md). Its synthesized expression is evaluated by Terraform itself.
 */
type Resource = Record<string, any>;

/** Evaluates a Terraform expression with `terraform console` in a configuration of locals only (no provider needed). */
function evaluate(expression: string, locals: Record<string, unknown>): unknown {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-tf-"));
  try {
    writeFileSync(join(folder, "main.tf.json"), JSON.stringify({ locals }));
    const result = spawnSync("terraform", ["console"], { cwd: folder, input: `jsonencode(${expression})\n`, encoding: "utf8", env: { ...process.env, TF_CLI_CONFIG_FILE: "/dev/null" } });
    if (result.status !== 0) {
      throw new Error(`terraform console failed on ${expression}:\n${result.stdout}${result.stderr}`);
    }
    return JSON.parse(JSON.parse(result.stdout.trim()) as string);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe("RUM retention filter order", () => {
  let terraform: TerraformJson;

  beforeAll(() => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    const owner = team(stack);
    new RealUserMonitoring(stack, "checkout-web", { service: "checkout", name: "checkout-web", owner, sessionSamplePercent: 10 });
    new RealUserMonitoring(stack, "checkout-ios", { service: "checkout", name: "checkout-ios", type: "ios", owner });
    test.app.synth();
    terraform = test.terraform("production");
  });

  it("puts Datadog's defaults first, then every filter that keeps sessions whole, then the sampled catch-all, then filters made elsewhere", () => {
    const filters = (terraform.resource as Record<string, Record<string, Resource>>).datadog_rum_retention_filter;
    const orders = resources(terraform, "datadog_rum_retention_filters_order") as Resource[];
    const applications = new Set(Object.values(filters).map((filter) => filter.application_id as string));
    expect(orders.map((order) => order.application_id).sort()).toEqual([...applications].sort());
    for (const order of orders) {
      const ours = Object.entries(filters).filter(([, filter]) => filter.application_id === order.application_id);
      // Terraform references become locals: each of our filters' id is its name; Datadog's list holds them too.
      let expression = (order.retention_filter_ids as string).replace(/^\$\{([\s\S]*)\}$/, "$1");
      expression = expression.replace(/data\.datadog_rum_retention_filters\.[\w-]+\.retention_filters/g, "local.existing");
      for (const [id, filter] of ours) {
        expression = expression.replaceAll(`datadog_rum_retention_filter.${id}.id`, JSON.stringify(filter.name));
      }
      const existing = [{ id: "default_sessions" }, ...ours.map(([, filter]) => ({ id: filter.name })), { id: "made-in-the-ui" }, { id: "default_views" }];
      const ordered = evaluate(expression, { existing }) as string[];
      const keepWhole = ours.filter(([, filter]) => filter.query !== undefined).map(([, filter]) => filter.name as string);
      const catchAll = ours.filter(([, filter]) => filter.query === undefined).map(([, filter]) => filter.name as string);
      expect(catchAll).toHaveLength(1);
      expect(keepWhole.length).toBeGreaterThan(0);
      const whole = ordered.slice(2, 2 + keepWhole.length);
      expect(ordered).toEqual(["default_sessions", "default_views", ...whole, ...catchAll, "made-in-the-ui"]);
      expect([...whole].sort()).toEqual([...keepWhole].sort());
    }
  });
});
