import { slug } from "../naming";
import { quoted } from "../quoted";
import { fileNameProblem } from "./file-names";

/**
 * Slugs: the lower-case, dash-separated form of a name that vendors (PagerDuty resource names, Sentry teams and
 * projects, Grafana uids, file names) and Terraform logical ids use. Two names with the same slug collide, and a
 * name without letters or digits (emoji only, say) has none.
 */
export { slug };

/**
 * What is wrong with a suffix appended to names in shared vendor accounts (a stack's `vendorNameSuffix`), or
 * undefined: it must change the slugs and uids made from those names too, so it needs letters or digits, and it
 * stays on the name's line.
 */
export function slugSuffixProblem(what: string, suffix: string): string | undefined {
  return suffix === "" || (slug(suffix) !== "" && !/\p{Cc}/u.test(suffix))
    ? undefined
    : `${what} ${quoted(suffix)} is appended to names, slugs and uids in shared vendor accounts, which it must tell apart; use letters or digits and no line breaks, e.g. "-staging"`;
}

/**
 * What is wrong with a name that needs a slug (a RUM application, a journey, a cluster), or undefined: it has
 * none, or one too long for the file names made from it.
 */
export function slugProblem(what: string, name: string): string | undefined {
  return slug(name) === ""
    ? `${what} ${quoted(name)} has no letters or digits (a-z, 0-9), so it has no slug for file and vendor names; add some, e.g. "checkout"`
    : fileNameProblem(what, slug(name));
}
