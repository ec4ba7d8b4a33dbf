import { readFileSync, writeFileSync } from "node:fs";
import { type Command, Argument } from "commander";
import { parseAllDocuments, stringify } from "yaml";
import { importOpenSlo } from "../../domain/interchange/import-openslo";
import { importSloth, type SlothSpec } from "../../domain/interchange/import-sloth";
import type { ImportedSlo } from "../../domain/interchange/imported-slo";
import type { OpenSloDocument } from "../../domain/interchange/openslo";
import { Problems } from "../../domain/problems";
import { inspectApp } from "../app-inspection";
import { importedSlosModule } from "../interchange/render-typescript";

const IMPORTERS = {
  sloth: (documents: unknown[], problems: Problems) => documents.flatMap((document) => importSloth(document as SlothSpec, problems)),
  openslo: (documents: unknown[], problems: Problems) =>
    documents.flatMap((document, index) => {
      const named = document as OpenSloDocument;
      return importOpenSlo(named, problems.under(`${named.metadata?.name ?? `document ${index + 1}`}`)) ?? [];
    }),
} as const satisfies Record<string, (documents: unknown[], problems: Problems) => ImportedSlo[]>;

/** Writes `text` to `out`, or to standard output when there is none. */
function emit(text: string, out: string | undefined): void {
  if (out === undefined) {
    process.stdout.write(text);
  } else {
    writeFileSync(out, text);
  }
}

/** `watchkeeper import <format> <file>`: the SLOs of a Sloth or OpenSLO file as a TypeScript module of ServiceSlos. */
function runImport(format: keyof typeof IMPORTERS, file: string, options: { out?: string }): number {
  let documents: unknown[];
  try {
    documents = parseAllDocuments(readFileSync(file, "utf8")).map((document) => document.toJS());
  } catch (error) {
    console.error(`watchkeeper import: cannot read ${file}: ${(error as Error).message}`);
    return 1;
  }
  const problems = new Problems();
  const slos = IMPORTERS[format](documents, problems);
  if (!problems.none || slos.length === 0) {
    const list = problems.none ? [`${file} declares no SLO`] : problems.list;
    console.error(`watchkeeper import: ${file} cannot be imported as it is:\n${list.map((problem) => `  - ${problem}`).join("\n")}`);
    return 1;
  }
  emit(importedSlosModule(slos, `watchkeeper import ${format} ${file}`), options.out);
  return 0;
}

/** `watchkeeper export openslo`: every ServiceSlo of the app as OpenSLO v1 documents. */
function runExport(options: { stack?: string; out?: string }): number {
  const read = inspectApp("export");
  if ("failure" in read) {
    process.stderr.write(read.failure);
    return 1;
  }
  const stacks = read.inspection.stacks.filter((stack) => options.stack === undefined || stack.stack === options.stack);
  if (stacks.length === 0) {
    console.error(`watchkeeper export: no stack ${options.stack}; the app's stacks are ${read.inspection.stacks.map((stack) => stack.stack).join(", ")}`);
    return 1;
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
    .addHelpText("after", ["", "Exit codes:", "  0  the module was written", "  1  the file cannot be read, or holds what Watchkeeper cannot express (each field named)"].join("\n"))
    .action((format: keyof typeof IMPORTERS, file: string, options: { out?: string }) => {
      process.exitCode = runImport(format, file, options);
    });
  program
    .command("export")
    .description("write every ServiceSlo of the app as an OpenSLO v1 document")
    .addArgument(new Argument("<format>", "the format to write").choices(["openslo"]))
    .option("--stack <id>", "only this stack")
    .option("--out <file>", "write the documents there instead of to standard output")
    .addHelpText("after", ["", "Runs the app of cdktf.json (which must end in app.run()) and writes nothing else.", "", "Exit codes:", "  0  the documents were written", "  1  no cdktf.json, the app has problems (listed) or crashed, or no such stack"].join("\n"))
    .action((_format: string, options: { stack?: string; out?: string }) => {
      process.exitCode = runExport(options);
    });
}
