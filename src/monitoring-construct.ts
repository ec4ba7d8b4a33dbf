import { Construct } from "constructs";
import type { RoutedAlert } from "./domain/routing/routing";
import { MonitoringStack } from "./stack";
import type { TargetScope } from "./targets/target-scope";

/**
 * A construct that writes output: the base class of Watchkeeper's constructs, and of a team's own. Its
 * constructor records intent and registers validations; `emit` runs at synth, only once every construct of the
 * app has validated, so that bad input is reported all at once and never half-written.
 *
 * A subclass declares its alerts with `declareAlerts` (the stack checks that each reaches a receiver), claims
 * the names that must be unique with `claimName`, and writes its output in `emit` through the targets, into
 * `targetScope()`.
 */
export abstract class MonitoringConstruct extends Construct {
  /** Writes the construct's resources, rules and files. Called once by `MonitoringApp.synth()`. */
  abstract emit(): void;

  /**
   * Writes what depends on the rest of the app (e.g. vendor integrations only when that vendor is used).
   * Called once, after every construct has emitted.
   */
  finish(): void {}

  /** The stack the construct is declared in: its environment, owners and settings. */
  protected get stack(): MonitoringStack {
    return MonitoringStack.of(this);
  }

  /**
   * Declares the construct's alerts for the stack-wide check that every alert has an owner, reaches a receiver,
   * and, when it pages, links a runbook. The source is read at validation, when owners defaulted from the stack
   * are known; a problem names the alert's `path` (this construct's `node.path`).
   */
  protected declareAlerts(source: () => RoutedAlert[]): void {
    this.stack.registerAlerts(source);
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
   * Registers the construct's validation: at synth, before anything is written, the problems `problems` returns
   * (undefined ones skipped) are reported with every other construct's, each prefixed with this construct's path.
   * Write each as what is wrong and the fix, e.g. `objective 100 leaves no error budget; use a value below 100`.
   */
  protected validateWith(problems: () => ReadonlyArray<string | undefined>): void {
    this.node.addValidation({
      validate: () => problems().flatMap((problem) => (problem === undefined ? [] : [`${this.node.path}: ${problem}`])),
    });
  }

  /** Where the construct writes its output, for the targets' write functions. */
  protected targetScope(): TargetScope {
    return this.stack.targetScope(this);
  }

  static isMonitoringConstruct(value: unknown): value is MonitoringConstruct {
    return value instanceof MonitoringConstruct;
  }
}
