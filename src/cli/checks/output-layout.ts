import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { InputError } from "../input-files";
import { filesEndingWith } from "./tools";

/**
 * The files of a synth's output folder (`dist/` by default: `<stack>/prometheus/*.rules.yml`,
 * `<stack>/tests/*.test.yml`, `<stack>/alertmanager/*.yml`, `<stack>/kubernetes/*.yaml`), as paths relative to it.
 */
export interface OutputLayout {
  /** The stacks, one folder each, sorted. */
  readonly stacks: readonly string[];
  /** A stack's files in one of its folders whose names end with `suffix`, sorted; none when the folder is missing. */
  files(stack: string, folder: string, suffix: string): string[];
}

/** The layout of the output folder `outdir`; no stack when it is missing. Throws InputError when it is a file. */
export function outputLayout(outdir: string): OutputLayout {
  if (existsSync(outdir) && !statSync(outdir).isDirectory()) {
    throw new InputError(`--outdir ${outdir} is a file, not the folder watchkeeper synth wrote to; give that folder (dist by default)`);
  }
  const stacks = existsSync(outdir)
    ? readdirSync(outdir).filter((name) => statSync(join(outdir, name), { throwIfNoEntry: false })?.isDirectory() === true).sort()
    : [];
  return {
    stacks,
    files: (stack, folder, suffix) => filesEndingWith(join(outdir, stack, folder), suffix).map((path) => relative(outdir, path)),
  };
}

/** Every rule file of every stack: the deployed ones and the stand-ins their tests load. */
export const allRuleFiles = (layout: OutputLayout): string[] =>
  layout.stacks.flatMap((stack) => [...layout.files(stack, "prometheus", ".rules.yml"), ...layout.files(stack, "tests", ".rules.yml")]);
