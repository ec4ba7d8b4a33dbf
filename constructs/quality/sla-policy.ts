import { slaPolicySchema } from "../../src/domain/sla/sla-policy-schema";
import type { Construct } from "constructs";
import type { Problems } from "../../src/domain/problems";
import { parseSla } from "../../src/domain/sla/parse-sla";
import type { SlaPolicyProps } from "../../src/domain/sla/sla-policy-props";
import type { SlaDependency, SlaSpec } from "../../src/domain/sla/sla-spec";
import type { SloReference } from "../../src/domain/slo/slo-reference";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import type { Outputs } from "../../src/outputs";
import { slaRules } from "../../src/targets/prometheus/sla-rule-files";

const DEFAULTS = { timeZone: "UTC", downErrorPercent: 50, degradedErrorPercent: 5, minimumOutage: "1m", window: "1m" } as const;

/**
 * A service level agreement: the contract, not a monitor. It names the customer-facing target per calendar month
 * of a time zone, what counts as down (SLOs' and flows' SLIs, whether degraded counts, a minimum outage length),
 * maintenance windows, credit tiers and the internal objectives that must be stricter than the target. It writes
 * recording rules (`sla:downtime:minute`, `sla:maintenance:minute`, `sla:availability:ratio_30d` and the
 * `sla:policy:info` series carrying the terms), which `watchkeeper report` reads to compute each calendar month.
 *
 * @example
 * new SlaPolicy(stack, "planner-sla", {
 *   name: "planner", title: "Planner availability", service: "planner", targetPercent: 99.9, timeZone: "Europe/Berlin",
 *   downtime: { slos: [availability], minimumOutage: "2m" },
 *   maintenance: { weekly: [{ day: "sunday", start: "02:00", durationMinutes: 60 }] },
 *   creditTiers: [{ belowPercent: 99.9, creditPercent: 10 }, { belowPercent: 99, creditPercent: 25 }],
 *   internalObjectives: [internalAvailability],
 * });
 */
export class SlaPolicy extends MonitoringConstruct<SlaPolicyProps, SlaSpec> {
  /** @internal The schema the props are checked against before parse. */
  protected static readonly schema = slaPolicySchema;

  constructor(scope: Construct, id: string, props: SlaPolicyProps) {
    super(scope, id, props);
    this.claimName("SLA", props.name);
  }

  protected parse(problems: Problems): SlaSpec | undefined {
    const { props } = this;
    const downtime = props.downtime;
    const flows = downtime.flows ?? [];
    const parsed = parseSla(
      {
        name: props.name,
        targetPercent: props.targetPercent,
        timeZone: props.timeZone ?? DEFAULTS.timeZone,
        downErrorPercent: downtime.downErrorPercent ?? DEFAULTS.downErrorPercent,
        degradedErrorPercent: downtime.degradedErrorPercent ?? DEFAULTS.degradedErrorPercent,
        minimumOutage: downtime.minimumOutage ?? DEFAULTS.minimumOutage,
        window: downtime.window ?? DEFAULTS.window,
        datedMaintenance: props.maintenance?.dated ?? [],
        creditTiers: props.creditTiers ?? [],
        internalObjectives: props.internalObjectives.map((slo) => ({ name: slo.sloId, objectivePercent: slo.sloSpec()?.objectivePercent ?? 100 })),
        dependencyCount: (downtime.slos?.length ?? 0) + flows.length,
      },
      problems,
    );
    for (const slo of downtime.slos ?? []) {
      if (!slo.writes("prometheus")) {
        problems.add(`downtime.slos: SLO ${slo.sloId} is not written to Prometheus (outputs.prometheus is false); its SLI cannot be measured per minute`);
      }
    }
    for (const flow of flows) {
      if (flow.uptimeSlo === undefined) {
        problems.add(`downtime.flows: flow ${flow.flowId} does not run on Prometheus (outputs.prometheus is false); run it there or measure downtime from an SLO`);
      }
    }
    const slos = [...(downtime.slos ?? []), ...flows.flatMap((flow) => flow.uptimeSlo ?? [])];
    const dependencies = slos.map((slo) => this.dependency(slo));
    if (parsed === undefined || !dependencies.every((dependency) => dependency !== undefined)) {
      return undefined;
    }
    return {
      ...parsed,
      title: props.title ?? props.name,
      service: props.service,
      targetPercent: props.targetPercent,
      timeZone: props.timeZone ?? DEFAULTS.timeZone,
      dependencies,
      downErrorRatio: (downtime.downErrorPercent ?? DEFAULTS.downErrorPercent) / 100,
      degradedErrorRatio: (downtime.degradedErrorPercent ?? DEFAULTS.degradedErrorPercent) / 100,
      degradedCounts: downtime.degradedCounts ?? false,
      weeklyMaintenance: props.maintenance?.weekly ?? [],
      labels: props.labels ?? {},
    };
  }

  /** An SLO whose SLI decides downtime; undefined while the SLO has problems of its own (which it reports). */
  private dependency(slo: SloReference): SlaDependency | undefined {
    const spec = slo.sloSpec();
    return spec === undefined ? undefined : { id: slo.sloId, sli: spec.sli };
  }

  protected outputs(spec: SlaSpec): Outputs {
    return { prometheus: { rules: [slaRules(spec)] } };
  }
}
