import type { Command } from "commander";
import { commandAction, CommandError, ONE_FOR_ALL } from "../command-action";
import { scaffold, ScaffoldError } from "../scaffold/scaffold";
import { teamNameOf, teamNameProblem } from "../scaffold/team-name";

/** `watchkeeper init`: writes a team repository into a folder and says what it wrote and what to run next. */
function init(folder: string, options: { force?: boolean; name?: string }): number {
  const team = options.name ?? teamNameOf(folder);
  try {
    const { created, overwritten } = scaffold(folder, { team, force: options.force === true });
    created.forEach((path) => console.log(`created      ${path}`));
    overwritten.forEach((path) => console.log(`overwritten  ${path}`));
    const cd = /\s/.test(folder) ? JSON.stringify(folder) : folder;
    console.log(`\nTeam ${team}'s monitoring repository is in ${folder}. Next:\n  cd ${cd}\n  npm install\n  npm run synth\n  npm test`);
    return 0;
  } catch (error) {
    if (error instanceof ScaffoldError && options.name === undefined && teamNameProblem(team) !== undefined) {
      throw new CommandError(`${error.message} (made from the folder's name; pass --name)`);
    }
    throw error;
  }
}

/** Registers `watchkeeper init`. */
export function registerInit(program: Command): void {
  program
    .command("init")
    .description("scaffold a team's monitoring repository: package.json, tsconfig, cdktf.json, main.ts with an OnCallTeam and a ServiceSlo, a snapshot test, a GitHub Actions workflow")
    .argument("<dir>", "the folder to write into; created when missing, refused when not empty (see --force)")
    .option("--force", "write into a folder that is not empty: replaces the scaffold's files of the same name (each listed), leaves the others")
    .option("--name <team>", "the team's name (lower-case letters, digits, dashes): its OnCallTeam, service and package name (default: the folder's name)")
    .addHelpText("after", "\nExit codes:\n  0  written (each file listed as created or overwritten)\n  1  a usage error (an unknown option, a missing value), the folder is not empty (without --force), is a file, cannot be made or written, or the team name is not usable")
    .action(commandAction("init", ONE_FOR_ALL, init));
}
