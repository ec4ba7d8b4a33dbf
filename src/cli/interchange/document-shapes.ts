import { SLOTH_VERSION } from "../../domain/interchange/import-sloth";
import { OPENSLO_VERSION } from "../../domain/interchange/openslo";
import { shape, type Shape } from "../shapes";

/**
 * The shapes of the files `watchkeeper import` reads, as far as it reads them: each field's type, so that a file
 * of another shape is refused field by field before the importers read it.
 */
const SLOTH_ALERT = shape.object({ disable: shape.boolean, labels: { type: "object" }, annotations: shape.labels });

/** Sloth's `prometheus/v1` spec (slok/sloth pkg/prometheus/api/v1/v1.go). */
export const SLOTH_DOCUMENT: Shape = shape.object(
  {
    version: { const: SLOTH_VERSION },
    service: shape.nonEmptyText,
    labels: shape.labels,
    slos: shape.list(
      shape.object(
        {
          name: shape.nonEmptyText,
          objective: shape.number,
          description: shape.text,
          labels: shape.labels,
          sli: shape.object({
            events: shape.object({ error_query: shape.text, total_query: shape.text }, ["error_query", "total_query"]),
            raw: shape.object({ error_ratio_query: shape.text }, ["error_ratio_query"]),
            plugin: shape.object({ id: shape.text }, ["id"]),
          }),
          alerting: shape.object({ name: shape.text, labels: shape.labels, annotations: shape.labels, page_alert: SLOTH_ALERT, ticket_alert: SLOTH_ALERT }),
        },
        ["name", "objective", "sli"],
      ),
    ),
  },
  ["version", "service", "slos"],
);

const METRIC = shape.object({ metricSource: shape.object({ type: shape.text, metricSourceRef: shape.text, spec: { type: "object" } }) }, ["metricSource"]);

/** An OpenSLO v1 SLO document (OpenSLO/OpenSLO README.md), the fields Watchkeeper reads. */
export const OPENSLO_DOCUMENT: Shape = shape.object(
  {
    apiVersion: { const: OPENSLO_VERSION },
    kind: { const: "SLO" },
    metadata: shape.object({ name: shape.nonEmptyText, displayName: shape.text, annotations: shape.labels }, ["name"]),
    spec: shape.object(
      {
        description: shape.text,
        service: shape.nonEmptyText,
        indicator: shape.object(
          {
            metadata: shape.object({ name: shape.text }),
            spec: shape.object({ ratioMetric: shape.object({ counter: shape.boolean, good: METRIC, bad: METRIC, total: METRIC, rawType: shape.text, raw: METRIC }), thresholdMetric: METRIC }),
          },
          ["spec"],
        ),
        indicatorRef: shape.text,
        timeWindow: shape.list(shape.object({ duration: shape.text, isRolling: shape.boolean }, ["duration"])),
        budgetingMethod: shape.text,
        objectives: shape.list(shape.object({ displayName: shape.text, target: shape.number, targetPercent: shape.number })),
      },
      ["service"],
    ),
  },
  ["apiVersion", "kind", "metadata", "spec"],
);
