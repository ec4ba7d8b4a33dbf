import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { CommandError } from "../command-action";
import { fileSystemReason } from "../input-files";
import { makeFolder, writeOutputFile } from "../output-paths";
import { CI_WORKFLOW_PATH, ciWorkflow } from "./ci-workflow";
import { ownManifest } from "./own-manifest";
import { cdktfJson, gitignore, packageJson, tsconfigJson } from "./project-files";
import { snapshotTestTs } from "./snapshot-test";
import { mainTs } from "./stack-file";
import { teamNameProblem } from "./team-name";
import { teamReadme } from "./team-readme";

/** A problem that stops `init` before it writes anything: the message says what to do (exit code 1). */
export class ScaffoldError extends CommandError {}

/** What `scaffold` wrote, as paths relative to the folder. */
export interface ScaffoldResult {
  /** Files that did not exist. */
  readonly created: readonly string[];
  /** Files of the same name that `force` replaced. */
  readonly overwritten: readonly string[];
}

/** The files of a team repository, by path relative to its root, in the order they are written. */
export function teamRepositoryFiles(team: string): Map<string, string> {
  const problem = teamNameProblem(team);
  if (problem !== undefined) {
    throw new ScaffoldError(problem);
  }
  const manifest = ownManifest();
  return new Map([
    ["package.json", packageJson(team, manifest)],
    ["tsconfig.json", tsconfigJson()],
    ["cdktf.json", cdktfJson()],
    ["main.ts", mainTs(team)],
    ["test/snapshots.test.ts", snapshotTestTs()],
    [CI_WORKFLOW_PATH, ciWorkflow()],
    [".gitignore", gitignore()],
    ["README.md", teamReadme(team)],
  ]);
}

/** The entries of a folder, or none when it does not exist; a path that is a file is an error. */
function entriesOf(folder: string): string[] {
  if (!existsSync(folder)) {
    return [];
  }
  if (!statSync(folder).isDirectory()) {
    throw new ScaffoldError(`${folder} is a file; name a new or empty folder`);
  }
  try {
    return readdirSync(folder).sort();
  } catch (error) {
    throw new ScaffoldError(`${folder} ${fileSystemReason(error)}; name a new or empty folder you can write to`);
  }
}

/**
 * Writes a team repository into `folder` (created when missing). A folder that holds anything is refused unless
 * `force` is set; then only the scaffold's own files are written, and the result names those it replaced.
 */
export function scaffold(folder: string, options: { team: string; force: boolean }): ScaffoldResult {
  const files = teamRepositoryFiles(options.team);
  const entries = entriesOf(folder);
  if (entries.length > 0 && !options.force) {
    const shown = entries.length > 5 ? `${entries.slice(0, 5).join(", ")}, …` : entries.join(", ");
    throw new ScaffoldError(
      `${folder} is not empty (${shown}); init writes into a new or empty folder. Pass --force to write its ${files.size} files there anyway, replacing those of the same name and leaving the others`,
    );
  }
  const created: string[] = [];
  const overwritten: string[] = [];
  makeFolder({ path: folder, option: "<dir>" });
  for (const [path, text] of files) {
    const target = join(folder, path);
    (existsSync(target) ? overwritten : created).push(path);
    writeOutputFile({ path: target, option: "<dir>" }, text);
  }
  return { created, overwritten };
}
