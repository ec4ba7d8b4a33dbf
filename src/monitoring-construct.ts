import { Construct } from "constructs";
import { checkedId } from "./construct-id";
import { fileNameProblem } from "./domain/names/file-names";
import { Problems, typeMistake } from "./domain/problems";
import { credentialProblems } from "./domain/validation/credentials";
import { schemaProblems } from "./domain/validation/schema";
import type { z } from "zod";
import type { AlertOwner } from "./domain/routing/routing";
import type { Declaration, Output, Outputs, PlannedOutputs } from "./outputs";
import { MonitoringStack } from "./stack";
import { writeRuleGroups } from "./targets/prometheus/rule-groups";
import type { TargetScope } from "./targets/target-scope";

/**
 * The problem of props whose parse failed: a prop of another type than declared (from JavaScript, or cast) fails
 * deep in it. Node's own words for a JavaScript error are left out, the prop it was reading kept.
 */
function unreadableProps(construct: string, error: unknown): string {
  const fix = `check each prop against the props type of ${construct}: a value of another type, or a required one missing`;
  if (error instanceof TypeError) {
    return `its props could not be read: one ${typeMistake(error)}; ${fix}`;
  }
  return `its props could not be read: ${error instanceof Error ? error.message : String(error)}; ${fix}`;
}

/** The prop a problem names first: `thresholds.cpu` of `thresholds.cpu: …` or of `thresholds.cpu "x" is …`. */
function propOf(problem: string): string {
  return problem.slice(0, problem.search(/:| |$/));
}

/**
 * A construct that writes output: the base class of Watchkeeper's constructs, and of a team's own. Its life has
 * two steps, both run at synth, once every construct of the app is declared:
 *
 * 1. `parse` turns the props into a spec (plain domain values, owners resolved), recording what is wrong with
 *    them instead of throwing, so that every problem of the app is reported at once;
 * 2. `outputs` derives from that spec what it writes, per vendor, as data: the Prometheus rules (whose alerts
 *    are routed and whose selectors are tied to the stack's sources), the alerts it defines elsewhere, the
 *    signals it makes available, its part of the stack's aggregates, and a `write` for the rest.
 *
 * The stack checks all of it (names, routes, the signal graph) before anything is written.
 */
export abstract class MonitoringConstruct<Props = unknown, Spec = unknown> extends Construct implements Declaration {
  private plan?: PlannedOutputs & { readonly spec?: Spec };

  /**
   * The schema of the props (zod, declared beside the props type in the domain): types, ranges, units, enums and
   * formats, checked before `parse`, each issue a problem `<prop path>: <what is wrong>; <the fix>`. Props that do
   * not match it are not parsed; `parse` checks what a schema cannot (props against each other and the stack).
   */
  protected static readonly schema?: z.ZodType;

  constructor(
    scope: Construct,
    id: string,
    /** The props as declared. */
    readonly props: Props,
  ) {
    super(scope, checkedId(scope, id));
    MonitoringStack.of(this).declare(this);
    this.node.addValidation({ validate: () => [...this.planned().problems] });
  }

  /**
   * The props as a spec, or undefined when they have problems (each recorded in `problems` as what is wrong and
   * the fix: `burnRateWindows[0].long: 10d is longer than the period 7d; use a window within the period`).
   */
  protected abstract parse(problems: Problems): Spec | undefined;

  /** What the declaration writes, per output, from its spec; an output that is switched off is undefined. */
  protected abstract outputs(spec: Spec): Outputs;

  /**
   * Whether the props match the construct's schema (always, without one): a constructor that declares child
   * constructs from its props declares them only then, since the schema's problems are the construct's to report.
   */
  protected get propsMatchSchema(): boolean {
    const schema = (this.constructor as { readonly schema?: z.ZodType }).schema;
    return schema === undefined || schema.safeParse(this.props).success;
  }

  /** The stack the construct is declared in: its environment, owners and settings. */
  protected get stack(): MonitoringStack {
    return MonitoringStack.of(this);
  }

  /**
   * The team a declaration names as owner (by reference or by name), else the stack's default owner; records a
   * problem when there is none or it is not a team of this stack.
   */
  protected resolveOwner(problems: Problems, declared: AlertOwner | string | undefined, prop = "owner"): AlertOwner | undefined {
    const owner = this.stack.resolveOwner(declared);
    const problem = this.stack.ownerProblem(declared ?? this.stack.defaultOwner);
    if (problem !== undefined) {
      problems.add(problem);
      return undefined;
    }
    if (owner === undefined) {
      problems.add(`${prop}: no team receives the alerts; set ${prop}, or defaultOwner on the stack`);
    }
    return owner;
  }

