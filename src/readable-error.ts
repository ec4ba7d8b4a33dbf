import { relative } from "node:path";
import { duplicateIdProblem } from "./construct-id";

const SYNTH_ERROR = "SynthError: ";
const FRAME = /^\s+at (?:.*? \()?(.+?):(\d+):(\d+)\)?$/;

/**
 * The first stack frame in the app's own code (neither in node_modules nor in Node itself) as `file:line:column`
 * relative to the working folder, or undefined when the trace holds none.
 */
export function userFrame(stack: string): string | undefined {
  for (const line of stack.split("\n")) {
    const match = FRAME.exec(line);
    if (match === null) {
      continue;
    }
    const file = match[1].replace(/^file:\/\//, "");
    if (!file.includes("node_modules") && !file.startsWith("node:") && file.includes("/")) {
      return `${relative(process.cwd(), file)}:${match[2]}:${match[3]}`;
    }
  }
  return undefined;
}

/** The constructs library's refusal of a second construct with the same id in a scope (`Error: There is already …`). */
const DUPLICATE_ID = /^Error: There is already a Construct with name '(.*)' in \S+(?: \[(.*)\])?$/;

/**
 * A failure as its message (a library's refusal that Watchkeeper knows, in Watchkeeper's words) plus, when known,
 * where in the app's code it happened: never a whole stack trace.
 */
function describeFailure(message: string, stack: string): string {
  const duplicate = DUPLICATE_ID.exec(message);
  const said = duplicate === null ? message : duplicateIdProblem(duplicate[2] ?? "", duplicate[1]);
  const where = userFrame(stack);
  return where === undefined ? said : `${said}\n  at ${where}`;
}

/**
 * An error as a person reads it: a SynthError's list of problems, anything else (a TypeError in the
 * app's own code, say) as `TypeError: …` plus the line of the app's code it came from.
 */
export function readableError(error: unknown): string {
  if (!(error instanceof Error)) {
    return `synth failed: ${String(error)}`;
  }
  return error.name === "SynthError" ? error.message : describeFailure(`${error.name}: ${error.message}`, error.stack ?? "");
}

/** Node's last line of a crash report: its version. */
const NODE_VERSION_LINE = /^Node\.js v\d[\d.]*$/;
/** Node's hint under a thrown value that is not an Error (it has no trace). */
const TRACE_HINT = /^\(Use `node --trace-uncaught/;

/**
 * Node's report of an error nobody caught (the standard error of an app that crashed), condensed like
 * readableError: the error's own lines plus where (a SynthError's list alone), without the source excerpt, the
 * trace and Node's version; a thrown value that is not an Error, as the value and how to see where.
 * Undefined when the text is not such a report, i.e. the app already reported its failure readably.
 */
export function condensedCrash(stderr: string): string | undefined {
  const lines = stderr.split("\n");
  const firstFrame = lines.findIndex((line) => FRAME.test(line));
  const ended = lines.map((line) => line.trim()).filter((line) => line !== "").pop() ?? "";
  if (firstFrame < 0 && !NODE_VERSION_LINE.test(ended)) {
    return undefined;
  }
  // The message starts after Node's excerpt of the source, which ends with a caret line (and a blank line or none).
  const end = firstFrame < 0 ? lines.length : firstFrame;
  const before = lines.slice(0, end).map((line) => line.trim());
  const caret = before.reduce((last, line, index) => (/^\^+$/.test(line) ? index : last), -1);
  const start = Math.max(firstFrame < 0 ? -1 : before.lastIndexOf(""), caret) + 1;
  if (firstFrame < 0) {
    const thrown = before.slice(start).filter((line) => line !== "" && !TRACE_HINT.test(line) && !NODE_VERSION_LINE.test(line));
    return `the app threw ${thrown.join(" ")}, which is not an Error and says nowhere where it happened; throw new Error("…") instead to see where`;
  }
  const message = lines.slice(start, firstFrame).join("\n");
  return message.startsWith(SYNTH_ERROR) ? message.slice(SYNTH_ERROR.length) : describeFailure(message, lines.slice(firstFrame).join("\n"));
}
