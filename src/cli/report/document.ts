import { localMinute } from "../../domain/sla/calendar";
import type { MonthCompliance } from "../../domain/sla/compliance";
import type { ComplianceReport, SloReport, SlaReport, TrendPoint } from "./model";

/** A table cell: its text, and whether it shows a target met ("good"), missed ("bad") or not known ("warn"). */
export interface Cell {
  readonly text: string;
  readonly tone?: "good" | "bad" | "warn";
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

/** A count as people read it: `7,900`. */
const count = (value: number) => value.toLocaleString("en-US");

function trend(points: readonly TrendPoint[]): string {
  if (points.length === 0) {
    return "no earlier months";
  }
  const point = ({ month, percent: value, unmeasuredMinutes = 0 }: TrendPoint) =>
    `${month} ${value === undefined ? "no data" : unmeasuredMinutes === 0 ? percent(value) : `at most ${percent(value)} (${count(unmeasuredMinutes)} min unmeasured)`}`;
  return points.map(point).join(" · ");
}

function verdict(met: boolean, value: number): Cell {
  return { text: `${percent(value)} (${met ? "met" : "missed"})`, tone: met ? "good" : "bad" };
}

/** An SLA's month achieved: met, missed (even with its unmeasured minutes up), or not known (a range) while unmeasured. */
function slaVerdict(month: MonthCompliance): Cell {
  const unmeasured = month.unmeasuredMinutes;
  if (month.verdict === "unknown") {
    return { text: `${percent(month.worstAvailabilityPercent)} to ${percent(month.availabilityPercent)} (not known: ${count(unmeasured)} min unmeasured)`, tone: "warn" };
  }
  return unmeasured === 0
    ? verdict(month.verdict === "met", month.availabilityPercent)
    : { text: `at most ${percent(month.availabilityPercent)} (missed; ${count(unmeasured)} min unmeasured)`, tone: "bad" };
}

/** The credit an SLA owes for the month: with unmeasured minutes, the least it owes. */
function credit(month: MonthCompliance): Cell {
  const atLeast = month.unmeasuredMinutes > 0 ? "at least " : "";
  if (month.creditPercent === 0) {
    return { text: atLeast === "" ? "none" : "none known" };
  }
  return { text: `${atLeast}${month.creditPercent}%`, tone: "bad" };
}

/** The summary's line on the SLAs, or that there is none: then the report covers the SLOs only. */
function slaSummary(report: ComplianceReport): string[] {
  if (report.slas.length === 0) {
    return [`No SLA is declared in ${report.source} (no sla:policy:info series in the last day); the report covers SLOs only.`];
  }
  const measured = report.slas.flatMap((sla) => (sla.month === undefined ? [] : [{ sla, month: sla.month }]));
  const of = (verdict: MonthCompliance["verdict"]) => measured.filter(({ month }) => month.verdict === verdict);
  const missed = of("missed").map(({ sla, month }) => `${sla.title} (${month.unmeasuredMinutes === 0 ? "" : "at most "}${percent(month.availabilityPercent)} of ${sla.targetPercent}%)`);
  const unknown = of("unknown").map(({ sla, month }) => `${sla.title} (${count(month.unmeasuredMinutes)} minutes unmeasured)`);
  const credits = measured.filter(({ month }) => month.creditPercent > 0).map(({ sla, month }) => `${sla.title} ${credit(month).text}`);
  const unmeasured = measured.filter(({ month }) => month.unmeasuredMinutes > 0);
  return [
    `SLAs: ${of("met").length} of ${report.slas.length} met their target` +
      (missed.length === 0 ? "" : `; missed: ${missed.join(", ")}`) +
      (unknown.length === 0 ? "" : `; not known: ${unknown.join(", ")}`) +
      ".",
    `Credits owed: ${credits.length === 0 ? (unknown.length === 0 ? "none" : "none known") : credits.join(", ")}.`,
    ...(unmeasured.length === 0
      ? []
      : [
          `Warning: unmeasured minutes (no sample of sla:downtime:minute) in ${unmeasured.map(({ sla, month }) => `${sla.title}: ${count(month.unmeasuredMinutes)} of ${count(month.minutes - month.maintenanceMinutes)}`).join(", ")}. ` +
            "They count neither as up nor as down, and a month with any is never called met. Check that the SLA's rules were loaded " +
            "for the whole month and that its SLIs' metrics were scraped (see Minutes at any scrape interval in docs/sla.md).",
        ]),
  ];
}

/** The summary's line on the SLOs, or that there is none: then the report covers the SLAs only. */
function sloSummary(report: ComplianceReport): string {
  if (report.slos.length === 0) {
    return `No SLO is declared in ${report.source} (no sloth_slo_info series in the last day); the report covers SLAs only.`;
  }
  const slos = report.slos.filter((slo) => slo.achievedPercent !== undefined);
  const sloMissed = slos.filter((slo) => (slo.achievedPercent as number) < slo.objectivePercent);
  return (
    `SLOs: ${slos.length - sloMissed.length} of ${report.slos.length} met their objective` +
    (sloMissed.length === 0 ? "." : `; missed: ${sloMissed.map((slo) => `${slo.id} (${percent(slo.achievedPercent as number)} of ${slo.objectivePercent}%)`).join(", ")}.`)
  );
}

/** The executive summary: how many SLAs and SLOs met their targets, the credits owed, unmeasured minutes, the worst outage. */
export function executiveSummary(report: ComplianceReport): string[] {
  if (report.slas.length === 0 && report.slos.length === 0) {
    return [`Neither an SLA nor an SLO is declared in ${report.source} (no sla:policy:info or sloth_slo_info series in the last day): nothing to report.`];
  }
  const worst = report.slas
    .flatMap((sla) => (sla.month?.outages ?? []).map((outage) => ({ sla, outage })))
    .sort((a, b) => b.outage.minutes - a.outage.minutes || a.outage.start - b.outage.start)[0];
  const withoutData = [...report.slas.filter((sla) => sla.month === undefined).map((sla) => sla.name), ...report.slos.filter((slo) => slo.achievedPercent === undefined).map((slo) => slo.id)];
  return [
    ...slaSummary(report),
    sloSummary(report),
    ...(worst === undefined ? [] : [`Longest outage: ${worst.sla.title}, ${worst.outage.minutes} min from ${localMinute(worst.sla.timeZone, worst.outage.start)} (${worst.sla.timeZone}).`]),
    ...(withoutData.length === 0 ? [] : [`Without data this month: ${withoutData.length} (${withoutData.join(", ")}).`]),
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
    slaVerdict(month),
    { text: `${month.downtimeMinutes} min of ${month.allowedDowntimeMinutes} allowed` },
    { text: budget(month.budgetConsumedPercent) },
    { text: String(month.outages.length) },
    credit(month),
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
        `Measured in ${sla.timeZone}: ${month.minutes} minutes, ${month.maintenanceMinutes} in maintenance (excluded), ` +
          (month.unmeasuredMinutes === 0
            ? "every other minute measured."
            : `${month.unmeasuredMinutes} unmeasured (no sample: neither up nor down; the availability is between ${percent(month.worstAvailabilityPercent)} and ${percent(month.availabilityPercent)}).`),
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
      ? [{ kind: "paragraph", text: `No SLA is declared in ${report.source}: no sla:policy:info series in the last day. Declare an SlaPolicy and load its rules.` }]
      : [
          { kind: "table", header: ["SLA", "Target", "Achieved", "Downtime", "Budget consumed", "Breaches", "Credit owed"], rows: report.slas.map(slaRow) },
          ...report.slas.flatMap(slaDetails),
        ];
  const slos: Block[] =
    report.slos.length === 0
      ? [{ kind: "paragraph", text: `No SLO is declared in ${report.source}: no sloth_slo_info series in the last day.` }]
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
