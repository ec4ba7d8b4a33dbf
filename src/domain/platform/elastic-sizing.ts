/**
 * The Elasticsearch cluster that holds a stack's logs: a node set per data tier its log policies' ILM phases use,
 * each sized from the declared ingest, the days the tier holds it and its replicas.
 */
import type { Retention, RetentionPhase } from "../logs/retention";
import { cleanNumber } from "../numbers";

/** A data tier: the nodes that hold indices in the ILM phase of the same name. */
export type DataTier = "hot" | "warm" | "cold";

/** The tiers in the order logs pass through them. */
export const DATA_TIERS: readonly DataTier[] = ["hot", "warm", "cold"];

/**
 * The node roles of each tier's node set. ILM moves an index to the nodes of its phase's tier on entering the warm
 * or cold phase (the migrate action it adds to those phases unless an allocate action says otherwise), so a phase
 * needs nodes of its tier. Hot nodes also take `data_content` (system and plain indices) and `ingest` (pipelines).
 */
export const TIER_ROLES: Readonly<Record<DataTier, readonly string[]>> = {
  hot: ["data_hot", "data_content", "ingest"],
  warm: ["data_warm"],
  cold: ["data_cold"],
};

/** The dedicated master-eligible nodes: three, so that the cluster keeps a quorum when one is down. */
export const MASTER_NODES = { roles: ["master"], count: 3, diskGb: 10 } as const;

/** Replicas of every shard: Elasticsearch's default `index.number_of_replicas`, which the log policies keep. */
export const ELASTICSEARCH_REPLICAS = 1;
/**
 * The share of a node's disk that data may fill: Elasticsearch's low disk watermark (85%), above which it allocates
 * no more shards to the node.
 */
export const DISK_WATERMARK = 0.85;
/** The largest data disk per node, in gb, before the tier gets another node. */
export const DEFAULT_MAX_DISK_PER_NODE_GB = 1024;

/** The tier that holds an index in an ILM phase; undefined for delete, which holds nothing. */
export function phaseTier(phase: RetentionPhase["phase"]): DataTier | undefined {
  return phase === "delete" ? undefined : phase;
}

/**
 * The days of logs each tier holds under a retention: from the phase's start to the next phase's (ILM counts
 * `min_age` from rollover, so hot also holds the write index's `rollover.maxAgeDays`). Tiers the retention does not
 * use hold 0 days.
 */
export function tierDays(retention: Retention): Record<DataTier, number> {
  const days: Record<DataTier, number> = { hot: 0, warm: 0, cold: 0 };
  retention.phases.forEach((phase, index) => {
    const tier = phaseTier(phase.phase);
    const next = retention.phases[index + 1];
    if (tier === undefined || next === undefined) {
      return;
    }
    days[tier] = next.minAgeDays - phase.minAgeDays + (phase.phase === "hot" ? phase.rollover.maxAgeDays : 0);
  });
  return days;
}

/** One policy's logs as the cluster is sized from them. */
export interface PolicyIngest {
  /** The policy's id (`<service or family>-<category>`). */
  readonly id: string;
  readonly retention: Retention;
  /** Indexed data per day, primary shards only, in gb as Elasticsearch counts them (1 gb = 1024³ bytes). */
  readonly gbPerDay: number;
}

/** A tier's node set, sized. */
export interface TierSize {
  readonly tier: DataTier;
  readonly roles: readonly string[];
  /** Data the tier holds: Σ policies' gb per day × days in the tier × (1 + ELASTICSEARCH_REPLICAS). */
  readonly dataGb: number;
  /** Disk the tier needs: data / DISK_WATERMARK, rounded up to whole gb. */
  readonly diskGb: number;
  /** Nodes: enough for the disk at the per-node maximum, and at least 1 + ELASTICSEARCH_REPLICAS (a replica never shares its primary's node). */
  readonly nodes: number;
  /** Each node's data volume: disk / nodes, rounded up to whole gb. */
  readonly diskPerNodeGb: number;
}

/** The node sets of the tiers the policies' phases use, hot first, each sized from their ingest. */
export function elasticTiers(policies: readonly PolicyIngest[], maxDiskPerNodeGb = DEFAULT_MAX_DISK_PER_NODE_GB): TierSize[] {
  return DATA_TIERS.flatMap((tier) => {
    const held = policies.map((policy) => ({ policy, days: tierDays(policy.retention)[tier] })).filter(({ days }) => days > 0);
    if (held.length === 0) {
      return [];
    }
    const dataGb = cleanNumber(held.reduce((total, { policy, days }) => total + policy.gbPerDay * days, 0) * (1 + ELASTICSEARCH_REPLICAS));
    const diskGb = Math.ceil(dataGb / DISK_WATERMARK);
    const nodes = Math.max(1 + ELASTICSEARCH_REPLICAS, Math.ceil(diskGb / maxDiskPerNodeGb));
    return [{ tier, roles: TIER_ROLES[tier], dataGb, diskGb, nodes, diskPerNodeGb: Math.ceil(diskGb / nodes) }];
  });
}
