import { spawn } from "node:child_process";
import { join } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const isPacked = (file: TestSpecification) => file.moduleId.includes("/test/package/");

/**
 * Vitest's order (longest or largest files first), except for the packed-package tests, which wait for the library
 * to be built, packed and installed (half a minute): when the run has any, their install starts at once in a
 * process of its own (they wait for it on its lock, see packed-project.ts), and they start a third of the way in,
 * so that workers blocked on the wait do not leave a core idle.
 */
export default class PackedLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const packed = sorted.filter(isPacked);
    if (packed.length === 0) {
      return sorted;
    }
    const root = process.cwd();
    spawn(join(root, "node_modules/.bin/tsx"), [join(root, "test/support/pack-in-background.ts")], { stdio: "ignore" }).unref();
    const others = sorted.filter((file) => !isPacked(file));
    const third = Math.ceil(others.length / 3);
    return [...others.slice(0, third), ...packed, ...others.slice(third)];
  }
}
