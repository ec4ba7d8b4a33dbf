import { criticalUserFlowSchema } from "../../src/domain/synthetics/synthetic-check-schema";
import type { Construct } from "constructs";
import type { FlowStep } from "../../src/domain/synthetics/flow";
import type { CriticalUserFlowProps } from "../../src/domain/synthetics/synthetic-check-props";
import { SyntheticCheck } from "./synthetic-check";

/**
 * A critical user flow run by robots from several locations: typed steps (HTTP requests that pass extracted
 * values on, browser actions, waits), one alerting concept for every backend (`alertWhen`), an uptime objective,
 * and a ticket when the flow gets slower than the same hours a week before.
 *
 * @example
 * new CriticalUserFlow(stack, "sign-in", {
 *   service: "planner", name: "sign-in", owner: team, runbookUrl: "https://runbooks.example.com/planner/sign-in",
 *   secrets: ["PLANNER_PASSWORD"],
 *   steps: [
 *     { kind: "http", name: "sign in", method: "POST", url: "https://api.example.com/v1/sessions",
 *       body: '{"user":"robot@example.com","password":"{{ PLANNER_PASSWORD }}"}', extract: { TOKEN: { jsonPath: "$.token" } } },
 *     { kind: "http", name: "load the board", url: "https://api.example.com/v1/board", headers: { Authorization: "Bearer {{ TOKEN }}" } },
 *   ],
 *   alertWhen: { failingLocations: 2, forAtLeast: "5m", retries: 1 },
 *   outputs: { prometheus: false }, // blackbox exporter runs single requests only
 * });
 */
export class CriticalUserFlow extends SyntheticCheck<CriticalUserFlowProps> {
  /** @internal The schema the props are checked against before parse. */
  protected static readonly schema = criticalUserFlowSchema;

  constructor(scope: Construct, id: string, props: CriticalUserFlowProps) {
    super(scope, id, props);
  }

  protected steps(): readonly FlowStep[] {
    return this.props.steps ?? [];
  }
}
