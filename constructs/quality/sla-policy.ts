import type { Construct } from "constructs";
import { parseSla, type ParsedSla } from "../../src/domain/sla/parse-sla";
import type { SlaDependency, SlaSpec } from "../../src/domain/sla/sla-spec";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import { writeSlaRules } from "../../src/targets/prometheus/sla-rule-files";
import { ServiceSlo } from "../slo/service-slo";
import type { SyntheticCheck } from "../synthetics/synthetic-check";
import type { SlaPolicyProps } from "./sla-policy-props";

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
 *   name: "planner", title: "Planner availability", service: "planner", target: 99.9, timeZone: "Europe/Berlin",
 *   downtime: { slos: [availability], minimumOutage: "2m" },
 *   maintenance: { weekly: [{ day: "sunday", start: "02:00", durationMinutes: 60 }] },
 *   creditTiers: [{ belowPercent: 99.9, creditPercent: 10 }, { belowPercent: 99, creditPercent: 25 }],
 *   internalObjectives: [internalAvailability],
 * });
 */
export class SlaPolicy extends MonitoringConstruct {
  private readonly parsed?: ParsedSla;

  constructor(scope: Construct, id: string, readonly props: SlaPolicyProps) {
    super(scope, id);
    const downtime = props.downtime;
    const { parsed, problems } = parseSla({
      name: props.name,
      targetPercent: props.target,
      timeZone: props.timeZone ?? DEFAULTS.timeZone,
      downErrorPercent: downtime.downErrorPercent ?? DEFAULTS.downErrorPercent,
      degradedErrorPercent: downtime.degradedErrorPercent ?? DEFAULTS.degradedErrorPercent,
      minimumOutage: downtime.minimumOutage ?? DEFAULTS.minimumOutage,
      window: downtime.window ?? DEFAULTS.window,
      weeklyMaintenance: props.maintenance?.weekly ?? [],
      datedMaintenance: props.maintenance?.dated ?? [],
      creditTiers: props.creditTiers ?? [],
      internalObjectives: props.internalObjectives.map((slo) => ({ name: slo.sloId, objectivePercent: slo.props.objective })),
      dependencyCount: (downtime.slos?.length ?? 0) + (downtime.flows?.length ?? 0),
    });
    this.parsed = parsed;
    this.claimName("SLA", props.name);
    const fileProblem = this.stack.claimKubernetesFile(this);
    this.validateWith(() => [...problems, ...this.referenceProblems(), fileProblem]);
  }

  private referenceProblems(): string[] {
    const slos = (this.props.downtime.slos ?? []).flatMap((slo) =>
      slo.writes("prometheus") ? [] : [`downtime.slos: SLO ${slo.sloId} is not written to Prometheus (outputs.prometheus is false); its SLI cannot be measured per minute`],
    );
    const flows = (this.props.downtime.flows ?? []).flatMap((flow) =>
      flow.backends.prometheus ? [] : [`downtime.flows: flow ${flow.flowId} does not run on Prometheus (backends.prometheus is false); run it there or measure downtime from an SLO`],
    );
    return [...slos, ...flows];
  }

  /** The SLOs whose SLIs decide downtime: the named SLOs and the flows' uptime SLOs. */
  private dependencies(): SlaDependency[] {
    const flowSlos = (this.props.downtime.flows ?? []).map((flow: SyntheticCheck) => flow.node.findChild("uptime") as ServiceSlo);
    return [...(this.props.downtime.slos ?? []), ...flowSlos].map((slo) => ({ id: slo.sloId, sli: slo.spec().sli }));
  }

  /** The SLA as the rule generator and the report see it. Only valid after validation passed. */
  spec(): SlaSpec {
    const parsed = this.parsed as ParsedSla;
    const downtime = this.props.downtime;
    return {
      ...parsed,
      title: this.props.title ?? this.props.name,
      service: this.props.service,
      targetPercent: this.props.target,
      timeZone: this.props.timeZone ?? DEFAULTS.timeZone,
      dependencies: this.dependencies(),
      downErrorRatio: (downtime.downErrorPercent ?? DEFAULTS.downErrorPercent) / 100,
      degradedErrorRatio: (downtime.degradedErrorPercent ?? DEFAULTS.degradedErrorPercent) / 100,
      degradedCounts: downtime.degradedCounts ?? false,
      weeklyMaintenance: this.props.maintenance?.weekly ?? [],
      labels: this.props.labels ?? {},
    };
  }

  emit(): void {
    writeSlaRules(this.targetScope(), this.spec());
  }
}
