import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A global setup (vitest's `globalSetup`): the temporary folders the tests make (their apps' output, the CLI's
 * scratch folders, rule tests, cdk8s' test apps) go into one folder of the run's, removed when the run ends, so
 * that runs leave nothing behind. `os.tmpdir()` reads TMPDIR at each call, and the test workers and the tools
 * they start inherit it; a command run in a clean environment, as in a team's terminal, uses the system's
 * temporary folder and removes its scratch folders itself. Removing the folders only at the end keeps the run's own
 * file creations fast on file systems that make creating a file slow for minutes after thousands were removed (ext4
 * without a journal).
 */
export default function setup(): () => void {
  const outer = process.env.TMPDIR;
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-tests-"));
  process.env.TMPDIR = folder;
  return () => {
    if (outer === undefined) {
      delete process.env.TMPDIR;
    } else {
      process.env.TMPDIR = outer;
    }
    rmSync(folder, { recursive: true, force: true });
  };
}
