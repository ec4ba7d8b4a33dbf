import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AppInspection } from "../app";
import { INSPECTION_FILE } from "../app-environment";
import { appCommand, runApp } from "./app-command";
import { CommandError } from "./command-action";
import { parseJson, readTextFile } from "./input-files";
import { shape, shapeProblems } from "./shapes";

const NODE = shape.object({ id: shape.text, kind: { enum: ["source", "recording", "alert", "route", "receiver"] }, label: shape.text, path: shape.text }, ["id", "kind", "label", "path"]);
const EDGE = shape.object({ from: shape.text, to: shape.text, label: shape.text }, ["from", "to"]);
/** What `MonitoringApp.run()` writes for WATCHKEEPER_INSPECT (AppInspection), as far as the commands read it. */
const INSPECTION = shape.object(
  {
    stacks: shape.list(
      shape.object(
        { stack: shape.text, graph: shape.object({ stack: shape.text, nodes: shape.list(NODE), edges: shape.list(EDGE) }, ["stack", "nodes", "edges"]), openslo: shape.list({ type: "object" }) },
        ["stack", "graph", "openslo"],
      ),
    ),
  },
  ["stacks"],
);

/**
 * Runs the app of cdktf.json with WATCHKEEPER_INSPECT set, and reads what it declares (its graphs and its SLOs as
 * OpenSLO documents); or the app's report of why it could not (its problems, its crash), to print as it is.
 * Throws CommandError when cdktf.json names no app, or the app answered nothing or something else.
 */
export function inspectApp(commandName: string): { inspection: AppInspection } | { failure: string } {
  const app = appCommand();
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-inspect-"));
  const file = join(folder, "inspection.json");
  try {
    const outcome = runApp(commandName, app, { [INSPECTION_FILE]: file });
    if (!outcome.ok) {
      return outcome;
    }
    if (!existsSync(file)) {
      throw new CommandError(`the app wrote nothing to read; end it with app.run(), which answers watchkeeper ${commandName}`);
    }
    const fix = `the app's answer to watchkeeper ${commandName} comes from app.run() of the same watchkeeper version; check that the app and this command use the same package`;
    const inspection = parseJson(readTextFile({ path: file, fix }), { path: "the app's answer", fix });
    const problems = shapeProblems(INSPECTION, inspection);
    if (problems.length > 0) {
      throw new CommandError(`the app's answer is not what app.run() writes (${problems.join("; ")}); ${fix}`);
    }
    return { inspection: inspection as AppInspection };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
