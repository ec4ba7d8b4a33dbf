import { type Command, Option } from "commander";
import { type PlanDiff, planDiff, planExitCode } from "../../domain/plan-diff/plan-diff";
import { freshSynth } from "../plan-diff/fresh-synth";
import { SynthFolderError, readSynthFolder } from "../plan-diff/read-synth-folder";
import { renderJson } from "../plan-diff/render-json";
import { renderMarkdown } from "../plan-diff/render-markdown";
import { renderText } from "../plan-diff/render-text";
import { appCommand } from "../app-command";
import { commandAction, CommandError, ONE_FOR_ALL } from "../command-action";

const RENDERERS = { markdown: renderMarkdown, text: renderText, json: renderJson } as const satisfies Record<string, (plan: PlanDiff) => string>;

interface DiffOptions {
  readonly against: string;
  readonly format: keyof typeof RENDERERS;
}

/**
 * `watchkeeper diff`: synthesizes the app of cdktf.json into a temporary folder and compares it with a previous
 * synth's output, printing the plan on standard output; problems go to standard error.
 */
function diff(options: DiffOptions): number {
  const app = appCommand();
  let previous;
  try {
    previous = readSynthFolder(options.against);
  } catch (error) {
    throw error instanceof SynthFolderError ? new CommandError(`--against ${error.message}`) : error;
  }
  const current = freshSynth(app);
  if ("failure" in current) {
    process.stderr.write(current.failure);
    return 1;
  }
  const plan = planDiff(previous, current.content);
  process.stdout.write(RENDERERS[options.format](plan));
  return planExitCode(plan);
}

/** Registers `watchkeeper diff`. */
export function registerDiff(program: Command): void {
  program
    .command("diff")
    .description("synthesize the app and compare it with a previous synth: changes by construct, dangerous ones first")
    .option("--against <dir>", "the previous synth's folder, holding cdktf.out/stacks/<stack>/cdk.tf.json and dist/<stack>/", "snapshots")
    .addOption(
      new Option("--format <format>", "markdown (a pull request comment), text or json (see JsonPlan in docs/ci.md)").choices(Object.keys(RENDERERS)).default("markdown"),
    )
    .addHelpText(
      "after",
      [
        "",
        "Dangerous changes: a destroy that loses history (SLO, monitor, dashboard, PagerDuty service), an alert removed",
        "or muted (severity or priority lowered, notification removed, disabled), an objective loosened, a threshold",
        "raised, alert routing changed (Alertmanager routes, PagerDuty escalation or orchestration).",
        "",
        "Exit codes:",
        "  0  no change",
        "  1  a usage error (an unknown option, a missing value), no usable cdktf.json or app file, --against is missing or not a synth output folder (or holds files of",
        "     another shape than synth writes), or the app has problems (listed), crashed or declares no stack",
        "  2  changes, none dangerous",
        "  3  dangerous changes (listed first)",
      ].join("\n"),
    )
    .action(commandAction("diff", ONE_FOR_ALL, diff));
}
