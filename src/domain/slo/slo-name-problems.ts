import { annotationTextProblem, labelNameProblem } from "../validation/prometheus";
import { alertLabelProblem } from "../names/alert-labels";
import type { ServiceSloProps } from "./service-slo-props";

/**
 * The labels every SLO series or alert carries already: the identity labels of Sloth's scheme and the routing
 * labels. A declared label of the same name would silently replace them.
 */
export const RESERVED_SLO_LABELS = [
  "env",
  "service",
  "severity",
  "slo",
  "sloth_id",
  "sloth_mode",
  "sloth_objective",
  "sloth_service",
  "sloth_slo",
  "sloth_window",
  "team",
] as const;

/**
 * What is wrong with the names and text of a ServiceSlo: its service and name (labels of its alerts, slugged into
 * file and vendor names; as label values of at most 63 ASCII characters, their id stays well within a file name),
 * its labels and its description (serviceSloSchema checks the runbook address).
 */
export function sloNameProblems(props: ServiceSloProps): string[] {
  const problems = [
    alertLabelProblem("service", "service", props.service),
    alertLabelProblem("slo", "name", props.name),
    props.description === undefined ? undefined : annotationTextProblem("description", props.description),
    ...Object.keys(props.labels ?? {}).map((name) => labelNameProblem("labels", name, RESERVED_SLO_LABELS)),
  ];
  return problems.filter((problem) => problem !== undefined);
}

