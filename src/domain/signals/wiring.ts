import { matcherTest, selector as selectorText } from "../promql";
import type { LabelMatcher, Selector } from "../promql";
import { isAlertingRule, type Rule } from "../rules/rules";
import { expressionSignals, type ExpressionSignals } from "./expression-labels";
import { common, describeLabels, mayCarry, openLabels, withLabels, type LabelSet } from "./label-set";
import { producesMetric, type SignalSource } from "./signal-source";

/** A rule as the stack declares it: the rule, and the path of the construct that writes it. */
export interface DeclaredRule {
  readonly path: string;
  readonly rule: Rule;
}

/** One selector of a rule, and the sources whose series it reads. */
export interface SignalRead {
  readonly rule: DeclaredRule;
  readonly selector: Selector;
  readonly sources: readonly SignalSource[];
}

/**
 * A reader outside the rules (a command, a template) that tells series of a metric apart by labels: every source
 * of the metric must carry them, each with one value, or two series would read as one (or one as none).
 */
export interface LabelRequirement {
  readonly metric: string;
  readonly labels: readonly string[];
  /** Who reads, for messages: `watchkeeper gate and DeploymentGate`. */
  readonly reader: string;
}

/** The stack's signal graph: what each rule reads from where, and the selectors nothing produces. */
export interface SignalGraph {
  readonly reads: readonly SignalRead[];
  readonly problems: readonly string[];
}

/** The name of a rule: its alert or its recording. */
export function ruleName(rule: Rule): string {
  return isAlertingRule(rule) ? rule.alert : rule.record;
}

/** Whether a matcher accepts a label value (`""` standing for a missing label); RE2 anchoring as in Prometheus. */
function accepts(matcher: LabelMatcher, value: string): boolean {
  // A pattern JavaScript cannot read is not judged here; promtool checks its syntax.
  return matcherTest(matcher)?.(value) ?? true;
}

/** Why a source's series cannot match a matcher, or undefined when some can. */
function mismatch(matcher: LabelMatcher, labels: LabelSet): string | undefined {
  const value = labels.labels.get(matcher.name);
  if (value !== undefined) {
    return accepts(matcher, value) ? undefined : `its ${matcher.name} is ${JSON.stringify(value)}`;
  }
  if (mayCarry(labels, matcher.name) || accepts(matcher, "")) {
    return undefined;
  }
  return `it carries no ${matcher.name} label`;
}

/** A source the graph knows, its labels computed when first needed (a recording's depend on what it reads). */
interface Node {
  readonly source: Omit<SignalSource, "labels">;
  /** Labels known without evaluating anything: a rule's static labels. */
  readonly fixed: ReadonlyMap<string, string>;
  labels(): LabelSet;
}

/** Builds the graph of declared sources and rules, and checks every selector of every rule against it. */
class Graph {
  private readonly byMetric = new Map<string, Node[]>();
  private readonly patterns: Node[] = [];
  /** Analyses by expression: the same rule often reaches the graph through several outputs (a rule file, a PrometheusRule). */
  private readonly analysed = new Map<string, ExpressionSignals>();
  private readonly resolving = new Set<string>();
  private readonly paths = new Map<Rule, string>();
  /** Rules whose expression is not PromQL, as problems. */
  private readonly unparsable: string[] = [];
  private readonly narrowed = new Map<string, Map<string, Node[]> | undefined>();

  constructor(sources: readonly SignalSource[], private readonly rules: readonly DeclaredRule[]) {
    sources.forEach((source) => this.add({ source, fixed: new Map(), labels: () => source.labels }));
    rules.forEach((declared) => this.addRule(declared));
  }

  private add(node: Node): void {
    if (node.source.metrics.some((metric) => metric.endsWith("*"))) {
      this.patterns.push(node);
    }
    for (const metric of node.source.metrics.filter((name) => !name.endsWith("*"))) {
      this.byMetric.set(metric, [...(this.byMetric.get(metric) ?? []), node]);
    }
  }

