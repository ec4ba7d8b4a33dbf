import { fileNameProblem } from "../../src/domain/names/file-names";
import { labelValueProblem } from "../../src/domain/names/kubernetes";
import { annotationTextProblem, labelNameProblem } from "../../src/domain/names/prometheus";
import { slugProblem } from "../../src/domain/names/slugs";
import { webAddressProblem } from "../../src/domain/names/urls";
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
 * What is wrong with the names and text of a ServiceSlo: its service and name (slugged into file names and
 * vendor names, written into annotations), its id's length, its labels, its description and runbook address.
 */
export function sloNameProblems(props: ServiceSloProps, sloId: string, writesPrometheus: boolean): string[] {
  const problems = [
    slugProblem("service", props.service),
    slugProblem("name", props.name),
    annotationTextProblem("service", props.service),
    annotationTextProblem("name", props.name),
    fileNameProblem("the SLO id (service-name)", sloId),
    // The PrometheusRule carries the service as its `app.kubernetes.io/part-of` label.
    writesPrometheus ? labelValueProblem("service", props.service) : undefined,
    props.description === undefined ? undefined : annotationTextProblem("description", props.description),
    props.runbookUrl === undefined ? undefined : webAddressProblem("runbookUrl", props.runbookUrl),
    ...Object.keys(props.labels ?? {}).map((name) => labelNameProblem("labels", name, RESERVED_SLO_LABELS)),
  ];
  return problems.filter((problem) => problem !== undefined);
}

