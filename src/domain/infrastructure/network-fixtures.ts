import { counter, ingressNginxLabels, series } from "../rule-tests/exporter-series";
import type { AlertFixture } from "./alert-fixtures";

const DAY = 86_400;
/** Requests a minute to an ingress in the tests: 20 a second. */
const REQUESTS = 1200;

/**
 * How the generated tests drive the network and security pack's alerts with the ingress-nginx controller's series
 * (labels of kubernetes/ingress-nginx internal/ingress/metric/collectors: controller.go, socket.go), from two
 * controller replicas, as a controller Deployment runs. UnexpectedEgress compares with a week before, and
 * is tested by the week-long scenarios.
 */
export const NETWORK_FIXTURES: Readonly<Record<string, AlertFixture>> = {
  TlsCertificateExpiring: {
    metrics: ["nginx_ingress_controller_ssl_expire_time_seconds"],
    settle: 0,
    // The host's certificate from each replica (labelled with the controller's namespace and class), and the
    // default server's fake certificate, which the alert leaves out.
    series: ({ name }, before, after, at, minutes) => {
      const expiry = (days: number) => Math.round(days * DAY + at * 60);
      const gauge = (labels: Record<string, string>, from: number, to: number) =>
        series("nginx_ingress_controller_ssl_expire_time_seconds", labels, Array.from({ length: minutes }, (_, minute) => (minute < at ? from : to)));
      return [0, 1].flatMap((replica) => [
        gauge(ingressNginxLabels(replica, { namespace: "ingress-nginx", class: "nginx", host: `${name}.example.com` }), expiry(before), expiry(after)),
        gauge(ingressNginxLabels(replica, { namespace: "ingress-nginx", class: "nginx", host: "_" }), DAY, DAY),
      ]);
    },
    labels: ({ name }) => ({ host: `${name}.example.com` }),
  },
  AuthFailureSpike: {
    metrics: ["nginx_ingress_controller_requests"],
    quantity: { max: 1 },
    settle: 5,
    series: ({ name, namespace }, before, after, at, minutes, noise) =>
      [0, 1].flatMap((replica) =>
        (["200", "401", "403"] as const).map((status) => {
          const share = (denied: number) => (status === "200" ? 1 - denied : denied / 2) * (REQUESTS / 2);
          const controller = { controller_namespace: "ingress-nginx", controller_class: "k8s.io/ingress-nginx", controller_pod: `ingress-nginx-controller-${replica}` };
          const labels = ingressNginxLabels(replica, { ...controller, ingress: name, namespace, service: name, status, method: "GET", path: "/", host: `${name}.example.com` });
          return series("nginx_ingress_controller_requests", labels, counter(share(before), share(after), at, minutes, noise, 0.02));
        }),
      ),
    labels: ({ name, namespace }) => ({ namespace, ingress: name }),
  },
};