  private addRule({ path, rule }: DeclaredRule): void {
    this.paths.set(rule, path);
    const staticLabels = Object.entries(rule.labels ?? {});
    const added: Array<readonly [string, string | undefined]> = isAlertingRule(rule) ? [...staticLabels, ["alertname", rule.alert], ["alertstate", undefined]] : staticLabels;
    let labels: LabelSet | undefined;
    const node = {
      fixed: new Map(isAlertingRule(rule) ? [...staticLabels, ["alertname", rule.alert]] : staticLabels),
      labels: () => (labels ??= withLabels(this.signals(rule).labels, added)),
    };
    if (isAlertingRule(rule)) {
      this.add({ ...node, source: { kind: "alert", name: `alerting rule ${rule.alert}`, path, metrics: ["ALERTS", "ALERTS_FOR_STATE"] } });
    } else {
      this.add({ ...node, source: { kind: "recording", name: `recording rule ${rule.record}`, path, metrics: [rule.record] } });
    }
  }

  /** A rule's selectors and result labels, analysed once; a rule that reads itself through others is open. */
  signals(rule: Rule): ExpressionSignals {
    const known = this.analysed.get(rule.expr);
    if (known !== undefined) {
      return known;
    }
    if (this.resolving.has(rule.expr)) {
      return { selectors: [], labels: openLabels([]) };
    }
    this.resolving.add(rule.expr);
    let analysis: ExpressionSignals;
    try {
      analysis = expressionSignals(rule.expr, (selector) => this.labelsOf(selector));
    } catch (error) {
      this.unparsable.push(`${this.paths.get(rule)}: generated rule ${ruleName(rule)} is ${(error as Error).message}`);
      analysis = { selectors: [], labels: openLabels([]) };
    }
    this.resolving.delete(rule.expr);
    this.analysed.set(rule.expr, analysis);
    return analysis;
  }

  /** The sources that may produce a selector's metric, narrowed by an equality matcher on a label all of them fix. */
  candidates(selector: Selector): Node[] {
    const all = [...(this.byMetric.get(selector.metric) ?? []), ...this.patterns.filter((node) => node.source.metrics.some((pattern) => producesMetric(pattern, selector.metric)))];
    if (all.length <= 16) {
      return all;
    }
    for (const matcher of selector.matchers.filter((m) => m.operator === "=")) {
      const byValue = this.narrow(selector.metric, matcher.name, all);
      if (byValue !== undefined) {
        return byValue.get(matcher.value) ?? [];
      }
    }
    return all;
  }

  private narrow(metric: string, label: string, nodes: readonly Node[]): Map<string, Node[]> | undefined {
    const key = `${metric}\u0000${label}`;
    if (!this.narrowed.has(key)) {
      const fixed = nodes.every((node) => node.fixed.has(label));
      const byValue = new Map<string, Node[]>();
      nodes.forEach((node) => byValue.set(node.fixed.get(label) as string, [...(byValue.get(node.fixed.get(label) as string) ?? []), node]));
      this.narrowed.set(key, fixed ? byValue : undefined);
    }
    return this.narrowed.get(key);
  }

  /** The sources whose series a selector reads. */
  matching(selector: Selector): Node[] {
    return this.candidates(selector).filter((node) => selector.matchers.every((matcher) => mismatch(matcher, node.labels()) === undefined));
  }

  /** What is known of the series a selector reads: what its sources share, and its own equality matchers. */
  labelsOf(selector: Selector): LabelSet {
    const sets = this.matching(selector).map((node) => node.labels());
    const shared = sets.length === 0 ? openLabels([]) : sets.reduce(common);
    const equal = selector.matchers.filter((matcher) => matcher.operator === "=" && matcher.value !== "");
    return withLabels(shared, equal.map((matcher) => [matcher.name, matcher.value] as const));
  }

