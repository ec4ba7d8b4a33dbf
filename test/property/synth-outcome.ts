import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MonitoringApp, SynthError } from "../../constructs";
import { declare, type Declaration } from "./declaration";

/** Wording that belongs to JavaScript, Node, constructs or cdktf rather than to Watchkeeper's messages. */
const INTERNAL_WORDING = [
  /TypeError|ReferenceError|RangeError/,
  /Cannot read propert/,
  /is not a function|is not iterable/,
  /There is already a Construct/,
  /\bE(NAMETOOLONG|NOENT|ACCES|ISDIR|EXIST)\b/,
  /Invalid time value|Maximum call stack/,
];

/** A construct path and its message: `production: …` or `production/<id>/…: …`, on one line. */
const PROBLEM_LINE = /^production(\/[^\s:/]+)*: \S/;

/**
 * Declares the declaration in a fresh app and synthesizes it into a temporary folder. Returns undefined when it is
 * rejected the way every invalid input must be (a SynthError whose message has one line per problem, each starting
 * with a construct path, in Watchkeeper's words, one of them naming `expectedPath`), else what went wrong.
 */
export function rejectionFailure(declaration: Declaration, expectedPaths: readonly string[]): string | undefined {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-property-"));
  try {
    const app = new MonitoringApp({ outdir: join(folder, "dist"), terraformOutdir: join(folder, "cdktf.out") });
    try {
      declare(app, declaration);
      app.synth();
    } catch (error) {
      return synthErrorFailure(error, expectedPaths);
    }
    return "synth succeeded: the invalid input was written out silently";
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function synthErrorFailure(error: unknown, expectedPaths: readonly string[]): string | undefined {
  if (!(error instanceof SynthError)) {
    return `not a SynthError: ${String(error)}`;
  }
  const lines = error.message.split("\n").slice(1).map((line) => line.replace(/^ {2}- /, ""));
  const bad = lines.find((line) => !PROBLEM_LINE.test(line) || INTERNAL_WORDING.some((pattern) => pattern.test(line)));
  if (bad !== undefined || lines.length !== error.problems.length) {
    return `a line without a construct path, or in internal words: ${JSON.stringify(bad ?? lines)}`;
  }
  const missing = expectedPaths.filter((path) => !error.problems.some((problem) => problem.startsWith(`${path}:`)));
  return missing.length === 0 ? undefined : `no problem names ${missing.join(", ")}: ${JSON.stringify(error.problems)}`;
}
