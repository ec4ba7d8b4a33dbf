import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** Every file below a folder, as sorted paths relative to it. */
export function listFiles(root: string): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? walk(path) : [relative(root, path)];
    });
  return walk(root).sort();
}

/** Every file below a folder with its text, by relative path. */
export function readTree(root: string): Map<string, string> {
  return new Map(listFiles(root).map((path) => [path, readFileSync(join(root, path), "utf8")]));
}

/** The project's root folder. */
export const PROJECT_ROOT = join(__dirname, "../..");

/** The TypeScript files of a folder of the project, with their text, by path relative to the project root. */
export function projectSources(folder: string): Map<string, string> {
  const files = readTree(join(PROJECT_ROOT, folder));
  return new Map([...files].filter(([path]) => path.endsWith(".ts")).map(([path, text]) => [`${folder}/${path}`, text]));
}
