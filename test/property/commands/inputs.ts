import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { stringify } from "yaml";

/** Fixed, so that every run checks the same inputs; fast-check prints it (and the path to replay) on failure. */
export const SEED = 20_260_715;

/** Runs per command: enough for every kind of careless input to come up many times. */
export const RUNS = 200;

/** The bytes of a file: what a user's file, an app's answer or a folder's content may hold. */
export type Content = string | Uint8Array;

/** Contents that are not what any command reads: empty, blank, binary, not JSON, broken YAML, JSON and YAML of any shape. */
export const strangeContent: fc.Arbitrary<Content> = fc.oneof(
  fc.constantFrom("", " \n", "not json", "{", "a: [", "- a\n b: c", "\uFEFF{}", "null", "[]", "42", '"text"', "---\n---\n", "key: *unknown"),
  fc.uint8Array({ minLength: 1, maxLength: 40 }).map((bytes) => Uint8Array.from([0xff, 0xfe, ...bytes])),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  fc.jsonValue({ maxDepth: 3 }).map((value) => stringify(value)),
  fc.string({ maxLength: 60 }),
);

/** What is at a path a command is given. */
export type PathSpec =
  | { readonly kind: "missing" }
  | { readonly kind: "folder"; readonly files: ReadonlyArray<readonly [string, Content]> }
  | { readonly kind: "file"; readonly content: Content }
  | { readonly kind: "below a file" }
  | { readonly kind: "too long" };

/** A path spec whose files hold `content` (at the path itself for a file, at `folderFiles`' paths in a folder). */
export function pathSpec(content: fc.Arbitrary<Content>, folderFiles: fc.Arbitrary<ReadonlyArray<readonly [string, Content]>> = fc.constant([])): fc.Arbitrary<PathSpec> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant({ kind: "missing" } as const) },
    { weight: 1, arbitrary: folderFiles.map((files) => ({ kind: "folder", files }) as const) },
    { weight: 4, arbitrary: content.map((text) => ({ kind: "file", content: text }) as const) },
    { weight: 1, arbitrary: fc.constantFrom({ kind: "below a file" } as const, { kind: "too long" } as const) },
  );
}

/** Writes a file, making its folder. */
export function writeFile(path: string, content: Content): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** Puts what the spec says at `root/name`; returns the path to give the command (relative to `root`). */
export function materialize(root: string, name: string, spec: PathSpec): string {
  switch (spec.kind) {
    case "missing":
      return name;
    case "folder":
      mkdirSync(join(root, name), { recursive: true });
      spec.files.forEach(([path, content]) => writeFile(join(root, name, path), content));
      return name;
    case "file":
      writeFile(join(root, name), spec.content);
      return name;
    case "below a file":
      writeFile(join(root, "plain-file"), "x");
      return `plain-file/${name}`;
    case "too long":
      return `${"n".repeat(300)}/${name}`;
  }
}

/** Runs `work` in a new temporary folder, removed afterwards. */
export async function inFolder<T>(work: (root: string) => Promise<T>): Promise<T> {
  const root = mkdtempSync(join(tmpdir(), "watchkeeper-cli-property-"));
  try {
    return await work(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Option values a hurried user types: empty, blank, flags, paths, numbers, unicode, very long. */
export const strangeText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("", " ", "-", "--", "--help-me", "../..", "/", "0", "-1", "1e9", "NaN", "🚀", "a b", "x".repeat(300)),
  fc.string({ maxLength: 20 }),
);

/** Durations, valid and not: zero, negative, decimal, huge, words. */
export const durationText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("10s", "500ms", "1m", "1h", "0s", "0", "-1s", "1.5s", "1000y", "99999999999d", "2h", "soon", "", "10"),
  fc.tuple(fc.nat({ max: 100_000 }), fc.constantFrom("ms", "s", "m", "h", "d", "w", "y")).map(([amount, unit]) => `${amount}${unit}`),
);

/** Unknown options and stray arguments, sometimes. */
export const strayArguments: fc.Arbitrary<readonly string[]> = fc.oneof(
  { weight: 5, arbitrary: fc.constant([]) },
  { weight: 1, arbitrary: fc.constantFrom<readonly string[]>(["--no-such-option"], ["extra"], ["--help"], ["-x", "1"], ["--verbose=maybe"]) },
);

/** An option and its value, or (as often) nothing: the option left out. */
export const maybeOption = (name: string, value: fc.Arbitrary<string>): fc.Arbitrary<string[]> => fc.oneof(fc.constant<string[]>([]), value.map((text) => [name, text]));
