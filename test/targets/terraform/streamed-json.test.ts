import { mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeStableJson } from "../../../src/targets/terraform/streamed-json";

/** The stringify cdktf writes `cdk.tf.json` with, from cdktf's own dependencies. */
const stableStringify = createRequire(require.resolve("cdktf"))("json-stable-stringify") as (value: unknown, options: { space: number }) => string;

/** Values of every shape a Terraform configuration holds, and the edge cases of JSON text. */
const VALUES: Record<string, unknown> = {
  configuration: {
    "//": { metadata: { version: "0.21.0", stackName: "production" }, outputs: {} },
    resource: {
      grafana_dashboard: { "slo-0_dashboard": { config_json: JSON.stringify({ title: 'SLO "checkout"', panels: [] }), folder: "${grafana_folder.x.uid}" } },
      datadog_monitor: { b: { priority: "1", tags: ["team:a", "env:production"], monitor_thresholds: { critical: "14.4" } }, a: { lifecycle: { prevent_destroy: true } } },
    },
    moved: [{ from: "a.b_1", to: "a.b" }],
    terraform: { required_providers: {}, backend: { local: { path: "terraform.production.tfstate" } } },
  },
  empties: { object: {}, array: [], nested: [{}, [], [[]]] },
  scalars: [0, -1.5, 1e21, 3.14, true, false, null, "", "line\nbreak", "é€😀", "\u0000\u001f", NaN, Infinity],
  dropped: { kept: 1, gone: undefined, method: () => 1, symbol: Symbol("x"), inArray: [undefined, () => 1, Symbol("y")] },
  ordered: { b: 1, a: 2, B: 3, _: 4, "10": 5, "9": 6, é: 7, "": 8 },
  toJSON: { date: new Date(0), custom: { toJSON: () => ({ z: 1, y: [2] }) } },
  large: { items: Array.from({ length: 3000 }, (_, index) => ({ id: `item-${index}`, text: "x".repeat(index % 700) })) },
  topLevelArray: [[1, { a: [] }], "x"],
  topLevelScalar: "just text",
};

describe("writeStableJson", () => {
  it("writes what json-stable-stringify writes with two-space indents, byte for byte", () => {
    const folder = mkdtempSync(join(tmpdir(), "watchkeeper-json-"));
    for (const [name, value] of Object.entries(VALUES)) {
      const path = join(folder, `${name}.json`);
      writeStableJson(path, value);
      expect(readFileSync(path, "utf8"), name).toBe(stableStringify(value, { space: 2 }));
    }
  });

  it("refuses a configuration that holds itself, as JSON.stringify does", () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    expect(() => writeStableJson(join(mkdtempSync(join(tmpdir(), "watchkeeper-json-")), "cycle.json"), cycle)).toThrow("circular");
  });
});
