import { MEASURE_LABEL } from "../../domain/status-page/component";
import { incidentsFrom, newestFirst } from "../../domain/status-page/incidents";
import type { ComponentStatus, StatusPageModel } from "../../domain/status-page/model";
import { componentState } from "../../domain/status-page/state";
import { dayWindows, uptimeDays } from "../../domain/status-page/uptime";
import { Duration } from "../../domain/duration";
import { SLO_METRICS } from "../../domain/slo/slo-rules";
import type { InstantSample, PrometheusClient, RangeSeries } from "../prometheus-api/client";
import { LABEL, labelledSeries } from "../prometheus-api/series-labels";
import { burnAlerts, dailyErrorRatio, ofSlos, PUBLIC_MARKS } from "./queries";

/** What the status page reads: instant and range queries. */
export type StatusPageSource = Pick<PrometheusClient, "query" | "queryRange">;

export interface StatusPageOptions {
  readonly title: string;
  /** How many days of uptime bars. */
  readonly days: number;
  /** How many days back incidents are listed. */
  readonly incidentDays: number;
  /** The time the page shows, Unix seconds. */
  readonly now: number;
}

/** Incidents are read from the alerts sampled this often: Prometheus answers at most 11,000 points per series. */
export function incidentStepSeconds(incidentDays: number): number {
  return Math.max(60, Math.ceil((incidentDays * 86_400) / 10_000 / 60) * 60);
}

/**
 * Reads the public components from Prometheus and builds the page's model. Components are the SLOs marked with
 * the `watchkeeper_status_component_info` series; their state comes from their burn-rate alerts and current error
 * ratio, their bars from the daily average of their recorded error ratio, their incidents from the history of
 * their page alerts. Only the components' public names and descriptions are copied into the model.
 */
export async function collectStatusPage(source: StatusPageSource, options: StatusPageOptions): Promise<StatusPageModel> {
  const at = new Date(options.now * 1000);
  // Marks written before they named their window have none, and are left out; a window must be a duration.
  const complete = (await source.query(PUBLIC_MARKS, at)).filter(({ labels }) => [labels.sloth_id, labels.sloth_window, labels.component].every((label) => label !== undefined));
  const marks = labelledSeries(complete, PUBLIC_MARKS, { sloth_window: LABEL.duration });
  const base = { title: options.title, generatedAt: options.now, incidentDays: options.incidentDays };
  if (marks.length === 0) {
    return { ...base, components: [], incidents: [] };
  }
  const ids = marks.map((mark) => mark.labels.sloth_id);
  const windows = dayWindows(options.now, options.days);
  const step = incidentStepSeconds(options.incidentDays);
  const incidentStart = options.now - options.incidentDays * 86_400;
  const [budgets, burnRates, alerts, daily, pages] = await Promise.all([
    source.query(ofSlos(SLO_METRICS.errorBudget, ids), at),
    source.query(ofSlos(SLO_METRICS.currentBurnRate, ids), at),
    source.query(burnAlerts(), at),
    dailyErrorRatios(source, marks, date(windows[0].end), date(windows[windows.length - 1].end)),
    source.queryRange(burnAlerts("page"), date(incidentStart), at, step),
  ]);
  const pageAlertTimes = (labels: Readonly<Record<string, string>>) =>
    pages.filter((series) => isAlertOf(series.labels, labels)).flatMap((series) => series.values.map(([time]) => time));
  const components = marks.map(({ labels }): ComponentStatus => {
    const { sloth_id: id, component, description, [MEASURE_LABEL]: measures } = labels;
    const budget = byId(budgets, id)?.value ?? Number.NaN;
    const firing = (severity: string) => alerts.some((alert) => isAlertOf(alert.labels, labels) && alert.labels.severity === severity);
    const burn = byId(burnRates, id)?.value;
    const state = componentState({
      pageAlertFiring: firing("page"),
      ticketAlertFiring: firing("ticket"),
      errorRatio: burn === undefined ? undefined : burn * budget,
      errorBudget: budget,
    });
    const dailyRatio = new Map((byId(daily, id)?.values ?? []).map(([time, ratio]) => [Math.round(time), ratio]));
    return {
      name: component,
      ...(description === undefined ? {} : { description }),
      state,
      // A mark written before components said what they count counts requests.
      measures: measures === "probes" ? "probes" : "requests",
      days: uptimeDays(windows, dailyRatio, budget),
    };
  });
  const incidents = marks.flatMap(({ labels }) => incidentsFrom(labels.component, pageAlertTimes(labels), step, options.now));
  return {
    ...base,
    components: components.sort((a, b) => a.name.localeCompare(b.name)),
    incidents: newestFirst(incidents),
  };
}

/** Whether an alert's labels are those of the SLO a component mark names (its `service` and `slo` labels). */
function isAlertOf(alert: Readonly<Record<string, string>>, mark: Readonly<Record<string, string>>): boolean {
  return alert.service === mark.sloth_service && alert.slo === mark.sloth_slo;
}

/**
 * The daily average of each SLO's error ratio over its shortest window, the one its mark names (`sloth_window`,
 * 5m for the workbook's windows): one range query per window length, evaluated at the end of each day.
 */
async function dailyErrorRatios(source: StatusPageSource, marks: readonly InstantSample[], start: Date, end: Date): Promise<RangeSeries[]> {
  const idsByWindow = new Map<string, string[]>();
  for (const { labels } of marks) {
    idsByWindow.set(labels.sloth_window, [...(idsByWindow.get(labels.sloth_window) ?? []), labels.sloth_id]);
  }
  const queries = [...idsByWindow].map(([window, ids]) =>
    source.queryRange(dailyErrorRatio(Duration.parse(window), ids), start, end, 86_400),
  );
  return (await Promise.all(queries)).flat();
}

function byId<T extends InstantSample | RangeSeries>(series: readonly T[], id: string): T | undefined {
  return series.find((one) => one.labels.sloth_id === id);
}

function date(seconds: number): Date {
  return new Date(seconds * 1000);
}
