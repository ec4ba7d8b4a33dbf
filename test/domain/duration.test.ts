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

  it("reads a latency bound written as a decimal of one unit, in whole milliseconds, as histogram bounds are written", () => {
    expect(["2.5s", "1.5m", "0.25s", ".5s", "2500ms", "1s"].map((text) => Duration.parseLatency(text).milliseconds)).toEqual([2500, 90_000, 250, 500, 2500, 1000]);
    expect(Duration.parseLatency("1.1s").milliseconds).toBe(1100);
    expect(() => Duration.parseLatency("0.0005s")).toThrow('"0.0005s" is not a whole number of milliseconds; write it like 2.5s or 2500ms');
    expect(() => Duration.parseLatency("0.0s")).toThrow('"0.0s" is zero; a duration must be positive');
    expect(() => Duration.parseLatency("2.5.1s")).toThrow('"2.5.1s" is not a duration');
  });

  it("rejects a decimal where Prometheus syntax is required, saying how to write it", () => {
    expect(() => Duration.parse("1.5h")).toThrow('"1.5h" has a decimal point, which Prometheus durations do not allow; write it as 1h30m');
    expect(() => Duration.parse("2.5s")).toThrow('"2.5s" has a decimal point, which Prometheus durations do not allow; write it as 2s500ms');
  });
});
