import { join, relative } from "node:path";
import ts from "typescript";
import { PROJECT_ROOT, projectSources } from "./files";

/**
 * The module specifiers a file imports, re-exports, requires or imports dynamically, type-only imports included:
 * TypeScript's own reading of a file's imports (`preProcessFile`, what its language service reads before parsing).
 */
export function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map(({ fileName }) => fileName);
}

/**
 * The import graph of the project's TypeScript files under `folders`: each file (by path from the project root) to
 * the project files it imports, resolved as tsconfig.json resolves them. Files `leftOut` matches are neither
 * read nor kept as imports, and neither are packages.
 */
export function importGraph(folders: readonly string[], leftOut: RegExp): Record<string, string[]> {
  const config = ts.readConfigFile(join(PROJECT_ROOT, "tsconfig.json"), ts.sys.readFile).config as unknown;
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, PROJECT_ROOT);
  const sources = folders.flatMap((folder) => [...projectSources(folder)]).filter(([path]) => !leftOut.test(path));
  const kept = new Set(sources.map(([path]) => path));
  return Object.fromEntries(
    sources.map(([path, text]) => {
      const file = join(PROJECT_ROOT, path);
      const resolved = importsOf(text).map((specifier) => ts.resolveModuleName(specifier, file, options, ts.sys).resolvedModule?.resolvedFileName);
      const imported = resolved.flatMap((target) => (target === undefined ? [] : [relative(PROJECT_ROOT, target)]));
      return [path, [...new Set(imported.filter((target) => kept.has(target)))]];
    }),
  );
}
