import { CommanderError, Option, type Command } from "commander";
import { commandAction, CommandError } from "../command-action";
import { type GateVerdict } from "../../domain/gate/gate-verdict";
import { EXIT_CODES } from "../gate/exit-codes";
import { formatGateError, formatGateReport, GATE_FORMATS, type GateFormat } from "../gate/gate-output";
import { runGate } from "../gate/run-gate";
import { prometheusClient, withPrometheusOptions, type PrometheusOptions } from "../prometheus-options";

interface GateOptions extends PrometheusOptions {
  stack?: string;
  slo?: string[];
  onNoData: GateVerdict;
  format: GateFormat;
}

/** `watchkeeper gate`: judges the SLOs from a running Prometheus and returns the verdict as the exit code. */
async function gate(options: GateOptions): Promise<number> {
  const where = `Prometheus at ${options.prometheus}`;
  try {
    const report = await runGate(prometheusClient(options), where, { stack: options.stack, slos: options.slo ?? [], onNoData: options.onNoData });
    console.log(formatGateReport(report, options.format, where));
    return EXIT_CODES[report.verdict];
  } catch (error) {
    if (!(error instanceof CommandError)) {
      throw error; // a fault of the gate's own: commandAction reports it, with exit code 3 too
    }
    const message = formatGateError(error.message, options.format);
    if (options.format === "text") {
      console.error(message);
    } else {
      console.log(message);
    }
    return EXIT_CODES.error;
  }
}

/** Registers `watchkeeper gate`. */
export function registerGate(program: Command): void {
  withPrometheusOptions(program.command("gate"))
    .description(
      "judge the SLOs from a running Prometheus before a deploy: fail when an error budget is exhausted or a page-level burn alert fires",
    )
    .option("--stack <name>", "only the SLOs of this environment (the env label of their series, where they have one)")
    .option("--slo <name...>", "only these SLOs, by name (availability) or id (checkout-availability); all by default")
    .addOption(
      new Option("--on-no-data <verdict>", "the verdict of an SLO without data (no budget series, or NaN: a service without traffic)")
        .choices(["pass", "fail", "inconclusive"])
        .default("inconclusive"),
    )
    .addOption(new Option("--format <format>", "text, json, or github (GitHub Actions annotations)").choices(GATE_FORMATS).default("text"))
    .addHelpText(
      "after",
      "\nAn SLO fails when its page-severity burn alert is firing (ALERTS{alertstate=\"firing\",severity=\"page\"}) or its" +
        "\nerror budget left (slo:period_error_budget_remaining:ratio) is 0 or less; the SLOs are the sloth_slo_info series." +
        "\n\nExit codes:\n  0  every SLO passes\n  1  an SLO fails (budget exhausted or page burn firing)" +
        "\n  2  inconclusive: an SLO has no data (with --on-no-data inconclusive)" +
        "\n  3  a usage error (a missing or bad option: never read as a failed SLO), or an error: Prometheus down, slower" +
        "\n     than --timeout, an HTTP error, a body that is not the API's JSON, an unknown --slo",
    )
    // A usage error is an error of the gate (3), not a failed SLO (1), which commander's own exit code would say.
    .exitOverride((error) => {
      throw new CommanderError(error.exitCode === 0 ? 0 : EXIT_CODES.error, error.code, error.message);
    })
    .action(commandAction("gate", { badInput: EXIT_CODES.error, unexpected: EXIT_CODES.error }, gate));
}
