import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

/**
 * A setup file (vitest's `setupFiles`): the temporary folders a test file makes (its apps' output, the CLI's
 * scratch folders, rule tests, cdk8s' test apps) go into one folder of the file's own, removed once its tests are
 * done, so that runs leave nothing behind. `os.tmpdir()` reads TMPDIR at each call, and the tools the tests start
 * inherit it.
 */
const outer = process.env.TMPDIR;
const folder = mkdtempSync(join(tmpdir(), "watchkeeper-tests-"));
process.env.TMPDIR = folder;

afterAll(() => {
  if (outer === undefined) {
    delete process.env.TMPDIR;
  } else {
    process.env.TMPDIR = outer;
  }
  rmSync(folder, { recursive: true, force: true });
});
