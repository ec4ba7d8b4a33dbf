import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parse } from "yaml";

/** What `promtool test rules` reads for one test file: the test document and the rule files it names, parsed. */
export interface RuleTestBundle {
  readonly file: string;
  readonly documents: readonly unknown[];
}

/** The test file and its rule files (named relative to it), parsed; comments such as the source header drop out. */
export function ruleTestBundle(file: string): RuleTestBundle {
  const test = parse(readFileSync(file, "utf8")) as { rule_files?: string[] };
  const rules = (test.rule_files ?? []).map((rule) => parse(readFileSync(join(dirname(file), rule), "utf8")) as unknown);
  return { file, documents: [test, ...rules] };
}

/** Maps whose values are only compared for equality, between a rule's output and a test's expectation. */
const RENAMABLE = new Set(["labels", "annotations", "exp_labels", "exp_annotations"]);

/**
 * Whether two bundles are the same test up to a one-to-one renaming of label and annotation values, applied to the
 * rules and the expectations alike (production's `env: production` against staging's `env: staging`, each stack's
 * dashboard URL). Everything else (expressions, input series, instants, alert names, templates) must be equal.
 * promtool compares those values only with each other, so both bundles pass or fail together: running one proves
 * the other.
 */
export function sameShape(a: RuleTestBundle, b: RuleTestBundle): boolean {
  const forward = new Map<string, string>();
  const backward = new Map<string, string>();
  const rename = (x: string, y: string) =>
    !x.includes("{{") && (forward.get(x) ?? y) === y && (backward.get(y) ?? x) === x && !!forward.set(x, y) && !!backward.set(y, x);
  const walk = (x: unknown, y: unknown, renamable: boolean): boolean => {
    if (typeof x === "string" && typeof y === "string") return x === y || (renamable && rename(x, y));
    if (typeof x !== "object" || x === null || typeof y !== "object" || y === null) return x === y;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    const keys = Object.keys(x);
    if (keys.join() !== Object.keys(y).join()) return false;
    return keys.every((key) =>
      walk((x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key], renamable || RENAMABLE.has(key)),
    );
  };
  return a.documents.length === b.documents.length && a.documents.every((document, index) => walk(document, b.documents[index], false));
}

/** One bundle of each shape, in order: the test files that need running for all of them to be proved. */
export function distinctShapes(bundles: readonly RuleTestBundle[]): RuleTestBundle[] {
  return bundles.reduce<RuleTestBundle[]>(
    (kept, bundle) => (kept.some((other) => sameShape(other, bundle)) ? kept : [...kept, bundle]),
    [],
  );
}
