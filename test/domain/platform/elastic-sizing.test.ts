import { describe, expect, it } from "vitest";
import { parseRetention, type Retention } from "../../../src/domain/logs/retention";
import { elasticTiers, phaseTier, TIER_ROLES, tierDays } from "../../../src/domain/platform/elastic-sizing";

function retention(input: Parameters<typeof parseRetention>[0]): Retention {
  const { retention: parsed, problems } = parseRetention(input);
  expect(problems).toEqual([]);
  return parsed as Retention;
}

// The example organisation's policies (stacks/planner-logs.ts).
const application = retention({ retentionDays: 30 });
const audit = retention({ retentionDays: 365, coldAfterDays: 30 });
const debug = retention({ retentionDays: 7 });

describe("ILM phases and node roles", () => {
  it("hold each phase's indices on the nodes of its tier; delete holds nothing", () => {
    expect(audit.phases.map(({ phase }) => [phase, phaseTier(phase) && TIER_ROLES[phaseTier(phase) as "hot"]])).toEqual([
      ["hot", ["data_hot", "data_content", "ingest"]],
      ["warm", ["data_warm"]],
      ["cold", ["data_cold"]],
      ["delete", undefined],
    ]);
  });

  it("give a tier the days from its phase to the next, hot with the write index's day before rollover", () => {
    expect(tierDays(application)).toEqual({ hot: 8, warm: 23, cold: 0 });
    expect(tierDays(audit)).toEqual({ hot: 8, warm: 23, cold: 335 });
    expect(tierDays(debug)).toEqual({ hot: 8, warm: 0, cold: 0 });
  });

  it("write node sets for the tiers the policies use only", () => {
    const hotOnly = elasticTiers([{ id: "checkout-debug", retention: debug, gbPerDay: 5 }]);
    expect(hotOnly.map(({ tier }) => tier)).toEqual(["hot"]);
    const noCold = elasticTiers([{ id: "checkout-application", retention: application, gbPerDay: 5 }]);
    expect(noCold.map(({ tier, roles }) => [tier, roles])).toEqual([
      ["hot", ["data_hot", "data_content", "ingest"]],
      ["warm", ["data_warm"]],
    ]);
  });
});

describe("Elasticsearch tiers", () => {
  it("size each tier as Σ gb a day × days × 2 copies / 0.85, on at least 2 nodes", () => {
    const tiers = elasticTiers([
      { id: "planner-application", retention: application, gbPerDay: 20 },
      { id: "planner-audit", retention: audit, gbPerDay: 1 },
      { id: "planner-debug", retention: debug, gbPerDay: 5 },
    ]);
    expect(tiers.map(({ tier, dataGb, diskGb, nodes, diskPerNodeGb }) => ({ tier, dataGb, diskGb, nodes, diskPerNodeGb }))).toEqual([
      // (20 × 8 + 1 × 8 + 5 × 8) × 2 = 416; / 0.85 = 489.4 → 490 on 2 nodes
      { tier: "hot", dataGb: 416, diskGb: 490, nodes: 2, diskPerNodeGb: 245 },
      // (20 × 23 + 1 × 23) × 2 = 966; / 0.85 = 1136.5 → 1137, 2 nodes of at most 1024
      { tier: "warm", dataGb: 966, diskGb: 1137, nodes: 2, diskPerNodeGb: 569 },
      // 1 × 335 × 2 = 670; / 0.85 = 788.2 → 789
      { tier: "cold", dataGb: 670, diskGb: 789, nodes: 2, diskPerNodeGb: 395 },
    ]);
  });

  it("add nodes when a tier's disk passes the per-node maximum", () => {
    const [hot] = elasticTiers([{ id: "big", retention: debug, gbPerDay: 100 }], 500);
    // 100 × 8 × 2 = 1600; / 0.85 = 1882.4 → 1883 gb: 4 nodes of 471
    expect(hot).toMatchObject({ dataGb: 1600, diskGb: 1883, nodes: 4, diskPerNodeGb: 471 });
  });
});
