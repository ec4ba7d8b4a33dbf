import type { Construct } from "constructs";
import { SynthError } from "./synth-error";

/** A construct's path in the app's words: the scope's path and the id (the app's own path is empty). */
const pathIn = (scopePath: string, id: string): string => (scopePath === "" ? id : `${scopePath}/${id}`);

/** The problem of a second construct with an id its scope already has, naming its path and the fix. */
export function duplicateIdProblem(scopePath: string, id: string): string {
  const scope = scopePath === "" ? "the app" : scopePath;
  return `${pathIn(scopePath, id)}: another construct of ${scope} already has the id "${id}"; give each construct of a scope an id of its own, e.g. "${id}-2"`;
}

/**
 * The id a construct is declared with, once checked against its scope: a non-empty text no other construct of the
 * scope has. Throws SynthError naming the construct's path and the fix otherwise, before the constructs library
 * refuses it in its own words (the construct cannot be added to the tree, so this cannot wait for synth).
 */
export function checkedId(scope: Construct, id: string): string {
  if (typeof id !== "string" || id === "") {
    throw new SynthError([`${pathIn(scope.node.path, String(id))}: a construct id must be a non-empty text; give it one, e.g. "checkout-availability"`]);
  }
  if (scope.node.tryFindChild(id) !== undefined) {
    throw new SynthError([duplicateIdProblem(scope.node.path, id)]);
  }
  return id;
}
