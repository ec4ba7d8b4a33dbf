import { createRequire, syncBuiltinESMExports } from "node:module";

/** Node's own fs module object: cdktf and our output code both write through it. */
export const fs = createRequire(import.meta.url)("node:fs") as typeof import("node:fs");
export const realWriteFileSync = fs.writeFileSync;
const realRenameSync = fs.renameSync;
const realRmSync = fs.rmSync;
const realMkdirSync = fs.mkdirSync;

/** Replaces fs.writeFileSync (for cdktf's CommonJS and our ES imports alike) until restoreFs(). */
export function replaceWrites(write: typeof fs.writeFileSync): void {
  fs.writeFileSync = write;
  syncBuiltinESMExports();
}

/** Makes the `failing`th rename fail with EPERM, as on an immutable folder, until restoreFs(). */
export function refuseRename(failing: number): void {
  let renames = 0;
  fs.renameSync = (from, to) => {
    renames += 1;
    if (renames === failing) {
      throw Object.assign(new Error("EPERM: operation not permitted, rename"), { code: "EPERM" });
    }
    realRenameSync(from, to);
  };
  syncBuiltinESMExports();
}

/**
 * Lets the swap's first `survived` renames and deletions happen, then fails every one, as a process killed there
 * changes nothing more; the swap begins once its journal is written. Returns how many it saw.
 */
export function dieDuringSwap(survived: number): () => number {
  let changes = 0;
  let swapping = false;
  const change = <F extends (...args: never[]) => void>(real: F) =>
    ((...args: Parameters<F>) => {
      changes += swapping ? 1 : 0;
      if (changes > survived) {
        throw Object.assign(new Error("killed"), { code: "EKILLED" });
      }
      real(...args);
      swapping ||= String(args[1]).endsWith(".swap.json");
    }) as unknown as F;
  fs.renameSync = change(realRenameSync);
  fs.rmSync = change(realRmSync);
  syncBuiltinESMExports();
  return () => changes;
}

/** Counts the folders created and deleted (mkdirSync, rmSync) from now until restoreFs(). */
export function countFolderChanges(): () => number {
  let changes = 0;
  fs.mkdirSync = ((...args: Parameters<typeof realMkdirSync>) => {
    changes += 1;
    return realMkdirSync(...args);
  }) as typeof realMkdirSync;
  fs.rmSync = (...args) => {
    changes += 1;
    realRmSync(...args);
  };
  syncBuiltinESMExports();
  return () => changes;
}

/** Puts node's own write, rename, folder creation and delete back. */
export function restoreFs(): void {
  fs.renameSync = realRenameSync;
  fs.rmSync = realRmSync;
  fs.mkdirSync = realMkdirSync;
  replaceWrites(realWriteFileSync);
}
