import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { type Command, Option } from "commander";
import { adoptFileText } from "../../domain/adopt/adopt-file";
import { planAdoption } from "../../domain/adopt/match";
import { EXPORT_SHAPES } from "../../domain/adopt/vendor-exports";
import { Problems } from "../../domain/problems";
import { ADOPTING } from "../../targets/terraform/adopted-imports";
import { type ExportFiles, adoptableResources, readExports, readIdOptions, readIdsFile } from "../adopt/adopt-inputs";
import { renderAdoptionJson, renderAdoptionText } from "../adopt/render-adoption";
import { appCommand } from "../app-command";
import { commandAction, ONE_FOR_ALL } from "../command-action";
import { synthIntoTemporaryFolder } from "../plan-diff/fresh-synth";
import { SynthFolderError, readTerraformStacks } from "../plan-diff/read-synth-folder";
import type { TerraformJson } from "../plan-diff/terraform-items";

const RENDERERS = { text: renderAdoptionText, json: renderAdoptionJson } as const;

interface AdoptOptions {
  readonly stack?: string;
  readonly id?: string[];
  readonly ids?: string;
  readonly out?: string;
  readonly from?: string;
  readonly format: keyof typeof RENDERERS;
  readonly datadogMonitors?: string[];
  readonly datadogSlos?: string[];
  readonly pagerdutyServices?: string[];
  readonly pagerdutyEscalationPolicies?: string[];
}

/** Each stack's Terraform: a fresh synth of the app (its adopt files unread), or the given synth output folder. */
function terraformStacks(from: string | undefined): Map<string, TerraformJson> | string {
  if (from !== undefined) {
    try {
      return readTerraformStacks(from);
    } catch (error) {
      if (error instanceof SynthFolderError) {
        return `watchkeeper adopt: --from ${error.message}\n`;
      }
      throw error;
    }
  }
  const synth = synthIntoTemporaryFolder("adopt", appCommand(), readTerraformStacks, { [ADOPTING]: "1" });
  return "failure" in synth ? synth.failure : synth.content;
}

/** The stack to adopt for: the one given, or the app's only one; or why neither. */
function chosenStack(stacks: ReadonlyMap<string, TerraformJson>, stack: string | undefined): string | { problem: string } {
  const ids = [...stacks.keys()];
  if (stack !== undefined) {
    return stacks.has(stack) ? stack : { problem: `watchkeeper adopt: --stack ${stack}: no such stack; the app's stacks are ${ids.join(", ")}` };
  }
  return ids.length === 1
    ? ids[0]
    : { problem: `watchkeeper adopt: the app has stacks ${ids.join(", ")}; choose one with --stack (each stack has its own state, and its own adopt file)` };
}

/**
 * `watchkeeper adopt`: writes the import blocks that make a stack's resources take over the vendor objects a team
 * already runs, matched by the ids given or by name in saved exports; prints what it matched and what it did not.
 */
function adopt(options: AdoptOptions): number {
  const problems = new Problems();
  const files: Required<ExportFiles> = {
    "datadog-monitors": options.datadogMonitors ?? [],
    "datadog-slos": options.datadogSlos ?? [],
    "pagerduty-services": options.pagerdutyServices ?? [],
    "pagerduty-escalation-policies": options.pagerdutyEscalationPolicies ?? [],
  };
  const exported = readExports(files, problems);
  const given = [...readIdOptions(options.id ?? [], problems), ...(options.ids === undefined ? [] : readIdsFile(options.ids, problems))];
  if (problems.none && given.length === 0 && Object.values(files).every((list) => list.length === 0)) {
    problems.add("give the objects to adopt: --id <construct path or address>=<vendor id>, --ids <file>, or a saved export such as --datadog-monitors monitors.json");
  }
  if (!problems.none) {
    console.error(`watchkeeper adopt: nothing written:\n${problems.list.map((problem) => `  - ${problem}`).join("\n")}`);
    return 1;
  }
  const stacks = terraformStacks(options.from);
  if (typeof stacks === "string") {
    process.stderr.write(stacks);
    return 1;
  }
  const stack = chosenStack(stacks, options.stack);
  if (typeof stack !== "string") {
    console.error(stack.problem);
    return 1;
  }
  const plan = planAdoption(stack, adoptableResources(stack, stacks.get(stack) ?? {}), given, exported);
  if (plan.problems.length > 0) {
    console.error(`watchkeeper adopt: nothing written:\n${plan.problems.map((problem) => `  - ${problem}`).join("\n")}`);
    return 1;
  }
  const file = plan.imports.length === 0 ? undefined : (options.out ?? `adopt/${stack}.json`);
  if (file !== undefined) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, adoptFileText(stack, plan.imports));
  }
  process.stdout.write(RENDERERS[options.format]({ stack, file, plan }));
  return file === undefined ? 2 : 0;
}

/** A repeatable option's values, in the order given. */
const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** Registers `watchkeeper adopt`. */
export function registerAdopt(program: Command): void {
  const command = program
    .command("adopt")
    .description("write Terraform import blocks so that the app's resources take over the Datadog and PagerDuty objects a team already runs")
    .option("--stack <id>", "the stack to adopt for (needed when the app has several)")
    .option("--id <key=id>", "a vendor id for a resource, by construct path or Terraform address (repeatable)", collect)
    .option("--ids <file>", 'a JSON object {"<construct path or address>": "<vendor id>"}, or an earlier adopt file');
  for (const [name, shape] of Object.entries(EXPORT_SHAPES)) {
    command.option(`--${name} <file>`, `the saved answer of ${shape.request}, matched by name (repeatable, one file a page)`, collect);
  }
  command
    .option("--out <file>", "where to write the import blocks (default: adopt/<stack>.json)")
    .option("--from <dir>", "read a synth output folder (holding cdktf.out/stacks/<stack>/cdk.tf.json) instead of synthesizing the app")
    .addOption(new Option("--format <format>", "the report on standard output: text, or json listing every unmatched object").choices(Object.keys(RENDERERS)).default("text"))
    .addHelpText(
      "after",
      [
        "",
        "Synthesizes the app of cdktf.json into a temporary folder (its stacks' adopt files unread) unless --from is given.",
        "A resource takes over the object whose id is given for it, else the exported object of its type whose name equals",
        "its name exactly; near misses are listed with the closest candidate, never taken. The file is rewritten whole.",
        "",
        "Exit codes:",
        "  0  the import blocks were written",
        "  1  a usage error (an unknown option, a missing value), bad input (an export of the wrong shape or missing pages, an unknown address, an id of the wrong form, two ids",
        "     for one address, two objects of one name), no such stack, or the app has problems (listed) or crashed; nothing written",
        "  2  no vendor object matched a declaration; nothing written",
      ].join("\n"),
    )
    .action(commandAction("adopt", ONE_FOR_ALL, adopt));
}
