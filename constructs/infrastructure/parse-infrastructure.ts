import { Duration } from "../../src/domain/duration";
import { capacityProblem, type CapacitySpec } from "../../src/domain/infrastructure/capacity";
import { INFRA_PACKS, type InfraPack } from "../../src/domain/infrastructure/catalog";
import { resolveInfraAlerts, type ResolvedInfraAlert } from "../../src/domain/infrastructure/overrides";
import { namespaceProblem } from "../../src/domain/names/kubernetes";
import { slugProblem } from "../../src/domain/names/slugs";
import type { InfrastructureMonitoringProps } from "./infrastructure-monitoring-props";

/** The props of an InfrastructureMonitoring, checked and turned into domain values. */
export interface ParsedInfrastructure {
  readonly alerts: readonly ResolvedInfraAlert[];
  readonly capacity?: CapacitySpec;
  readonly scrape?: { readonly exporterNamespace: string; readonly kubeletNamespace: string; readonly interval: Duration };
}

function duration(problems: string[], what: string, text: string): Duration | undefined {
  try {
    return Duration.parse(text);
  } catch (error) {
    problems.push(`${what}: ${(error as Error).message}`);
    return undefined;
  }
}

function namespace(problems: string[], what: string, name: string): string {
  const problem = namespaceProblem(what, name);
  if (problem !== undefined) problems.push(problem);
  return name;
}

/** Every problem of the props, each `path: problem; fix`, and the parsed values when there is none. */
export function parseInfrastructure(props: InfrastructureMonitoringProps, retention: Duration): { parsed?: ParsedInfrastructure; problems: string[] } {
  const problems: string[] = [];
  const cluster = slugProblem("cluster", props.cluster);
  if (cluster !== undefined) problems.push(cluster);
  const unknownPacks = Object.keys(props.packs ?? {}).filter((pack) => !(INFRA_PACKS as readonly string[]).includes(pack));
  for (const pack of unknownPacks) {
    problems.push(`packs.${pack}: no pack is named "${pack}"; valid packs are ${INFRA_PACKS.join(", ")}`);
  }
  const packs = Object.fromEntries(INFRA_PACKS.map((pack) => [pack, props.packs?.[pack] !== false])) as Record<InfraPack, boolean>;
  const resolved = resolveInfraAlerts(packs, (props.overrides ?? {}) as Record<string, object>);
  problems.push(...resolved.problems);

  let capacity: CapacitySpec | undefined;
  if (props.capacity?.enabled !== false) {
    const lookback = duration(problems, "capacity.lookback", props.capacity?.lookback ?? "7d");
    const horizon = duration(problems, "capacity.horizon", props.capacity?.horizon ?? "14d");
    if (lookback !== undefined && horizon !== undefined) {
      capacity = { lookback, horizon };
      const problem = capacityProblem(capacity, retention);
      if (problem !== undefined) problems.push(problem);
    }
  }

  let scrape: ParsedInfrastructure["scrape"];
  if (props.scrape?.enabled !== false) {
    const interval = duration(problems, "scrape.interval", props.scrape?.interval ?? "30s");
    const exporterNamespace = namespace(problems, "scrape.exporterNamespace", props.scrape?.exporterNamespace ?? "monitoring");
    const kubeletNamespace = namespace(problems, "scrape.kubeletNamespace", props.scrape?.kubeletNamespace ?? "kube-system");
    scrape = interval === undefined ? undefined : { exporterNamespace, kubeletNamespace, interval };
  }
  return problems.length > 0 ? { problems } : { parsed: { alerts: resolved.alerts, capacity, scrape }, problems };
}
