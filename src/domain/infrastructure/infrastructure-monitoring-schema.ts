import { z } from "zod";
import { slugProblem } from "../names/slugs";
import { duration, kubernetesNamespace, nameOf, owner, propsSchema, serviceName, severity, validatedBy, webAddress } from "../validation/schema";
import { INFRA_PACKS } from "./catalog";
import type { CapacityPlanningProps, ExporterScrapeProps, InfrastructureMonitoringProps } from "./infrastructure-monitoring-props";
import { INFRA_ALERTS, type InfraAlertOverride } from "./overrides";

const override = propsSchema<InfraAlertOverride>()({
  enabled: z.boolean().optional(),
  warning: z.number().optional(),
  critical: z.number().optional(),
  for: duration({ min: "1m", max: "1d" }).optional(),
  severity: severity.optional(),
  namespaces: z.array(kubernetesNamespace).optional(),
});

/**
 * The schema of an InfrastructureMonitoring's props; parse checks each override against its alert (the threshold's
 * unit and levels, namespaced alerts) and capacity planning against the stack's retention.
 */
export const infrastructureMonitoringSchema = propsSchema<InfrastructureMonitoringProps>()({
  cluster: validatedBy(slugProblem),
  packs: z.record(nameOf("pack", INFRA_PACKS), z.boolean()).optional(),
  overrides: z.record(nameOf("alert of the packs", INFRA_ALERTS.map((definition) => definition.name)), override).optional(),
  owner: owner.optional(),
  service: serviceName.optional(),
  runbookBaseUrl: webAddress().optional(),
  capacity: propsSchema<CapacityPlanningProps>()({ enabled: z.boolean().optional(), lookback: duration({ min: "1h", max: "90d" }).optional(), horizon: duration({ min: "1h", max: "30d" }).optional() }).optional(),
  scrape: propsSchema<ExporterScrapeProps>()({
    enabled: z.boolean().optional(),
    exporterNamespace: kubernetesNamespace.optional(),
    kubeletNamespace: kubernetesNamespace.optional(),
    interval: duration({ min: "5s", max: "5m" }).optional(),
    ingressNamespace: kubernetesNamespace.optional(),
  }).optional(),
}) satisfies z.ZodType<InfrastructureMonitoringProps>;
