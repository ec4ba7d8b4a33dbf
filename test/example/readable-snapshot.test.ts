import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, terminalEnvironment, TSX_IMPORT } from "../support/example";
import { readableForDiff } from "../support/readable-snapshot";

const TERRAFORM = "cdktf.out/stacks/production/cdk.tf.json";
const KUBERNETES = "dist/production/kubernetes/availability.yaml";

/** The lines at which two texts differ. */
const differingLines = (a: string, b: string): string[] => {
  const [left, right] = [a.split("\n"), b.split("\n")];
  return left.flatMap((line, index) => (line === right[index] ? [] : [`${line} → ${right[index]}`]));
};

describe("the snapshot comparison", () => {
  it("shows a changed dashboard panel, held in config_json and in a GrafanaDashboard's json, on a line of its own", () => {
    for (const path of [TERRAFORM, KUBERNETES]) {
      const snapshot = readFileSync(join(ROOT, "snapshots", path), "utf8");
      const changed = snapshot.replace("Error budget remaining over time", "Error budget left over time");
      expect(differingLines(snapshot, changed).length, path).toBe(1);
      expect(differingLines(snapshot, changed)[0].length, path).toBeGreaterThan(5_000);
      const readable = differingLines(readableForDiff(path, snapshot), readableForDiff(path, changed));
      expect(readable.map((line) => line.trim()), path).toEqual([expect.stringMatching(/^"?title"?: "?Error budget remaining over time"?,? → +"?title"?: "?Error budget left over time"?,?$/)]);
    }
  });

  it("reads equal files alike and leaves other files as they are", () => {
    const snapshot = readFileSync(join(ROOT, "snapshots", TERRAFORM), "utf8");
    expect(readableForDiff(TERRAFORM, snapshot)).toBe(readableForDiff(TERRAFORM, `${JSON.stringify(JSON.parse(snapshot))}`));
    expect(readableForDiff("dist/production/compliance/retention.md", "# Retention\n")).toBe("# Retention\n");
  });

  it("is never accepted in CI: npm run snapshots refuses to write there", () => {
    const result = spawnSync(process.execPath, [...TSX_IMPORT, join(ROOT, "test/support/accept-snapshots.ts")], {
      cwd: ROOT,
      encoding: "utf8",
      env: terminalEnvironment({ CI: "true" }),
    });
    expect(result.stderr).toBe("npm run snapshots: CI is set; snapshots are accepted on a developer's machine and committed, never written in CI\n");
    expect(result.status).toBe(1);
  });
});
