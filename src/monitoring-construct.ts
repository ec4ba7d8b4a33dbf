import { Construct } from "constructs";

/**
 * A construct that writes output. Its constructor records intent and registers validations; `emit` runs at
 * synth, only once every construct of the app has validated, so that bad input is reported all at once and
 * never half-written.
 */
export abstract class MonitoringConstruct extends Construct {
  /** Writes the construct's resources, rules and files. Called once by `MonitoringApp.synth()`. */
  abstract emit(): void;

  /**
   * Writes what depends on the rest of the app (e.g. vendor integrations only when that vendor is used).
   * Called once, after every construct has emitted.
   */
  finish(): void {}

  static isMonitoringConstruct(value: unknown): value is MonitoringConstruct {
    return value instanceof MonitoringConstruct;
  }
}
