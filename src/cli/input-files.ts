import { readFileSync, statSync } from "node:fs";
import { parseAllDocuments } from "yaml";

/**
 * A file or folder a command was given that it cannot use: missing, a folder where a file belongs (or the
 * reverse), not UTF-8 text, not JSON or YAML, or not of the shape the command reads. The message names the path
 * and says what to do; commands print it after their name and exit with their bad-input code.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

/** What a command reads from a file, for messages: the path as given and the fix to append. */
export interface InputFile {
  /** The path as the user gave it (or as the command found it). */
  readonly path: string;
  /** What to do about it, e.g. `give the YAML file the SLOs are in`; appended after `; `. */
  readonly fix: string;
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: "does not exist",
  ENOTDIR: "does not exist (a part of its path is a file)",
  EACCES: "cannot be read (permission denied)",
  EPERM: "cannot be read (permission denied)",
  ENAMETOOLONG: "is too long a path for the file system",
  ELOOP: "is a loop of symbolic links",
};

/** Why a path cannot be used, in words, from a file system error; its code when the error is not a known one. */
export function fileSystemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? "";
  return REASONS[code] ?? `cannot be used (${code || (error as Error).message})`;
}

/** What the path is: a file, a folder or something else; throws InputError when there is nothing usable there. */
export function pathKind(file: InputFile): "file" | "folder" | "other" {
  try {
    const stat = statSync(file.path);
    return stat.isFile() ? "file" : stat.isDirectory() ? "folder" : "other";
  } catch (error) {
    throw new InputError(`${file.path} ${fileSystemReason(error)}; ${file.fix}`);
  }
}

/** The text of a UTF-8 file; throws InputError when it is missing, a folder, unreadable or not UTF-8 text. */
export function readTextFile(file: InputFile): string {
  const kind = pathKind(file);
  if (kind !== "file") {
    throw new InputError(`${file.path} is ${kind === "folder" ? "a folder" : "not a regular file"}, not a file to read; ${file.fix}`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file.path);
  } catch (error) {
    throw new InputError(`${file.path} ${fileSystemReason(error)}; ${file.fix}`);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new InputError(`${file.path} is not UTF-8 text (a binary file, or another encoding); ${file.fix}`);
  }
}

/** Line and column (from 1) of an offset in a text. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

/** A JSON text's value; throws InputError naming the file and where the syntax breaks. */
export function parseJson(text: string, file: InputFile): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const what = message.split(/, "|\n| in JSON at| \(line/)[0];
    const where = position === null ? (text.trim() === "" ? "it is empty" : what) : `${what} at ${lineAndColumn(text, Number(position[1]))}`;
    throw new InputError(`${file.path} is not JSON (${where}); ${file.fix}`);
  }
}

/** The value of a JSON file; throws InputError when it cannot be read or is not JSON. */
export function readJsonFile(file: InputFile): unknown {
  return parseJson(readTextFile(file), file);
}

/** The documents of a YAML text (`---` separated), as plain values; throws InputError naming the first syntax error. */
export function parseYamlDocuments(text: string, file: InputFile): unknown[] {
  const documents = parseAllDocuments(text);
  const list = Array.isArray(documents) ? documents : [];
  const broken = list.flatMap((document) => document.errors)[0];
  if (broken !== undefined) {
    const where = broken.linePos === undefined ? "" : ` at line ${broken.linePos[0].line}, column ${broken.linePos[0].col}`;
    throw new InputError(`${file.path} is not YAML (${broken.message.split(" at line")[0].split("\n")[0]}${where}); ${file.fix}`);
  }
  try {
    return list.map((document) => document.toJS({ maxAliasCount: 1000 }) as unknown);
  } catch (error) {
    throw new InputError(`${file.path} is not YAML that can be read (${(error as Error).message.split("\n")[0]}); ${file.fix}`);
  }
}

/** The documents of a YAML file; throws InputError when it cannot be read or is not YAML. */
export function readYamlDocuments(file: InputFile): unknown[] {
  return parseYamlDocuments(readTextFile(file), file);
}

/** The one document of a YAML file (null when it is empty); throws InputError when it holds several. */
export function readYamlFile(file: InputFile): unknown {
  const documents = readYamlDocuments(file);
  if (documents.length > 1) {
    throw new InputError(`${file.path} holds ${documents.length} YAML documents where one belongs; ${file.fix}`);
  }
  return documents[0] ?? null;
}
