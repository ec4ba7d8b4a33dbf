import { describe, expect, it } from "vitest";
import { estimateActiveSeries, GIB, prometheusStorage } from "../../../src/domain/platform/prometheus-sizing";

const DAY = 86_400;

describe("Prometheus storage", () => {
  it("is samples per second × retention × 2 bytes, plus 3 hours of WAL at 16 bytes, × 1.2, in whole GiB", () => {
    const storage = prometheusStorage({ activeSeries: 100_000, scrapeIntervalSeconds: 30, retentionSeconds: 15 * DAY });
    expect(storage.samplesPerSecond).toBeCloseTo(3333.333, 3);
    expect(storage.blockBytes).toBeCloseTo(8_640_000_000, 0); // 3333.3 × 1,296,000 s × 2 B
    expect(storage.walBytes).toBeCloseTo(576_000_000, 0); // 3333.3 × 10,800 s × 16 B
    // (8.64 GB + 0.576 GB) × 1.2 = 11.0592 GB = 10.30 GiB → 11Gi; retentionSize 85% of it, rounded down
    expect(storage.volumeGi).toBe(11);
    expect(storage.retentionSizeGi).toBe(9);
  });

  it("sizes the example organisation's production Prometheus: 20,070 series, 30s, 30 days → 5Gi", () => {
    const storage = prometheusStorage({ activeSeries: 20_070, scrapeIntervalSeconds: 30, retentionSeconds: 30 * DAY });
    expect(storage.samplesPerSecond).toBe(669);
    expect(storage.blockBytes).toBe(3_468_096_000);
    expect(storage.walBytes).toBe(115_603_200);
    expect(((storage.blockBytes + storage.walBytes) * 1.2) / GIB).toBeCloseTo(4.005, 3);
    expect([storage.volumeGi, storage.retentionSizeGi]).toEqual([5, 4]);
  });

  it("doubles with the retention and halves with the scrape interval, and never asks for less than 1Gi", () => {
    const base = { activeSeries: 1_000_000, scrapeIntervalSeconds: 15, retentionSeconds: 15 * DAY };
    const twiceAsLong = prometheusStorage({ ...base, retentionSeconds: 30 * DAY });
    const halfAsOften = prometheusStorage({ ...base, scrapeIntervalSeconds: 30 });
    expect(twiceAsLong.blockBytes).toBe(2 * prometheusStorage(base).blockBytes);
    expect(halfAsOften.blockBytes).toBe(prometheusStorage(base).blockBytes / 2);
    expect(prometheusStorage({ activeSeries: 10, scrapeIntervalSeconds: 60, retentionSeconds: DAY })).toMatchObject({ volumeGi: 1, retentionSizeGi: 1 });
  });
});

describe("active series estimate", () => {
  it("counts 2,000 per scrape job, 1,000 per external signal, 50 per Probe job and 10 per rule", () => {
    // The example organisation's production stack: 7 scrapes, 3 external signals, 6 Probe jobs, 201 recordings, 76 alerts.
    expect(estimateActiveSeries({ scrape: 7, external: 3, probe: 6, recording: 201, alert: 76 })).toBe(20_070);
    expect(estimateActiveSeries({})).toBe(0);
  });
});
