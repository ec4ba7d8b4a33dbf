import { existsSync, rmSync } from "node:fs";
import { fileWriter, type FileWriter } from "./file-writer";
import type { SwapPart } from "./output-swap";
import { basename, dirname, join } from "node:path";
import { shorten } from "./domain/names/file-names";

/** The longest name of a file or folder most file systems allow, in bytes. */
const MAX_NAME_BYTES = 255;

/**
 * Files a stack writes besides Terraform: Kubernetes manifests, rule files, dashboards, tests. Paths are
 * relative to the stack's output folder; writing the same path twice is a mistake in a construct and throws.
 *
 * Once synth has begun (`begin`), each file goes to disk as it is added (by the file writer's thread, see
 * `fileWriter`), into a staging folder beside the stack's folder, so that a thousand SLOs' files are not all held
 * in memory until the end; `flush` waits until they are written, and `commitSteps` then replaces the stack's folder
 * with it, so removed declarations leave no stale output and a failed synth (`discard`) leaves the previous output
 * as it was.
 */
export class OutputFiles {
  private readonly added = new Set<string>();
  private readonly pending = new Map<string, string>();
  private readonly folders = new Set<string>();
  /** The file writer, taken on the first write: a stack that writes nothing (an inspection) starts no thread. */
  private writer?: FileWriter;
  private target?: { folder: string; staging: string };

  add(path: string, content: string): void {
    if (this.added.has(path)) {
      throw new Error(`two constructs write ${path}; give them different names`);
    }
    const tooLong = path.split("/").find((name) => Buffer.byteLength(name, "utf8") > MAX_NAME_BYTES);
    if (tooLong !== undefined) {
      // Declarations check the names their files are made from; this catches a team's own construct that does not.
      throw new Error(`${shorten(path)}: the file name is ${Buffer.byteLength(tooLong, "utf8")} bytes long, more than the ${MAX_NAME_BYTES} file systems allow; shorten the name it is made from`);
    }
    this.added.add(path);
    if (this.target === undefined) {
      this.pending.set(path, content);
    } else {
      this.write(this.target.staging, path, content);
    }
  }

  /** Starts writing into a staging folder for `folder`; files added so far are written now. */
  begin(folder: string): void {
    const staging = join(dirname(folder), `.${basename(folder)}.staging`);
    rmSync(staging, { recursive: true, force: true });
    this.target = { folder, staging };
    for (const [path, content] of this.pending) {
      this.write(staging, path, content);
    }
    this.pending.clear();
  }

  /** How many files the stack writes. */
  get count(): number {
    return this.added.size;
  }

  /** Waits until every file added is written; throws when a write failed. */
  flush(): void {
    this.writer?.flush();
  }

  /**
   * The renames that replace the folder's content with the files written since `begin` (the folder moved aside
   * first), and what to delete once they are all done; the folders are left to the swap from here on.
   */
  commitSteps(): SwapPart {
    const { folder, staging } = this.started();
    this.flush();
    const previous = `${staging}.previous`;
    rmSync(previous, { recursive: true, force: true });
    const written = this.folders.size > 0;
    const steps = [...(existsSync(folder) ? [{ from: folder, to: previous }] : []), ...(written ? [{ from: staging, to: folder }] : [])];
    this.end();
    return { steps, afterCommit: [previous, staging], afterUndo: [staging] };
  }

  /** Drops the files written since `begin`, leaving the folder as it was. */
  discard(): void {
    try {
      this.flush(); // nothing may be written into the staging folder once it is removed
    } catch {
      // The synth failed already; the staged files are dropped either way.
    }
    rmSync(this.started().staging, { recursive: true, force: true });
    this.end();
  }

  private write(staging: string, path: string, content: string): void {
    const target = join(staging, path);
    const folder = dirname(target);
    const isNew = !this.folders.has(folder);
    this.folders.add(folder);
    this.writer ??= fileWriter();
    this.writer.write(target, content, isNew ? folder : undefined);
  }

  private started(): { folder: string; staging: string } {
    if (this.target === undefined) {
      throw new Error("output files: begin() was not called");
    }
    return this.target;
  }

  private end(): void {
    this.target = undefined;
    this.folders.clear();
  }
}
