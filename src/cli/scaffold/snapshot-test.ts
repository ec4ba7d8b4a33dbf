/**
 * The team repository's snapshot test, `test/snapshots.test.ts`: main.ts synthesized into a temporary folder and
 * every file of its cdktf.out/ and dist/ compared with the same path under snapshots/, each mismatch reported (the layout
 * `watchkeeper diff` reads). Vitest writes a missing snapshot on a developer's first run and fails on one in CI
 * (CI=true); `npm run snapshots` accepts a change on purpose.
 */
export function snapshotTestTs(): string {
  return `import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SNAPSHOTS = join(ROOT, "snapshots");
const TSX = createRequire(import.meta.url).resolve("tsx/cli");
/** Loading cdktf, cdk8s and the providers takes seconds, more on a busy CI runner than vitest's 10 s default allows. */
const SYNTH_TIMEOUT_MS = 120_000;

/** The files under a folder, as sorted paths relative to it. */
function listFiles(folder: string): string[] {
  const paths = existsSync(folder) ? readdirSync(folder, { recursive: true, encoding: "utf8" }) : [];
  return paths.filter((path) => statSync(join(folder, path)).isFile()).map((path) => path.replaceAll("\\\\", "/")).sort();
}

let output: string;
let files: string[];

beforeAll(() => {
  output = mkdtempSync(join(tmpdir(), "monitoring-synth-"));
  const synth = spawnSync(process.execPath, [TSX, join(ROOT, "main.ts")], { cwd: output, encoding: "utf8" });
  if (synth.status !== 0) {
    throw new Error("synth of main.ts failed:\\n" + synth.stdout + synth.stderr);
  }
  files = ["cdktf.out", "dist"].flatMap((folder) => listFiles(join(output, folder)).map((file) => folder + "/" + file));
}, SYNTH_TIMEOUT_MS);

afterAll(() => rmSync(output, { recursive: true, force: true }));

describe("the synthesized monitoring (npm run snapshots accepts an intended change)", () => {
  it("is what snapshots/ holds, file by file", async () => {
    for (const file of files) {
      await expect.soft(readFileSync(join(output, file), "utf8")).toMatchFileSnapshot(join(SNAPSHOTS, file), file);
    }
  });

  it("still writes every file snapshots/ holds", () => {
    const stale = listFiles(SNAPSHOTS).filter((file) => !files.includes(file));
    expect(stale, "snapshots of files synth no longer writes (npm run snapshots removes them)").toEqual([]);
  });
});
`;
}
