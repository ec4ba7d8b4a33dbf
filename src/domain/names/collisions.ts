import { quoted } from "../quoted";

/**
 * Names that must be unique once normalised (slugged, joined into a file name): every claim records where it
 * was declared and how it was spelled, so that a collision names both declarations instead of one silently
 * replacing the other.
 */

/** One declaration's claim on a normalised name. */
export interface NameClaim {
  /** What kind of name it is, e.g. "SLO" or "Kubernetes file". */
  readonly kind: string;
  /** The name after normalisation, which must be unique. */
  readonly name: string;
  /** The construct path of the declaration. */
  readonly path: string;
  /** The name as declared, when it differs from the normalised one. */
  readonly declared?: string;
}

/** One problem per normalised name claimed more than once, naming every declaration (and spelling) that claims it. */
export function collisionProblems(scope: string, claims: readonly NameClaim[]): string[] {
  const byName = new Map<string, NameClaim[]>();
  for (const claim of claims) {
    const key = `${claim.kind} ${claim.name}`;
    byName.set(key, [...(byName.get(key) ?? []), claim]);
  }
  return [...byName.entries()]
    .filter(([, same]) => same.length > 1)
    .map(([key, same]) => {
      const spelled = same.some((claim) => claim.declared !== undefined && claim.declared !== claim.name);
      // A declaration that claims a name twice (a team listing a service twice) is named once.
      const who = [...new Set(same.map((claim) => (spelled ? `${claim.path} as ${quoted(claim.declared ?? claim.name)}` : claim.path)))];
      const why = spelled ? "names must differ in their letters and digits, not only in punctuation or case" : "names must be unique in a stack";
      return `${scope}: ${key} is declared ${same.length} times (${who.join(", ")}); ${why}`;
    });
}
