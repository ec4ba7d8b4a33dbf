import { TERRAFORM_ADDRESS, addressType } from "../names/terraform-address";
import type { Problems } from "../problems";
import { importIdProblem } from "./import-ids";

/**
 * A Terraform import block (Terraform 1.5 and OpenTofu 1.6 and later): the resource at `to` takes over the existing
 * vendor object `id` instead of creating one.
 */
export interface TerraformImport {
  /** The resource's address, `<type>.<name>`. */
  readonly to: string;
  /** The vendor object's id, as the provider's import reads it. */
  readonly id: string;
  /** What was matched and how, for the reviewer (the block's `//` comment). @default none */
  readonly note?: string;
}

/**
 * Two ids for one address (Terraform would refuse the second block) and one id for two addresses of a type (two
 * resources would then manage one vendor object), each naming both, with the fix; `origin` says where an import was
 * given, when the problem should name it.
 */
export function duplicateImportProblems<T extends TerraformImport>(imports: readonly T[], origin: (entry: T) => string = () => ""): string[] {
  const problems: string[] = [];
  const byAddress = new Map<string, T>();
  const byObject = new Map<string, T>();
  for (const entry of imports) {
    const sameAddress = byAddress.get(entry.to);
    if (sameAddress !== undefined && sameAddress.id !== entry.id) {
      problems.push(`${entry.to} is given two ids, ${sameAddress.id}${origin(sameAddress)} and ${entry.id}${origin(entry)}; keep the one of the object it should take over`);
    }
    const object = `${addressType(entry.to)} ${entry.id}`;
    const sameObject = byObject.get(object);
    if (sameObject !== undefined && sameObject.to !== entry.to) {
      problems.push(`${entry.id} is given to two addresses, ${sameObject.to}${origin(sameObject)} and ${entry.to}${origin(entry)}; one vendor object can be taken over by one resource only`);
    }
    byAddress.set(entry.to, sameAddress ?? entry);
    byObject.set(object, sameObject ?? entry);
  }
  return problems;
}

/** The imports, without repeats, sorted by address. */
export const sortedImports = <T extends TerraformImport>(imports: readonly T[]): T[] =>
  [...new Map(imports.map((entry) => [entry.to, entry])).values()].sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));

/**
 * The text of a stack's adopt file: Terraform's JSON form of import blocks, `{"import": [{"to": …, "id": …}]}`, each
 * with its note as a `//` comment (which Terraform's JSON syntax ignores), sorted by address.
 */
export function adoptFileText(stack: string, imports: readonly TerraformImport[]): string {
  const header =
    `Written by watchkeeper adopt for stack ${stack}: each block takes over an existing vendor object instead of creating it. ` +
    `MonitoringStack ${stack} reads this file with its adopt prop; remove both once every environment of the stack has applied.`;
  const blocks = sortedImports(imports).map(({ to, id, note }) => ({ ...(note === undefined ? {} : { "//": note }), to, id }));
  return `${JSON.stringify({ "//": header, import: blocks }, undefined, 2)}\n`;
}

/**
 * The import blocks of an adopt file's text; problems name the block (by position) and the fix: not JSON, no
 * `import` list, a block without a string `to` and `id`, an address that is not `<type>.<name>`, an id of the wrong
 * form for its type, two ids for one address or one id for two.
 */
export function parseAdoptFile(text: string, problems: Problems): TerraformImport[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems.add(`not JSON (${(error as Error).message}); write it as watchkeeper adopt does: {"import": [{"to": "<address>", "id": "<vendor id>"}]}`);
    return [];
  }
  const imports = readImportBlocks(json, problems);
  problems.add(...duplicateImportProblems(imports));
  return imports;
}

/** The import blocks of an adopt file's JSON, each checked alone (see parseAdoptFile, which also checks them together). */
export function readImportBlocks(json: unknown, problems: Problems): TerraformImport[] {
  const blocks = (json as { import?: unknown } | null)?.import;
  if (!Array.isArray(blocks)) {
    problems.add('has no "import" list; write it as watchkeeper adopt does: {"import": [{"to": "<address>", "id": "<vendor id>"}]}');
    return [];
  }
  return blocks.flatMap((block: { to?: unknown; id?: unknown; "//"?: unknown } | null, index): TerraformImport[] => {
    const where = problems.under(`import[${index}]`);
    if (typeof block?.to !== "string" || typeof block.id !== "string") {
      where.add(typeof block?.to === "string" ? undefined : "to: write the resource's address as a string, <type>.<name>");
      where.add(typeof block?.id === "string" ? undefined : 'id: write the vendor object\'s id as a string, a monitor\'s too ("2081")');
      return [];
    }
    if (!TERRAFORM_ADDRESS.test(block.to)) {
      where.add(`to: "${block.to}" is not a Terraform resource address; write <type>.<name>, such as datadog_monitor.checkout-availability_burn-rate-page-1h`);
      return [];
    }
    const idProblem = importIdProblem(addressType(block.to), block.id);
    where.add(idProblem === undefined ? undefined : `id: ${idProblem}`);
    return idProblem === undefined ? [{ to: block.to, id: block.id, ...(typeof block["//"] === "string" ? { note: block["//"] } : {}) }] : [];
  });
}
