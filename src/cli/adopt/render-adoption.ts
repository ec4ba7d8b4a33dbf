import { IMPORT_ID_FORMS } from "../../domain/adopt/import-ids";
import type { AdoptionPlan } from "../../domain/adopt/match";
import type { ExportedObject } from "../../domain/adopt/vendor-exports";

/** What `watchkeeper adopt` did for one stack: its plan and the file it wrote (none when nothing matched). */
export interface AdoptionReport {
  readonly stack: string;
  readonly file?: string;
  readonly plan: AdoptionPlan;
}

const quoted = (name: string | undefined): string => (name === undefined ? "(no name)" : JSON.stringify(name));
const object = (entry: ExportedObject): string => `${IMPORT_ID_FORMS[entry.type]?.noun ?? entry.type} ${entry.id} ${quoted(entry.name)} (${entry.source})`;
const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`;

/**
 * The report as a person reads it: the import blocks written, the declarations Terraform will create (each with the
 * closest exported object, never taken for it), the exported objects close to a declaration's name and the count of
 * the others, and what to do next.
 */
export function renderAdoptionText({ stack, file, plan }: AdoptionReport): string {
  const byName = plan.imports.filter((entry) => entry.by === "name").length;
  const lines =
    file === undefined
      ? [`Nothing to adopt in stack ${stack}: no vendor object matched a declaration; no file written.`]
      : [
          `${file}: ${count(plan.imports.length, "import block")} for stack ${stack} (${byName} by name, ${plan.imports.length - byName} by id)`,
          ...plan.imports.map((entry) => `  ${entry.to} ← ${entry.id}  ${entry.note ?? ""}`.trimEnd()),
        ];
  if (plan.unmatched.length > 0) {
    lines.push("", `No vendor object found, so Terraform will create them (${plan.unmatched.length}):`);
    for (const { resource, closest, reason } of plan.unmatched) {
      lines.push(`  ${resource.address} ${quoted(resource.name)}`);
      if (reason !== undefined) {
        lines.push(`      ${reason}`);
      } else if (closest !== undefined) {
        lines.push(`      closest exported: ${object(closest)}; not taken, names must be equal: if it is the same, --id ${resource.address}=${closest.id}`);
      }
    }
  }
  const near = plan.unclaimed.filter((entry) => entry.closest !== undefined);
  if (plan.unclaimed.length > 0) {
    const rest = plan.unclaimed.length - near.length;
    lines.push("", `Exported objects no declaration takes over: ${plan.unclaimed.length}${near.length > 0 ? `, ${near.length} close to a declaration's name:` : ""}`);
    lines.push(...near.map((entry) => `  ${object(entry.object)}: closest declaration ${entry.closest?.address}`));
    if (rest > 0) {
      lines.push(`  ${count(rest, "other")} (--format json lists every one)`);
    }
  }
  if (file !== undefined) {
    lines.push(
      "",
      `Next: set adopt: ${JSON.stringify(file)} on MonitoringStack ${stack}, synth, and commit both; terraform plan lists these resources as`,
      "imported, none of them as created. Once every environment of the stack has applied, remove the prop and the file.",
    );
  }
  return `${lines.join("\n")}\n`;
}

/** The report as JSON: the file, the imports, and every unmatched declaration and unclaimed exported object. */
export function renderAdoptionJson({ stack, file, plan }: AdoptionReport): string {
  const json = {
    stack,
    file: file ?? null,
    imports: plan.imports,
    unmatched: plan.unmatched.map(({ resource, closest, reason }) => ({ ...resource, closest: closest ?? null, reason: reason ?? null })),
    unclaimed: plan.unclaimed.map(({ object: exported, closest }) => ({ ...exported, closest: closest?.address ?? null })),
  };
  return `${JSON.stringify(json, undefined, 2)}\n`;
}
