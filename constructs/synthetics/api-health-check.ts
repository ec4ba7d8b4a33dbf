import type { Construct } from "constructs";
import type { Problems } from "../../src/domain/problems";
import type { FlowStep } from "../../src/domain/synthetics/flow";
import type { ApiHealthCheckProps } from "../../src/domain/synthetics/synthetic-check-props";
import { SyntheticCheck } from "./synthetic-check";

/**
 * An API health check: one endpoint and its assertions, run from several locations on every backend (a Datadog
 * HTTP test, a blackbox exporter probe per location), with the alerts, uptime SLO and regression ticket of a
 * CriticalUserFlow.
 *
 * @example
 * new ApiHealthCheck(stack, "api-health", {
 *   service: "planner", name: "api-health", owner: team, runbookUrl: "https://runbooks.example.com/planner/api",
 *   request: { url: "https://api.example.com/health", expect: { status: 200, responseTimeBelow: "800ms" } },
 * });
 */
export class ApiHealthCheck extends SyntheticCheck<ApiHealthCheckProps> {
  constructor(scope: Construct, id: string, props: ApiHealthCheckProps) {
    super(scope, id, props);
  }

  /** The one HTTP request; a check that is not one is reported alone, since its settings mean nothing then. */
  protected steps(problems: Problems): readonly FlowStep[] | undefined {
    const request: unknown = this.props.request;
    if (typeof request !== "object" || request === null) {
      problems.add("request: give the request to make, e.g. { url: \"https://api.example.com/health\" }");
      return undefined;
    }
    const kind = "kind" in request ? request.kind : "http";
    if (kind !== "http") {
      problems.add(`request: an ApiHealthCheck makes one HTTP request, not a ${String(kind)} step; declare browser steps in a CriticalUserFlow`);
      return undefined;
    }
    return [{ ...this.props.request, kind: "http", name: this.props.name }];
  }
}
