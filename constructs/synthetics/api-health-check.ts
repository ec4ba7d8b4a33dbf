import type { Construct } from "constructs";
import { SyntheticCheck } from "./synthetic-check";
import type { ApiHealthCheckProps } from "./synthetic-check-props";

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
export class ApiHealthCheck extends SyntheticCheck {
  constructor(scope: Construct, id: string, readonly props: ApiHealthCheckProps) {
    const request = props.request as ApiHealthCheckProps["request"] & { kind?: string };
    const notHttp =
      request?.kind !== undefined && request.kind !== "http"
        ? [`request: an ApiHealthCheck makes one HTTP request, not a ${request.kind} step; declare browser steps in a CriticalUserFlow`]
        : [];
    super(scope, id, props, notHttp.length > 0 || request === undefined ? [] : [{ ...request, kind: "http", name: props.name }], notHttp);
  }
}
