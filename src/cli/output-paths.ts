import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { CommandError } from "./command-action";
import { fileSystemReason } from "./input-files";

/** What a command writes to: the path and the option (or argument) that named it, for messages. */
export interface OutputPath {
  readonly path: string;
  /** `--out`, or `<dir>`: how the user gave the path. */
  readonly option: string;
}

const WRITE_REASONS: Readonly<Record<string, string>> = {
  EACCES: "cannot be written (permission denied)",
  EPERM: "cannot be written (permission denied)",
  EROFS: "is on a read-only file system",
  ENOSPC: "cannot be written: the disk is full",
  ENOENT: "cannot be made there (the file system refuses it)",
};

/** Why a path cannot be written, in words. */
const writeReason = (error: unknown): string => WRITE_REASONS[(error as NodeJS.ErrnoException).code ?? ""] ?? fileSystemReason(error);

/**
 * Makes a folder (the output path itself, or `folder` on its way) and its missing parents, one at a time (a path
 * below a file, a read-only or a virtual file system each refused in words). Throws CommandError naming the option,
 * the path and the reason.
 */
export function makeFolder(output: OutputPath, target = output.path): void {
  const missing: string[] = [];
  let folder = resolve(target);
  while (!existsSync(folder)) {
    missing.unshift(folder);
    if (dirname(folder) === folder) break;
    folder = dirname(folder);
  }
  if (existsSync(folder) && !statSync(folder).isDirectory()) {
    throw new CommandError(`${output.option} ${output.path}: ${folder} is a file, so no folder can be made there; give a path of a folder`);
  }
  for (const path of missing) {
    try {
      mkdirSync(path);
    } catch (error) {
      throw new CommandError(`${output.option} ${output.path}: the folder ${path} ${writeReason(error)}; give a folder you can write to`);
    }
  }
}

/**
 * Writes a text to the file an option names, making its folder when missing (so `--out reports/2026-11.md` works in
 * a fresh checkout). Throws CommandError when the path is a folder or cannot be written, naming the option.
 */
export function writeOutputFile(output: OutputPath, text: string): void {
  if (existsSync(output.path) && statSync(output.path).isDirectory()) {
    throw new CommandError(`${output.option} ${output.path} is a folder; give the path of a file to write, e.g. ${output.path.replace(/\/+$/, "")}/report`);
  }
  makeFolder(output, dirname(output.path));
  try {
    writeFileSync(output.path, text);
  } catch (error) {
    throw new CommandError(`${output.option} ${output.path} ${writeReason(error)}; give a file you can write to`);
  }
}