  /**
   * Claims a name that must be unique in the stack among names of its kind (e.g. a file name): a second claim
   * is a synth error naming both constructs. `declared` is the name as the user wrote it, when `name` is its
   * normalised form (a slug), so that the error shows both spellings.
   */
  protected claimName(kind: string, name: string, declared?: string): void {
    this.stack.claimName(kind, name, this, declared);
  }

  /**
   * The declaration's outputs and problems, worked out once: the stack reads them at validation, and its checks,
   * `watchkeeper graph` and the tests read them too.
   */
  planned(): PlannedOutputs & {
    /** The props as a spec, or undefined when they have problems. */
    readonly spec?: Spec;
  } {
    if (this.plan === undefined) {
      const problems = new Problems();
      let spec: Spec | undefined;
      let outputs: Output[] = [];
      try {
        spec = this.checkedParse(problems);
        // A spec returned with problems still has its outputs checked, so that every problem shows at once.
        outputs = spec === undefined ? [] : Object.values(this.outputs(spec)).filter((output): output is Output => output !== undefined);
      } catch (error) {
        problems.add(unreadableProps(this.constructor.name, error));
        spec = undefined;
      }
      outputs.forEach((output) => problems.add(...(output.problems ?? []), ...(output.rules ?? []).map((rules) => fileNameProblem("its rule file name, made from its names,", rules.name))));
      if (outputs.some((output) => output.kubernetes === true || output.rules !== undefined)) {
        problems.add(this.stack.claimKubernetesFile(this));
      }
      const valid = problems.none;
      this.plan = { spec: valid ? spec : undefined, outputs, problems: problems.list.map((problem) => `${this.node.path}: ${problem}`) };
    }
    return this.plan;
  }

  /**
   * The props checked in order, every problem recorded: credentials in clear anywhere (no entry point writes a
   * secret), then the schema, then `parse`, whose problems at a prop the schema already reported are left out, as
   * are its checks of the object holding such a prop that name it (and its failure on a value of another type than
   * declared, when the schema explains it). Props that fail the schema have no spec.
   */
  private checkedParse(problems: Problems): Spec | undefined {
    const credentials = credentialProblems(this.props);
    problems.add(...credentials);
    const schema = (this.constructor as { readonly schema?: z.ZodType }).schema;
    const inClear = new Set(credentials.map(propOf));
    const invalid = schema === undefined ? [] : schemaProblems(schema, this.props);
    if (invalid.length === 0) {
      return this.parse(problems);
    }
    problems.add(...invalid.filter((problem) => !inClear.has(propOf(problem))));
    const reported = new Set(invalid.map(propOf));
    // Parse sees the schema's problems, so that checks it makes only of props without problems (an SLO's alerts
    // against its traffic, say) wait for them; it adds its own after them.
    const parsed = new Problems();
    parsed.add(...invalid);
    try {
      this.parse(parsed);
    } catch {
      // The schema's problems say what is wrong with the props the parse could not read.
    }
    // A check that names a refused prop, made of the object holding it or of a part of that object (a warning
    // against a refused alert; a credit tier against a refused target), judges a value already refused.
    const judgesRefused = (problem: string, prop: string, at: string) => {
      const [, parent = "", key] = /^(?:(.*)\.)?([A-Za-z_$][\w$]*)$/.exec(at) ?? [];
      const within = parent === "" || prop === parent || prop.startsWith(`${parent}.`) || prop.startsWith(`${parent}[`);
      return key !== undefined && within && new RegExp(`\\b${key.replace(/\$/g, "\\$")}\\b`).test(problem);
    };
    const underReported = (problem: string, prop = propOf(problem)) =>
      [...reported].some((at) => prop === at || prop.startsWith(`${at}.`) || prop.startsWith(`${at}[`) || judgesRefused(problem, prop, at));
    problems.add(...parsed.list.slice(invalid.length).filter((problem) => !underReported(problem)));
    return undefined;
  }

  /** The declaration's spec, or undefined when its props have problems (which its validation reports). */
  protected parsedSpec(): Spec | undefined {
    return this.planned().spec;
  }

  /**
   * Writes the declaration's outputs: its rule files and PrometheusRules, then the rest through `write`. The
   * stack calls it once per synth, after validation passed.
   */
  writeOutputs(scope: TargetScope): void {
    for (const output of this.planned().outputs) {
      output.rules?.forEach((rules) => writeRuleGroups(scope, rules));
      output.write?.(scope);
    }
  }
}
