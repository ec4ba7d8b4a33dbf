import { quoted } from "../quoted";
/**
 * Names that become file or folder names (an SLO's `prometheus/<id>.rules.yml`, a declaration's
 * `kubernetes/<path>.yaml`, a stack's `dist/<stack>/`): checked before anything is written, so that synth never
 * fails half-way on a name the file system refuses.
 */

/**
 * The longest name that becomes part of a file name. File systems allow 255 bytes per name; the rest is kept
 * for suffixes such as `.every-6h.test.yml` and `.stand-in.rules.yml`.
 */
export const MAX_FILE_NAME = 200;

/** What is wrong with a name used in file names, or undefined. */
export function fileNameProblem(what: string, name: string): string | undefined {
  const bytes = Buffer.byteLength(name, "utf8");
  if (bytes > MAX_FILE_NAME) {
    return `${what} ${quoted(shorten(name))} is ${bytes} bytes long and becomes a file name; use at most ${MAX_FILE_NAME}`;
  }
  if (name === "" || name === "." || name === ".." || /[/\\\0]/.test(name)) {
    return `${what} ${quoted(name)} cannot be a file name; use letters, digits and dashes`;
  }
  return undefined;
}

/** The file name stem of a declaration's Kubernetes objects: its construct ids below the stack, joined by dashes. */
export function declarationFileStem(idsBelowStack: readonly string[]): string {
  return idsBelowStack.join("-");
}

/** The start of a long name, for messages. */
export function shorten(name: string): string {
  return name.length <= 40 ? name : `${name.slice(0, 30)}…(${name.length} characters)`;
}
