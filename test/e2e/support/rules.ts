import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { filesEndingWith } from "../../../src/cli/checks/tools";

/** An alerting rule as synthesized. */
export interface SynthesizedAlert {
  readonly alert: string;
  readonly expr: string;
  readonly for?: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
}

/** Every alerting rule of the rule files in a folder. */
export function synthesizedAlerts(folder: string): SynthesizedAlert[] {
  return filesEndingWith(folder, ".rules.yml").flatMap((file) => {
    const document = parse(readFileSync(file, "utf8")) as { groups: Array<{ rules: Array<Partial<SynthesizedAlert>> }> };
    return document.groups.flatMap((group) => group.rules.filter((rule): rule is SynthesizedAlert => rule.alert !== undefined));
  });
}

/**
 * The one synthesized alert whose labels include `labels` and, when given, whose expression reads `reads`; throws
 * when there is none or more than one, so that scenarios name alerts by what they are, not by their generated name.
 */
export function theAlert(alerts: readonly SynthesizedAlert[], labels: Readonly<Record<string, string>>, reads?: RegExp): SynthesizedAlert {
  const found = alerts.filter(
    (rule) => Object.entries(labels).every(([name, value]) => rule.labels[name] === value) && (reads === undefined || reads.test(rule.expr)),
  );
  if (found.length !== 1) {
    const names = found.map((rule) => rule.alert).join(", ") || "none";
    throw new Error(`expected one alert with ${JSON.stringify(labels)}${reads ? ` reading ${reads}` : ""}, found ${names}`);
  }
  return found[0];
}

/** The SLO burn-rate alert of a service's SLO at a severity. */
export function burnRateAlert(alerts: readonly SynthesizedAlert[], service: string, slo: string, severity: "page" | "ticket"): SynthesizedAlert {
  return theAlert(alerts, { service, slo, severity }, /slo:sli_error:ratio_rate/);
}

/** The alert of a synthetic check that fires when it fails from enough locations (`probe_success == 0`). */
export function failingCheckAlert(alerts: readonly SynthesizedAlert[], flow: string): SynthesizedAlert {
  return theAlert(alerts, { flow }, /probe_success\{[^}]*\} == 0/);
}

/** The meta-monitoring's alert on a scrape job whose targets are down or gone (`up == 0 or absent(up)`). */
export function targetMissingAlert(alerts: readonly SynthesizedAlert[], job: string): SynthesizedAlert {
  return theAlert(alerts, { job }, /absent\(up\{/);
}

/** The alert of a synthetic check that tickets when a location's probes stop reporting (`absent_over_time`). */
export function probesMissingAlert(alerts: readonly SynthesizedAlert[], flow: string): SynthesizedAlert {
  return theAlert(alerts, { flow }, /absent_over_time\(probe_success/);
}
