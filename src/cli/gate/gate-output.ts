import { type GateVerdict, type SloJudgement } from "../../domain/gate/gate-verdict";
import { EXIT_CODES } from "./exit-codes";
import type { GateReport } from "./run-gate";

/** The output forms of `watchkeeper gate`. */
export const GATE_FORMATS = ["text", "json", "github"] as const;
export type GateFormat = (typeof GATE_FORMATS)[number];

const LABELS: Readonly<Record<GateVerdict, string>> = { pass: "PASS", fail: "FAIL", inconclusive: "NO DATA" };

function counts(judgements: readonly SloJudgement[]): string {
  const of = (verdict: GateVerdict) => judgements.filter((judgement) => judgement.verdict === verdict).length;
  return `${of("pass")} passed, ${of("fail")} failed, ${of("inconclusive")} inconclusive`;
}

function summary(report: GateReport, where: string): string {
  return `gate: ${report.verdict} (${counts(report.judgements)}) from ${where}`;
}

/** One line per SLO, then the verdict. */
function text(report: GateReport, where: string): string {
  const width = Math.max(...report.judgements.map((judgement) => judgement.slo.id.length));
  const lines = report.judgements.map((judgement) => `${LABELS[judgement.verdict].padEnd(7)} ${judgement.slo.id.padEnd(width)}  ${judgement.reason}`);
  return [...lines, summary(report, where)].join("\n");
}

/** The report as JSON; a budget that is not a number is null. */
function json(report: GateReport): string {
  return JSON.stringify(
    {
      verdict: report.verdict,
      exitCode: EXIT_CODES[report.verdict],
      slos: report.judgements.map((judgement) => ({
        id: judgement.slo.id,
        service: judgement.slo.service,
        slo: judgement.slo.name,
        verdict: judgement.verdict,
        reason: judgement.reason,
        budgetRemaining: judgement.budgetRemaining ?? null,
        firingPageAlerts: judgement.firingPageAlerts,
        noData: judgement.noData,
      })),
    },
    null,
    2,
  );
}

/** A GitHub Actions workflow command's message, escaped as the runner reads it. */
function escapeData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A workflow command's property value (`title=`), where `:` and `,` are also escaped. */
function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** A GitHub Actions annotation: `::error title=...::message`. */
export function annotation(level: "error" | "warning" | "notice", title: string, message: string): string {
  return `::${level} title=${escapeProperty(title)}::${escapeData(message)}`;
}

const LEVELS: Readonly<Record<GateVerdict, "error" | "warning" | "notice">> = { fail: "error", inconclusive: "warning", pass: "notice" };

/** One annotation per SLO (error for a failure, warning for no data, notice for a pass), then the verdict. */
function github(report: GateReport, where: string): string {
  const lines = report.judgements.map((judgement) => annotation(LEVELS[judgement.verdict], `SLO ${judgement.slo.id}`, judgement.reason));
  return [...lines, annotation(LEVELS[report.verdict], "watchkeeper gate", summary(report, where))].join("\n");
}

/** The report in a format, for standard output. */
export function formatGateReport(report: GateReport, format: GateFormat, where: string): string {
  return format === "json" ? json(report) : format === "github" ? github(report, where) : text(report, where);
}

/** An error reaching Prometheus or finding the SLOs, in a format: text goes to standard error, the others to standard output. */
export function formatGateError(message: string, format: GateFormat): string {
  if (format === "json") {
    return JSON.stringify({ verdict: "error", exitCode: EXIT_CODES.error, error: message }, null, 2);
  }
  return format === "github" ? annotation("error", "watchkeeper gate", message) : `watchkeeper gate: ${message}`;
}
