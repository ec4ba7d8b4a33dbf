import type { TestProject } from "vitest/node";
import { requireTool } from "../src/cli/promtool";
import { startQualityPrometheus, type QualityPrometheus } from "./support/quality-prometheus";

declare module "vitest" {
  export interface ProvidedContext {
    /** The real Prometheus loaded with the quality fixture's history, shared by the gate, report and status-page tests. */
    quality: QualityPrometheus;
  }
}

/**
 * The tests run the generated output through the real checkers; without them, the run stops and says so. One real
 * Prometheus serves every test that reads a server's answers; it stops when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  requireTool("promtool", "prometheus");
  requireTool("amtool", "prometheus-alertmanager");
  const { quality, stop } = await startQualityPrometheus();
  project.provide("quality", quality);
  return stop;
}
