import type { GatedSlo } from "./gate-queries";

/**
 * The deployment gate's rule, per SLO: a firing page burn fails it; else no data (no budget series, or NaN: a quiet
 * service's 0/0) gives the `onNoData` verdict; else a budget at or below zero fails it; else it passes.
 */

/** A gate's verdict: one per SLO and one overall. */
export type GateVerdict = "pass" | "fail" | "inconclusive";

/** What Prometheus said about one SLO. */
export interface SloEvidence {
  readonly slo: GatedSlo;
  /** The error budget left in the period as a ratio (1 = untouched); undefined when the series is missing. */
  readonly budgetRemaining: number | undefined;
  /** The names of the SLO's page-severity alerts that are firing, sorted. */
  readonly firingPageAlerts: readonly string[];
}

/** The verdict on one SLO and why. */
export interface SloJudgement {
  readonly slo: GatedSlo;
  readonly verdict: GateVerdict;
  readonly reason: string;
  /** The budget left (ratio), when there was a number. */
  readonly budgetRemaining?: number;
  readonly firingPageAlerts: readonly string[];
  /** Whether the verdict is the `onNoData` choice. */
  readonly noData: boolean;
}

/** The budget left as a percentage with one decimal: 0.8421 → "84.2%". */
export function budgetPercent(ratio: number): string {
  return `${(Math.round(ratio * 1000) / 10).toFixed(1)}%`;
}

/** Judges one SLO by the gate's rule. */
export function judgeSlo(evidence: SloEvidence, onNoData: GateVerdict): SloJudgement {
  const { slo, budgetRemaining, firingPageAlerts } = evidence;
  const known = budgetRemaining === undefined || Number.isNaN(budgetRemaining) ? undefined : budgetRemaining;
  const base = { slo, firingPageAlerts, ...(known === undefined ? {} : { budgetRemaining: known }) };
  if (firingPageAlerts.length > 0) {
    const alerts = firingPageAlerts.join(", ");
    return { ...base, verdict: "fail", noData: false, reason: `page burn alert firing (${alerts}): the error budget is burning at a rate that pages` };
  }
  if (known === undefined) {
    const what = budgetRemaining === undefined ? "no budget series" : "the budget is NaN (no events: 0/0)";
    return { ...base, verdict: onNoData, noData: true, reason: `no data: ${what}; --on-no-data gives ${onNoData}` };
  }
  if (known <= 0) {
    return { ...base, verdict: "fail", noData: false, reason: `error budget exhausted: ${budgetPercent(known)} left in the period` };
  }
  return { ...base, verdict: "pass", noData: false, reason: `${budgetPercent(known)} of the error budget left, no page burn` };
}

/** The gate's verdict: fail if any SLO fails, else inconclusive if any is, else pass. */
export function overallVerdict(judgements: readonly SloJudgement[]): GateVerdict {
  const verdicts = new Set(judgements.map((judgement) => judgement.verdict));
  return verdicts.has("fail") ? "fail" : verdicts.has("inconclusive") ? "inconclusive" : "pass";
}

/**
 * The SLOs the gate judges: those named by `wanted` (an SLO's `sloth_slo` or `sloth_id`), or all when none is
 * named; sorted by id. Throws naming the known SLOs when a wanted one is missing, or when there are none at all.
 */
export function selectSlos(known: readonly GatedSlo[], wanted: readonly string[], where: string): GatedSlo[] {
  const sorted = [...known].sort((a, b) => a.id.localeCompare(b.id));
  const list = sorted.map((slo) => slo.id).join(", ");
  if (sorted.length === 0) {
    throw new Error(`${where} has no sloth_slo_info series; load the rule files watchkeeper synth wrote (dist/<stack>/prometheus), or check --stack`);
  }
  const missing = wanted.filter((name) => !sorted.some((slo) => slo.name === name || slo.id === name));
  if (missing.length > 0) {
    throw new Error(`${where} has no SLO named ${missing.join(", ")}; known SLOs: ${list}`);
  }
  return wanted.length === 0 ? sorted : sorted.filter((slo) => wanted.includes(slo.name) || wanted.includes(slo.id));
}
