import { Option, type Command } from "commander";
import { commandAction, CommandError, ONE_FOR_ALL } from "../command-action";
import { writeOutputFile } from "../output-paths";
import { prometheusClient, withPrometheusOptions, type PrometheusOptions } from "../prometheus-options";
import { collectReport } from "../report/collect";
import { reportDocument } from "../report/document";
import { errorTrendsSection } from "../report/error-trends";
import { renderHtml, renderMarkdown } from "../report/render";
import { reportRequest } from "../report/report-request";

interface ReportOptions extends PrometheusOptions {
  month?: string;
  format: "markdown" | "html";
  out?: string;
}

/** `watchkeeper report`: a month's SLA and SLO compliance read from a running Prometheus. */
async function report(options: ReportOptions): Promise<number> {
  const { request, problem } = reportRequest(options.month, Date.now());
  if (request === undefined) {
    throw new CommandError(problem ?? "--month is not usable");
  }
  // Prometheus's failures are PrometheusApiErrors: exit code 3, the message naming the server, the query and the fix.
  const collected = await collectReport(prometheusClient(options), request, `Prometheus at ${options.prometheus}`);
  const blocks = [...reportDocument(collected), ...errorTrendsSection(collected.errorTrends)];
  const text = options.format === "html" ? renderHtml(blocks) : renderMarkdown(blocks);
  if (options.out === undefined) {
    process.stdout.write(text);
  } else {
    writeOutputFile({ path: options.out, option: "--out" }, text);
  }
  return 0;
}

/** Registers `watchkeeper report`. */
export function registerReport(program: Command): void {
  withPrometheusOptions(program.command("report"))
    .description("a month's compliance per SLA and SLO from a running Prometheus: achieved vs target, downtime, budget, breaches, credits, worst days, trend")
    .option("--month <YYYY-MM>", "the calendar month to report, e.g. 2026-11; each SLA's month is that of its time zone (default: the current month, to date)")
    .addOption(new Option("--format <format>", "markdown, or html (one self-contained page)").choices(["markdown", "html"]).default("markdown"))
    .option("--out <file>", "write the report to this file instead of standard output (its folder is created when missing)")
    .addHelpText(
      "after",
      "\nSLAs are found by their sla:policy:info series and measured from sla:downtime:minute and sla:maintenance:minute" +
        "\nover the calendar month of their own time zone, queried with the month's start and end; a minute without a" +
        "\nsample is unmeasured: counted apart with a warning, and a month with any is missed or not known, never met." +
        "\nSLOs are found by sloth_slo_info and measured over the UTC month. The trend shows the three months before." +
        "\nError trends: each ErrorTracking's error_tracking:project:info, its errors in the last 7 days against the 7 before" +
        "\nfrom error_tracking:error_events:rate5m, or, without it, its Sentry project to look at." +
        "\n\nExit codes:\n  0  report written\n  1  bad input: --month not a month or in the future, --timeout not a duration (or above 1h), --prometheus not a URL," +
        "\n     --out a folder or not writable, an unknown option" +
        "\n  3  Prometheus error: down, slower than --timeout, an HTTP error, a body that is not the API's JSON or a series" +
        "\n     without the labels Watchkeeper's rules give it (the query named)",
    )
    .action(commandAction("report", ONE_FOR_ALL, report));
}
