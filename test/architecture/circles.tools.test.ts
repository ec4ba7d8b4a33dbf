import { join } from "node:path";
import madge from "madge";
import { expect, it } from "vitest";

const ROOT = join(__dirname, "../..");

/** madge reads every import of the engine and the constructs, type-only ones included (generated bindings aside). */
it("src and constructs have no import circle, type-only imports included", async () => {
  const graph = await madge([join(ROOT, "src"), join(ROOT, "constructs")], {
    fileExtensions: ["ts"],
    tsConfig: join(ROOT, "tsconfig.json"),
    excludeRegExp: [/src\/providers\//],
    detectiveOptions: { ts: { skipTypeImports: false }, tsx: { skipTypeImports: false } },
  });
  expect(graph.circular()).toEqual([]);
});
