import { localMinute } from "../../domain/sla/calendar";
import type { ComplianceReport, SloReport, SlaReport, TrendPoint } from "./model";

/** A table cell: its text, and whether it shows a target met ("good") or missed ("bad"). */
export interface Cell {
  readonly text: string;
  readonly tone?: "good" | "bad";
}

/** The report as a format-free document, rendered to Markdown or HTML. */
export type Block =
  | { readonly kind: "heading"; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "list"; readonly items: readonly string[] }
  | { readonly kind: "table"; readonly header: readonly string[]; readonly rows: readonly (readonly Cell[])[] };

const LISTED_OUTAGES = 10;

/** An achievement, cut (never rounded up) to three decimals: 99.99999 is `99.999%`, not a met 100%. */
export function percent(value: number): string {
  return `${Math.floor(value * 1000 + 1e-6) / 1000}%`;
}

/** A share of an error budget to one decimal: `208.3%`. */
export function budget(value: number): string {
  return Number.isFinite(value) ? `${Math.round(value * 10) / 10}%` : "all (the target leaves none)";
}

function trend(points: readonly TrendPoint[]): string {
  if (points.length === 0) {
    return "no earlier months";
  }
  return points.map((point) => `${point.month} ${point.percent === undefined ? "no data" : percent(point.percent)}`).join(" · ");
}

function verdict(met: boolean, value: number): Cell {
  return { text: `${percent(value)} (${met ? "met" : "missed"})`, tone: met ? "good" : "bad" };
}

/** The executive summary: how many SLAs and SLOs met their targets, the credits owed and the worst outage. */
export function executiveSummary(report: ComplianceReport): string[] {
  const measured = report.slas.filter((sla) => sla.month !== undefined);
  const slaMissed = measured.filter((sla) => sla.month?.met === false);
  const credits = measured.filter((sla) => (sla.month?.creditPercent ?? 0) > 0);
  const slos = report.slos.filter((slo) => slo.achievedPercent !== undefined);
  const sloMissed = slos.filter((slo) => (slo.achievedPercent as number) < slo.objectivePercent);
  const unmeasured = report.slas.length - measured.length + report.slos.length - slos.length;
  const worst = measured
    .flatMap((sla) => (sla.month?.outages ?? []).map((outage) => ({ sla, outage })))
    .sort((a, b) => b.outage.minutes - a.outage.minutes || a.outage.start - b.outage.start)[0];
  return [
    `SLAs: ${measured.length - slaMissed.length} of ${measured.length} met their target` +
      (slaMissed.length === 0 ? "." : `; missed: ${slaMissed.map((sla) => `${sla.title} (${percent(sla.month?.availabilityPercent ?? 0)} of ${sla.targetPercent}%)`).join(", ")}.`),
    `Credits owed: ${credits.length === 0 ? "none" : credits.map((sla) => `${sla.title} ${sla.month?.creditPercent}%`).join(", ")}.`,
    `SLOs: ${slos.length - sloMissed.length} of ${slos.length} met their objective` +
      (sloMissed.length === 0 ? "." : `; missed: ${sloMissed.map((slo) => `${slo.id} (${percent(slo.achievedPercent as number)} of ${slo.objectivePercent}%)`).join(", ")}.`),
    ...(worst === undefined ? [] : [`Longest outage: ${worst.sla.title}, ${worst.outage.minutes} min from ${localMinute(worst.sla.timeZone, worst.outage.start)} (${worst.sla.timeZone}).`]),
    ...(unmeasured === 0 ? [] : [`Without data this month: ${unmeasured} (${[...report.slas.filter((sla) => sla.month === undefined).map((sla) => sla.name), ...report.slos.filter((slo) => slo.achievedPercent === undefined).map((slo) => slo.id)].join(", ")}).`]),
  ];
}

