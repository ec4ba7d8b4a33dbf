import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { OutputItem } from "../../domain/plan-diff/output-item";
import type { SynthContent } from "../../domain/plan-diff/plan-diff";
import { generatedJsonFile, TERRAFORM_JSON } from "../generated-files";
import { InputError } from "../input-files";
import { type DistFile, distItems, headerConstruct } from "./dist-items";
import { type TerraformJson, importedAddresses, movedItems, retiredAddresses, terraformItems } from "./terraform-items";

/** What a synth output folder holds, for messages about folders that are not one. */
const SYNTH_FOLDER = "a synth output folder holds cdktf.out/stacks/<stack>/cdk.tf.json and dist/<stack>/ for each stack, as watchkeeper synth writes them and snapshots/ keeps them";

/** A folder that is missing or holds no synth output; its message names the folder and what was expected. */
export class SynthFolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SynthFolderError";
  }
}

const folders = (path: string): string[] =>
  existsSync(path) ? readdirSync(path, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort() : [];

/** Every file under a folder, by its path relative to it (with `/`), sorted. */
function filesUnder(root: string): DistFile[] {
  const paths = (readdirSync(root, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split("\\").join("/"))
    .sort();
  return paths.map((path) => ({ path, location: join(root, path), text: readFileSync(join(root, path), "utf8") }));
}

/** The declaring construct of a resource path: the longest construct a generated file names, else its parent. */
function declaringConstruct(known: ReadonlySet<string>, stack: string): (path: string) => string {
  return (path) => {
    const segments = path.split("/");
    for (let length = segments.length; length > 1; length--) {
      const prefix = segments.slice(0, length).join("/");
      if (known.has(prefix)) {
        return prefix;
      }
    }
    return segments.length > 2 ? segments.slice(0, -1).join("/") : stack;
  };
}

/** A stack's Terraform JSON in a synth output folder. @throws InputError when it is not what synth writes */
const stackTerraform = (root: string, stack: string) => generatedJsonFile(join(root, "cdktf.out", "stacks", stack, "cdk.tf.json"), TERRAFORM_JSON, SYNTH_FOLDER) as TerraformJson;

/** One stack's items: its Terraform resources and the files of its dist folder; the addresses it retires, moves and imports. */
function stackItems(root: string, stack: string): { items: OutputItem[]; retired: string[]; moved: [string, string][]; imported: string[] } {
  const distFolder = join(root, "dist", stack);
  const files = existsSync(distFolder) ? filesUnder(distFolder) : [];
  const known = new Set(files.flatMap((file) => headerConstruct(file.text) ?? []));
  const json = stackTerraform(root, stack);
  const resources = terraformItems(stack, json, declaringConstruct(known, stack));
  const dashboards = new Map(resources.filter((item) => item.type === "grafana_dashboard").map((item) => [item.fields["config_json.uid"], item.construct]));
  const dashboardOf = (file: DistFile): string => {
    if (!file.path.endsWith(".json")) {
      return stack;
    }
    try {
      return dashboards.get((JSON.parse(file.text) as { uid?: string }).uid ?? "") ?? stack;
    } catch {
      return stack;
    }
  };
  return {
    items: [...resources, ...distItems(stack, files, dashboardOf)],
    retired: retiredAddresses(json),
    moved: movedItems(stack, json),
    imported: importedAddresses(json),
  };
}

/** The stacks of a synth output folder that have a cdk.tf.json, sorted. @throws SynthFolderError when there is no such folder */
function terraformStackIds(folder: string): string[] {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new SynthFolderError(`${folder}: no such folder; give a folder holding a previous synth's output (cdktf.out/ and dist/), such as snapshots/`);
  }
  return folders(join(folder, "cdktf.out", "stacks")).filter((stack) => existsSync(join(folder, "cdktf.out", "stacks", stack, "cdk.tf.json")));
}

/** Runs a read of a synth output folder, naming the folder in the error of a file that is not what synth writes. */
function readingFolder<T>(folder: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof InputError) {
      throw new SynthFolderError(`${folder} is not a synth output folder: ${error.message}`);
    }
    throw error;
  }
}

/**
 * Each stack's Terraform JSON in a synth output folder (`<folder>/cdktf.out/stacks/<stack>/cdk.tf.json`), by stack id.
 * @throws SynthFolderError when the folder is missing, holds no stack's Terraform or a file of another shape
 */
export function readTerraformStacks(folder: string): Map<string, TerraformJson> {
  const stacks = terraformStackIds(folder);
  if (stacks.length === 0) {
    throw new SynthFolderError(`${folder} holds no cdktf.out/stacks/<stack>/cdk.tf.json; give the folder a synth wrote, such as snapshots/ or the project root`);
  }
  return readingFolder(folder, () => new Map(stacks.map((stack) => [stack, stackTerraform(folder, stack)])));
}

/**
 * Reads a synth's output folder: `<folder>/cdktf.out/stacks/<stack>/cdk.tf.json` and `<folder>/dist/<stack>/…`,
 * as `watchkeeper synth` writes them and `snapshots/` keeps them.
 * @throws SynthFolderError when the folder is missing, holds neither, holds a dist folder of a stack without
 *   Terraform JSON (every stack has one), or holds a file of another shape than synth writes (each named)
 */
export function readSynthFolder(folder: string): SynthContent {
  const terraformStacks = terraformStackIds(folder);
  const distStacks = folders(join(folder, "dist"));
  if (terraformStacks.length === 0 && distStacks.length === 0) {
    throw new SynthFolderError(`${folder} is not a synth output folder: it holds neither cdktf.out/stacks/<stack>/cdk.tf.json nor dist/<stack>/; give the folder a synth wrote, such as snapshots/`);
  }
  const strays = distStacks.filter((stack) => !terraformStacks.includes(stack));
  if (strays.length > 0) {
    const named = strays.map((stack) => `dist/${stack}/`).join(", ");
    throw new SynthFolderError(`${folder} is not a synth output folder: ${named} ${strays.length === 1 ? "has" : "have"} no cdktf.out/stacks/<stack>/cdk.tf.json beside ${strays.length === 1 ? "it" : "them"}; ${SYNTH_FOLDER}`);
  }
  const read = readingFolder(folder, () => terraformStacks.map((stack) => stackItems(folder, stack)));
  return {
    items: read.flatMap((stack) => stack.items),
    retired: new Set(read.flatMap((stack) => stack.retired)),
    moved: new Map(read.flatMap((stack) => stack.moved)),
    imported: new Set(read.flatMap((stack) => stack.imported)),
  };
}
