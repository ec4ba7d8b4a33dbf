import { join } from "node:path";
import { InvalidArgumentError, type Command } from "commander";
import { commandAction, CommandError, ONE_FOR_ALL } from "../command-action";
import { makeFolder, writeOutputFile } from "../output-paths";
import { prometheusClient, withPrometheusOptions, type PrometheusOptions } from "../prometheus-options";
import { collectStatusPage } from "../status-page/collect";
import { renderStatusPage } from "../status-page/render-html";

interface StatusPageCliOptions extends PrometheusOptions {
  readonly out: string;
  readonly title: string;
  readonly days: number;
  readonly incidentDays: number;
}

/**
 * `watchkeeper status-page`: reads the public components (SLOs and flows marked with `statusPage`) from Prometheus
 * and writes `<out>/index.html`, a self-contained page for customers. Returns the exit code.
 */
async function statusPage(options: StatusPageCliOptions): Promise<number> {
  const now = Math.floor(Date.now() / 1000);
  // Prometheus's failures are PrometheusApiErrors: exit code 3, the message naming the server, the query and the fix.
  const model = await collectStatusPage(prometheusClient(options), { title: options.title, days: options.days, incidentDays: options.incidentDays, now });
  if (model.components.length === 0) {
    throw new CommandError(
      `Prometheus at ${options.prometheus} has no public component (no watchkeeper_status_component_info series); ` +
        `mark SLOs or flows with statusPage: { component: "…" }, deploy their rule files, and run it again. Nothing was written.`,
    );
  }
  const file = join(options.out, "index.html");
  makeFolder({ path: options.out, option: "--out" });
  writeOutputFile({ path: file, option: "--out" }, renderStatusPage(model));
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
  console.log(`${file}: ${count(model.components.length, "component")}, ${count(model.incidents.length, "incident")} in the last ${options.incidentDays} days`);
  return 0;
}

/** A whole number from `min` to `max`, for commander. */
function wholeNumber(min: number, max: number): (text: string) => number {
  return (text) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    }
    return value;
  };
}

/** Registers `watchkeeper status-page`. */
export function registerStatusPage(program: Command): void {
  withPrometheusOptions(program.command("status-page"))
    .description("write a static, self-contained status page for customers from the public SLOs and flows in Prometheus")
    .requiredOption("--out <folder>", "the folder to write index.html to (created when missing)")
    .option("--title <text>", "the page's title and heading", "Service status")
    .option("--days <n>", "how many days of uptime bars (1 to 90)", wholeNumber(1, 90), 90)
    .option("--incident-days <n>", "how many days back incidents are listed (1 to 90)", wholeNumber(1, 90), 14)
    .addHelpText(
      "after",
      "\nOnly SLOs and flows marked with statusPage: { component } appear, under their component's name; no service, SLO," +
        "\nteam or alert name is shown. States: operational, degraded (a ticket-level burn alert or errors above the budget)," +
        "\npartial outage (a page-level burn alert), major outage (half the requests failing), unknown (no data)." +
        "\n\nExit codes:\n  0  written\n  1  bad input (an option, --out a file or not writable, or no public component in Prometheus)" +
        "\n  3  Prometheus error (unreachable, slower than --timeout, HTTP error, not the API's JSON, series without the labels" +
        "\n     Watchkeeper's rules give them: the query named)",
    )
    .action(commandAction("status-page", ONE_FOR_ALL, statusPage));
}
