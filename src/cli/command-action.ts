import { readableError } from "../readable-error";
import { InputError } from "./input-files";

/** A command's failure whose message says what is wrong and what to do, with the exit code its help gives it. */
export class CommandError extends Error {
  constructor(
    message: string,
    /** The exit code; the command's bad-input code when not given. */
    readonly exitCode?: number,
  ) {
    super(message);
    this.name = "CommandError";
  }
}

/** The exit codes a command's help documents for failures that are not its normal outcome. */
export interface FailureCodes {
  /** Bad input: a missing or unusable file, folder or option value (1 for every command). */
  readonly badInput: number;
  /** Anything else that stops it, which is a fault of watchkeeper's own (gate: 3, an error; the others: 1). */
  readonly unexpected: number;
}

/** Writes a line to the standard error. */
const printError = (text: string) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`);

/**
 * The action of `watchkeeper <name>`: runs `work` and sets the exit code to what it returns. A CommandError or an
 * InputError is printed as `watchkeeper <name>: <message>` with its exit code (bad input unless it says otherwise);
 * anything else, which is a fault of watchkeeper's own, as one paragraph (the error and where, no stack trace) with
 * the command's code for it. Commands whose output format carries errors (gate's JSON) handle theirs first.
 */
export function commandAction<Args extends unknown[]>(name: string, codes: FailureCodes, work: (...args: Args) => number | Promise<number>): (...args: Args) => Promise<void> {
  return async (...args: Args) => {
    try {
      process.exitCode = await work(...args);
    } catch (error) {
      if (error instanceof CommandError || error instanceof InputError) {
        printError(`watchkeeper ${name}: ${error.message}`);
        process.exitCode = error instanceof CommandError ? (error.exitCode ?? codes.badInput) : codes.badInput;
        return;
      }
      printError(`watchkeeper ${name} stopped on an error of its own (please report it with the command line): ${readableError(error)}`);
      process.exitCode = codes.unexpected;
    }
  };
}

/** The failure codes of the commands without an error code of their own: 1 for everything. */
export const ONE_FOR_ALL: FailureCodes = { badInput: 1, unexpected: 1 };
