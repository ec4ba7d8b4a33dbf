import { slug } from "../naming";

/**
 * Slugs: the lower-case, dash-separated form of a name that vendors (PagerDuty resource names, Sentry teams and
 * projects, Grafana uids, file names) and Terraform logical ids use. Two names with the same slug collide, and a
 * name without letters or digits (emoji only, say) has none.
 */
export { slug };

/** What is wrong with a name that is slugged, or undefined: it must keep at least one ASCII letter or digit. */
export function slugProblem(what: string, name: string): string | undefined {
  return slug(name) === ""
    ? `${what} "${name}" has no letters or digits (a-z, 0-9), so it has no slug for file and vendor names; add some, e.g. "checkout"`
    : undefined;
}
