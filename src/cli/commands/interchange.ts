import { type Command, Argument } from "commander";
import { stringify } from "yaml";
import { importOpenSlo } from "../../domain/interchange/import-openslo";
import { importSloth, type SlothSpec } from "../../domain/interchange/import-sloth";
import type { ImportedSlo } from "../../domain/interchange/imported-slo";
import type { OpenSloDocument } from "../../domain/interchange/openslo";
import { Problems } from "../../domain/problems";
import { inspectApp } from "../app-inspection";
import { commandAction, CommandError, ONE_FOR_ALL } from "../command-action";
import { readYamlDocuments } from "../input-files";
import { OPENSLO_DOCUMENT, SLOTH_DOCUMENT } from "../interchange/document-shapes";
import { importedSlosModule } from "../interchange/render-typescript";
import { writeOutputFile } from "../output-paths";
import { shapeProblems, type Shape } from "../shapes";

/** Each format's document shape, and how its documents (of that shape) become ServiceSlos. */
const IMPORTERS = {
  sloth: { shape: SLOTH_DOCUMENT, name: () => undefined, read: (document: unknown, problems: Problems) => importSloth(document as SlothSpec, problems) },
  openslo: {
    shape: OPENSLO_DOCUMENT,
    name: (document: unknown) => (document as Partial<OpenSloDocument> | null)?.metadata?.name,
    read: (document: unknown, problems: Problems) => importOpenSlo(document as OpenSloDocument, problems) ?? [],
  },
} as const satisfies Record<string, { shape: Shape; name: (document: unknown) => unknown; read: (document: unknown, problems: Problems) => ImportedSlo | ImportedSlo[] }>;

/** Writes `text` to the file `--out` names, or to standard output when there is none. */
function emit(text: string, out: string | undefined): void {
  if (out === undefined) {
    process.stdout.write(text);
  } else {
    writeOutputFile({ path: out, option: "--out" }, text);
  }
}

/** The SLOs of a file's documents (empty ones left out), each problem under its document's name or number. */
function importedSlos(format: keyof typeof IMPORTERS, documents: readonly unknown[], problems: Problems): ImportedSlo[] {
  const importer = IMPORTERS[format];
  const present = documents.filter((document) => document !== null && document !== undefined);
  return present.flatMap((document, index) => {
    const name = importer.name(document);
    const under = present.length === 1 && typeof name !== "string" ? problems : problems.under(typeof name === "string" ? name : `document ${index + 1}`);
    const wrong = shapeProblems(importer.shape, document);
    under.add(...wrong);
    return wrong.length > 0 ? [] : importer.read(document, under);
  });
}

/** `watchkeeper import <format> <file>`: the SLOs of a Sloth or OpenSLO file as a TypeScript module of ServiceSlos. */
function runImport(format: keyof typeof IMPORTERS, file: string, options: { out?: string }): number {
  const documents = readYamlDocuments({ path: file, fix: `give the ${format === "sloth" ? "Sloth prometheus/v1" : "OpenSLO v1"} YAML file to import` });
  const problems = new Problems();
  const slos = importedSlos(format, documents, problems);
  if (!problems.none || slos.length === 0) {
    const list = problems.none ? [`${file} declares no SLO`] : problems.list;
    throw new CommandError(`${file} cannot be imported as it is:\n${list.map((problem) => `  - ${problem}`).join("\n")}`);
  }
  emit(importedSlosModule(slos, `watchkeeper import ${format} ${file}`), options.out);
  return 0;
}

/** `watchkeeper export openslo`: every ServiceSlo of the app as OpenSLO v1 documents. */
function runExport(_format: string, options: { stack?: string; out?: string }): number {
  const read = inspectApp("export");
  if ("failure" in read) {
    process.stderr.write(read.failure);
    return 1;
  }
  const stacks = read.inspection.stacks.filter((stack) => options.stack === undefined || stack.stack === options.stack);
  if (stacks.length === 0) {
    throw new CommandError(`--stack ${options.stack}: the app has no such stack; its stacks are ${read.inspection.stacks.map((stack) => stack.stack).join(", ")}`);
  }
  emit(stacks.flatMap((stack) => stack.openslo).map((document) => `---\n${stringify(document)}`).join(""), options.out);
  return 0;
}

/** Registers `watchkeeper import` and `watchkeeper export`. */
export function registerInterchange(program: Command): void {
  program
    .command("import")
    .description("write a Sloth (prometheus/v1) or OpenSLO (openslo/v1) file's SLOs as a TypeScript module of ServiceSlos")
    .addArgument(new Argument("<format>", "the file's format").choices(Object.keys(IMPORTERS)))
    .argument("<file>", "the YAML file (OpenSLO: one or more SLO documents)")
    .option("--out <file>", "write the module there instead of to standard output")
    .addHelpText(
      "after",
      ["", "Exit codes:", "  0  the module was written", "  1  a usage error (an unknown option, a missing value), the file cannot be read, is not YAML, holds what Watchkeeper cannot express (each field named), or --out cannot be written"].join("\n"),
    )
    .action(commandAction("import", ONE_FOR_ALL, runImport));
  program
    .command("export")
    .description("write every ServiceSlo of the app as an OpenSLO v1 document")
    .addArgument(new Argument("<format>", "the format to write").choices(["openslo"]))
    .option("--stack <id>", "only this stack")
    .option("--out <file>", "write the documents there instead of to standard output")
    .addHelpText(
      "after",
      [
        "",
        "Runs the app of cdktf.json (which must end in app.run()) and writes nothing else.",
        "",
        "Exit codes:",
        "  0  the documents were written",
        "  1  a usage error (an unknown option, a missing value), no usable cdktf.json or app file, the app has problems (listed), crashed or declares no stack, no such stack, or --out cannot be written",
      ].join("\n"),
    )
    .action(commandAction("export", ONE_FOR_ALL, runExport));
}
