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

/** The stack's global event orchestration and the services its router knows, by name. */
interface Orchestration {
  readonly id: string;
  readonly routes: Map<string, string>;
}

/** PagerDuty condition on an event field (Alertmanager puts labels in `custom_details`). */
function detailMatches(field: string, value: string): { expression: string } {
  return { expression: pagerDutyMatches(`event.custom_details.${field}`, value) };
}

/**
 * The stack's event orchestration, created with the first service: one integration key for every sender (its
 * routing key is a sensitive Terraform output, for Alertmanager's secret), and a router sending each event to
 * the service named by its `service` detail. Events of a service nobody owns stay in "unrouted".
 */
function orchestration(target: TargetScope): Orchestration {
  const { stack, terraform } = target;
  const provider = terraform.pagerduty();
  return terraform.shared("pagerduty-event-orchestration", (scope: Construct, id: string) => {
    const resource = new EventOrchestration(scope, id, { provider, name: `Watchkeeper ${stack.environment}`, description: "Routes alerts by service; managed by Watchkeeper" });
    const routes = new Map<string, string>();
    new EventOrchestrationRouter(scope, `${id}-router`, {
      provider,
      eventOrchestration: resource.id,
      set: {
        id: "start",
        rule: Lazy.anyValue({
          produce: () =>
            [...routes.keys()].sort().map((service) => ({
              label: `Events about ${service}`,
              condition: [detailMatches("service", service)],
              actions: { route_to: routes.get(service) },
            })),
        }) as never,
      },
      catchAll: { actions: { routeTo: "unrouted" } },
    });
    new TerraformOutput(terraform.stack, "pagerduty_routing_key", {
      value: resource.integration.get(0).parameters.get(0).routingKey,
      sensitive: true,
      description: "The PagerDuty Events v2 routing key of the event orchestration: Alertmanager's pagerduty-routing-key secret",
    });
    return { id: resource.id, routes };
  });
}

function priority(target: TargetScope, name: string): string {
  const terraform = target.terraform;
  const provider = terraform.pagerduty();
  return terraform.shared(`pagerduty-priority-${name}`, (scope, id) => new DataPagerdutyPriority(scope, id, { provider, name })).id;
}

/**
 * Routes a service's events to it, and orchestrates them there: informational events are suppressed, pages
 * become P1 critical and tickets P3 warnings, annotated with the service's runbook and dashboard.
 */
export function orchestrateService(target: TargetScope, service: OwnedServiceProps, serviceId: string): void {
  orchestration(target).routes.set(service.name, serviceId);
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
        rule: [
          { label: "Suppress informational alerts", condition: [detailMatches("severity", "info")], actions: { suppress: true } },
          { label: "Pages are P1", condition: [detailMatches("severity", "page")], actions: { priority: priority(target, "P1"), severity: "critical", ...annotate } },
          { label: "Tickets are P3", condition: [detailMatches("severity", "ticket")], actions: { priority: priority(target, "P3"), severity: "warning", ...annotate } },
        ],
      },
    ],
    catchAll: { actions: {} },
  });
}
