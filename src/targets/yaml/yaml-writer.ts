import { Document, type CreateNodeOptions, type DocumentOptions, type SchemaOptions, type ToStringOptions } from "yaml";

/** The `yaml` library's options Watchkeeper writes with: YAML 1.1 readers, no line folding, no anchors. */
export const YAML_OPTIONS: DocumentOptions & SchemaOptions & CreateNodeOptions & ToStringOptions = {
  version: "1.1",
  lineWidth: 0,
  aliasDuplicateObjects: false,
  simpleKeys: true,
};

/** Thrown inside the writer when a value needs a rule it does not know; the caller falls back to the library. */
class NeedsLibrary extends Error {}

/** Strings the library will not write plain (its own test): indicators, `: `, ` #`, edge spaces. */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
const CONTROL_CHARACTERS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;
const SIMPLE_KEY = /^[A-Za-z_][\w./-]*$/;

/** The tags other than `str` whose plain form a YAML 1.1 reader would resolve (numbers, booleans, null, dates). */
const schema = new Document(null, YAML_OPTIONS).schema;
const otherTypes = [...schema.tags, ...((schema.compat as typeof schema.tags | null) ?? [])].filter(
  (tag) => tag.default === true && tag.tag !== "tag:yaml.org,2002:str" && tag.test !== undefined,
);

function readAsOtherType(text: string): boolean {
  return otherTypes.some((tag) => (tag.test as RegExp).test(text));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function isCollection(value: unknown): value is Record<string, unknown> | unknown[] {
  return Array.isArray(value) || isPlainObject(value);
}

function isEmpty(collection: Record<string, unknown> | unknown[]): boolean {
  return Array.isArray(collection) ? collection.length === 0 : Object.keys(collection).every((name) => collection[name] === undefined);
}

/** A single-line string the library would quote: single quotes around double quotes, else JSON's double quotes. */
function quoted(text: string): string {
  if (text.includes('"') && !text.includes("'")) {
    return `'${text}'`;
  }
  const json = JSON.stringify(text);
  if (json.includes("\\u")) {
    throw new NeedsLibrary();
  }
  return json;
}

/** A multi-line string as a literal block with stripped final newline, its lines at `indent`. */
function literalBlock(text: string, indent: string): string {
  if (/^[\n ]|[\n\t ]$/.test(text)) {
    throw new NeedsLibrary();
  }
  return `|-\n${indent}${text.replace(/\n+/g, `$&${indent}`)}`;
}

/** How many single-line strings and keys the writer remembers at most; it forgets them all beyond. */
const MOST_REMEMBERED = 10_000;

/**
 * Single-line strings and keys as written, by text: label names and values, durations and metric names recur in
 * every file, and the checks that decide how to write them (a dozen patterns) are the writer's costliest part.
 */
const remembered = { strings: new Map<string, string>(), keys: new Set<string>() };

function stringScalar(text: string, indent: string): string {
  const known = remembered.strings.get(text);
  if (known !== undefined) {
    return known;
  }
  if (text === "" || CONTROL_CHARACTERS.test(text) || DOCUMENT_MARKER.test(text)) {
    throw new NeedsLibrary();
  }
  if (text.includes("\n")) {
    return literalBlock(text, indent);
  }
  const written = NOT_PLAIN.test(text) || readAsOtherType(text) ? quoted(text) : text;
  if (remembered.strings.size >= MOST_REMEMBERED) {
    remembered.strings.clear();
  }
  remembered.strings.set(text, written);
  return written;
}

/** A scalar or empty collection; `indent` is where a literal block's lines start. */
function scalar(value: unknown, indent: string): string {
  switch (typeof value) {
    case "string":
      return stringScalar(value, indent);
    case "number":
      if (!Number.isFinite(value) || Object.is(value, -0)) {
        throw new NeedsLibrary();
      }
      return JSON.stringify(value);
    case "boolean":
      return String(value);
    default:
      if (value === null) {
        return "null";
      }
      if (isCollection(value) && isEmpty(value)) {
        return Array.isArray(value) ? "[]" : "{}";
      }
      throw new NeedsLibrary();
  }
}

function key(text: string): string {
  if (remembered.keys.has(text)) {
    return text;
  }
  if (!SIMPLE_KEY.test(text) || readAsOtherType(text)) {
    throw new NeedsLibrary();
  }
  if (remembered.keys.size >= MOST_REMEMBERED) {
    remembered.keys.clear();
  }
  remembered.keys.add(text);
  return text;
}

/** What follows `key:`: a space and a scalar, or the nested collection on the next lines (sequences indented). */
function afterKey(value: unknown, indent: string): string {
  const inner = `${indent}  `;
  return isCollection(value) && !isEmpty(value) ? `\n${block(value, inner, inner)}` : ` ${scalar(value, inner)}`;
}

/** What follows `- `: a scalar, or a mapping whose first entry shares the dash's line. */
function afterDash(value: unknown, indent: string): string {
  const inner = `${indent}  `;
  if (Array.isArray(value) && value.length > 0) {
    throw new NeedsLibrary();
  }
  return isCollection(value) && !isEmpty(value) ? block(value, inner, "") : scalar(value, inner);
}

/**
 * A non-empty collection as block lines at `indent`, without a final newline; the first line starts with `lead`
 * instead of the indent (nothing when it shares a dash's line). Built by appending, which leaves no arrays of lines.
 */
function block(value: Record<string, unknown> | unknown[], indent: string, lead: string): string {
  let text = "";
  if (Array.isArray(value)) {
    for (const item of value) {
      if (item === undefined) {
        throw new NeedsLibrary();
      }
      text += `${text === "" ? lead : `\n${indent}`}- ${afterDash(item, indent)}`;
    }
    return text;
  }
  for (const name of Object.keys(value)) {
    const item = value[name];
    if (item !== undefined) {
      text += `${text === "" ? lead : `\n${indent}`}${key(name)}:${afterKey(item, indent)}`;
    }
  }
  return text;
}

/**
 * The YAML the `yaml` library writes with YAML_OPTIONS for a mapping or sequence of plain data, written directly.
 * The library builds a node tree and a rendering context for every value, which made it a third of synth time;
 * this writer covers the shapes Watchkeeper writes (mappings, sequences, plain and quoted strings, literal blocks,
 * numbers, booleans, null) and answers undefined for anything else, so that the caller falls back to the library
 * and the output never differs.
 */
export function writeYaml(value: unknown): string | undefined {
  if (!isCollection(value) || isEmpty(value)) {
    return undefined;
  }
  try {
    return `${block(value, "", "")}\n`;
  } catch (error) {
    if (error instanceof NeedsLibrary) {
      return undefined;
    }
    throw error;
  }
}
