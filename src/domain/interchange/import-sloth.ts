import type { Problems } from "../problems";
import type { AlertSeverity } from "../routing/routing";
import type { SliProps, SloAlertingProps, SloAlertProps } from "../slo/service-slo-props";
import { counterSli, importedId, summedRateSelector, type ImportedSlo } from "./imported-slo";

/** Sloth's `prometheus/v1` spec (slok/sloth pkg/prometheus/api/v1/v1.go), the fields Watchkeeper reads. */
export interface SlothSpec {
  readonly version: string;
  readonly service: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly slos: readonly SlothSlo[];
}

interface SlothAlert {
  readonly disable?: boolean;
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
}

interface SlothSlo {
  readonly name: string;
  readonly objective: number;
  readonly description?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly plugins?: unknown;
  readonly sli: {
    readonly events?: { readonly error_query: string; readonly total_query: string };
    readonly raw?: { readonly error_ratio_query: string };
    readonly plugin?: { readonly id: string };
  };
  readonly alerting?: {
    readonly name?: string;
    readonly labels?: Readonly<Record<string, string>>;
    readonly annotations?: Readonly<Record<string, string>>;
    readonly page_alert?: SlothAlert;
    readonly ticket_alert?: SlothAlert;
  };
}

export const SLOTH_VERSION = "prometheus/v1";

/** The `severity` values Sloth's examples give each alert; Watchkeeper writes its own (`page`, `ticket`). */
const SLOTH_SEVERITIES: Readonly<Record<AlertSeverity, readonly string[]>> = { page: ["critical", "page"], ticket: ["warning", "ticket"] };

/**
 * An events SLI when Sloth's queries sum the rate of one counter each (`sum(rate(x[{{.window}}]))`), as
 * Watchkeeper writes them itself; otherwise the same error ratio as a query SLI, as Sloth computes it.
 */
function sli(problems: Problems, given: SlothSlo["sli"]): SliProps | undefined {
  if (given.plugin !== undefined) {
    problems.add(`sli.plugin: the SLI plugin ${given.plugin.id} is Sloth's code; write its error ratio as sli.raw or sli.events`);
    return undefined;
  }
  if (given.raw !== undefined) {
    return { query: { errorRatio: given.raw.error_ratio_query } };
  }
  if (given.events === undefined) {
    problems.add("sli: give events (error_query and total_query) or raw (error_ratio_query)");
    return undefined;
  }
  const errors = summedRateSelector(given.events.error_query);
  const total = summedRateSelector(given.events.total_query);
  if (errors !== undefined && total !== undefined) {
    return counterSli(errors, undefined, total);
  }
  return { query: { errorRatio: `(${given.events.error_query.trim()})\n/\n(${given.events.total_query.trim()})` } };
}

/** One severity's alert, without the `severity` label Watchkeeper sets itself (Sloth's critical and warning). */
function alert(problems: Problems, level: AlertSeverity, given: SlothAlert | undefined): SloAlertProps | undefined {
  if (given === undefined) {
    return undefined;
  }
  const { severity, ...labels } = given.labels ?? {};
  Object.entries(labels).forEach(([name, value]) => {
    if (typeof value !== "string") {
      problems.add(`alerting.${level}_alert.labels.${name}: ${JSON.stringify(value)} is not a label value (text)${name === "disable" ? `; to switch the alert off, write ${level}_alert.disable: true` : ""}`);
    }
  });
  if (severity !== undefined && !SLOTH_SEVERITIES[level].includes(severity)) {
    problems.add(`alerting.${level}_alert.labels.severity: "${severity}" is not a ${level}; Watchkeeper labels it severity="${level}" (routes matching critical or warning still match)`);
  }
  return { ...(given.disable === true ? { disable: true } : {}), labels, ...(given.annotations === undefined ? {} : { annotations: given.annotations }) };
}

/** The alerting block, with Sloth's `runbook` annotation as the SLO's runbook. */
function alerting(problems: Problems, given: NonNullable<SlothSlo["alerting"]>): { alerting: SloAlertingProps; runbookUrl?: string } {
  const { runbook, ...annotations } = given.annotations ?? {};
  const page = alert(problems, "page", given.page_alert);
  const ticket = alert(problems, "ticket", given.ticket_alert);
  return {
    alerting: {
      ...(given.name === undefined ? {} : { name: given.name }),
      ...(given.labels === undefined ? {} : { labels: given.labels }),
      ...(Object.keys(annotations).length === 0 ? {} : { annotations }),
      ...(page === undefined ? {} : { page }),
      ...(ticket === undefined ? {} : { ticket }),
    },
    runbookUrl: runbook,
  };
}

/**
 * ServiceSlos from a Sloth `prometheus/v1` spec: each SLO's name, objective, description, labels (the spec's and
 * its own), SLI and alerting (name, labels, annotations, page and ticket alerts, disabled ones dropped). Sloth's
 * period is 30 days. What Watchkeeper cannot express (SLO plugins, SLI plugins) is a problem naming the field.
 */
export function importSloth(spec: SlothSpec, problems: Problems): ImportedSlo[] {
  if (spec.version !== SLOTH_VERSION) {
    problems.add(`version: "${spec.version}" is not ${SLOTH_VERSION}; Watchkeeper reads Sloth's prometheus/v1 specs (OpenSLO files with watchkeeper import openslo)`);
    return [];
  }
  return spec.slos.flatMap((slo, index) => {
    const at = problems.under(`slos[${index}]`);
    if (slo.plugins !== undefined) {
      at.add("plugins: SLO plugins are Sloth's code; remove them, Watchkeeper writes the multiwindow alerts itself");
    }
    const indicator = sli(at, slo.sli);
    const { alerting: alerts, runbookUrl } = alerting(at, slo.alerting ?? {});
    if (indicator === undefined || !problems.none) {
      return [];
    }
    const labels = { ...spec.labels, ...slo.labels };
    const props = {
      service: spec.service,
      name: slo.name,
      objective: slo.objective,
      sli: indicator,
      ...(slo.description === undefined ? {} : { description: slo.description }),
      ...(runbookUrl === undefined ? {} : { runbookUrl }),
      ...(Object.keys(labels).length === 0 ? {} : { labels }),
      alerting: alerts,
      // Sloth's SLOs are Prometheus SLOs: a Datadog SLO needs its own queries (datadogQuery).
      outputs: { datadog: false },
    };
    return [{ id: importedId(spec.service, slo.name), props }];
  });
}
