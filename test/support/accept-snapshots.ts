import { cpSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ROOT, synthExample } from "./example";

/**
 * `npm run snapshots`: accepts the example organisation's current synth output as its committed snapshot, after
 * a change made on purpose. Review the diff (`git diff snapshots/`) before committing it. It refuses to run in CI
 * (the CI environment variable set, as CI services set it): there the snapshot test only compares, and a change
 * to the snapshots is made and reviewed on a developer's machine.
 */
if (process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false") {
  console.error("npm run snapshots: CI is set; snapshots are accepted on a developer's machine and committed, never written in CI");
  process.exit(1);
}
const output = synthExample();
const snapshots = join(ROOT, "snapshots");
rmSync(snapshots, { recursive: true, force: true });
for (const folder of ["cdktf.out", "dist"]) {
  cpSync(join(output, folder), join(snapshots, folder), { recursive: true });
}
rmSync(output, { recursive: true, force: true });
console.log("snapshots/ now holds the current synth output; review it with git diff snapshots/");
