import { describe, expect, it } from "vitest";
import { closest, editDistance } from "../../../src/domain/names/closest";

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect([editDistance("", "abc"), editDistance("kitten", "sitting"), editDistance("1d", "1 day"), editDistance("same", "same")]).toEqual([3, 3, 3, 0]);
  });
});

describe("closest", () => {
  const names = ["checkout availability", "checkout latency", "payments availability"];

  it("finds the candidate at the smallest distance, letter case aside", () => {
    expect(closest("Checkout availabilty", names)).toBe("checkout availability");
    expect(closest("payment availability", names)).toBe("payments availability");
  });

  it("suggests nothing farther than a third of the text", () => {
    expect(closest("search errors", names)).toBeUndefined();
    expect(closest("abc", [])).toBeUndefined();
  });
});
