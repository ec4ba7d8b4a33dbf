import { quoted } from "../quoted";
import { SENTRY_PLATFORMS, similarPlatforms } from "./sentry-platforms";

/**
 * Sentry's rules for the names an ErrorTracking declares, each a problem without the prop's name (the schema's path
 * names it), or undefined.
 */

const SLUG = /^[a-z0-9][a-z0-9_-]*$/;
/** Sentry's longest project slug. */
const MAX_SLUG_LENGTH = 50;
/** Line breaks, tabs and other control characters, which no Sentry name accepts. */
const CONTROL = /\p{Cc}/u;

/** An organization slug, as in https://sentry.io/organizations/<slug>/. */
export function organizationProblem(organization: string): string | undefined {
  if (organization.trim() === "") {
    return 'the Sentry organization slug is missing; set it to the slug in https://sentry.io/organizations/<slug>/, e.g. "acme"';
  }
  return SLUG.test(organization) ? undefined : `${quoted(organization)} is not an organization slug; use the lower-case slug from https://sentry.io/organizations/<slug>/`;
}

/** A platform Sentry lists, with the likely ones suggested. */
export function platformProblem(platform: string): string | undefined {
  if ((SENTRY_PLATFORMS as readonly string[]).includes(platform)) {
    return undefined;
  }
  const similar = similarPlatforms(platform);
  const hint = similar.length > 0 ? `did you mean ${similar.map((known) => `"${known}"`).join(", ")}? ` : "";
  return `${quoted(platform)} is not a Sentry platform; ${hint}use one Sentry lists (e.g. "node", "python"), or "other"`;
}

/** A project slug. */
export function projectSlugProblem(projectSlug: string): string | undefined {
  if (!SLUG.test(projectSlug)) {
    return `${quoted(projectSlug)} is not a project slug; name the service with letters or digits, or set projectSlug, e.g. "checkout"`;
  }
  return projectSlug.length > MAX_SLUG_LENGTH ? `${quoted(projectSlug)} is longer than Sentry's ${MAX_SLUG_LENGTH} characters; set a shorter projectSlug, e.g. "checkout"` : undefined;
}

/** An environment name. */
export function environmentProblem(environment: string): string | undefined {
  const valid = environment !== "" && environment.length <= 64 && !/[\s/]/.test(environment) && !CONTROL.test(environment) && environment !== "." && environment !== "..";
  return valid ? undefined : `${quoted(environment)} is not a Sentry environment name; use up to 64 characters without spaces or slashes, e.g. "production"`;
}

/** A release name. */
export function releaseProblem(release: string): string | undefined {
  const valid = release.trim() !== "" && release.length <= 200 && !/[/\\]/.test(release) && !CONTROL.test(release) && ![".", "..", "latest"].includes(release);
  return valid ? undefined : `${quoted(release)} is not a Sentry release name; use up to 200 characters without slashes, backslashes or line breaks, e.g. "checkout@2.0.0"`;
}

/** A line of fingerprinting rules (which gives a fingerprint) or grouping enhancements: one rule. */
export function ruleLineProblem(line: string, needsArrow: boolean): string | undefined {
  if (/[\r\n]/.test(line)) {
    return "a rule spans several lines; give one rule per array element";
  }
  const rule = line.trim();
  return needsArrow && rule !== "" && !rule.startsWith("#") && !rule.includes("->")
    ? `${quoted(rule)} has no fingerprint; write it like "error.type:DatabaseUnavailable -> database-unavailable"`
    : undefined;
}
