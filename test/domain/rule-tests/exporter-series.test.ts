import { describe, expect, it } from "vitest";
import { blackboxSeries } from "../../../src/domain/rule-tests/blackbox-series";
import { counter, gauge } from "../../../src/domain/rule-tests/exporter-series";
import { Noise, sampleValues } from "../../../src/domain/rule-tests/samples";

const PROBE = {
  labels: { job: "synthetics/checkout-api", instance: "https://api.example.com/health", flow: "checkout-api", location: "eu-west-1" },
  usualSeconds: 0.3,
  slowSeconds: 1.6,
  timeoutSeconds: 9.5,
  certificateExpiry: 86_400,
};

describe("generated series", () => {
  it("write samples in promtool's notation: runs of equal values, missing samples, stale markers, whole numbers growing by a whole step", () => {
    expect(sampleValues([1, 1, 1, 0, "missing", "missing", "stale", 0.25])).toBe("1x2 0 _x2 stale 0.25");
    expect(sampleValues([100, 105, 110, 115, 7, 7])).toBe("100+5x3 7x1");
    expect(sampleValues([10, 9, 8, 0.5, 1.5, 2.5])).toBe("10-1x2 0.5 1.5 2.5");
  });

  it("draw the same noise from the same seed, and different noise from another", () => {
    const draw = (seed: string) => Array.from({ length: 5 }, ((noise) => () => noise.jitter(1, 0.1))(new Noise(seed)));
    expect(draw("a")).toEqual(draw("a"));
    expect(draw("a")).not.toEqual(draw("b"));
    draw("a").forEach((value) => expect(Math.abs(value - 1)).toBeLessThanOrEqual(0.1));
  });

  it("shape gauges and counters that change at a sample", () => {
    expect(gauge(1, 5, 2, 4)).toEqual([1, 1, 5, 5]);
    expect(counter(10, 20, 2, 4, undefined, 0, 0)).toEqual([0, 10, 20, 40]);
  });

  it("write a blackbox exporter's probe as its series: a failed run is 0 and 503, a timeout 0 with the timeout's duration, a slow run 1, gone runs stale then missing and up 0", () => {
    const { series, samples } = blackboxSeries(PROBE, ["up", "failing", "timeout", "slow", "gone", "gone", "up"], "seed");
    expect(series.map((item) => item.metric)).toEqual(["probe_success", "probe_duration_seconds", "probe_http_status_code", "probe_ssl_earliest_cert_expiry", "up"]);
    series.forEach((item) => expect(item.labels).toEqual(PROBE.labels));
    expect(samples.success).toEqual([1, 0, 0, 1, "stale", "missing", 1]);
    expect(series[2].values).toBe("200 503 0 200 stale _ 200");
    expect(series[4].values).toBe("1x3 0x1 1");
    const [usual, failed, timedOut, slow] = samples.duration as number[];
    expect(usual).toBeGreaterThan(0.25);
    expect(usual).toBeLessThan(0.35);
    expect(failed).toBeLessThan(0.35);
    expect(timedOut).toBeGreaterThan(9);
    expect(slow).toBeGreaterThan(1.3);
  });
});
