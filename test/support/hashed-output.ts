import { readFileSync, writeFileSync } from "node:fs";

/**
 * Rewrites a stack's cdk.tf.json as versions before readable addresses wrote it: every resource back at its `moved`
 * block's `from` address, references to it included, and no moved blocks. Returns how many resources it moved back.
 */
export function asHashedOutput(file: string): number {
  const json = JSON.parse(readFileSync(file, "utf8")) as { moved?: { from: string; to: string }[] };
  let text = JSON.stringify({ ...json, moved: undefined });
  for (const { from, to } of json.moved ?? []) {
    const [type, oldName] = from.split(".");
    const newName = to.split(".")[1];
    text = text.replace(new RegExp(`(?<=${type}\\.)${newName}(?![\\w-])`, "g"), oldName).replace(`"${newName}":{"//"`, `"${oldName}":{"//"`);
  }
  writeFileSync(file, text);
  return json.moved?.length ?? 0;
}
