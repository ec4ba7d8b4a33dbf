import { z } from "zod";
import { slugProblem } from "../names/slugs";
import { secretKeyProblem } from "../validation/kubernetes";
import { duration, kubernetesName, kubernetesNamespace, positive, propsSchema, validatedBy, webAddress, wholeNumber } from "../validation/schema";
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

/** A count of replicas, series, gb: a whole number above 0. */
const count = wholeNumber(1);
/** A key of a Kubernetes Secret. */
const secretKey = validatedBy(secretKeyProblem);

/**
 * The schema of a MonitoringPlatform's props: every prop's type, unknown props refused; counts (whole, above 0),
 * the scrape interval (1s to 5m, Prometheus's staleness), Kubernetes names and secret keys, web addresses, a
 * Grafana's own data sources (one or more), the ingest (above 0) and the default category (a slug). Parse checks the parts against each other and the stack
 * (its Alertmanager, its Grafana, its log policies).
 */
export const monitoringPlatformSchema = propsSchema<MonitoringPlatformProps>()({
  prometheus: propsSchema<PrometheusPlatformProps>()({
    version: z.string().optional(),
    replicas: count.optional(),
    scrapeInterval: duration({ min: "1s", max: "5m" }).optional(),
    activeSeries: count.optional(),
    storageClass: z.string().optional(),
    alertmanager: propsSchema<AlertmanagerEndpointProps>()({ namespace: kubernetesNamespace, name: kubernetesName, port: z.string().optional() }).optional(),
  }).optional(),
  alertmanager: propsSchema<AlertmanagerPlatformProps>()({ version: z.string().optional(), replicas: count.optional() }).optional(),
  grafana: propsSchema<GrafanaPlatformProps>()({
    existing: z
      .array(propsSchema<ExistingDataSourceProps>()({ name: z.string(), type: z.string(), uid: z.string(), isDefault: z.boolean().optional() }))
      .refine((sources) => sources.length > 0, { message: "no data source; list your Grafana's data sources, or remove existing to deploy a Grafana" })
      .optional(),
    version: z.string().optional(),
    prometheusUrl: webAddress().optional(),
    datadog: propsSchema<DatadogDataSourceProps>()({ apiUrl: webAddress().optional(), secret: kubernetesName, apiKeyKey: secretKey.optional(), appKeyKey: secretKey.optional() }).optional(),
  }).optional(),
  elastic: propsSchema<ElasticPlatformProps>()({
    version: z.string().optional(),
    ingestGbPerDay: z.record(z.string(), positive),
    maxDiskPerNodeGb: count.optional(),
    storageClass: z.string().optional(),
    logstashReplicas: count.optional(),
    defaultCategory: validatedBy(slugProblem).optional(),
  }).optional(),
}) satisfies z.ZodType<MonitoringPlatformProps>;
