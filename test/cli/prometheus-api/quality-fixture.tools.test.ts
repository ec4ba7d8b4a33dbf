import { beforeAll, describe, expect, inject, it } from "vitest";
import { PrometheusClient } from "../../../src/cli/prometheus-api/client";
import { qualityReady } from "../../support/quality-prometheus";

/**
 * The shared Prometheus holds what the quality tests rely on: the fixture's rules evaluated over its backfilled
 * history and live traffic, one SLO per state.
 */
describe("the quality fixture's Prometheus", () => {
  const client = new PrometheusClient({ url: inject("quality").url });
  beforeAll(() => qualityReady(inject("quality")));
  const byService = async (query: string) =>
    Object.fromEntries((await client.query(query)).map((sample) => [sample.labels.sloth_service ?? sample.labels.service, sample.value]));

  it("has each SLO's budget in its state", async () => {
    const remaining = await byService("slo:period_error_budget_remaining:ratio");
    expect(remaining.healthy).toBeCloseTo(0.8, 2);
    expect(remaining.burning).toBeGreaterThan(0);
    expect(remaining.exhausted).toBeLessThan(0);
    expect(remaining.quiet).toBeNaN();
    expect(remaining).not.toHaveProperty("silent");
  });

  it("pages for the burning SLO only", async () => {
    const pages = await byService('ALERTS{alertstate="firing", severity="page"}');
    expect(Object.keys(pages)).toEqual(["burning"]);
  });

  it("knows every SLO, the silent one included", async () => {
    const slos = await byService("sloth_slo_info");
    expect(Object.keys(slos).sort()).toEqual(["burning", "exhausted", "healthy", "probed", "quiet", "silent"]);
  });
});
