import { createHash } from "node:crypto";
import { slug } from "../../domain/naming";

/** The longest slug kept as it is in an id; a longer one is cut and followed by a hash. */
const LONGEST_READABLE_SLUG = 48;

/** Eight hex digits of the text's SHA-256: the same text gives the same hash on every machine. */
function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 8);
}

/**
 * Construct ids (hence Terraform logical ids) for things identified by what they are, a member's email or a
 * schedule's name, never by their position: `<prefix>-<slug>` ("member-ana-lima-example-com"), followed by a
 * short hash of the identity when the slug is empty, longer than 48 characters, or shared by two identities of
 * the set ("ana.lima@…" and "ana-lima@…"). Reordering, adding or removing identities keeps every other id, except
 * that an identity's hash comes or goes with a slug collision.
 *
 * @param what names the identities in the error about a duplicate ("member", "schedule name")
 * @returns the id of each identity
 * @throws Error when an identity appears twice
 */
export function identityIds(prefix: string, what: string, identities: readonly string[]): Map<string, string> {
  const duplicate = identities.find((identity, index) => identities.indexOf(identity) !== index);
  if (duplicate !== undefined) {
    throw new Error(`${what} "${duplicate}" is declared twice; declare each once`);
  }
  const slugs = new Map(identities.map((identity) => [identity, slug(identity)]));
  const sharedSlugs = new Set([...slugs.values()].filter((text, index, all) => all.indexOf(text) !== index));
  return new Map(
    identities.map((identity) => {
      const readable = slugs.get(identity) as string;
      const needsHash = readable === "" || readable.length > LONGEST_READABLE_SLUG || sharedSlugs.has(readable);
      const cut = readable.slice(0, LONGEST_READABLE_SLUG).replace(/-+$/, "");
      const suffix = needsHash ? [cut, shortHash(identity)].filter((part) => part !== "").join("-") : readable;
      return [identity, `${prefix}-${suffix}`];
    }),
  );
}
