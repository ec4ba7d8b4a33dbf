import { existsSync, readFileSync } from "node:fs";
import { readImportBlocks } from "../../domain/adopt/adopt-file";
import { isAdoptable } from "../../domain/adopt/import-ids";
import type { AdoptableResource, GivenId } from "../../domain/adopt/match";
import { EXPORT_SHAPES, type ExportName, type ExportPage, type ExportedObject, missingPagesProblem, readExport } from "../../domain/adopt/vendor-exports";
import { Problems } from "../../domain/problems";
import type { TerraformJson } from "../plan-diff/terraform-items";

/** The files given for each export, by export name. */
export type ExportFiles = Partial<Record<ExportName, readonly string[]>>;

/** A file's JSON, or undefined after recording why it cannot be read, naming the option that gave it. */
function readJson(option: string, file: string, problems: Problems): unknown {
  if (!existsSync(file)) {
    problems.add(`${option} ${file}: no such file`);
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(file, "utf8")) as unknown;
  } catch (error) {
    problems.add(`${option} ${file}: not JSON (${(error as Error).message}); save the API's answer as it is (curl -o ${file} …)`);
    return undefined;
  }
}

/** The objects of every export file given, all pages of an export together; problems name the option and the file. */
export function readExports(files: ExportFiles, problems: Problems): ExportedObject[] {
  return (Object.keys(EXPORT_SHAPES) as ExportName[]).flatMap((name) => {
    const pages = (files[name] ?? []).flatMap((file) => {
      const json = readJson(`--${name}`, file, problems);
      const page = json === undefined ? undefined : readExport(name, json, file, problems);
      return page === undefined ? [] : [page];
    });
    problems.add(missingPagesProblem(name, pages));
    return pages.flatMap((page: ExportPage) => page.objects);
  });
}

/** `--id <key>=<vendor id>` values as given ids; a value without `=` is a problem. */
export function readIdOptions(values: readonly string[], problems: Problems): GivenId[] {
  return values.flatMap((value) => {
    const split = value.indexOf("=");
    if (split <= 0 || split === value.length - 1) {
      problems.add(`--id ${value}: write <construct path or address>=<vendor id>, e.g. --id production/checkout-availability/slo=25dda1a2705a53c88b7f9c0a4cf8b8be`);
      return [];
    }
    return [{ key: value.slice(0, split).trim(), id: value.slice(split + 1).trim(), origin: "--id" }];
  });
}

/**
 * The ids of an `--ids` file: a JSON object from construct path or address to vendor id (`{"production/checkout-team/
 * service-checkout": "PABC123"}`, a monitor id as a number or a string), or an adopt file, whose blocks give theirs.
 */
export function readIdsFile(file: string, problems: Problems): GivenId[] {
  const origin = `--ids ${file}`;
  const json = readJson("--ids", file, problems);
  if (json === undefined) {
    return [];
  }
  if (typeof json === "object" && json !== null && "import" in json) {
    const blockProblems = new Problems();
    const blocks = readImportBlocks(json, blockProblems);
    problems.add(...blockProblems.list.map((problem) => `${origin}: ${problem}`));
    return blocks.map((block) => ({ key: block.to, id: block.id, origin }));
  }
  const entries = typeof json === "object" && json !== null && !Array.isArray(json) ? Object.entries(json) : undefined;
  const bad = entries === undefined ? [] : entries.filter(([, id]) => typeof id !== "string" && !Number.isSafeInteger(id));
  if (entries === undefined || bad.length > 0) {
    problems.add(`${origin}: write a JSON object of {"<construct path or address>": "<vendor id>"}${bad.length > 0 ? `; ${bad.map(([key]) => key).join(", ")} ha${bad.length === 1 ? "s" : "ve"} no string or integer id` : ""}`);
    return [];
  }
  return entries.map(([key, id]) => ({ key, id: String(id), origin }));
}

/** The resources of a stack's Terraform that adopt can match: their address, name, construct path and own type. */
export function adoptableResources(stack: string, json: TerraformJson): AdoptableResource[] {
  return Object.entries(json.resource ?? {})
    .filter(([type]) => isAdoptable(type))
    .flatMap(([type, resources]) =>
      Object.entries(resources).map(([name, body]) => ({
        address: `${type}.${name}`,
        type,
        path: body["//"]?.metadata?.path ?? stack,
        ...(typeof body.name === "string" ? { name: body.name } : {}),
        ...(typeof body.type === "string" ? { kind: body.type } : {}),
      })),
    )
    .sort((a, b) => (a.address < b.address ? -1 : 1));
}
