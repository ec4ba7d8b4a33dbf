import { defineConfig } from "vitest/config";
import PackedLastSequencer from "./test/support/sequencer";

/**
 * Four projects: `fast` (domain, constructs, targets, the example's snapshots: pure TypeScript and synth), `tools`
 * (every test that runs promtool, amtool or Chromium, in files named `*.tools.test.ts`; AlertRouting's file runs
 * amtool throughout), `package` (the package as a team installs it: built, packed, installed in temporary projects,
 * compiled and synthesized there, its docs' code blocks compiled and its API reference built) and `mutation`
 * (`*.mutation.test.ts`: generated tests run against every broken copy of their rules, which shows they can fail;
 * hundreds of promtool runs). `npm test` runs the first two, the everyday loop; `npm run test:fast` only the first,
 * which needs none of the tools; `npm run test:package` and `npm run test:mutation` the others, which CI runs too.
 */
const PACKAGE = ["test/package/**/*.test.ts", "test/docs/api-reference.tools.test.ts"];
const TOOLS = ["test/**/*.tools.test.ts", "test/constructs/oncall/alert-routing.test.ts"];
const MUTATION = ["test/**/*.mutation.test.ts"];
/** The end-to-end suite runs on its own, with `npm run test:e2e` (vitest.e2e.config.mts). */
const E2E = ["test/e2e/**"];
/**
 * The run's temporary folders in one folder, removed when it ends. Not in `package`, which keeps the packed library
 * in the shared temporary folder, where later runs find it.
 */
const TEMP_FOLDER = "test/support/temp-folder-setup.ts";

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: "forks",
    // Vitest's default on this 2-core machine is one worker, so every file waits for the one before; two keep both
    // cores busy (the tools' own processes fill the gaps): a third measured slower, each worker loading the engines.
    maxWorkers: 2,
    // Test files share a worker's module cache: cdktf, cdk8s and the bindings load once per worker instead of
    // once per file (most of the run's time otherwise). Tests build their own apps and restore what they patch.
    isolate: false,
    sequence: { sequencer: PackedLastSequencer },
    projects: [
      { extends: true, test: { name: "fast", globalSetup: [TEMP_FOLDER], include: ["test/**/*.test.ts"], exclude: [...TOOLS, ...PACKAGE, ...MUTATION, ...E2E] } },
      { extends: true, test: { name: "tools", include: TOOLS, exclude: [...PACKAGE, ...E2E], globalSetup: [TEMP_FOLDER, "test/global-setup.ts"] } },
      { extends: true, test: { name: "package", include: PACKAGE } },
      { extends: true, test: { name: "mutation", globalSetup: [TEMP_FOLDER], include: MUTATION } },
    ],
  },
});
