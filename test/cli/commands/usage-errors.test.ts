import { describe, expect, it } from "vitest";
import { watchkeeperProgram } from "../../../src/cli/program";
import { expectDocumentedOutcome, runWatchkeeper } from "../../support/cli-run";

/** The exit code a command's help gives usage errors: gate's is 3 (an error of the gate, never a failed SLO), the others' 1. */
const USAGE_CODE: Readonly<Record<string, number>> = { gate: 3 };
const usageCode = (command: string) => USAGE_CODE[command] ?? 1;

/** A command's help, as `watchkeeper <command> --help` prints it. */
function helpOf(name: string): string {
  const command = watchkeeperProgram().commands.find((candidate) => candidate.name() === name);
  let help = "";
  command?.configureOutput({ writeOut: (text) => (help += text) }).outputHelp();
  return help;
}

/** Each command's required arguments and options, filled in enough to get past them. */
const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  init: ["team"],
  import: ["sloth", "slos.yaml"],
  export: ["openslo"],
  gate: ["--prometheus", "http://prometheus:9090"],
  report: ["--prometheus", "http://prometheus:9090"],
  "status-page": ["--prometheus", "http://prometheus:9090", "--out", "page"],
};

const NAMES = watchkeeperProgram().commands.map((command) => command.name());

describe("usage errors: commander's messages name the option, the exit code is the one each help documents", () => {
  it("every command is covered", () => {
    expect(NAMES).toEqual(expect.arrayContaining(["synth", "diff", "validate", "graph", "test", "gate", "report", "status-page", "init", "import", "export"]));
  });

  it.each(NAMES)("%s: an unknown option", async (name) => {
    const run = await runWatchkeeper([name, ...(REQUIRED[name] ?? []), "--no-such-option"]);
    expectDocumentedOutcome(run, [usageCode(name)], /^error: unknown option '--no-such-option'/);
    expect(helpOf(name)).toMatch(new RegExp(`\\n {2}${usageCode(name)} {2}[^\\n]*(usage error|unknown option|bad input|an option)`));
  });

  it.each(NAMES.filter((name) => watchkeeperProgram().commands.find((command) => command.name() === name)?.options.some((option) => option.required)))(
    "%s: an option given without its value",
    async (name) => {
      const command = watchkeeperProgram().commands.find((candidate) => candidate.name() === name);
      const option = command?.options.find((candidate) => candidate.required && !candidate.mandatory);
      if (option === undefined) return;
      const run = await runWatchkeeper([name, ...(REQUIRED[name] ?? []), option.long as string]);
      expectDocumentedOutcome(run, [usageCode(name)], new RegExp(`^error: option '${option.flags.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}' argument missing`));
    },
  );

  it.each([
    ["init", "error: missing required argument 'dir'"],
    ["import", "error: missing required argument 'format'"],
    ["export", "error: missing required argument 'format'"],
    ["gate", "error: required option '--prometheus <url>' not specified"],
    ["report", "error: required option '--prometheus <url>' not specified"],
    ["status-page", "error: required option '--prometheus <url>' not specified"],
  ])("%s: a missing argument or required option", async (name, message) => {
    const run = await runWatchkeeper([name]);
    expectDocumentedOutcome(run, [usageCode(name)]);
    expect(run.stderr).toBe(`${message}\n`);
  });

  it("an unknown command names it and suggests the nearest (exit 1)", async () => {
    const run = await runWatchkeeper(["sinth"]);
    expectDocumentedOutcome(run, [1]);
    expect(run.stderr).toBe("error: unknown command 'sinth'\n(Did you mean synth?)\n");
  });
});
