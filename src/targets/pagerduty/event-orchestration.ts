import { DataPagerdutyPriority } from "@cdktf/provider-pagerduty/lib/data-pagerduty-priority";
import { EventOrchestration } from "@cdktf/provider-pagerduty/lib/event-orchestration";
import { EventOrchestrationRouter } from "@cdktf/provider-pagerduty/lib/event-orchestration-router";
import { EventOrchestrationService } from "@cdktf/provider-pagerduty/lib/event-orchestration-service";
import { Lazy, TerraformOutput } from "cdktf";
import type { Construct } from "constructs";
import { slug } from "../../domain/naming";
import type { OwnedServiceProps } from "../../domain/oncall/on-call-plan";
import type { TargetScope } from "../target-scope";
import { pagerDutyMatches } from "./conditions";
import { ALERTMANAGER_EVENT_FIELDS, type EventSeverity } from "./events-v2";

/** The stack's global event orchestration, the services its router knows and each team's first service, by name. */
interface Orchestration {
  readonly id: string;
  readonly routes: Map<string, string>;
  readonly teams: Map<string, string>;
}

/** A condition on a PD-CEF field of the event, at the PCL path where Alertmanager's field lands (./events-v2). */
function eventMatches(field: "severity" | "component" | "group", value: string): { expression: string } {
  return { expression: pagerDutyMatches(ALERTMANAGER_EVENT_FIELDS[field].pcl, value) };
}

/**
 * The stack's event orchestration, created with the first service: one integration key for every sender (its
 * routing key is a sensitive Terraform output, for Alertmanager's secret), and a router sending each event to the
 * service named by its component (the alert's `service`), else to the first service of the team named by its group
 * (the alert's `team`), as teamReceivers routes a page. Events of nobody's service stay in "unrouted".
 */
function orchestration(target: TargetScope): Orchestration {
  const { stack, terraform } = target;
  const provider = terraform.pagerduty();
  return terraform.shared("pagerduty-event-orchestration", (scope: Construct, id: string) => {
    const resource = new EventOrchestration(scope, id, { provider, name: `Watchkeeper ${stack.environment}`, description: "Routes alerts by service; managed by Watchkeeper" });
    const routes = new Map<string, string>();
    const teams = new Map<string, string>();
    new EventOrchestrationRouter(scope, `${id}-router`, {
      provider,
      eventOrchestration: resource.id,
      set: {
        id: "start",
        rule: Lazy.anyValue({
          produce: () => [
            ...[...routes.keys()].sort().map((service) => ({
              label: `Events about ${service}`,
              condition: [eventMatches("component", service)],
              actions: { route_to: routes.get(service) },
            })),
            ...[...teams.keys()].sort().map((team) => ({
              label: `Other events of team ${team}`,
              condition: [eventMatches("group", team)],
              actions: { route_to: teams.get(team) },
            })),
          ],
        }) as never,
      },
      catchAll: { actions: { routeTo: "unrouted" } },
    });
    new TerraformOutput(terraform.stack, "pagerduty_routing_key", {
      value: resource.integration.get(0).parameters.get(0).routingKey,
      sensitive: true,
      description: "The PagerDuty Events v2 routing key of the event orchestration: Alertmanager's pagerduty-routing-key secret",
    });
    return { id: resource.id, routes, teams };
  });
}

function priority(target: TargetScope, name: string): string {
  const terraform = target.terraform;
  const provider = terraform.pagerduty();
  return terraform.shared(`pagerduty-priority-${name}`, (scope, id) => new DataPagerdutyPriority(scope, id, { provider, name })).id;
}

/** What the service orchestration does with each event severity Alertmanager sends (./events-v2). */
const SEVERITY_RULES: ReadonlyArray<{ readonly label: string; readonly severity: EventSeverity; readonly priority?: "P1" | "P3" }> = [
  { label: "Suppress informational alerts", severity: "info" },
  { label: "Pages are P1", severity: "critical", priority: "P1" },
  { label: "Tickets are P3", severity: "warning", priority: "P3" },
];

/**
 * Routes a service's events to it (and, for a team's first service, the team's events about services it does not
 * own), and orchestrates them there by their PagerDuty severity (`event.severity`, which every sender fills:
 * Alertmanager from the alert's `severity` label): informational events are suppressed, critical ones (pages)
 * become P1 and warnings (tickets) P3, annotated with the service's runbook and dashboard.
 */
export function orchestrateService(target: TargetScope, service: OwnedServiceProps, serviceId: string, firstOfTeam?: string): void {
  const orchestrated = orchestration(target);
  orchestrated.routes.set(service.name, serviceId);
  if (firstOfTeam !== undefined) {
    orchestrated.teams.set(firstOfTeam, serviceId);
  }
  const links = [
    ...(service.runbookUrl === undefined ? [] : [`Runbook: ${service.runbookUrl}`]),
    ...(service.dashboardUrl === undefined ? [] : [`Dashboard: ${service.dashboardUrl}`]),
  ].join("\n");
  const annotate = links === "" ? {} : { annotate: links };
  new EventOrchestrationService(target.terraformScope(), `orchestration-${slug(service.name)}`, {
    provider: target.terraform.pagerduty(),
    service: serviceId,
    enableEventOrchestrationForService: true,
    set: [
      {
        id: "start",
        rule: SEVERITY_RULES.map(({ label, severity, priority: name }) => ({
          label,
          condition: [eventMatches("severity", severity)],
          actions: name === undefined ? { suppress: true } : { priority: priority(target, name), severity, ...annotate },
        })),
      },
    ],
    catchAll: { actions: {} },
  });
}