function slaRow(sla: SlaReport): Cell[] {
  const month = sla.month;
  if (month === undefined) {
    return [{ text: sla.title }, { text: `${sla.targetPercent}%` }, { text: "no data" }, { text: "" }, { text: "" }, { text: "" }, { text: "" }];
  }
  return [
    { text: sla.title },
    { text: `${sla.targetPercent}%` },
    verdict(month.met, month.availabilityPercent),
    { text: `${month.downtimeMinutes} min of ${month.allowedDowntimeMinutes} allowed` },
    { text: budget(month.budgetConsumedPercent) },
    { text: String(month.outages.length) },
    { text: month.creditPercent === 0 ? "none" : `${month.creditPercent}%`, tone: month.creditPercent === 0 ? undefined : "bad" },
  ];
}

function slaDetails(sla: SlaReport): Block[] {
  const month = sla.month;
  const heading: Block = { kind: "heading", level: 3, text: `${sla.title} (${sla.name}, service ${sla.service})` };
  if (month === undefined) {
    return [heading, { kind: "list", items: ["No minute of the month was measured.", `Trend: ${trend(sla.trend)}.`] }];
  }
  const outages = month.outages.map((outage) => `${localMinute(sla.timeZone, outage.start)} (${outage.minutes} min)`);
  const listed = outages.length > LISTED_OUTAGES ? [...outages.slice(0, LISTED_OUTAGES), `and ${outages.length - LISTED_OUTAGES} more`] : outages;
  const tiers = sla.creditTiers.map((tier) => `below ${tier.belowPercent}% → ${tier.creditPercent}%`).join(", ");
  return [
    heading,
    {
      kind: "list",
      items: [
        `Measured in ${sla.timeZone}: ${month.minutes} minutes, ${month.maintenanceMinutes} in maintenance (excluded), ${month.unmeasuredMinutes} unmeasured (counted as up).`,
        `Breaches (outages of at least ${sla.minimumOutageMinutes} min): ${listed.length === 0 ? "none" : listed.join("; ")}.` +
          (month.ignoredDownMinutes === 0 ? "" : ` ${month.ignoredDownMinutes} down minute${month.ignoredDownMinutes === 1 ? "" : "s"} in shorter runs not counted.`),
        `Worst days: ${month.worstDays.length === 0 ? "none" : month.worstDays.map((day) => `${day.day} (${day.downtimeMinutes} min)`).join(", ")}.`,
        `Credit tiers: ${tiers === "" ? "none" : tiers}.`,
        `Trend: ${trend(sla.trend)}.`,
      ],
    },
  ];
}

function sloRow(slo: SloReport): Cell[] {
  const achieved = slo.achievedPercent;
  return [
    { text: slo.id },
    { text: `${slo.objectivePercent}%` },
    achieved === undefined ? { text: "no data" } : verdict(achieved >= slo.objectivePercent, achieved),
    { text: slo.budgetConsumedPercent === undefined ? "" : budget(slo.budgetConsumedPercent) },
    { text: slo.worstDays.map((day) => `${day.day} (${percent(day.achievedPercent)})`).join(", ") },
    { text: trend(slo.trend) },
  ];
}

/** The report as blocks: the summary first, then the SLAs (a table and each one's details), then the SLOs. */
export function reportDocument(report: ComplianceReport): Block[] {
  const title = `Compliance report ${report.month}${report.monthToDate ? " (month to date)" : ""}`;
  const slas: Block[] =
    report.slas.length === 0
      ? [{ kind: "paragraph", text: "No SLA found: no sla:policy:info series in the last day. Declare an SlaPolicy and load its rules." }]
      : [
          { kind: "table", header: ["SLA", "Target", "Achieved", "Downtime", "Budget consumed", "Breaches", "Credit owed"], rows: report.slas.map(slaRow) },
          ...report.slas.flatMap(slaDetails),
        ];
  const slos: Block[] =
    report.slos.length === 0
      ? [{ kind: "paragraph", text: "No SLO found: no sloth_slo_info series in the last day." }]
      : [{ kind: "table", header: ["SLO", "Objective", "Achieved (UTC month)", "Budget consumed", "Worst days", "Trend"], rows: report.slos.map(sloRow) }];
  return [
    { kind: "heading", level: 1, text: title },
    { kind: "heading", level: 2, text: "Executive summary" },
    { kind: "list", items: executiveSummary(report) },
    { kind: "heading", level: 2, text: "SLAs" },
    ...slas,
    { kind: "heading", level: 2, text: "SLOs" },
    ...slos,
  ];
}
