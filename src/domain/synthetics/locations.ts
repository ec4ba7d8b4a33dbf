/** Where synthetic checks run when neither the flow nor the stack says (GLOBAL_MONITORING_LOCATIONS). */
export const GLOBAL_MONITORING_LOCATIONS: readonly string[] = ["us-east-1", "eu-west-1", "ap-southeast-1"];

/** The AWS regions Datadog runs managed synthetic locations in (`aws:<region>`). */
export const MANAGED_LOCATIONS: readonly string[] = [
  "af-south-1",
  "ap-east-1",
  "ap-northeast-1",
  "ap-northeast-2",
  "ap-northeast-3",
  "ap-south-1",
  "ap-southeast-1",
  "ap-southeast-2",
  "ap-southeast-3",
  "ca-central-1",
  "eu-central-1",
  "eu-north-1",
  "eu-south-1",
  "eu-west-1",
  "eu-west-2",
  "eu-west-3",
  "me-south-1",
  "sa-east-1",
  "us-east-1",
  "us-east-2",
  "us-west-1",
  "us-west-2",
];

/** The prefix of a private location's name: a Datadog private location's id, `pl:<name>-<hash>`. */
export const PRIVATE_LOCATION_PREFIX = "pl:";

/** One place a check runs from. */
export interface MonitoringLocation {
  /** The `location` label of the probe's series: the region, or the private location's name without `pl:`. */
  readonly name: string;
  /** Datadog's id of the location: `aws:<region>`, or the private location's `pl:…` id. */
  readonly datadogId: string;
  /** Whether it is a private location (run by the team, not by Datadog). */
  readonly private: boolean;
}

/**
 * A location from its name: a managed region (`eu-west-1`) or a private location (`pl:<id>`); throws naming the
 * valid locations.
 */
export function parseLocation(name: string): MonitoringLocation {
  if (name.startsWith(PRIVATE_LOCATION_PREFIX) && /^pl:[a-z0-9][a-z0-9_-]*$/.test(name)) {
    return { name: name.slice(PRIVATE_LOCATION_PREFIX.length), datadogId: name, private: true };
  }
  if (!MANAGED_LOCATIONS.includes(name)) {
    throw new Error(
      `unknown location "${name}"; use one of ${MANAGED_LOCATIONS.join(", ")}, or a private location's id (pl:<name>)`,
    );
  }
  return { name, datadogId: `aws:${name}`, private: false };
}
