import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { watchkeeperProgram } from "../../src/cli/program";
import { ROOT } from "../support/example";

/** Every `watchkeeper <command> …` line of the README's code blocks (shell and workflow files), as written. */
function documentedCommands(): Array<{ line: string; command: string; options: string[] }> {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const blocks = [...readme.matchAll(/```(?:sh|yaml)\n([\s\S]*?)\n\s*```/g)].map((match) => match[1]);
  return blocks.flatMap((block) =>
    [...block.matchAll(/(?:npx |^\s*)watchkeeper ([a-z-]+)([^\n#|>]*)/gm)].map((match) => ({
      line: match[0].trim(),
      command: match[1],
      options: [...match[2].matchAll(/--[a-z-]+/g)].map((option) => option[0]),
    })),
  );
}

describe("the README's watchkeeper command lines", () => {
  const program = watchkeeperProgram();
  const documented = documentedCommands();

  it("are many, in the walkthroughs, the command reference and the CI workflows", () => {
    expect(documented.length).toBeGreaterThanOrEqual(15);
  });

  it.each(documented.map((entry) => [entry.line, entry] as const))("%s names a command and its options", (_line, entry) => {
    const command = program.commands.find((candidate) => candidate.name() === entry.command);
    expect(command, `watchkeeper has no command ${entry.command}`).toBeDefined();
    const known = command?.options.map((option) => option.long) ?? [];
    expect(entry.options.filter((option) => !known.includes(option))).toEqual([]);
  });
});
