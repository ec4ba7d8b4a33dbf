import { closeSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { ISynthesisSession, IStackSynthesizer, TerraformStack } from "cdktf";

/** How much text is gathered before it is written. */
const CHUNK = 1 << 20;

/** A value as JSON.stringify's callers see it: its `toJSON()` when it has one. */
function jsonValue(value: unknown): unknown {
  const toJSON = (value as { toJSON?: unknown } | null | undefined)?.toJSON;
  return typeof toJSON === "function" ? (toJSON as () => unknown).call(value) : value;
}

/** Whether a value is written at all: undefined, functions and symbols are not (an array writes `null` for them). */
function written(value: unknown): boolean {
  return value !== undefined && typeof value !== "function" && typeof value !== "symbol";
}

/**
 * Writes `value` to `path` as json-stable-stringify writes it with `{ space: 2 }` (keys sorted, two-space indents,
 * an empty object or array closed on its own line, no final newline), the way cdktf writes `cdk.tf.json`, a chunk
 * at a time: json-stable-stringify builds the text of every object and array of the configuration, each joined
 * again into its parent's, which for the configuration of 1,000 SLOs took a hundred megabytes at synth's peak.
 */
export function writeStableJson(path: string, value: unknown): void {
  const descriptor = openSync(path, "w");
  let chunk = "";
  const put = (text: string) => {
    chunk += text;
    if (chunk.length >= CHUNK) {
      writeSync(descriptor, chunk);
      chunk = "";
    }
  };
  const seen = new Set<object>();
  const write = (node: unknown, level: number): void => {
    if (typeof node !== "object" || node === null) {
      put(JSON.stringify(node));
      return;
    }
    if (seen.has(node)) {
      throw new TypeError("Converting circular structure to JSON");
    }
    seen.add(node);
    const indent = `\n${"  ".repeat(level)}`;
    const [open, close] = Array.isArray(node) ? ["[", "]"] : ["{", "}"];
    put(open);
    let first = true;
    const entries: Array<[string | undefined, unknown]> = Array.isArray(node)
      ? node.map((item): [undefined, unknown] => [undefined, jsonValue(item)])
      : Object.keys(node).sort().map((key): [string, unknown] => [key, jsonValue((node as Record<string, unknown>)[key])]);
    for (const [key, item] of entries) {
      if (key !== undefined && !written(item)) {
        continue;
      }
      put(`${first ? "" : ","}${indent}  ${key === undefined ? "" : `${JSON.stringify(key)}: `}`);
      first = false;
      write(written(item) ? item : null, level + 1);
    }
    put(`${indent}${close}`);
    seen.delete(node);
  };
  try {
    write(jsonValue(value), 0);
    writeSync(descriptor, chunk);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * cdktf's synthesis of a stack, its `cdk.tf.json` written by `writeStableJson` instead of built as one text: the
 * same bytes, without the peak of memory. Everything else (aspects, validations, annotations, the manifest) is
 * cdktf's own synthesizer's, which is given an empty configuration to write.
 */
export class StreamedJsonSynthesizer implements IStackSynthesizer {
  constructor(
    private readonly stack: TerraformStack,
    private readonly inner: IStackSynthesizer,
  ) {}

  synthesize(session: ISynthesisSession): void {
    const stack = this.stack as { toTerraform(): unknown };
    let configuration: unknown;
    stack.toTerraform = () => {
      configuration = Object.getPrototypeOf(stack).toTerraform.call(stack);
      return {};
    };
    try {
      this.inner.synthesize(session);
    } finally {
      delete (stack as Partial<typeof stack>).toTerraform;
    }
    if (configuration !== undefined) {
      writeStableJson(join(session.outdir, session.manifest.forStack(this.stack).synthesizedStackPath), configuration);
    }
  }
}
