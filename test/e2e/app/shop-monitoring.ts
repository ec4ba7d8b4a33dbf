// The e2e suite's monitoring, written as a team writes its stack: only the package's public API (its entry,
// constructs/index.ts, is what `import … from "watchkeeper"` resolves to).
import {
  AlertRouting,
  ApiHealthCheck,
  MetaMonitoring,
  MonitoringApp,
  MonitoringStack,
  OnCallTeam,
  ServiceTelemetry,
  SecretRef,
  ServiceSlo,
  type BurnRateWindowProps,
} from "../../../constructs";

/** The shop's services, each a demo service in the suite. */
export const SHOP_SERVICES = ["orders", "catalog", "inventory", "search", "storefront", "payments", "returns"] as const;
export type ShopService = (typeof SHOP_SERVICES)[number];

/** Where the synthetic checks run from; each location is its own blackbox exporter. */
export const LOCATIONS = ["us-east-1", "eu-west-1", "ap-southeast-1"] as const;

/** A location no check runs from but the returns check, which runs from it and the first of {@link LOCATIONS}. */
export const RETURNS_LOCATION = "eu-central-1";

/** Every location that has a blackbox exporter. */
export const PROBER_LOCATIONS = [...LOCATIONS, RETURNS_LOCATION] as const;
export type ProberLocation = (typeof PROBER_LOCATIONS)[number];

/** The on-call team and where its alerts go. */
export const TEAM = {
  name: "shop",
  slackChannel: "#shop-alerts",
  /** The PagerDuty service of the team (it declares none: the default one) and its incident workflow, as named in PagerDuty. */
  pagerDutyService: "shop on-call",
  incidentWorkflow: "shop high-priority incident",
  pagerDutyRoutingKey: { secret: "shop-pagerduty", key: "routing-key" },
  /** The default Slack webhook secret of a team: `<team>-slack-webhook` in `watchkeeper-alertmanager`. */
  slackWebhook: { secret: "watchkeeper-alertmanager", key: "shop-slack-webhook" },
} as const;

/** The heartbeat's dead man's switch, whose URL is a secret: `SecretRef.kubernetes(secret, key)`. */
export const HEARTBEAT_URL = { secret: "watchkeeper-alertmanager", key: "heartbeat-url" } as const;

/**
 * The service whose metrics come from its OpenTelemetry collector (span metrics), scraped as a job of the stack's
 * own: the meta-monitoring watches that job for a lost target.
 */
export const TRACED_SERVICE = "shipping";

/** The runbook of an SLO or a check. */
export function runbookUrl(service: ShopService, name: string): string {
  return `https://runbooks.example.com/${service}/${name}`;
}

/** Where the shop runs: what a team's stack reads from its environment (URLs, the probers' addresses). */
export interface ShopDeployment {
  /** Each service's base URL, e.g. http://127.0.0.1:8080. */
  readonly serviceUrls: Readonly<Record<ShopService, string>>;
  /** Each location's blackbox exporter, `host:port`. */
  readonly probers: Readonly<Record<ProberLocation, string>>;
}

/** The SLOs are measured over one day. */
export const SLO_PERIOD = "1d";
/**
 * Burn-rate windows of minutes: the same multiwindow policy as the workbook's (a fast page pair, a slower page pair,
 * a ticket pair), on a clock a test can wait for.
 */
export const BURN_RATE_WINDOWS: readonly BurnRateWindowProps[] = [
  { severity: "page", budgetConsumedPercent: 5, long: "5m", short: "1m" }, // 14.4x
  { severity: "page", budgetConsumedPercent: 7.5, long: "10m", short: "2m" }, // 10.8x
  { severity: "ticket", budgetConsumedPercent: 10, long: "48m", short: "5m" }, // 3x
];

/** The latency buckets the services' instrumentation uses (seconds). */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Every check: every 5 seconds from each location, alerting when 2 locations fail for 20 seconds. */
const CHECK_TIMING = { frequency: "5s", alertWhen: { failingLocations: 2, forAtLeast: "20s" }, outputs: { datadog: false } } as const;

