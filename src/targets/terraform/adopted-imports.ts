import { existsSync, readFileSync } from "node:fs";
import { type TerraformImport, parseAdoptFile, sortedImports } from "../../domain/adopt/adopt-file";
import { closest } from "../../domain/names/closest";
import { Problems } from "../../domain/problems";

/**
 * The environment variable `watchkeeper adopt` sets when it synthesizes the app: stacks then leave their adopt files
 * unread, so that the command sees the declarations as they are, whatever an earlier file says (or whether it exists).
 */
export const ADOPTING = "WATCHKEEPER_ADOPTING";

/** The imports a stack declares: its adopt file's blocks, and the file, for problems. */
export interface AdoptedImports {
  /** The file, relative to the working folder, as the stack's `adopt` prop names it. @default none */
  readonly file?: string;
  /** @default none */
  readonly imports?: readonly TerraformImport[];
}

/**
 * Reads the adopt file a stack's `adopt` prop names (relative to the working folder, the project root): its import
 * blocks, or the problems of a missing or malformed file, each naming the prop, the file and the fix. Nothing to read
 * without the prop, or while `watchkeeper adopt` synthesizes the app.
 */
export function readAdoptFile(file: string | undefined): { adopted: AdoptedImports; problems: readonly string[] } {
  if (file === undefined || process.env[ADOPTING] !== undefined) {
    return { adopted: {}, problems: [] };
  }
  if (!existsSync(file)) {
    return {
      adopted: { file },
      problems: [`adopt: ${file} does not exist; write it with watchkeeper adopt --stack <this stack> --out ${file} (which reads the app without it), or remove the prop`],
    };
  }
  const problems = new Problems(`adopt: ${file}: `);
  const imports = parseAdoptFile(readFileSync(file, "utf8"), problems);
  return { adopted: { file, imports: problems.none ? imports : [] }, problems: problems.list };
}

/**
 * The imports whose address is no resource of the stack (a declaration renamed or removed since the file was
 * written), with the closest address; Terraform would refuse them.
 */
export function unknownImportTargets(stackId: string, adopted: AdoptedImports, addresses: readonly string[]): string[] {
  const known = new Set(addresses);
  return (adopted.imports ?? [])
    .filter((block) => !known.has(block.to))
    .map((block) => {
      const near = closest(block.to, addresses);
      return (
        `${stackId}: ${adopted.file} imports ${block.id} to ${block.to}, which the stack does not declare${near === undefined ? "" : ` (did you mean ${near}?)`}; ` +
        "run watchkeeper adopt again, or remove the block"
      );
    });
}

/** The stack's import blocks as cdk.tf.json holds them: `to` and `id`, sorted by address. */
export const importBlocks = (adopted: AdoptedImports): { to: string; id: string }[] => sortedImports(adopted.imports ?? []).map(({ to, id }) => ({ to, id }));
