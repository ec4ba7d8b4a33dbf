import { z } from "zod";
import { duration, owner, propsSchema, secretOrWebAddress, secretRef, serviceName, text, webAddress } from "../validation/schema";
import type { HeartbeatProps, HeartbeatWebhookProps, MetaJobsProps, MetaMonitoringProps } from "./meta-monitoring-props";

/** The heartbeat's webhook: a SecretRef when the URL is the secret, else a public address with credentials. */
const webhook = propsSchema<HeartbeatWebhookProps>()({
  url: secretOrWebAddress,
  credentials: z.strictObject({ type: text.optional(), secret: secretRef }).optional(),
});

/**
 * The schema of a MetaMonitoring's props: every prop's type, an anchored web address or a SecretRef for the
 * heartbeat, a bounded repeat interval; parse checks the webhook's credentials against its URL.
 */
export const metaMonitoringSchema = propsSchema<MetaMonitoringProps>()({
  heartbeat: propsSchema<HeartbeatProps>()({ webhook, repeatInterval: duration({ min: "10s", max: "1d" }).optional() }),
  runbookBaseUrl: webAddress(),
  owner: owner.optional(),
  service: serviceName.optional(),
  jobs: propsSchema<MetaJobsProps>()({ prometheus: text.optional(), alertmanager: text.optional() }).optional(),
}) satisfies z.ZodType<MetaMonitoringProps>;
