import { Duration } from "../duration";
import type { Problems } from "../problems";
import { capacityProblem, type CapacitySpec } from "./capacity";
import { INFRA_PACKS, type InfraPack } from "./catalog";
import { resolveInfraAlerts, type ResolvedInfraAlert } from "./overrides";
import type { InfrastructureMonitoringProps } from "./infrastructure-monitoring-props";

/** The props of an InfrastructureMonitoring, checked and turned into domain values. */
export interface ParsedInfrastructure {
  readonly alerts: readonly ResolvedInfraAlert[];
  readonly capacity?: CapacitySpec;
  /** The monitors Watchkeeper writes; undefined when the cluster's exporters are scraped already. */
  readonly scrape?: { readonly exporterNamespace: string; readonly kubeletNamespace: string; readonly ingressNamespace: string; readonly interval: Duration };
}

const duration = (problems: Problems, what: string, text: string) => problems.attempt(what, () => Duration.parse(text));

/**
 * Checks the props (matching infrastructureMonitoringSchema) against each other and the stack's retention, recording
 * every problem (`path: problem; fix`); the parsed values when there is none.
 */
export function parseInfrastructure(props: InfrastructureMonitoringProps, retention: Duration, problems: Problems): ParsedInfrastructure | undefined {
  const packs = Object.fromEntries(INFRA_PACKS.map((pack) => [pack, props.packs?.[pack] !== false])) as Record<InfraPack, boolean>;
  const resolved = resolveInfraAlerts(packs, (props.overrides ?? {}) as Record<string, object>);
  problems.add(...resolved.problems);

  let capacity: CapacitySpec | undefined;
  if (props.capacity?.enabled !== false) {
    const lookback = duration(problems, "capacity.lookback", props.capacity?.lookback ?? "7d");
    const horizon = duration(problems, "capacity.horizon", props.capacity?.horizon ?? "14d");
    if (lookback !== undefined && horizon !== undefined) {
      capacity = { lookback, horizon };
      problems.add(capacityProblem(capacity, retention));
    }
  }

  let scrape: ParsedInfrastructure["scrape"];
  if (props.scrape?.enabled !== false) {
    const interval = duration(problems, "scrape.interval", props.scrape?.interval ?? "30s");
    const exporterNamespace = props.scrape?.exporterNamespace ?? "monitoring";
    const kubeletNamespace = props.scrape?.kubeletNamespace ?? "kube-system";
    const ingressNamespace = props.scrape?.ingressNamespace ?? "ingress-nginx";
    scrape = interval === undefined ? undefined : { exporterNamespace, kubeletNamespace, ingressNamespace, interval };
  }
  return problems.none ? { alerts: resolved.alerts, capacity, scrape } : undefined;
}
