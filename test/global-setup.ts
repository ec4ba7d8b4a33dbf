import { requireTool } from "../src/checks/tools";

/** The tests run the generated output through the real checkers; without them, the run stops and says so. */
export default function setup(): void {
  requireTool("promtool");
  requireTool("amtool");
}
