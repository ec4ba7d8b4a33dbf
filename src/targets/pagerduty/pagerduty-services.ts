import { BusinessService } from "@cdktf/provider-pagerduty/lib/business-service";
import { MaintenanceWindow } from "@cdktf/provider-pagerduty/lib/maintenance-window";
import { Service, type ServiceConfig } from "@cdktf/provider-pagerduty/lib/service";
import { ServiceDependency } from "@cdktf/provider-pagerduty/lib/service-dependency";
import { Lazy } from "cdktf";
import { slug } from "../../domain/naming";
import type { OnCallPlan, OwnedServiceProps } from "../../domain/oncall/on-call-plan";
import type { TargetScope } from "../target-scope";
import { identityIds } from "../terraform/identity-ids";
import { orchestrateService } from "./event-orchestration";
import type { PagerDutyTeam } from "./pagerduty-team";
import { registerPagerDutyService } from "./service-integrations";

/** PagerDuty takes timeouts in seconds, as text; "null" turns one off. */
function seconds(minutes: number): string {
  return minutes === 0 ? "null" : String(minutes * 60);
}

function urgency(service: OwnedServiceProps): Pick<ServiceConfig, "incidentUrgencyRule" | "supportHours"> {
  const chosen = service.urgency ?? "high";
  if (typeof chosen === "string") {
    return { incidentUrgencyRule: { type: "constant", urgency: chosen === "severity-based" ? "severity_based" : chosen } };
  }
  const hours = chosen.supportHours;
  return {
    incidentUrgencyRule: {
      type: "use_support_hours",
      duringSupportHours: { type: "constant", urgency: "high" },
      outsideSupportHours: { type: "constant", urgency: "low" },
    },
    supportHours: {
      type: "fixed_time_per_day",
      timeZone: hours.timeZone,
      daysOfWeek: [...(hours.days ?? [1, 2, 3, 4, 5])],
      startTime: hours.start ?? "09:00:00",
      endTime: hours.end ?? "17:00:00",
    },
  };
}

function alertGrouping(service: OwnedServiceProps): ServiceConfig["alertGroupingParameters"] {
  switch (service.alertGrouping ?? "intelligent") {
    case "intelligent":
      return { type: "intelligent" };
    case "content-based":
      return { type: "content_based", config: { aggregate: "all", fields: ["custom_details.service", "custom_details.slo", "summary"] } };
    case "time":
      return { type: "time", config: { timeout: 5 } };
  }
}

/** PagerDuty service ids by service name, for dependencies declared before their services are emitted. */
function serviceIds(target: TargetScope): Map<string, string> {
  return target.terraform.shared("pagerduty-service-ids", () => new Map<string, string>());
}

/**
 * A PagerDuty service per owned service, escalating to the team, with urgency, support hours, grouping and
 * timeouts; event orchestration; the team's maintenance windows (identified by their start, so that reordering
 * them replaces none); business services and dependencies.
 */
export function emitPagerDutyServices(target: TargetScope, plan: OnCallPlan, pagerDuty: PagerDutyTeam): Map<string, string> {
  const { stack, terraform } = target;
  const provider = terraform.pagerduty();
  const scope = target.terraformScope();
  const ids = serviceIds(target);
  const owned = new Map<string, string>();
  for (const [index, service] of plan.services.entries()) {
    const resource = new Service(scope, `service-${slug(service.name)}`, {
      provider,
      name: stack.vendorName(service.name),
      description: `${service.name}, owned by team ${plan.team}; managed by Watchkeeper`,
      escalationPolicy: pagerDuty.escalationPolicyId,
      alertCreation: "create_alerts_and_incidents",
      autoResolveTimeout: seconds(service.autoResolveMinutes ?? 240),
      acknowledgementTimeout: seconds(service.acknowledgementTimeoutMinutes ?? 30),
      alertGroupingParameters: alertGrouping(service),
      ...urgency(service),
    });
    ids.set(service.name, resource.id);
    registerPagerDutyService(terraform, stack.vendorName(service.name), resource.id);
    owned.set(service.name, resource.id);
    orchestrateService(target, service, resource.id, index === 0 ? plan.team : undefined);
    for (const supporting of service.dependsOn ?? []) {
      new ServiceDependency(scope, `dependency-${slug(service.name)}-on-${slug(supporting)}`, {
        provider,
        dependency: [{
          dependentService: [{ type: "service", id: resource.id }],
          supportingService: [{ type: "service", id: Lazy.stringValue({ produce: () => ids.get(supporting) }) }],
        }],
      });
    }
    if (service.businessService !== undefined) {
      const name = stack.vendorName(service.businessService);
      const business = terraform.shared(`pagerduty-business-service-${slug(name)}`, (shared, id) =>
        new BusinessService(shared, id, { provider, name, description: "Managed by Watchkeeper" }),
      );
      new ServiceDependency(scope, `supports-${slug(name)}-${slug(service.name)}`, {
        provider,
        dependency: [{
          dependentService: [{ type: "business_service", id: business.id }],
          supportingService: [{ type: "service", id: resource.id }],
        }],
      });
    }
  }
  const windowIds = identityIds("maintenance", "maintenance window starting", plan.maintenanceWindows.map((window) => window.start));
  plan.maintenanceWindows.forEach((window) =>
    new MaintenanceWindow(scope, windowIds.get(window.start) as string, {
      provider,
      startTime: window.start,
      endTime: window.end,
      description: window.description,
      services: [...owned.values()],
    }),
  );
  return owned;
}
