import { ServiceSlo, SlaPolicy, type MonitoringStack } from "../constructs";
import type { OrganisationSettings } from "./settings";

/**
 * The planner's SLA with its customers: availability per calendar month of Berlin, measured from the health probes
 * (a minute is down when half the probes fail; two minutes make an outage), the Sunday backup excluded, credits of
 * 10% below the target and 25% below 99%. The team pages on a stricter internal objective, halfway to 100%.
 */
export function plannerSla(stack: MonitoringStack, settings: OrganisationSettings, availability: ServiceSlo): void {
  const target = settings.availabilityTarget;
  const internal = new ServiceSlo(stack, "availability-internal", {
    ...availability.props,
    name: "availability-internal",
    objective: Number((target + (100 - target) / 2).toPrecision(6)),
    description: "The planner's internal availability objective, stricter than its SLA",
    outputs: { datadog: false, grafana: false },
    // Customers see the availability SLO's component; the internal objective stays internal.
    statusPage: undefined,
  });
  new SlaPolicy(stack, "planner-sla", {
    name: "planner",
    title: "Planner availability",
    service: settings.serviceName,
    targetPercent: target,
    timeZone: "Europe/Berlin",
    downtime: { slos: [availability], minimumOutage: "2m" },
    maintenance: { weekly: [{ day: "sunday", start: "02:00", durationMinutes: 30 }] },
    creditTiers: [
      { belowPercent: target, creditPercent: 10 },
      { belowPercent: 99, creditPercent: 25 },
    ],
    internalObjectives: [internal],
  });
}
