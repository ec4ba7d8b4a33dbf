import { cpSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ROOT, synthExample } from "./example";

/**
 * `npm run snapshots`: accepts the example organisation's current synth output as its committed snapshot, after
 * a change made on purpose. Review the diff (`git diff snapshots/`) before committing it.
 */
const output = synthExample();
const snapshots = join(ROOT, "snapshots");
rmSync(snapshots, { recursive: true, force: true });
for (const folder of ["cdktf.out", "dist"]) {
  cpSync(join(output, folder), join(snapshots, folder), { recursive: true });
}
rmSync(output, { recursive: true, force: true });
console.log("snapshots/ now holds the current synth output; review it with git diff snapshots/");
