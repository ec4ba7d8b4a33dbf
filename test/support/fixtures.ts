import type { MuteInterval, TeamRoutes } from "../../src/domain/routing/routing-plan";
import { Duration } from "../../src/domain/duration";
import { parseSelector } from "../../src/domain/promql";
import type { SloSpec } from "../../src/domain/slo/slo";
import type { TeamContacts } from "../../src/domain/routing/routing";
import { SecretRef } from "../../src/domain/secret";
import { burnRateWindows } from "../../src/domain/slo/slo-math";
import { defaultBurnAlerts } from "../../src/domain/slo/parse-alerting";

/** A resolved SLO for domain tests: 99.9% over 30 days of checkout's HTTP requests, the workbook windows. */
export function checkoutSpec(overrides: Partial<SloSpec> = {}): SloSpec {
  return {
    id: "checkout-availability",
    service: "checkout",
    name: "availability",
    objectivePercent: 99.9,
    period: Duration.days(30),
    sli: {
      kind: "events",
      errors: parseSelector('http_requests_total{job="checkout",code=~"5.."}'),
      total: parseSelector('http_requests_total{job="checkout"}'),
    },
    windows: burnRateWindows(Duration.days(30)),
    minimumEventsForPage: 167,
    labels: { tier: "1" },
    alertLabels: { team: "payments", service: "checkout", env: "prod", slo: "availability" },
    alertName: "CheckoutAvailability",
    runbookUrl: "https://runbooks.example.com/checkout-availability",
    burnAlerts: defaultBurnAlerts("CheckoutAvailabilityErrorBudgetBurn"),
    ...overrides,
  };
}

/** A key of the Kubernetes secret the routing tests read from. */
export const alertSecret = (key: string) => SecretRef.kubernetes("alertmanager-secrets", key);

/** How alert routing reaches a team: its contacts, with the routing key and webhook of the routing tests' secret. */
export function teamRoutes(contacts: Partial<TeamContacts> & { team: string }, muteIntervals: readonly MuteInterval[] = []): TeamRoutes {
  return {
    contacts: { pagerDutyServices: [], ...contacts },
    pagerDutyRoutingKey: alertSecret(`${contacts.team}-pagerduty`),
    slackWebhook: alertSecret(`${contacts.team}-slack`),
    muteIntervals,
  };
}

/** A team reached by PagerDuty, Slack and email, muted as given. */
export function checkoutRoutes(muteIntervals: readonly MuteInterval[]): TeamRoutes {
  const pagerDutyServices = [{ name: "checkout", vendorName: "checkout" }];
  return teamRoutes({ team: "checkout", pagerDutyServices, slackChannel: "#checkout-alerts", email: "checkout@example.com" }, muteIntervals);
}

/** A team reached by Slack only: it cannot be paged. */
export const paymentsRoutes: TeamRoutes = teamRoutes({ team: "payments", slackChannel: "#payments" });
