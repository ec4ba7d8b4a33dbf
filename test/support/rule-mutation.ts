import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parser } from "@prometheus-io/lezer-promql";
import { parse, stringify } from "yaml";
import { limited, testRules } from "../../src/cli/checks/tools";
import { Duration } from "../../src/domain/duration";

/**
 * Mutation checks of generated promtool tests: break one rule of a rule file in a small way (a threshold, a window,
 * a `for`, a condition, a grouping label, a matcher), run the generated tests against the broken file, and see them
 * fail. A mutant the tests still pass ("survives") is a change of the rule the tests cannot tell from the rule.
 *
 *   const all = mutants(files.get("prometheus/x.rules.yml"), { rules: (rule) => rule.alert === "XFailing" });
 *   const broken = pick(all, [{ rule: "XFailing", kind: "numbers", before: "2" }, { rule: "XFailing", kind: "for" }]);
 *   const results = await killMutants({ files, ruleFile: "prometheus/x.rules.yml", tests: ["tests/x.test.yml"], mutants: broken });
 *   expect(results.filter((result) => !result.killed).map((result) => result.mutant.description)).toEqual([]);
 */

/** What a mutation changes. */
export type MutationKind =
  /** Every number of the expression (thresholds, seconds ahead), multiplied by `factor` (a 0 becomes 1). */
  | "numbers"
  /** Every range and offset of the expression (`[6h]`, `offset 1w`), multiplied by `factor`. */
  | "ranges"
  /** Every length of range the expression reads, multiplied by `factor` wherever it is read: the window of a ratio. */
  | "windows"
  /** The rule's `for`, multiplied by `factor`. */
  | "for"
  /** Every `and`, `or` and `unless`, replaced by each of its two sides. */
  | "conditions"
  /** Every label of a `by (…)` or `on (…)` list, left out. */
  | "grouping"
  /** Every label matcher of a selector, left out. */
  | "matchers"
  /** A change a test writes itself (`changed`): a regression no generic kind makes. */
  | "custom";

export const MUTATION_KINDS: readonly MutationKind[] = ["numbers", "ranges", "windows", "for", "conditions", "grouping", "matchers"];

/** A rule as a rule file holds it. */
export interface RuleText {
  readonly alert?: string;
  readonly record?: string;
  readonly expr: string;
  readonly for?: string;
  readonly labels?: Readonly<Record<string, string>>;
}

export interface MutateOptions {
  /** Which rules to break. */
  readonly rules: (rule: RuleText) => boolean;
  /** @default every kind */
  readonly kinds?: readonly MutationKind[];
  /** What numbers, ranges and `for` are multiplied by. @default 2 */
  readonly factor?: number;
}

/** One broken copy of a rule file. */
export interface Mutant {
  /** The alert or recording changed. */
  readonly rule: string;
  readonly kind: MutationKind;
  /** The text changed, and what it became (`for` changes: the durations). */
  readonly before: string;
  readonly after: string;
  /** Which rule changed and how: `XFailing (page): numbers: 2 → 4`. */
  readonly description: string;
  /** The whole rule file, with that one change. */
  readonly text: string;
}

type Edit = { readonly from: number; readonly to: number; readonly text: string };

function scaledNumber(text: string, factor: number): string {
  const value = Number(text);
  return value === 0 ? "1" : String(Number((value * factor).toPrecision(12)));
}

function scaledDuration(text: string, factor: number): string {
  return Duration.ofMilliseconds(Math.round(Duration.parse(text).milliseconds * factor)).toString();
}

