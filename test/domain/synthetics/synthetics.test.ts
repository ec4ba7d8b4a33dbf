import { describe, expect, it } from "vitest";
import { flowKind } from "../../../src/domain/synthetics/flow";
import { parseLocation } from "../../../src/domain/synthetics/locations";
import { referencedVariables } from "../../../src/domain/synthetics/variables";

describe("synthetic flows in the domain", () => {
  it("map regions to Datadog managed locations and private locations to their id", () => {
    expect(parseLocation("eu-west-1")).toEqual({ name: "eu-west-1", datadogId: "aws:eu-west-1", private: false });
    expect(parseLocation("pl:office-berlin")).toEqual({ name: "office-berlin", datadogId: "pl:office-berlin", private: true });
    expect(() => parseLocation("eu-west-9")).toThrow(/^unknown location "eu-west-9"; use one of af-south-1, /);
  });

  it("run one request as http, several steps as multi, any browser step as browser", () => {
    const request = { kind: "http", name: "health", url: "https://example.com" } as const;
    expect(flowKind([request])).toBe("http");
    expect(flowKind([request, { kind: "wait", seconds: 1 }])).toBe("multi");
    expect(flowKind([{ kind: "goto", url: "https://example.com" }, { kind: "wait", seconds: 1 }])).toBe("browser");
  });

  it("find variable references", () => {
    expect(referencedVariables("Bearer {{ TOKEN }} and {{PLAN_ID}}")).toEqual(["TOKEN", "PLAN_ID"]);
  });
});
