import { quoted } from "../quoted";
import { shorten } from "./file-names";
import { labelValueProblem, MAX_LABEL_VALUE } from "../validation/kubernetes";

/**
 * The names that label every alert and route it: a team, a service, an SLO and an environment, written as the
 * `team`, `service`, `slo` and `env` labels that Alertmanager routes match and the PagerDuty service of a page is
 * chosen by (so spellings must match exactly across declarations), and as Datadog tags (`service:checkout`).
 * A service is also the Kubernetes label `app.kubernetes.io/part-of` of its PrometheusRule and an unquoted value in
 * PagerDuty event conditions; an environment is also Sentry's environment, which refuses spaces and slashes.
 * So each keeps to what all of them accept unchanged: the shape of a Kubernetes label value.
 */

/** What each kind of name is called, the label it becomes, and an example of a good one. */
const KINDS = {
  team: { noun: "a team name", label: "team", example: "checkout" },
  service: { noun: "a service name", label: "service", example: "checkout-api" },
  slo: { noun: "an SLO name", label: "slo", example: "availability" },
  environment: { noun: "an environment name", label: "env", example: "production" },
} as const;

/** What is wrong with a team, service, SLO or environment name, or undefined. */
export function alertLabelProblem(kind: keyof typeof KINDS, what: string, name: string): string | undefined {
  if (name !== "" && labelValueProblem(what, name) === undefined) {
    return undefined;
  }
  const { noun, label, example } = KINDS[kind];
  return (
    `${what} ${quoted(shorten(name))} is not ${noun}; use at most ${MAX_LABEL_VALUE} letters, digits, dashes, underscores and dots, ` +
    `starting and ending with a letter or digit, e.g. "${example}" (it is the ${label} label of alerts and a Datadog tag)`
  );
}
