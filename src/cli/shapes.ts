import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";

/**
 * A JSON Schema of what a command reads from outside (a file the user gives, an app's answer, a server's body):
 * only the fields the command reads and their types, so that whatever else the input holds, the command never
 * trips over a value of another type.
 */
export type Shape = Readonly<Record<string, unknown>>;

const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
const validators = new WeakMap<Shape, ValidateFunction>();

/** At most this many problems are listed, so that a wholly different document stays a short message. */
const MAX_LISTED = 3;

/** `/slos/0/objective` as `slos[0].objective`. */
function pathOf(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path === "" ? part : `${path}.${part}`), "");
}

/** A value as a message describes what was found instead: its kind, and short values themselves. */
function found(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return value.length > 40 ? `a text of ${value.length} characters` : `the text ${JSON.stringify(value)}`;
  return `${typeof value === "number" ? "the number" : typeof value === "boolean" ? "" : "the value"} ${String(value)}`.trim();
}

const TYPE_WORDS: Readonly<Record<string, string>> = { object: "an object", array: "a list", string: "a text", number: "a number", integer: "a whole number", boolean: "true or false", null: "null" };

/** One schema violation as `path: what was found where what belongs`. */
function describe(error: ErrorObject): string {
  const path = pathOf(error.instancePath);
  const at = (name = "") => [path, name].filter((part) => part !== "").join(".") || "the top level";
  switch (error.keyword) {
    case "required":
      return `${at(String(error.params.missingProperty))} is missing`;
    case "type": {
      const wanted = ([] as string[]).concat(error.params.type as string | string[]).map((type) => TYPE_WORDS[type] ?? type);
      return `${at()}: ${found(error.data)} where ${wanted.join(" or ")} belongs`;
    }
    case "enum":
      return `${at()}: ${found(error.data)} is not one of ${(error.params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(", ")}`;
    case "const":
      return `${at()}: ${found(error.data)} where ${JSON.stringify(error.params.allowedValue)} belongs`;
    case "minLength":
      return `${at()} is empty`;
    case "minItems":
    case "maxItems":
      return `${at()}: ${(error.data as unknown[]).length} items where ${error.message?.replace(/^must NOT have /, "")} belong`;
    default:
      return `${at()} ${error.message ?? "is not valid"}`;
  }
}

/**
 * What is wrong with a value for a shape, each as `path: what was found where what belongs` (`slos[0].objective:
 * the text "high" where a number belongs`), at most three and then how many more; none when it fits.
 */
export function shapeProblems(shape: Shape, value: unknown): string[] {
  let validate = validators.get(shape);
  if (validate === undefined) {
    validate = ajv.compile(shape);
    validators.set(shape, validate);
  }
  if (validate(value)) {
    return [];
  }
  const problems = [...new Set((validate.errors ?? []).filter((error) => !["anyOf", "oneOf", "if"].includes(error.keyword)).map(describe))];
  return problems.length > MAX_LISTED ? [...problems.slice(0, MAX_LISTED), `${problems.length - MAX_LISTED} more`] : problems;
}

/** Shapes' building blocks. */
export const shape = {
  text: { type: "string" },
  nonEmptyText: { type: "string", minLength: 1 },
  number: { type: "number" },
  boolean: { type: "boolean" },
  /** An object with these properties (types checked when present) of which `required` must be there. */
  object: (properties: Readonly<Record<string, Shape>>, required: readonly string[] = []): Shape => ({ type: "object", properties, required }),
  list: (items: Shape): Shape => ({ type: "array", items }),
  /** An object whose every value has a shape. */
  record: (values: Shape): Shape => ({ type: "object", additionalProperties: values }),
  /** Labels or annotations: an object of texts. */
  labels: { type: "object", additionalProperties: { type: "string" } },
} as const;
