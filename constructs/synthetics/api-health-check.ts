import { apiHealthCheckSchema } from "../../src/domain/synthetics/synthetic-check-schema";
import type { Construct } from "constructs";
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
  /** @internal The schema the props are checked against before parse. */
  protected static readonly schema = apiHealthCheckSchema;

  constructor(scope: Construct, id: string, props: ApiHealthCheckProps) {
    super(scope, id, props);
  }

  /** The one HTTP request, as a step named after the check. */
  protected steps(): readonly FlowStep[] {
    return [{ ...this.props.request, kind: "http", name: this.props.name }];
  }

}
