import type { Problems } from "../problems";
import type { BurnRateWindowProps, SliProps } from "../slo/service-slo-props";
import { WINDOW_PLACEHOLDER } from "../promql";
import { counterSli, importedId, plainSelector, type ImportedSlo } from "./imported-slo";
import { OPENSLO_ANNOTATIONS, OPENSLO_VERSION, type OpenSloDocument, type OpenSloMetric } from "./openslo";

/** The Prometheus query of a metric source, or undefined after recording why it is not one Watchkeeper reads. */
function prometheusQuery(problems: Problems, what: string, metric: OpenSloMetric | undefined): string | undefined {
  if (metric === undefined) {
    return undefined;
  }
  const { type, spec } = metric.metricSource;
  if (type !== "Prometheus") {
    problems.add(`${what}.metricSource.type: "${type ?? "none"}" is not Prometheus; Watchkeeper measures SLOs with Prometheus queries`);
    return undefined;
  }
  if (typeof spec?.query !== "string") {
    problems.add(`${what}.metricSource.spec.query: give the Prometheus query as text`);
    return undefined;
  }
  return spec.query;
}

/** A counter of a ratio metric, as a plain selector. */
function counter(problems: Problems, what: string, metric: OpenSloMetric | undefined) {
  const query = prometheusQuery(problems, what, metric);
  if (query === undefined) {
    return undefined;
  }
  const selector = plainSelector(query);
  if (selector === undefined) {
    problems.add(`${what}.metricSource.spec.query: "${query}" is not a plain counter selector; Watchkeeper reads a counter as x{…} and takes its rates itself`);
  }
  return selector;
}

function indicator(problems: Problems, document: OpenSloDocument): SliProps | undefined {
  const indicatorSpec = document.spec.indicator?.spec;
  if (indicatorSpec === undefined) {
    problems.add(`spec.indicator: declare the indicator inline${document.spec.indicatorRef === undefined ? "" : ` (indicatorRef ${document.spec.indicatorRef} names an SLI object Watchkeeper does not read)`}`);
    return undefined;
  }
  const ratio = indicatorSpec.ratioMetric;
  if (ratio === undefined) {
    problems.add("spec.indicator.spec.thresholdMetric: a threshold indicator has no counterpart; use a ratioMetric of good (or bad) and total events");
    return undefined;
  }
  if (ratio.raw !== undefined) {
    const query = prometheusQuery(problems, "spec.indicator.spec.ratioMetric.raw", ratio.raw);
    if (query !== undefined && !query.includes(WINDOW_PLACEHOLDER)) {
      problems.add(`spec.indicator.spec.ratioMetric.raw.metricSource.spec.query: write ${WINDOW_PLACEHOLDER} where the range goes, as Sloth does`);
    }
    const errorRatio = ratio.rawType === "success" ? `1 - (${query})` : query;
    const totalEvents = document.metadata.annotations?.[OPENSLO_ANNOTATIONS.totalEventsQuery];
    return errorRatio === undefined ? undefined : { query: { errorRatio, ...(totalEvents === undefined ? {} : { totalEvents }) } };
  }
  const where = "spec.indicator.spec.ratioMetric";
  const bad = counter(problems, `${where}.bad`, ratio.bad);
  const good = counter(problems, `${where}.good`, ratio.good);
  const total = counter(problems, `${where}.total`, ratio.total);
  if (ratio.counter === false) {
    problems.add(`${where}.counter: false means gauges; Watchkeeper's event ratios read counters`);
  }
  return total === undefined || (bad ?? good) === undefined ? undefined : counterSli(bad, good, total);
}

/** The period of a rolling window, or undefined after recording why the window is not one. */
function period(problems: Problems, document: OpenSloDocument): string | undefined {
  const windows = document.spec.timeWindow ?? [];
  if (windows.length !== 1 || windows[0].isRolling !== true || windows[0].calendar !== undefined) {
    problems.add("spec.timeWindow: give one rolling window (isRolling: true); calendar-aligned windows are measured by SlaPolicy, not by an SLO");
    return undefined;
  }
  return windows[0].duration;
}

/** The burn-rate windows Watchkeeper's export writes as an annotation: a JSON list; throws when it is not one. */
function burnRateWindowsOf(text: string): BurnRateWindowProps[] {
  let windows: unknown;
  try {
    windows = JSON.parse(text);
  } catch {
    windows = undefined;
  }
  if (!Array.isArray(windows) || !windows.every((entry) => typeof entry === "object" && entry !== null)) {
    throw new Error(`${JSON.stringify(text.slice(0, 40))} is not the JSON list of burn-rate windows watchkeeper export writes; remove the annotation or write the list`);
  }
  return windows as BurnRateWindowProps[];
}

/**
 * A ServiceSlo from an OpenSLO v1 SLO document: its service, the objective's display name as the SLO's name, the
 * target, a rolling period, and a ratio indicator on Prometheus. What Watchkeeper cannot express (another budgeting
 * method, a calendar window, several objectives, a threshold indicator, another metric source) is a problem naming
 * the field.
 */
export function importOpenSlo(document: OpenSloDocument, problems: Problems): ImportedSlo | undefined {
  if (document.apiVersion !== OPENSLO_VERSION || document.kind !== "SLO") {
    problems.add(`apiVersion/kind: ${document.apiVersion} ${document.kind} is not an ${OPENSLO_VERSION} SLO`);
    return undefined;
  }
  const method = document.spec.budgetingMethod ?? "Occurrences";
  if (method !== "Occurrences") {
    problems.add(`spec.budgetingMethod: ${method} is not measured; Watchkeeper counts occurrences (good events over all events)`);
  }
  const objectives = document.spec.objectives ?? [];
  const [objective] = objectives;
  if (objectives.length !== 1 || (objective.target === undefined) === (objective.targetPercent === undefined)) {
    problems.add("spec.objectives: give exactly one objective, with target or targetPercent");
  }
  const sli = indicator(problems, document);
  const window = period(problems, document);
  const annotations = document.metadata.annotations ?? {};
  const windowsText = annotations[OPENSLO_ANNOTATIONS.burnRateWindows];
  const windows = windowsText === undefined ? undefined : problems.attempt(`metadata.annotations["${OPENSLO_ANNOTATIONS.burnRateWindows}"]`, () => burnRateWindowsOf(windowsText));
  if (!problems.none || sli === undefined || window === undefined || objective === undefined) {
    return undefined;
  }
  const guard = annotations[OPENSLO_ANNOTATIONS.minimumEventsForPage];
  const name = objective.displayName ?? document.metadata.name;
  const props = {
    service: document.spec.service,
    name,
    objective: objective.targetPercent ?? Number(((objective.target as number) * 100).toPrecision(12)),
    period: window,
    sli,
    ...(document.spec.description === undefined ? {} : { description: document.spec.description }),
    ...(annotations[OPENSLO_ANNOTATIONS.runbookUrl] === undefined ? {} : { runbookUrl: annotations[OPENSLO_ANNOTATIONS.runbookUrl] }),
    ...(guard === undefined ? {} : { minimumEventsForPage: Number(guard) }),
    ...(windows === undefined ? {} : { burnRateWindows: windows }),
    // The documents measure with Prometheus: a Datadog SLO needs its own queries (datadogQuery).
    outputs: { datadog: false },
  };
  return { id: importedId(props.service, name), props };
}
