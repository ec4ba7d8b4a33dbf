import { join } from "node:path";
import { parse } from "yaml";
import { Duration } from "../../../src/domain/duration";
import { freePort, startPrometheusServer, type RunningPrometheus } from "../../support/prometheus-server";
import { Alertmanager } from "./alertmanager";
import { CaptureServer, type Delivery } from "./capture-server";
import { webhookMessage } from "./deliveries";
import type { Environment } from "./environment";

/** The receiver the synthesized routing gives the heartbeat. */
const RECEIVER = "heartbeat";
/** How often the pipeline's Prometheus resends a firing alert: an alert it stops sending expires 4 times this later. */
export const PIPELINE_RESEND_DELAY_MS = 1000;

/** A ping of the dead man's switch: a firing Watchdog delivered to the heartbeat's webhook. */
export function isHeartbeat(delivery: Delivery): boolean {
  const message = webhookMessage(delivery, RECEIVER);
  return message?.status === "firing" && message.alerts.some((alert) => alert.labels.alertname === "Watchdog");
}

/** The heartbeat route's timing in the synthesized alertmanager.yml: its repeat interval and how often it is checked. */
export function heartbeatTiming(alertmanagerConfig: string): { readonly repeatMs: number; readonly checkMs: number } {
  const config = parse(alertmanagerConfig) as { route: { routes: Array<{ receiver: string; repeat_interval: string; group_interval: string }> } };
  const route = config.route.routes.find((candidate) => candidate.receiver === RECEIVER);
  if (route === undefined) {
    throw new Error(`the synthesized alertmanager.yml has no route to the receiver ${RECEIVER}`);
  }
  return { repeatMs: Duration.parse(route.repeat_interval).milliseconds, checkMs: Duration.parse(route.group_interval).milliseconds };
}

/** Milliseconds between consecutive deliveries. */
export function gaps(deliveries: readonly Delivery[]): number[] {
  return deliveries.slice(1).map((delivery, index) => delivery.at - deliveries[index].at);
}

/** A heartbeat path of its own, which a scenario can break without touching the others'. */
export interface HeartbeatPipeline {
  readonly prometheus: RunningPrometheus;
  readonly capture: CaptureServer;
  /** Stops what is still running. */
  stop(): Promise<void>;
}

/**
 * A Prometheus that evaluates the synthesized meta-monitoring rules only (every second, resending firing alerts
 * every second), an Alertmanager running the synthesized alertmanager.yml, and a capture server standing for the
 * dead man's switch, in a folder of the environment's.
 */
export async function startHeartbeatPipeline(env: Environment): Promise<HeartbeatPipeline> {
  const folder = join(env.folder, "heartbeat");
  const capture = await CaptureServer.start("capture (heartbeat)");
  const stoppers: Array<() => Promise<void>> = [() => capture.close()];
  const stop = async () => {
    for (const stopper of stoppers.reverse()) {
      await stopper().catch(() => undefined);
    }
  };
  try {
    const alertmanager = await Alertmanager.start({ name: "heartbeat", folder: join(folder, "alertmanager"), synthesized: env.synthesizedAlertmanagerConfig, capture });
    stoppers.push(() => alertmanager.stop());
    const prometheus = await startPrometheusServer({
      folder: join(folder, "prometheus"),
      port: await freePort(),
      history: [],
      config: {
        global: { evaluation_interval: "1s" },
        rule_files: [join(env.folder, "dist", "e2e", "prometheus", "meta-monitoring.rules.yml")],
        alerting: { alertmanagers: [{ api_version: "v2", static_configs: [{ targets: [alertmanager.address] }] }] },
      },
      flags: [`--rules.alert.resend-delay=${PIPELINE_RESEND_DELAY_MS}ms`],
    });
    stoppers.push(() => prometheus.stop());
    return { prometheus, capture, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
