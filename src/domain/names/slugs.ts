import { slug } from "../naming";
import { quoted } from "../quoted";

/**
 * Slugs: the lower-case, dash-separated form of a name that vendors (PagerDuty resource names, Sentry teams and
 * projects, Grafana uids, file names) and Terraform logical ids use. Two names with the same slug collide, and a
 * name without letters or digits (emoji only, say) has none.
 */
export { slug };

/**
 * What is wrong with a suffix appended to names, slugs and uids (a stack's `vendorNameSuffix`), or undefined: it
 * must be a slug's characters already, so that every slug keeps it unchanged.
 */
export function slugSuffixProblem(what: string, suffix: string): string | undefined {
  return /^[a-z0-9-]*$/.test(suffix)
    ? undefined
    : `${what} ${quoted(suffix)} is appended to names, slugs and uids in shared vendor accounts; use lower-case letters, digits and dashes, e.g. "-staging"`;
}
