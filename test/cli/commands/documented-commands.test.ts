import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { watchkeeperProgram } from "../../../src/cli/program";
import { documentationFiles } from "../../support/docs";
import { ROOT } from "../../support/example";

/** Every `watchkeeper <command> …` line of the documentation's code blocks (shell and workflow files), as written. */
function documentedCommands(): Array<{ line: string; command: string; options: string[] }> {
  const blocks = documentationFiles().flatMap((file) =>
    [...readFileSync(join(ROOT, file), "utf8").matchAll(/```(?:sh|yaml)\n([\s\S]*?)\n\s*```/g)].map((match) => match[1]),
  );
  return blocks.flatMap((block) =>
    [...block.matchAll(/(?:npx |^\s*)watchkeeper ([a-z-]+)([^\n#|>]*)/gm)].map((match) => ({
      line: match[0].trim(),
      command: match[1],
      options: [...match[2].matchAll(/--[a-z-]+/g)].map((option) => option[0]),
    })),
  );
}

describe("the watchkeeper command lines of README.md and docs/", () => {
  const program = watchkeeperProgram();
  const documented = documentedCommands();

  it("are many, in the walkthroughs, the command reference and the CI workflows, and name every command", () => {
    expect(documented.length).toBeGreaterThanOrEqual(15);
    expect(program.commands.map((command) => command.name()).filter((name) => !documented.some((entry) => entry.command === name))).toEqual([]);
  });

  it.each(documented.map((entry) => [entry.line, entry] as const))("%s names a command and its options", (_line, entry) => {
    const command = program.commands.find((candidate) => candidate.name() === entry.command);
    expect(command, `watchkeeper has no command ${entry.command}`).toBeDefined();
    const known = command?.options.map((option) => option.long) ?? [];
    expect(entry.options.filter((option) => !known.includes(option))).toEqual([]);
  });
});

describe("watchkeeper --help", () => {
  it.each(watchkeeperProgram().commands.map((command) => [command.name(), command] as const))("documents the exit codes of %s", (_name, command) => {
    let help = "";
    command.configureOutput({ writeOut: (text) => (help += text) }).outputHelp();
    expect(help).toMatch(/\nExit codes:\n {2}0 {2}\S[^\n]*\n {2}1 {2}\S/);
  });
});

describe("watchkeeper's options", () => {
  const helpOf = (command: ReturnType<typeof watchkeeperProgram>) => {
    let help = "";
    command.configureOutput({ writeOut: (text) => (help += text) }).outputHelp();
    return help;
  };

  it("--version prints the version of package.json", async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    let out = "";
    const program = watchkeeperProgram().exitOverride().configureOutput({ writeOut: (text) => (out += text) });
    await expect(program.parseAsync(["node", "watchkeeper", "--version"])).rejects.toMatchObject({ code: "commander.version" });
    expect(out).toBe(`${version}\n`);
  });

  it.each(watchkeeperProgram().commands.map((command) => [command.name(), command] as const))("%s marks each required option in its help, and no empty default", (_name, command) => {
    const help = helpOf(command).replace(/\n\s+/g, " ");
    for (const option of command.options.filter((candidate) => candidate.mandatory)) {
      expect(help).toMatch(new RegExp(`${option.long}[^\\n]*\\(required\\)`));
    }
    expect(help).not.toContain("(default: [])");
    expect(help).not.toContain("default: false");
  });

  it("status-page and report say that --prometheus is required, status-page that --out is", () => {
    const [statusPage, report] = ["status-page", "report"].map((name) => helpOf(watchkeeperProgram().commands.find((command) => command.name() === name) as ReturnType<typeof watchkeeperProgram>).replace(/\n\s+/g, " "));
    expect(statusPage).toMatch(/--out <folder> +the folder to write index\.html to \(created when missing\) \(required\)/);
    expect(statusPage).toMatch(/--prometheus <url> .*\(required\)/);
    expect(report).toMatch(/--prometheus <url> .*\(required\)/);
  });
});
