/**
 * The environment variables `watchkeeper` sets for the app process it runs, read by `MonitoringApp`: the contract
 * between the two processes, in a module of its own so that the command line reads it without loading the engines.
 */

/**
 * A file where `synth()` writes what it wrote (its summaries as JSON), set by `watchkeeper synth`, so that an app that
 * ends without synthesizing is told apart from one that synthesized.
 */
export const SYNTH_RECEIPT = "WATCHKEEPER_SYNTH_RECEIPT";

/** A file where `run()` writes the app's inspection as JSON instead of synthesizing, set by `watchkeeper graph` and `export`. */
export const INSPECTION_FILE = "WATCHKEEPER_INSPECT";
