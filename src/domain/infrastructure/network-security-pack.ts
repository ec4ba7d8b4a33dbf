import { Duration } from "../duration";
import * as promql from "../promql";
import { EXPORTER_JOBS, job, label, type InfraAlertDefinition } from "./catalog";

const CADVISOR = [job(EXPORTER_JOBS.cadvisor)];
/** The certificates the ingress serves, by host: the controller's default server (`_`) serves its fake one. */
const SERVED = [job(EXPORTER_JOBS.ingressNginx), label("host", "!=", "_")];
const INGRESS = ["namespace", "ingress"];
const WINDOW = Duration.minutes(5);

/** Below this many denied requests a second, a high share of 401/403 is a handful of requests, not an attack. */
export const MINIMUM_DENIED_PER_SECOND = 1;
/** Below this egress (bytes a second) a namespace's growth against last week is noise. */
export const MINIMUM_EGRESS_BYTES_PER_SECOND = 1_000_000;

/**
 * Network and security: the ingress's TLS certificates expiring, a spike of 401/403 responses, unexpected egress.
 * The certificates of endpoints a synthetic check probes are the check's (one ticket to its owner); this pack
 * watches what the cluster's ingress-nginx serves, whoever probes it.
 */
export const NETWORK_SECURITY_ALERTS = [
  {
    name: "TlsCertificateExpiring",
    pack: "networkSecurity",
    summary: "A TLS certificate the ingress serves expires soon",
    description: "The certificate the ingress serves for {{ $labels.host }} expires in fewer days than the threshold; renew it.",
    threshold: { meaning: "days until the certificate expires", worse: "below", unit: "amount" },
    levels: { warning: { threshold: 14, for: Duration.hours(1) }, critical: { threshold: 7, for: Duration.hours(1) } },
    namespaced: false,
    // One alert per host, whichever controller replica reports it (their series differ by pod and instance).
    expr: ({ threshold, select }) =>
      promql.compare(promql.divide(promql.minus(promql.aggregate("min", { by: ["host"] }, promql.selector(select("nginx_ingress_controller_ssl_expire_time_seconds", SERVED))), promql.time()), 86400), "<", threshold),
  },
  {
    name: "AuthFailureSpike",
    pack: "networkSecurity",
    summary: "Many requests are refused as unauthenticated or forbidden",
    description: "More than the threshold share of the requests to {{ $labels.namespace }}/{{ $labels.ingress }} get 401 or 403; someone may be probing credentials.",
    threshold: { meaning: "the share of requests answered 401 or 403 (0 to 1)", worse: "above", unit: "ratio" },
    levels: { warning: { threshold: 0.2, for: Duration.minutes(10) } },
    namespaced: true,
    expr: ({ threshold, select }) => {
      const rate = (status?: string) =>
        promql.aggregate("sum", { by: INGRESS }, promql.rate(select("nginx_ingress_controller_requests", status === undefined ? [] : [label("status", "=~", status)]), WINDOW));
      return promql.and(promql.compare(promql.divide(rate("401|403"), rate()), ">", threshold), promql.compare(rate("401|403"), ">", MINIMUM_DENIED_PER_SECOND));
    },
  },
  {
    name: "UnexpectedEgress",
    pack: "networkSecurity",
    summary: "A namespace sends far more traffic out than a week ago",
    description: "Pods in {{ $labels.namespace }} transmit more than the threshold times what they did at the same time last week.",
    threshold: { meaning: "egress as a multiple of the same time last week", worse: "above", unit: "amount" },
    levels: { warning: { threshold: 3, for: Duration.minutes(30) } },
    namespaced: true,
    expr: ({ threshold, select }) => {
      const egress = (offset?: Duration) => promql.aggregate("sum", { by: ["namespace"] }, promql.rate(select("container_network_transmit_bytes_total", CADVISOR), Duration.minutes(30), offset));
      return promql.and(
        promql.compare(egress(), ">", promql.times(promql.num(threshold), egress(Duration.days(7)))),
        promql.compare(egress(), ">", MINIMUM_EGRESS_BYTES_PER_SECOND),
      );
    },
  },
] as const satisfies readonly InfraAlertDefinition[];