/** The edits of one kind an expression allows, each a mutant of its own. */
function expressionEdits(expr: string, kind: MutationKind, factor: number): Edit[] {
  const edits: Edit[] = [];
  const text = (node: { from: number; to: number }) => expr.slice(node.from, node.to);
  parser.parse(expr).iterate({
    enter: (node) => {
      if (kind === "numbers" && node.name === "NumberDurationLiteral") {
        edits.push({ from: node.from, to: node.to, text: scaledNumber(text(node), factor) });
      } else if (kind === "ranges" && node.name === "NumberDurationLiteralInDurationContext") {
        edits.push({ from: node.from, to: node.to, text: scaledDuration(text(node), factor) });
      } else if (kind === "conditions" && node.name === "BinaryExpr") {
        const operator = node.node.getChild("And") ?? node.node.getChild("Or") ?? node.node.getChild("Unless");
        const [left, right] = [node.node.firstChild, node.node.lastChild];
        if (operator !== null && left !== null && right !== null) {
          edits.push({ from: node.from, to: node.to, text: text(left) }, { from: node.from, to: node.to, text: text(right) });
        }
      } else if ((kind === "grouping" && node.name === "GroupingLabels") || (kind === "matchers" && node.name === "LabelMatchers")) {
        const items = node.node.getChildren(kind === "grouping" ? "LabelName" : "UnquotedLabelMatcher");
        items.forEach((item) => {
          const rest = items.filter((other) => other !== item).map(text).join(", ");
          edits.push({ from: node.from, to: node.to, text: kind === "grouping" ? `(${rest})` : `{${rest}}` });
        });
      }
    },
  });
  return edits;
}

/** One change per length of range: every range of that length multiplied by `factor`. */
function windowEdits(expr: string, factor: number): Edit[][] {
  const ranges = expressionEdits(expr, "ranges", factor).filter((edit) => /^\[/.test(expr.slice(edit.from - 1, edit.from)));
  const lengths = [...new Set(ranges.map((edit) => expr.slice(edit.from, edit.to)))];
  return lengths.map((length) => ranges.filter((edit) => expr.slice(edit.from, edit.to) === length));
}

/** The expression with the edits made (they do not overlap). */
function edited(expr: string, edits: readonly Edit[]): string {
  return [...edits].sort((a, b) => b.from - a.from).reduce((text, edit) => text.slice(0, edit.from) + edit.text + text.slice(edit.to), expr);
}

/** Every mutant of the chosen rules of a rule file: one change of one rule each. */
export function mutants(ruleFile: string, options: MutateOptions): Mutant[] {
  const factor = options.factor ?? 2;
  const kinds = options.kinds ?? MUTATION_KINDS;
  const document = parse(ruleFile) as { groups: Array<{ rules: RuleText[] }> };
  const result: Mutant[] = [];
  document.groups.forEach((group, groupIndex) =>
    group.rules.forEach((rule, ruleIndex) => {
      if (!options.rules(rule)) return;
      const name = `${rule.alert ?? rule.record}${rule.labels?.severity === undefined ? "" : ` (${rule.labels.severity})`}`;
      const short = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);
      const replaced = (change: Partial<RuleText>, kind: MutationKind, before: string, after: string) => {
        const copy = structuredClone(document);
        copy.groups[groupIndex].rules[ruleIndex] = { ...rule, ...change };
        const description = `${name}: ${kind}: ${short(before)} → ${short(after)}`;
        result.push({ rule: rule.alert ?? (rule.record as string), kind, before, after, description, text: stringify(copy) });
      };
      for (const kind of kinds) {
        if (kind === "for") {
          if (rule.for !== undefined) replaced({ for: scaledDuration(rule.for, factor) }, kind, rule.for, scaledDuration(rule.for, factor));
          continue;
        }
        if (kind === "windows") {
          for (const edits of windowEdits(rule.expr, factor)) {
            replaced({ expr: edited(rule.expr, edits) }, kind, rule.expr.slice(edits[0].from, edits[0].to), edits[0].text);
          }
          continue;
        }
        for (const edit of expressionEdits(rule.expr, kind, factor)) {
          replaced({ expr: edited(rule.expr, [edit]) }, kind, rule.expr.slice(edit.from, edit.to).replace(/\s+/g, " "), edit.text.replace(/\s+/g, " "));
        }
      }
    }),
  );
  return result;
}

