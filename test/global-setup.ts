import { spawnSync } from "node:child_process";
import type { TestProject } from "vitest/node";
import { requireTool } from "../src/cli/checks/tools";
import { CHROMIUM } from "./support/chromium";
import { launchQualityPrometheus, type QualityPrometheus } from "./support/quality-prometheus";

declare module "vitest" {
  export interface ProvidedContext {
    /**
     * The real Prometheus loaded with the quality fixture's history, shared by the gate, report and status-page
     * tests; it starts while other tests run, so wait for it with `qualityReady(inject("quality"))`.
     */
    quality: QualityPrometheus;
  }
}

/**
 * The tests run the generated output through the real checkers; without them, the run stops and says so. One real
 * Prometheus serves every test that reads a server's answers; it stops when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  requireTool("promtool");
  requireTool("amtool");
  // The shared Prometheus, and the browser the status page is opened in (driven by playwright-core at its path).
  for (const [binary, debianPackage] of [["prometheus", "prometheus"], [CHROMIUM, "chromium"]]) {
    if (spawnSync(binary, ["--version"]).status !== 0) {
      throw new Error(`${binary} is not installed, and the tools tests run it; install it with: apt-get install ${debianPackage}`);
    }
  }
  const { quality, stop } = await launchQualityPrometheus();
  project.provide("quality", quality);
  return stop;
}
