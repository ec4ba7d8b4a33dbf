import { basename, resolve } from "node:path";

/** The longest team name: it becomes a label value, a Slack channel and the package name `<team>-monitoring`. */
export const MAX_TEAM_NAME = 40;
const TEAM_NAME = /^[a-z]([a-z0-9-]*[a-z0-9])?$/;

/** What is wrong with a team name, or undefined. */
export function teamNameProblem(name: string): string | undefined {
  if (name.length > MAX_TEAM_NAME || !TEAM_NAME.test(name)) {
    return `team name "${name}" is not usable as a label, channel and package name; use at most ${MAX_TEAM_NAME} lower-case letters, digits and dashes, starting with a letter and ending with a letter or digit, e.g. "checkout"`;
  }
  return undefined;
}

/** The team name a folder suggests: its name in lower case, with dashes between words ("Checkout Team" → "checkout-team"). */
export function teamNameOf(folder: string): string {
  return basename(resolve(folder)).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^[-0-9]+|-+$/g, "");
}
