import { type Command, Option } from "commander";
import { constructGraph } from "../../domain/signals/stack-graph";
import { inspectApp } from "../app-inspection";
import { commandAction, CommandError, ONE_FOR_ALL } from "../command-action";
import { renderGraphDot, renderGraphMermaid, renderGraphText } from "../graph/render-graph";

const RENDERERS = { text: renderGraphText, mermaid: renderGraphMermaid, dot: renderGraphDot } as const;

interface GraphOptions {
  readonly stack?: string;
  readonly construct?: string;
  readonly format: keyof typeof RENDERERS;
}

/** `watchkeeper graph`: prints each stack's graph, from the sources its rules read to the receivers its alerts reach. */
function graph(options: GraphOptions): number {
  const read = inspectApp("graph");
  if ("failure" in read) {
    process.stderr.write(read.failure);
    return 1;
  }
  const graphs = read.inspection.stacks.map((stack) => stack.graph);
  const stacks = graphs.filter((stackGraph) => options.stack === undefined || stackGraph.stack === options.stack);
  if (stacks.length === 0) {
    throw new CommandError(`--stack ${options.stack}: the app has no such stack; its stacks are ${graphs.map((stackGraph) => stackGraph.stack).join(", ")}`);
  }
  const path = options.construct;
  const shown = path === undefined ? stacks : stacks.map((stackGraph) => constructGraph(stackGraph, path)).filter((stackGraph) => stackGraph.nodes.length > 0);
  if (shown.length === 0) {
    throw new CommandError(`--construct ${path}: no construct of the app is at that path; give a construct path such as production/checkout-availability`);
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
      ["", "Runs the app of cdktf.json (which must end in app.run()) and writes nothing.", "", "Exit codes:", "  0  the graph was printed", "  1  a usage error (an unknown option, a missing value), no usable cdktf.json or app file, the app has problems (listed), crashed or declares no stack, or no such stack or construct"].join("\n"),
    )
    .action(commandAction("graph", ONE_FOR_ALL, graph));
}
