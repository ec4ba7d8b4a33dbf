/** Raised by `synth()` with every problem of the app, each naming its construct path and the fix. */
export class SynthError extends Error {
  /** Every problem of the app, each naming the construct path and the fix. */
  constructor(readonly problems: readonly string[]) {
    super(`${problems.length} problem${problems.length === 1 ? "" : "s"} to fix before synth:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "SynthError";
  }
}
