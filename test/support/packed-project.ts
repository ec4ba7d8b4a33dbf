import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, terminalEnvironment } from "./example";
import { listFiles } from "./files";
import { docCommands } from "./docs";

/** A folder where the packed library is installed as a team's repository would install it. */
export interface PackedProject {
  /**
   * The folder installed as the README's "Getting started" says: watchkeeper (from the tarball), its
   * peer dependencies and the dev tools, at the versions this repository builds with.
   */
  readonly root: string;
  /** The tarball `npm pack` made. */
  readonly tarball: string;
  /** A new empty folder inside the project, where code resolves packages from the project's node_modules. */
  workspace(name: string): string;
  /** Runs an installed command (tsc, tsx) in a folder and returns its exit status and output. */
  run(command: "tsc" | "tsx", args: readonly string[], cwd: string): { status: number | null; output: string };
  /** Runs a command line as a team would type it (`npx watchkeeper synth`) in a folder. */
  shell(line: string, cwd: string): { status: number | null; output: string };
}

/**
 * A team's strict TypeScript settings for code that imports the package. `skipLibCheck` is off so that the
 * published declarations are type-checked too; one test doing so is enough, the others skip them, as
 * `tsc --init` does.
 */
export function strictTsconfig(options: { checkDeclarations: boolean }): string {
  const compilerOptions = { module: "nodenext", moduleResolution: "nodenext", target: "es2022", strict: true, noEmit: true, types: [] };
  return `${JSON.stringify({ compilerOptions: { ...compilerOptions, skipLibCheck: !options.checkDeclarations }, include: ["*.ts"] }, null, 2)}\n`;
}

/** The README section that tells a team how to install and use the package. */
export const TEAM_SECTION = "Getting started";

/** What the package is made of: a change to any of these files makes a new pack. */
const PACKAGE_INPUTS = ["src", "constructs", "package.json", "package-lock.json", "tsconfig.json", "tsconfig.build.json", "README.md", "CHANGELOG.md", "docs"];
const PREFIX = "watchkeeper-packed-";
const READY = "ready";
const WAIT_MS = 10 * 60_000;
const STALE_MS = 24 * 3_600_000;

function inputsHash(): string {
  const hash = createHash("sha256");
  for (const input of PACKAGE_INPUTS) {
    const path = join(ROOT, input);
    const files = statSync(path).isDirectory() ? listFiles(path).map((file) => join(input, file)) : [input];
    for (const file of files) {
      hash.update(`${file}\0`).update(readFileSync(join(ROOT, file))).update("\0");
    }
  }
  return hash.digest("hex").slice(0, 16);
}

/** Runs a command, throwing with its output when it fails. Scripts' npm variables are not passed on. */
function exec(command: string, args: readonly string[], cwd: string): string {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_(package|lifecycle|config_.*prefix)/.test(name)));
  const result = spawnSync(command, args, { cwd, env, encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${result.stdout}\n${result.stderr}${result.error ?? ""}`);
  }
  return result.stdout;
}

/**
 * The README's `npm install` commands as npm's arguments: watchkeeper is the tarball, and every other package is
 * pinned at the version this repository builds with, so that the install is reproducible and works offline.
 */
function installCommands(tarball: string): string[][] {
  const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { devDependencies: Record<string, string> };
  const pinned = (name: string): string => {
    if (name === "watchkeeper") {
      return `./${tarball}`;
    }
    const version = manifest.devDependencies[name];
    if (version === undefined) {
      throw new Error(`the README installs ${name}, which package.json does not pin as a dev dependency`);
    }
    return `${name}@${version}`;
  };
  const installs = docCommands(TEAM_SECTION).filter((line) => line.startsWith("npm install "));
  if (installs.length === 0) {
    throw new Error(`the README's section "${TEAM_SECTION}" shows no npm install command`);
  }
  return installs.map((line) => line.split(/\s+/).slice(2).map((word) => (word.startsWith("-") ? word : pinned(word))));
}

/** Builds and packs the library, and installs it into `folder` as the README tells a team to. */
function packAndInstall(folder: string): void {
  exec("npm", ["run", "build"], ROOT);
  const [packed] = JSON.parse(exec("npm", ["pack", "--json", "--pack-destination", folder], ROOT)) as Array<{ filename: string }>;
  writeFileSync(join(folder, "package.json"), `${JSON.stringify({ name: "watchkeeper-packed-project", private: true }, null, 2)}\n`);
  for (const args of installCommands(packed.filename)) {
    exec("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", ...args], folder);
  }
  writeFileSync(join(folder, READY), packed.filename);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Removes the packed projects of other sources that no run has used for a day. */
function pruneOld(keep: string): void {
  for (const name of readdirSync(tmpdir()).filter((entry) => entry.startsWith(PREFIX) && !entry.startsWith(keep))) {
    const ready = join(tmpdir(), name, READY);
    if (existsSync(ready) && Date.now() - statSync(ready).mtimeMs > STALE_MS) {
      rmSync(join(tmpdir(), name), { recursive: true, force: true });
    }
  }
}


function project(root: string): PackedProject {
  return {
    root,
    tarball: join(root, readFileSync(join(root, READY), "utf8")),
    workspace(name) {
      mkdirSync(join(root, "workspaces"), { recursive: true });
      return mkdtempSync(join(root, "workspaces", `${name}-`));
    },
    run(command, args, cwd) {
      const result = spawnSync(join(root, "node_modules/.bin", command), args, { cwd, encoding: "utf8", env: terminalEnvironment() });
      return { status: result.status, output: `${result.stdout}${result.stderr}${result.error ?? ""}` };
    },
    shell(line, cwd) {
      const result = spawnSync("sh", ["-c", line], { cwd, encoding: "utf8", env: terminalEnvironment({ npm_config_offline: "true" }) });
      return { status: result.status, output: `${result.stdout}${result.stderr}${result.error ?? ""}` };
    },
  };
}

/**
 * The library packed and installed in a temporary project, made once for the current sources: test files of one
 * run (and later runs, until a source changes) share it. One process builds it while the others wait; a build
 * left behind by a process that died is started again.
 */
export async function packedProject(): Promise<PackedProject> {
  const name = `${PREFIX}${inputsHash()}`;
  const root = join(tmpdir(), name);
  const lock = `${root}.lock`;
  const deadline = Date.now() + WAIT_MS;
  while (!existsSync(join(root, READY))) {
    try {
      writeFileSync(lock, String(process.pid), { flag: "wx" });
    } catch {
      const holder = Number(readFileSync(lock, "utf8"));
      if (holder > 0 && !alive(holder)) {
        rmSync(lock, { force: true });
      } else if (Date.now() > deadline) {
        throw new Error(`gave up waiting for process ${holder} to pack the library into ${root}`);
      } else {
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
      continue;
    }
    try {
      rmSync(root, { recursive: true, force: true });
      mkdirSync(root);
      packAndInstall(root);
      pruneOld(name);
    } finally {
      rmSync(lock, { force: true });
    }
  }
  const now = new Date();
  utimesSync(join(root, READY), now, now);
  return project(root);
}
