import { describe, expect, it } from "vitest";
import { Duration } from "../../src/domain/duration";

describe("Duration", () => {
  it("parses and prints Prometheus durations", () => {
    expect(Duration.parse("30d").hours).toBe(720);
    expect(Duration.parse("1h30m").minutes).toBe(90);
    expect(Duration.parse("2w").toString()).toBe("2w");
    expect(Duration.parse("28d").toString()).toBe("4w");
    expect(Duration.parse("30d").toString()).toBe("30d");
    expect(Duration.parse("90d").toString()).toBe("90d");
    expect(Duration.parse("365d").toString()).toBe("1y");
    expect(Duration.parse("500ms").seconds).toBe(0.5);
    expect(Duration.parse("36h").toString()).toBe("1d12h");
  });

  it("rejects text that is not a duration, with examples of what is", () => {
    expect(() => Duration.parse("30 days")).toThrow('"30 days" is not a duration; write it like 30d, 6h, 1h30m or 500ms');
    expect(() => Duration.parse("0d")).toThrow("zero");
    expect(() => Duration.parse("")).toThrow("not a duration");
  });
});
