import type { AlertOwner } from "../routing/routing";
import type { SecretRef } from "../secret";

/**
 * Where the heartbeat goes: a dead man's switch that raises its own alarm when the pings stop. Either the URL is
 * the secret (healthchecks.io's `https://hc-ping.com/<uuid>`, Dead Man's Snitch's `https://nosnch.in/<token>`), or
 * the URL is public and the secret travels in the `Authorization` header (Opsgenie's heartbeat ping,
 * `https://api.opsgenie.com/v2/heartbeats/<name>/ping` with `GenieKey <key>`).
 */
export interface HeartbeatWebhookProps {
  /**
   * The URL Alertmanager posts each heartbeat to. A SecretRef when the URL holds the secret: alertmanager.yml
   * reads it with `url_file`, which Alertmanager reads from 0.26 on (0.25 cannot read a webhook URL from a file;
   * there, use a public URL and `credentials`), and the AlertmanagerConfig with `urlSecret`. A plain string only
   * with `credentials`, so that no secret is ever written.
   * @example SecretRef.kubernetes("watchkeeper-alertmanager", "heartbeat-url")
   * @example "https://api.opsgenie.com/v2/heartbeats/production-alerting/ping"
   */
  readonly url: SecretRef | string;
  /**
   * The secret sent as `Authorization: <type> <credentials>` (Alertmanager's `http_config.authorization`), for a
   * service that authenticates by header. Required when `url` is a plain string.
   * @default none
   * @example { type: "GenieKey", secret: SecretRef.kubernetes("watchkeeper-alertmanager", "opsgenie-heartbeat-key") }
   */
  readonly credentials?: {
    /**
     * The scheme of the header.
     * @default "Bearer"
     */
    readonly type?: string;
    readonly secret: SecretRef;
  };
}

/** The always-firing alert and where Alertmanager delivers it. */
export interface HeartbeatProps {
  /** The dead man's switch that receives the heartbeat. */
  readonly webhook: HeartbeatWebhookProps;
  /**
   * How often Alertmanager sends the heartbeat again (its route's `repeat_interval`). The switch should expect a
   * ping at least every `repeatInterval` and a quarter (Alertmanager checks every quarter of it whether it is
   * due), and allow for Prometheus's alert lifetime besides (see docs/meta-monitoring.md).
   * @default "1m"
   */
  readonly repeatInterval?: string;
}

/** The Prometheus and Alertmanager jobs whose own metrics the alerts read. */
export interface MetaJobsProps {
  /**
   * The `job` label of Prometheus's own metrics.
   * @default "prometheus-k8s" (kube-prometheus' ServiceMonitor of its Prometheus)
   */
  readonly prometheus?: string;
  /**
   * The `job` label of Alertmanager's own metrics.
   * @default "alertmanager-main" (kube-prometheus' ServiceMonitor of its Alertmanager)
   */
  readonly alertmanager?: string;
}

/** The monitoring watching itself: a heartbeat, Prometheus's and Alertmanager's health, and the stack's scrapes. */
export interface MetaMonitoringProps {
  /** The always-firing heartbeat and the dead man's switch it reaches. */
  readonly heartbeat: HeartbeatProps;
  /**
   * The base of the runbooks: each alert links `<runbookBaseUrl>/<alertname in lower case>`, kube-prometheus style.
   * @example "https://runbooks.example.com/monitoring"
   */
  readonly runbookBaseUrl: string;
  /**
   * The team that receives the alerts: an OnCallTeam, or a team's name.
   * @default the stack's defaultOwner
   */
  readonly owner?: AlertOwner | string;
  /**
   * The `service` label of the alerts, which picks the PagerDuty service a page reaches.
   * @default "monitoring"
   */
  readonly service?: string;
  /** @default kube-prometheus' jobs: "prometheus-k8s" and "alertmanager-main" */
  readonly jobs?: MetaJobsProps;
}
