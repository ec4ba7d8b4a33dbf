import type { Receiver, RoutedAlert } from "../routing/routing";
import { isAlertingRule } from "../rules/rules";
import { selector as selectorText } from "../promql";
import { ruleName, type SignalGraph } from "./wiring";

/** What a node of a stack's graph stands for, from where series start to who is told. */
export type GraphNodeKind = "source" | "recording" | "alert" | "route" | "receiver";

export interface GraphNode {
  readonly id: string;
  readonly kind: GraphNodeKind;
  readonly label: string;
  /** The construct path that declares it; empty for routes and receivers, which belong to the stack's routing. */
  readonly path: string;
}

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  /** The selector a rule reads through this edge, when it is a read. */
  readonly label?: string;
}

/** One stack's graph: sources → recordings → alerts → routes → receivers. */
export interface StackGraph {
  readonly stack: string;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

/** A receiver as people name it: `PagerDuty service checkout`, `Slack #checkout-alerts`. */
export function receiverLabel(receiver: Receiver): string {
  switch (receiver.kind) {
    case "pagerduty":
      return `PagerDuty service ${receiver.service}`;
    case "slack":
      return `Slack ${receiver.channel}`;
    case "email":
      return `email ${receiver.address}`;
    case "webhook":
      return `webhook ${receiver.name}`;
  }
}

/** How a vendor reaches a receiver: Alertmanager by the team's route, Datadog and Sentry by their own integrations. */
function routeLabel(alert: RoutedAlert): string {
  const team = alert.owner?.teamName ?? "?";
  return alert.system === "prometheus" ? `Alertmanager route team="${team}", severity ${alert.severity}` : `${alert.system} notification to team ${team} (${alert.severity})`;
}

/**
 * The graph of a stack from its signal graph and its routed alerts: every source a rule reads, every recording and
 * alert, the route each alert takes and the receivers it reaches.
 */
export function stackGraph(stack: string, signals: SignalGraph, alerts: readonly RoutedAlert[]): StackGraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const node = (value: GraphNode) => nodes.set(value.id, nodes.get(value.id) ?? value).get(value.id) as GraphNode;
  const edge = (from: string, to: string, label?: string) => edges.set(`${from}\u0000${to}\u0000${label ?? ""}`, { from, to, ...(label === undefined ? {} : { label }) });
  const alertId = (path: string, system: string, name: string, severity: string) => `alert:${path}:${system}:${name}:${severity}`;

  for (const { rule, selector, sources } of signals.reads) {
    const name = ruleName(rule.rule);
    const target = isAlertingRule(rule.rule)
      ? node({ id: alertId(rule.path, "prometheus", name, rule.rule.labels.severity === "page" ? "page" : "ticket"), kind: "alert", label: `${name} (${rule.rule.labels.severity})`, path: rule.path })
      : node({ id: `recording:${rule.path}:${name}`, kind: "recording", label: name, path: rule.path });
    // A rule reading ALERTS is about alerts in general: it draws no edge from each of them.
    for (const source of sources.filter((read) => read.kind !== "alert")) {
      const from =
        source.kind === "recording"
          ? `recording:${source.path}:${source.metrics[0]}`
          : node({ id: `source:${source.path}:${source.name}`, kind: "source", label: source.name, path: source.path }).id;
      edge(from, target.id, selectorText(selector));
    }
  }
  for (const alert of alerts) {
    const id = node({ id: alertId(alert.path, alert.system, alert.name, alert.severity), kind: "alert", label: `${alert.name} (${alert.severity}, ${alert.system})`, path: alert.path }).id;
    const route = node({ id: `route:${routeLabel(alert)}`, kind: "route", label: routeLabel(alert), path: "" });
    edge(id, route.id);
    for (const receiver of alert.owner?.receivers(alert.severity, alert.service) ?? []) {
      edge(route.id, node({ id: `receiver:${receiverLabel(receiver)}`, kind: "receiver", label: receiverLabel(receiver), path: "" }).id);
    }
  }
  const known = [...edges.values()].filter((value) => nodes.has(value.from) && nodes.has(value.to));
  return { stack, nodes: [...nodes.values()], edges: known };
}

/**
 * The part of a graph about one construct (a path, or a path prefix): its nodes, everything upstream of them (the
 * sources they read) and everything downstream (the routes and receivers their alerts reach).
 */
export function constructGraph(graph: StackGraph, path: string): StackGraph {
  const own = (value: GraphNode) => value.path === path || value.path.startsWith(`${path}/`);
  const keep = new Set(graph.nodes.filter(own).map((value) => value.id));
  const walk = (start: readonly string[], next: (id: string) => string[]) => {
    const queue = [...start];
    while (queue.length > 0) {
      for (const id of next(queue.pop() as string)) {
        if (!keep.has(id)) {
          keep.add(id);
          queue.push(id);
        }
      }
    }
  };
  const seeds = [...keep];
  walk(seeds, (id) => graph.edges.filter((value) => value.to === id).map((value) => value.from));
  walk(seeds, (id) => graph.edges.filter((value) => value.from === id).map((value) => value.to));
  return { stack: graph.stack, nodes: graph.nodes.filter((value) => keep.has(value.id)), edges: graph.edges.filter((value) => keep.has(value.from) && keep.has(value.to)) };
}
