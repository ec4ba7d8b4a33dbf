import { Option, type Command } from "commander";
import { commandAction, CommandError, ONE_FOR_ALL } from "../command-action";
import { jsonReport, textReport } from "../checks/check-result";
import { validateOutput } from "../checks/validate";

/** `watchkeeper validate`: every consumer's check on the synthesized output, one summary, non-zero on any failure. */
async function validate(options: { outdir: string; format: "text" | "json" }): Promise<number> {
  const results = await validateOutput(options.outdir);
  if (results === undefined) {
    throw new CommandError(`nothing to validate in ${options.outdir}; run watchkeeper synth first`);
  }
  process.stdout.write(options.format === "json" ? jsonReport(results) : textReport(results));
  return results.some((result) => result.status === "failed") ? 1 : 0;
}

/** Registers `watchkeeper validate`. */
export function registerValidate(program: Command): void {
  program
    .command("validate")
    .description(
      "check the synthesized output as its consumers will: promtool check rules, amtool check-config, Kubernetes objects " +
        "against their CRD schemas, every PromQL expression parsed (rule files, manifests, dashboards), and every alert routed to a receiver of its own",
    )
    .option("--outdir <folder>", "the folder synth wrote to", "dist")
    .addOption(new Option("--format <format>", "the report's format").choices(["text", "json"]).default("text"))
    .addHelpText(
      "after",
      "\nEach check is ok, FAIL or skip: a check with nothing to check (no Alertmanager configuration, no manifest, …) is\n" +
        "skipped with its reason, never counted as passed; the summary counts each.\n" +
        "The routing check asks amtool config routes test, for every alert of the rule files, which receivers its stack's\n" +
        "alertmanager.yml sends it to; an alert caught only by the root route's fallback receiver fails (a stack\n" +
        "without alertmanager.yml routes its alerts elsewhere and is named as not checked).\n" +
        "promtool and amtool come with the Debian packages prometheus and prometheus-alertmanager.\n" +
        "\nExit codes:\n  0  no check failed (each passed or was skipped)\n  1  a usage error (an unknown option, a missing value), a check failed (its problems listed), a checker is missing, nothing was synthesized, or --outdir is a file",
    )
    .action(commandAction("validate", ONE_FOR_ALL, validate));
}
