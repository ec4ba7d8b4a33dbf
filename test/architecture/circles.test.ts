import madge from "madge";
import { describe, expect, it } from "vitest";
import { importGraph } from "../support/imports";

/** Every import of the engine and the constructs, generated bindings aside, as TypeScript reads and resolves them. */
const graph = importGraph(["src", "constructs"], /^src\/providers\//);

describe("the import graph of src and constructs", () => {
  it("has no circle, type-only imports included (madge finds the circles)", async () => {
    expect((await madge(graph, {})).circular()).toEqual([]);
  });

  it("holds every file, and type-only imports as edges", () => {
    expect(Object.keys(graph).length).toBeGreaterThan(300);
    // src/outputs.ts imports nothing but types from the routing module.
    expect(graph["src/outputs.ts"]).toContain("src/domain/routing/routing.ts");
    expect(Object.keys(graph).filter((path) => path.startsWith("src/providers/"))).toEqual([]);
  });
});
