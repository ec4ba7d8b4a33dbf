import * as promql from "../promql";
import { parsePromQL } from "../promql";
import { readVectorSelector } from "../promql";
import { quoted } from "../quoted";
import type { RecordingRule } from "../rules/rules";
import { fillWindow } from "../slo/sli";
import { Duration } from "../duration";

/**
 * A public component of the status page: what customers see for one SLO (or one user flow's uptime SLO). Only
 * SLOs marked with a component appear on the page, under the component's name; nothing else of the SLO is shown.
 */
export interface StatusComponent {
  /** The name customers read, e.g. "Checkout". Unique in a stack. */
  readonly component: string;
  /** One sentence for customers under the name, e.g. "Paying for an order". */
  readonly description?: string;
}

/**
 * The info series that marks an SLO public: value 1, labels `component` (and `description`) beside the SLO's
 * identity labels, so the status page finds its components, and their SLOs, in Prometheus alone.
 */
export const STATUS_COMPONENT_INFO = "watchkeeper_status_component_info";

/** What a component's uptime counts, as the page words it: requests served, or probes (checks from outside). */
export type ComponentMeasure = "requests" | "probes";

/** The label of the mark that says what the component's uptime counts. */
export const MEASURE_LABEL = "measures";

/**
 * What an SLI counts: probes when its query reads only a blackbox exporter's probe series (`probe_success`) or
 * recordings of them (named `level:probe_…:operations` by Prometheus's convention, as a synthetic check's uptime
 * SLO reads `flow:probe_success:max`); requests otherwise (events, latency, or another query).
 */
export function sliMeasure(query: string | undefined): ComponentMeasure {
  if (query === undefined) {
    return "requests";
  }
  const text = fillWindow(query, Duration.minutes(5));
  const parsed = parsePromQL(text);
  if (parsed.error !== undefined) {
    return "requests";
  }
  const metrics: string[] = [];
  parsed.tree.iterate({
    enter: (node) => {
      if (node.name === "VectorSelector") metrics.push(readVectorSelector(text, node.node).metric);
    },
  });
  return metrics.length > 0 && metrics.every((metric) => /(^|:)probe_/.test(metric)) ? "probes" : "requests";
}

/** The longest component name: it must fit one line of the page beside its state. */
export const MAX_COMPONENT_LENGTH = 60;
/** The longest description: one sentence. */
export const MAX_DESCRIPTION_LENGTH = 200;

/** What is wrong with a component name or description customers will read; one problem per fault. */
export function statusComponentProblems(what: string, value: StatusComponent): string[] {
  return [
    textProblem(`${what}.component`, value.component, MAX_COMPONENT_LENGTH, "Checkout"),
    value.description === undefined ? undefined : textProblem(`${what}.description`, value.description, MAX_DESCRIPTION_LENGTH, "Paying for an order"),
  ].filter((problem) => problem !== undefined);
}

function textProblem(what: string, text: string, maxLength: number, example: string): string | undefined {
  if (text.trim() === "") {
    return `${what}: customers read this text on the status page; it must not be empty, e.g. ${quoted(example)}`;
  }
  if (text !== text.trim() || /\s{2}/.test(text)) {
    return `${what}: ${quoted(text)} has leading, trailing or repeated spaces; write it as customers should read it, e.g. ${quoted(text.trim().replace(/\s+/g, " "))}`;
  }
  if (/[\u0000-\u001f\u007f]/.test(text)) {
    return `${what}: ${quoted(text)} contains line breaks or control characters; write one line of plain text`;
  }
  if (text.length > maxLength) {
    return `${what}: ${quoted(text)} is ${text.length} characters long; keep it to ${maxLength} so it fits the status page`;
  }
  return undefined;
}

/** The key two component names collide on: the same letters and digits, whatever the case, spaces or punctuation. */
export function componentKey(component: string): string {
  return component.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * The recording rule that marks an SLO public, labelled with the SLO's identity labels and what its uptime counts
 * (`measures`: requests, or probes for an SLI that reads probe series: `sliQuery`, a query SLI's error ratio).
 */
export function statusComponentRule(value: StatusComponent, identity: Readonly<Record<string, string>>, sliQuery?: string): RecordingRule {
  const description: Record<string, string> = value.description === undefined ? {} : { description: value.description };
  return {
    record: STATUS_COMPONENT_INFO,
    expr: promql.vector(1),
    labels: { ...identity, component: value.component, ...description, [MEASURE_LABEL]: sliMeasure(sliQuery) },
  };
}
