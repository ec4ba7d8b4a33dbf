import { requireTool } from "../src/cli/promtool";

/** The tests run the generated output through the real checkers; without them, the run stops and says so. */
export default function setup(): void {
  requireTool("promtool", "prometheus");
  requireTool("amtool", "prometheus-alertmanager");
}