/** The mutant of a rule file whose alert `alert` is changed by `change`, as a regression would change it. */
export function changed(ruleFile: string, alert: string, description: string, change: (rule: RuleText) => RuleText): Mutant {
  const document = parse(ruleFile) as { groups: Array<{ rules: RuleText[] }> };
  const rules = document.groups.flatMap((group) => group.rules);
  const rule = rules.find((candidate) => candidate.alert === alert);
  if (rule === undefined) throw new Error(`no alert ${alert} to change`);
  const after = change(rule);
  if (JSON.stringify(after) === JSON.stringify(rule)) throw new Error(`the change "${description}" leaves ${alert} as it is`);
  document.groups.forEach((group) => (group.rules = group.rules.map((candidate) => (candidate === rule ? after : candidate))));
  return { rule: alert, kind: "custom", before: rule.expr, after: after.expr, description: `${alert}: ${description}`, text: stringify(document) };
}

/** A mutant a test names: of rule `rule` (exactly), of a kind, changing text that starts with `before`. */
export interface MutantPick {
  readonly rule: string;
  readonly kind: MutationKind;
  readonly before?: string;
  /** Which of the mutants that match, in the order of the expression (`[1w]` before `offset 1w`). @default 0 */
  readonly occurrence?: number;
}

/**
 * The mutants a test names, one per pick; throws naming a pick that matches none, so that a renamed rule or a
 * changed expression cannot leave a check with nothing to break.
 */
export function pick(all: readonly Mutant[], picks: readonly MutantPick[]): Mutant[] {
  return picks.map((wanted) => {
    const matching = all.filter((mutant) => mutant.rule === wanted.rule && mutant.kind === wanted.kind && mutant.before.startsWith(wanted.before ?? ""));
    const found = matching[wanted.occurrence ?? 0];
    if (found === undefined) {
      throw new Error(`no ${wanted.kind} mutant of ${wanted.rule}${wanted.before === undefined ? "" : ` changing "${wanted.before}"`}`);
    }
    return found;
  });
}

/** Whether a mutant made the tests fail, and promtool's output. */
export interface MutantResult {
  readonly mutant: Mutant;
  readonly killed: boolean;
  readonly output: string;
}

export interface KillOptions {
  /** The generated files by path (`prometheus/x.rules.yml`, `tests/x.test.yml`), as the tests name each other. */
  readonly files: ReadonlyMap<string, string>;
  /** The path of the rule file the mutants replace. */
  readonly ruleFile: string;
  /** The paths of the test files to run (all in one folder). */
  readonly tests: readonly string[];
  readonly mutants: readonly Mutant[];
  /** How many promtool processes run at once. @default 2 */
  readonly concurrency?: number;
  /**
   * Which test cases (by name) run against a mutant: those that can tell it, to keep a check of many mutants cheap.
   * @default every case of the test files
   */
  readonly cases?: (mutant: Mutant) => (name: string) => boolean;
}

/** A test file keeping only the cases `keep` takes. */
function kept(text: string, keep: (name: string) => boolean): string {
  const document = parse(text) as { tests: Array<{ name?: string }> };
  return stringify({ ...document, tests: document.tests.filter((test) => keep(test.name ?? "")) });
}

async function runWith(options: KillOptions, ruleText: string, keep: (name: string) => boolean = () => true) {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-mutant-"));
  for (const [path, text] of options.files) {
    if (path === options.ruleFile || options.tests.includes(path) || /\.rules\.yml$/.test(path)) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), path === options.ruleFile ? ruleText : options.tests.includes(path) ? kept(text, keep) : text);
    }
  }
  const tests = options.tests.map((path) => join(folder, path));
  return testRules(tests, dirname(tests[0]));
}

/**
 * Runs the tests against every mutant, `concurrency` promtool processes at a time; throws when they fail against
 * the unchanged rule file, since every mutant would then look killed.
 */
export async function killMutants(options: KillOptions): Promise<MutantResult[]> {
  const original = await runWith(options, options.files.get(options.ruleFile) as string);
  if (!original.ok) {
    throw new Error(`the tests fail against the unchanged ${options.ruleFile}:\n${original.output}`);
  }
  return limited(
    options.mutants.map((mutant) => async () => {
      const result = await runWith(options, mutant.text, options.cases?.(mutant));
      return { mutant, killed: !result.ok, output: result.output };
    }),
    options.concurrency ?? 2,
  );
}
