import {
  budgetRemainingQuery,
  firingPageAlertsQuery,
  gatedSloOf,
  isAlertOf,
  sloInfoQuery,
  type GatedSlo,
} from "../../domain/gate/gate-queries";
import { judgeSlo, overallVerdict, selectSlos, type GateVerdict, type SloJudgement } from "../../domain/gate/gate-verdict";
import { CommandError } from "../command-action";
import type { PrometheusClient } from "../prometheus-api/client";
import { EXIT_CODES } from "./exit-codes";

/** What `watchkeeper gate` asks. */
export interface GateRequest {
  /**
   * Only the SLOs of this environment: their series' `env` label, where they have one. Page alerts count by the
   * SLO's `env` when its series have one, else whatever their `env` (see GatedSlo.env).
   */
  readonly stack?: string;
  /** Only these SLOs, by `sloth_slo` or `sloth_id`; all when empty. */
  readonly slos: readonly string[];
  /** The verdict of an SLO without data. */
  readonly onNoData: GateVerdict;
}

/** The gate's answer: the verdict overall and per SLO. */
export interface GateReport {
  readonly verdict: GateVerdict;
  readonly judgements: readonly SloJudgement[];
}

/**
 * Asks Prometheus three instant queries (the SLOs, their budgets left, the firing page alerts) and judges each SLO
 * by the gate's rule. Throws the client's PrometheusApiError when Prometheus fails, and a CommandError (exit code
 * 3, an error of the gate) when Prometheus knows no SLO or no wanted one.
 */
export async function runGate(client: Pick<PrometheusClient, "query">, where: string, request: GateRequest): Promise<GateReport> {
  const [info, budgets, alerts] = await Promise.all([
    client.query(sloInfoQuery(request.stack)),
    client.query(budgetRemainingQuery(request.stack)),
    client.query(firingPageAlertsQuery()),
  ]);
  // One SLO per id and environment: a Prometheus holding several environments' rules judges each apart.
  const key = (labels: Readonly<Record<string, string>>) => `${labels.sloth_id}\u0000${labels.env ?? ""}`;
  const known = new Map<string, GatedSlo>();
  for (const series of info) {
    const slo = gatedSloOf(series.labels);
    if (slo !== undefined) {
      known.set(key(series.labels), slo);
    }
  }
  let selected: GatedSlo[];
  try {
    selected = selectSlos([...known.values()], request.slos, where);
  } catch (error) {
    throw new CommandError((error as Error).message, EXIT_CODES.error);
  }
  const judgements = selected.map((slo) => {
    const budget = budgets.find((series) => key(series.labels) === key({ sloth_id: slo.id, env: slo.env ?? "" }));
    const firing = alerts.filter((series) => isAlertOf(slo, series.labels)).map((series) => series.labels.alertname ?? "ALERTS");
    return judgeSlo({ slo, budgetRemaining: budget?.value, firingPageAlerts: [...new Set(firing)].sort() }, request.onNoData);
  });
  return { verdict: overallVerdict(judgements), judgements };
}
