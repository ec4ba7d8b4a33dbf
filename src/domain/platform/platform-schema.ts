import { z } from "zod";
import { propsSchema } from "../validation/schema";
import type {
  AlertmanagerEndpointProps,
  AlertmanagerPlatformProps,
  DatadogDataSourceProps,
  ElasticPlatformProps,
  ExistingDataSourceProps,
  GrafanaPlatformProps,
  MonitoringPlatformProps,
  PrometheusPlatformProps,
} from "./platform-props";

/**
 * The schema of a MonitoringPlatform's props: every prop's type and finite numbers, unknown props refused; parse
 * checks names, addresses and sizes with the fix for each (they depend on one another and on the stack).
 */
export const monitoringPlatformSchema = propsSchema<MonitoringPlatformProps>()({
  prometheus: propsSchema<PrometheusPlatformProps>()({
    version: z.string().optional(),
    replicas: z.number().optional(),
    scrapeInterval: z.string().optional(),
    activeSeries: z.number().optional(),
    storageClass: z.string().optional(),
    alertmanager: propsSchema<AlertmanagerEndpointProps>()({ namespace: z.string(), name: z.string(), port: z.string().optional() }).optional(),
  }).optional(),
  alertmanager: propsSchema<AlertmanagerPlatformProps>()({ version: z.string().optional(), replicas: z.number().optional() }).optional(),
  grafana: propsSchema<GrafanaPlatformProps>()({
    existing: z.array(propsSchema<ExistingDataSourceProps>()({ name: z.string(), type: z.string(), uid: z.string(), isDefault: z.boolean().optional() })).optional(),
    version: z.string().optional(),
    prometheusUrl: z.string().optional(),
    datadog: propsSchema<DatadogDataSourceProps>()({ apiUrl: z.string().optional(), secret: z.string(), apiKeyKey: z.string().optional(), appKeyKey: z.string().optional() }).optional(),
  }).optional(),
  elastic: propsSchema<ElasticPlatformProps>()({
    version: z.string().optional(),
    ingestGbPerDay: z.record(z.string(), z.number()),
    maxDiskPerNodeGb: z.number().optional(),
    storageClass: z.string().optional(),
    logstashReplicas: z.number().optional(),
    defaultCategory: z.string().optional(),
  }).optional(),
}) satisfies z.ZodType<MonitoringPlatformProps>;
