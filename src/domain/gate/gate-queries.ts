import * as promql from "../promql";
import { and, compare, unless, type PromQL } from "../promql";
import type { Selector } from "../promql";
import type { LabelRequirement } from "../signals/wiring";
import { SLO_METRICS } from "../slo/slo-rules";

/**
 * The PromQL of the deployment gate, for the `gate` command and for the DeploymentGate's Argo Rollouts and Flagger
 * templates. Every query reads the series our SLO rules record under Sloth's names:
 *
 * - Which SLOs exist: `sloth_slo_info`, one series per SLO whatever its traffic (a `vector(1)` rule), so a silent
 *   SLO is still listed and judged "no data" instead of vanishing from the gate.
 * - Budget left: `slo:period_error_budget_remaining:ratio` (1 = untouched, 0 or less = exhausted, NaN = 0/0).
 * - A page burn: the page-severity burn alert itself, read from `ALERTS{alertstate="firing",severity="page"}` and
 *   matched to the SLO by its `service` and `slo` labels (and `env`, when the SLO's is known). The gate then agrees with the pager by construction (same
 *   windows, factors and low-traffic guard, for any period) and needs no copy of each SLO's window table, which
 *   the CLI could not know without the code. It needs the alerting rules evaluated where the gate reads (Prometheus
 *   itself, or a Thanos/Mimir ruler writing ALERTS back).
 */

/** What the gate reads by an SLO's identity and environment: every SLO's info and budget series must carry them. */
export const GATE_READS: readonly LabelRequirement[] = [SLO_METRICS.info, SLO_METRICS.periodBudgetRemaining].map((metric) => ({
  metric,
  labels: ["sloth_id", "sloth_service", "sloth_slo", "env"],
  reader: "watchkeeper gate and the DeploymentGate templates",
}));

/** The labels that identify an SLO's recorded series (Sloth's `sloth_id`, `sloth_service`, `sloth_slo`). */
export interface GatedSlo {
  /** `sloth_id`: `<service>-<name>`. */
  readonly id: string;
  /** `sloth_service`, also the alerts' `service` label. */
  readonly service: string;
  /** `sloth_slo`, also the alerts' `slo` label. */
  readonly name: string;
  /**
   * The environment, when known (an `env` label on its series, or the gate's stack): only page alerts of that `env`
   * count. Unknown, every page alert of the SLO's service and name counts, whichever its `env`: the gate fails
   * rather than passes on an alert it cannot place.
   */
  readonly env?: string;
}

/** The firing page alerts of an SLO (`service`, `slo` and, when known, `env`), or of every SLO without one. */
export function firingPageAlertsQuery(slo?: GatedSlo): PromQL {
  const labels: Record<string, string> = {
    alertstate: "firing",
    severity: "page",
    ...(slo === undefined ? {} : { service: slo.service, slo: slo.name, ...(slo.env === undefined ? {} : { env: slo.env }) }),
  };
  return promql.selector({ metric: "ALERTS", matchers: promql.equals(labels) });
}

/**
 * Every series of a metric, or with `env` those of that environment plus those without an `env` label (our
 * recording rules carry `env` only when the SLO's `labels` prop adds it): `m{env="production"} or m{env=""}`.
 */
function ofEnvironment(metric: string, env?: string, labels: Readonly<Record<string, string>> = {}): PromQL {
  const matchers = promql.equals(labels);
  if (env === undefined) {
    return promql.selector({ metric, matchers });
  }
  const withEnv = (value: string): Selector => ({ metric, matchers: [...matchers, promql.matcher("env", "=", value)] });
  return promql.anyOf(promql.selector(withEnv(env)), promql.selector(withEnv("")));
}

/** Every SLO Prometheus knows: one `sloth_slo_info` series each. */
export function sloInfoQuery(env?: string): PromQL {
  return ofEnvironment(SLO_METRICS.info, env);
}

/** The error budget left in the period, one series per SLO. */
export function budgetRemainingQuery(env?: string): PromQL {
  return ofEnvironment(SLO_METRICS.periodBudgetRemaining, env);
}

/** The SLO named by a series' Sloth labels (and its `env`, when it has one), or undefined when it lacks one of them. */
export function gatedSloOf(labels: Readonly<Record<string, string>>): GatedSlo | undefined {
  const { sloth_id: id, sloth_service: service, sloth_slo: name, env } = labels;
  if (id === undefined || service === undefined || name === undefined) {
    return undefined;
  }
  return env === undefined || env === "" ? { id, service, name } : { id, service, name, env };
}

/** Whether an ALERTS series is about the SLO: its `service` and `slo` labels, and its `env` when the SLO's is known. */
export function isAlertOf(slo: GatedSlo, labels: Readonly<Record<string, string>>): boolean {
  return labels.service === slo.service && labels.slo === slo.name && (slo.env === undefined || labels.env === slo.env);
}

/** The value a template's query returns when a page burn is firing: below any budget left that passes. */
export const BURNING_VALUE = -1;

/**
 * One number per SLO for the Argo Rollouts template: the budget left (of the SLO's environment when known, as
 * `gate --stack` reads it), or {@link BURNING_VALUE} while a page burn of the SLO fires; empty or NaN when there is
 * no data (the template's conditions decide what that means).
 */
export function gateValueQuery(slo: GatedSlo): PromQL {
  const identity = { sloth_id: slo.id, sloth_service: slo.service, sloth_slo: slo.name };
  const remaining = ofEnvironment(SLO_METRICS.periodBudgetRemaining, slo.env, identity);
  const burning = firingPageAlertsQuery(slo);
  return promql.anyOf(unless(remaining, burning, { on: [] }), and(promql.vector(BURNING_VALUE), burning, { on: [] }));
}

/** What the Flagger query returns: the verdict as a number, since Flagger's `thresholdRange` cannot see NaN. */
export const FLAGGER_VALUES = { pass: 1, fail: 0, noData: -1 } as const;

/**
 * One number per SLO for Flagger: 1 pass, 0 fail, and for no data (empty or NaN) the value `onNoData` maps to
 * (1 pass, 0 fail, -1 no data). The Canary's metric needs `thresholdRange: { min: 1 }`.
 *
 * `> -Inf` keeps every number and drops NaN; `> bool 0` turns the budget left into 1 or 0; `or on() vector(...)`
 * answers when nothing is left.
 */
export function flaggerGateQuery(slo: GatedSlo, onNoData: "pass" | "fail" | "inconclusive"): PromQL {
  const numbers = compare(gateValueQuery(slo), ">", -Infinity);
  const verdict = compare(numbers, ">", 0, { bool: true });
  const noData = onNoData === "pass" ? FLAGGER_VALUES.pass : onNoData === "fail" ? FLAGGER_VALUES.fail : FLAGGER_VALUES.noData;
  return promql.or(verdict, promql.vector(noData), { on: [] });
}
