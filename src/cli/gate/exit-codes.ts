import type { GateVerdict } from "../../domain/gate/gate-verdict";

/** The gate command's exit code for a verdict: 0 pass, 1 fail, 2 inconclusive (3 is an error reaching Prometheus). */
export const EXIT_CODES: Readonly<Record<GateVerdict | "error", number>> = { pass: 0, fail: 1, inconclusive: 2, error: 3 };
