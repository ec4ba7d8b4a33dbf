import type { GraphEdge, GraphNode, StackGraph } from "../../domain/signals/stack-graph";

/** The nodes an edge set leads to or comes from, by node id. */
function neighbours(graph: StackGraph, direction: "in" | "out"): Map<string, GraphEdge[]> {
  const byNode = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges) {
    const key = direction === "out" ? edge.from : edge.to;
    byNode.set(key, [...(byNode.get(key) ?? []), edge]);
  }
  return byNode;
}

/** The sources a node reads, through any chain of recordings, with the selectors that read them first. */
function upstreamSources(graph: StackGraph, id: string, incoming: Map<string, GraphEdge[]>): string[] {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const found = new Set<string>();
  const seen = new Set<string>();
  const queue = [id];
  while (queue.length > 0) {
    for (const edge of incoming.get(queue.pop() as string) ?? []) {
      const from = nodes.get(edge.from);
      if (from?.kind === "source") {
        found.add(`${edge.label} from ${from.label}${from.path === "" ? "" : ` of ${from.path}`}`);
      } else if (from !== undefined && !seen.has(from.id)) {
        seen.add(from.id);
        queue.push(from.id);
      }
    }
  }
  return [...found].sort();
}

/**
 * The graph as text, per construct: the series it reads (through its recordings), how many it records, and each of
 * its alerts with the route it takes and the receivers it reaches.
 */
export function renderGraphText(graphs: readonly StackGraph[]): string {
  const lines: string[] = [];
  for (const graph of graphs) {
    const incoming = neighbours(graph, "in");
    const outgoing = neighbours(graph, "out");
    const label = new Map(graph.nodes.map((node) => [node.id, node.label]));
    const paths = [...new Set(graph.nodes.filter((node) => node.kind === "recording" || node.kind === "alert").map((node) => node.path))].sort();
    for (const path of paths) {
      const own = graph.nodes.filter((node) => node.path === path);
      const recordings = own.filter((node) => node.kind === "recording");
      const reads = [...new Set(own.flatMap((node) => upstreamSources(graph, node.id, incoming)))].sort();
      lines.push(path);
      reads.forEach((read) => lines.push(`  reads    ${read}`));
      if (recordings.length > 0) {
        lines.push(`  records  ${recordings.length} recording rule${recordings.length === 1 ? "" : "s"} (${[...new Set(recordings.map((node) => node.label))].slice(0, 3).join(", ")}${recordings.length > 3 ? ", …" : ""})`);
      }
      for (const alert of own.filter((node) => node.kind === "alert")) {
        const routes = (outgoing.get(alert.id) ?? []).map((edge) => edge.to);
        const receivers = routes.flatMap((route) => (outgoing.get(route) ?? []).map((edge) => label.get(edge.to)));
        lines.push(`  alert    ${alert.label} → ${routes.map((route) => label.get(route)).join(", ")} → ${receivers.join(", ") || "nobody"}`);
      }
    }
  }
  return `${lines.join("\n")}\n`;
}

const SHAPES: Readonly<Record<GraphNode["kind"], [string, string]>> = {
  source: ["[(", ")]"],
  recording: ["[", "]"],
  alert: ["{{", "}}"],
  route: ["[/", "/]"],
  receiver: ["([", "])"],
};

/** A node's id as Mermaid and DOT take it: `<stack>_n1`, `<stack>_n2`, … in the graph's order. */
function shortIds(graph: StackGraph): Map<string, string> {
  const prefix = graph.stack.replace(/[^A-Za-z0-9_]/g, "_");
  return new Map(graph.nodes.map((node, index) => [node.id, `${prefix}_n${index + 1}`]));
}

/** The graph as a Mermaid flowchart, left to right, one subgraph per stack. */
export function renderGraphMermaid(graphs: readonly StackGraph[]): string {
  const lines = ["flowchart LR"];
  for (const graph of graphs) {
    const ids = shortIds(graph);
    lines.push(`  subgraph ${graph.stack.replace(/[^A-Za-z0-9_]/g, "_")}["${graph.stack}"]`);
    for (const node of graph.nodes) {
      const [open, close] = SHAPES[node.kind];
      lines.push(`    ${ids.get(node.id)}${open}"${node.label.replace(/"/g, "#quot;")}"${close}`);
    }
    lines.push("  end");
    for (const edge of graph.edges) {
      lines.push(`  ${ids.get(edge.from)} --> ${ids.get(edge.to)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

const DOT_SHAPES: Readonly<Record<GraphNode["kind"], string>> = { source: "cylinder", recording: "box", alert: "hexagon", route: "parallelogram", receiver: "ellipse" };

/** The graph in Graphviz's DOT, left to right, one cluster per stack. */
export function renderGraphDot(graphs: readonly StackGraph[]): string {
  const quote = (text: string) => JSON.stringify(text);
  const lines = ["digraph watchkeeper {", "  rankdir=LR;"];
  for (const graph of graphs) {
    const ids = shortIds(graph);
    lines.push(`  subgraph ${quote(`cluster_${graph.stack}`)} {`, `    label=${quote(graph.stack)};`);
    graph.nodes.forEach((node) => lines.push(`    ${ids.get(node.id)} [label=${quote(node.label)}, shape=${DOT_SHAPES[node.kind]}];`));
    graph.edges.forEach((edge) => lines.push(`    ${ids.get(edge.from)} -> ${ids.get(edge.to)};`));
    lines.push("  }");
  }
  return `${lines.join("\n")}\n}\n`;
}
