import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Command, Option } from "commander";
import { constructGraph, type StackGraph } from "../../domain/signals/stack-graph";
import { appCommand, appReport } from "../app-command";
import { renderGraphDot, renderGraphMermaid, renderGraphText } from "../graph/render-graph";

const RENDERERS = { text: renderGraphText, mermaid: renderGraphMermaid, dot: renderGraphDot } as const;

interface GraphOptions {
  readonly stack?: string;
  readonly construct?: string;
  readonly format: keyof typeof RENDERERS;
}

/** Runs the app of cdktf.json with WATCHKEEPER_GRAPH set, and reads the graphs it wrote; or why it could not. */
function appGraphs(app: string): { graphs: StackGraph[] } | { failure: string } {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-graph-"));
  const file = join(folder, "graph.json");
  try {
    const result = spawnSync(app, { shell: true, env: { ...process.env, WATCHKEEPER_GRAPH: file }, stdio: ["inherit", "pipe", "pipe"], encoding: "utf8" });
    if (result.status !== 0) {
      return { failure: appReport(result) || `the app (${app}) failed with no message\n` };
    }
    if (!existsSync(file)) {
      return { failure: "watchkeeper graph: the app wrote no graph; end it with app.run(), which writes the graph when watchkeeper graph asks\n" };
    }
    return { graphs: JSON.parse(readFileSync(file, "utf8")) as StackGraph[] };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** `watchkeeper graph`: prints each stack's graph, from the sources its rules read to the receivers its alerts reach. */
function graph(options: GraphOptions): number {
  const command = appCommand("graph");
  if ("problem" in command) {
    console.error(command.problem);
    return 1;
  }
  const read = appGraphs(command.app);
  if ("failure" in read) {
    process.stderr.write(read.failure);
    return 1;
  }
  const stacks = read.graphs.filter((stackGraph) => options.stack === undefined || stackGraph.stack === options.stack);
  if (stacks.length === 0) {
    console.error(`watchkeeper graph: no stack ${options.stack}; the app's stacks are ${read.graphs.map((stackGraph) => stackGraph.stack).join(", ")}`);
    return 1;
  }
  const path = options.construct;
  const shown = path === undefined ? stacks : stacks.map((stackGraph) => constructGraph(stackGraph, path)).filter((stackGraph) => stackGraph.nodes.length > 0);
  if (shown.length === 0) {
    console.error(`watchkeeper graph: no construct at ${path}; give a construct path such as production/checkout-availability`);
    return 1;
  }
  process.stdout.write(RENDERERS[options.format](shown));
  return 0;
}

/** Registers `watchkeeper graph`. */
export function registerGraph(program: Command): void {
  program
    .command("graph")
    .description("print the signal graph: source → recording → alert → route → receiver, for every stack or one construct")
    .option("--stack <id>", "only this stack")
    .option("--construct <path>", "only this construct (a path such as production/checkout-availability, or a prefix of paths)")
    .addOption(new Option("--format <format>", "text, mermaid (a flowchart for Markdown) or dot (Graphviz)").choices(Object.keys(RENDERERS)).default("text"))
    .addHelpText(
      "after",
      ["", "Runs the app of cdktf.json (which must end in app.run()) and writes nothing.", "", "Exit codes:", "  0  the graph was printed", "  1  no cdktf.json, the app has problems (listed) or crashed, or no such stack or construct"].join("\n"),
    )
    .action((options: GraphOptions) => {
      process.exitCode = graph(options);
    });
}
