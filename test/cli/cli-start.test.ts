import { spawnSync } from "node:child_process";
import { expect, it } from "vitest";
import { ROOT, TSX_IMPORT } from "../support/example";

/** The engines' packages, by their path in node_modules: cdktf, cdk8s, constructs and the prebuilt bindings. */
const ENGINES = /node_modules\/(cdktf|cdk8s|constructs|@cdktf\/[^/]+)\//;

it("the command line starts without loading the engines: commands that read output (validate, test, gate, …) never need them", () => {
  const probe = `require("./src/cli/program"); console.log(JSON.stringify(Object.keys(require.cache).filter((path) => ${ENGINES}.test(path))));`;
  const result = spawnSync(process.execPath, [...TSX_IMPORT, "-e", probe], { cwd: ROOT, encoding: "utf8" });
  expect(result.stderr).toBe("");
  expect(JSON.parse(result.stdout)).toEqual([]);
});