  /** Why no source produces a selector: no source of its metric, or the nearest source's first mismatching label. */
  problem(selector: Selector): string {
    const candidates = this.candidates(selector);
    if (candidates.length === 0) {
      return "no source declared in the stack produces it; declare its producer (a scrape or probe of the stack, or the stack's externalSignals)";
    }
    const [nearest] = candidates;
    const reason = selector.matchers.map((matcher) => mismatch(matcher, nearest.labels())).find((found) => found !== undefined);
    const others = candidates.length > 1 ? ` (and ${candidates.length - 1} other source${candidates.length > 2 ? "s" : ""} of ${selector.metric})` : "";
    return `no declared source has such series: ${reason} on ${nearest.source.name} of ${nearest.source.path} ${describeLabels(nearest.labels())}${others}`;
  }

  /** The sources of a metric that do not carry a required label as a fixed value. */
  requirementProblems(requirement: LabelRequirement): string[] {
    return (this.byMetric.get(requirement.metric) ?? []).flatMap((node) => {
      const labels = node.labels().labels;
      const missing = requirement.labels.filter((label) => labels.get(label) === undefined);
      return missing.length === 0
        ? []
        : [`${node.source.path}: ${requirement.reader} tell${requirement.reader.includes(" and ") ? "" : "s"} ${requirement.metric} series apart by ${requirement.labels.join(", ")}, but ${node.source.name} does not set ${missing.join(", ")}`];
    });
  }

  check(requirements: readonly LabelRequirement[], withReads: boolean): SignalGraph {
    const reads: SignalRead[] = [];
    const unproduced = new Map<string, { path: string; text: string; selector: Selector; rules: string[] }>();
    for (const declared of this.rules) {
      const seen = new Set<string>();
      for (const selector of this.signals(declared.rule).selectors) {
        const text = selectorText(selector);
        if (seen.has(text)) {
          continue;
        }
        seen.add(text);
        const matching = this.matching(selector);
        if (withReads) {
          reads.push({ rule: declared, selector, sources: matching.map((node) => ({ ...node.source, labels: node.labels() })) });
        }
        if (matching.length === 0) {
          const key = `${declared.path}\u0000${text}`;
          const entry = unproduced.get(key) ?? { path: declared.path, text, selector, rules: [] };
          entry.rules.push(ruleName(declared.rule));
          unproduced.set(key, entry);
        }
      }
    }
    const problems = [...unproduced.values()].map(({ path, text, selector, rules }) => {
      const names = [...new Set(rules)];
      const readers = names.length === 1 ? `rule ${names[0]}` : `${names.length} rules (${names.slice(0, 3).join(", ")}${names.length > 3 ? ", …" : ""})`;
      return `${path}: ${readers} read${names.length === 1 ? "s" : ""} ${text}, but ${this.problem(selector)}`;
    });
    return { reads, problems: [...this.unparsable, ...problems, ...requirements.flatMap((requirement) => this.requirementProblems(requirement))] };
  }
}

/**
 * The stack's signal graph: every selector of every rule tied to the sources that produce its series (declared
 * sources, other rules' recordings and alerts). A selector no source can produce, including one that selects a
 * label its source does not carry (another job name, a label a recording aggregated away), is a problem naming
 * the rule's construct, the rule and the selector. So is a source of a metric that a reader outside the rules
 * (`requirements`) tells apart by labels the source does not set.
 */
export function signalGraph(sources: readonly SignalSource[], rules: readonly DeclaredRule[], requirements: readonly LabelRequirement[] = []): SignalGraph {
  return new Graph(sources, rules).check(requirements, true);
}

/** The signal graph's problems alone, without the reads that draw it (what synth's check needs). */
export function signalProblems(sources: readonly SignalSource[], rules: readonly DeclaredRule[], requirements: readonly LabelRequirement[] = []): readonly string[] {
  return new Graph(sources, rules).check(requirements, false).problems;
}