/** Declares the shop's monitoring in `app`: its team, routing, SLOs and checks, in a stack named "e2e". */
export function declareShop(app: MonitoringApp, deployment: ShopDeployment): MonitoringStack {
  const stack = new MonitoringStack(app, "e2e", {
    locations: [...LOCATIONS],
    probers: deployment.probers,
    // The shop's services export their request counter and latency histogram themselves.
    externalSignals: [
      { description: "the shop's HTTP servers", metrics: ["http_requests_total"], labels: ["service", "route", "code"] },
      { description: "the shop's HTTP servers", metrics: ["http_request_duration_seconds_*"], labels: ["service", "route", "le"] },
    ],
  });
  const team = new OnCallTeam(stack, "shop-team", {
    name: TEAM.name,
    members: ["alice@example.com", "bob@example.com"],
    slackChannel: TEAM.slackChannel,
    alertmanager: { pagerDutyRoutingKey: SecretRef.kubernetes(TEAM.pagerDutyRoutingKey.secret, TEAM.pagerDutyRoutingKey.key) },
    incidentWorkflow: { steps: [{ statusUpdate: { message: "Investigating" } }] },
  });
  new MetaMonitoring(stack, "meta", {
    owner: team,
    runbookBaseUrl: "https://runbooks.example.com/monitoring",
    // Every 10 seconds: a clock a test can wait for.
    heartbeat: { webhook: { url: SecretRef.kubernetes(HEARTBEAT_URL.secret, HEARTBEAT_URL.key) }, repeatInterval: "10s" },
  });
  new AlertRouting(stack, "alert-routing", {
    defaultReceiver: { slack: { channel: "#alerts", webhook: SecretRef.kubernetes("watchkeeper-alertmanager", "default-slack-webhook") } },
  });

  const slo = { owner: team, period: SLO_PERIOD, burnRateWindows: BURN_RATE_WINDOWS, outputs: { datadog: false } };
  for (const service of ["orders", "inventory", "payments"] as const) {
    new ServiceSlo(stack, `${service}-availability`, {
      ...slo,
      service,
      name: "availability",
      objective: 99.9,
      runbookUrl: runbookUrl(service, "availability"),
      sli: {
        events: {
          errors: `http_requests_total{service="${service}",code=~"5.."}`,
          total: `http_requests_total{service="${service}"}`,
        },
      },
    });
  }
  new ServiceSlo(stack, "catalog-latency", {
    ...slo,
    service: "catalog",
    name: "latency",
    objective: 99,
    runbookUrl: runbookUrl("catalog", "latency"),
    sli: { latency: { histogram: 'http_request_duration_seconds{service="catalog"}', threshold: "250ms", buckets: BUCKETS } },
  });

  const check = (service: ShopService, name: string, path: string, criticality: "page" | "ticket", locations?: string[]) =>
    new ApiHealthCheck(stack, `${service}-${name}`, {
      ...CHECK_TIMING,
      locations,
      service,
      name,
      owner: team,
      criticality,
      runbookUrl: runbookUrl(service, name),
      request: { url: `${deployment.serviceUrls[service]}${path}`, expect: { status: 200, bodyContains: "ok" } },
    });
  check("storefront", "home", "/health", "page");
  check("search", "home", "/health", "page");
  check("search", "suggest", "/api/suggest", "ticket");
  check("inventory", "stock", "/api/stock", "ticket");
  check("returns", "home", "/health", "page", [LOCATIONS[0], RETURNS_LOCATION]);
  // The smallest declaration whose metrics are a scrape job of the stack: its collector's exporter.
  new ServiceTelemetry(stack, `${TRACED_SERVICE}-telemetry`, {
    service: TRACED_SERVICE,
    language: "nodejs",
    version: "1.0.0",
    owner: team,
    sloPeriod: SLO_PERIOD,
    runbookUrl: `https://runbooks.example.com/${TRACED_SERVICE}`,
  });
  return stack;
}
