import { describe, expect, it } from "vitest";
import { routingPlanProblems, routingSecretProblems, type RoutingPlan, type TeamRoutes } from "../../../src/domain/routing/routing-plan";
import { SecretRef } from "../../../src/domain/secret";
import { alertmanagerFile } from "../../../src/targets/alertmanager/alertmanager-file";
import { PAGERDUTY_EVENT, SLACK_MESSAGE } from "../../../src/targets/alertmanager/templates";
import { toYaml } from "../../../src/targets/yaml/yaml";
import { alertSecret, checkoutRoutes, paymentsRoutes, teamRoutes } from "../../support/fixtures";

const secret = alertSecret;

/** Pages, Slack, email and a weekly maintenance window. */
const checkout = checkoutRoutes([{ name: "maintenance", periods: [{ weekdays: ["saturday"], times: [{ startTime: "02:00", endTime: "04:00" }] }] }]);
/** Slack only: cannot be paged. */
const payments = paymentsRoutes;
/** PagerDuty only: no channel for tickets. */
const core: TeamRoutes = {
  ...teamRoutes({ team: "core", pagerDutyServices: [{ name: "core", vendorName: "core" }] }),
  pagerDutyRoutingKey: SecretRef.file("/run/secrets/core-pagerduty"),
};

const input: RoutingPlan = {
  teams: [payments, core, checkout],
  defaultReceiver: { slack: { channel: "#alerts", webhook: secret("default-slack") } },
  smtp: { smarthost: "smtp.example.com:587", from: "alertmanager@example.com", authUsername: "alertmanager", authPassword: secret("smtp-password") },
};

const config = alertmanagerFile(input) as {
  global: unknown;
  route: Record<string, unknown> & { routes: unknown[] };
  receivers: Array<{ name: string }>;
  inhibit_rules: unknown;
  time_intervals: unknown;
};
const receiver = (name: string) => config.receivers.find((candidate) => candidate.name === name);
const slack = (channel: string, key: string) => ({ api_url_file: `/etc/alertmanager/secrets/alertmanager-secrets/${key}`, channel, send_resolved: true, ...SLACK_MESSAGE });

describe("alertmanagerFile", () => {
  it("writes the sections in Alertmanager's order", () => {
    expect(Object.keys(config)).toEqual(["global", "route", "receivers", "inhibit_rules", "time_intervals"]);
  });

  it("groups by alert and SLO at the root and sends alerts of no known team to the default receiver", () => {
    const { routes, ...root } = config.route;
    expect(root).toEqual({ receiver: "default", group_by: ["alertname", "service", "slo"], group_wait: "30s", group_interval: "5m", repeat_interval: "4h" });
    expect(routes).toHaveLength(3);
  });

  it("routes each team, in name order: pages hourly to PagerDuty, info daily and tickets to the team's channel", () => {
    const mute = ["checkout-maintenance"];
    const info = (receiver: string, mutes?: string[]) => ({ receiver, matchers: ['severity="info"'], repeat_interval: "24h", ...(mutes && { mute_time_intervals: mutes }) });
    expect(config.route.routes).toEqual([
      {
        receiver: "checkout-ticket",
        matchers: ['team="checkout"'],
        mute_time_intervals: mute,
        routes: [{ receiver: "checkout-page", matchers: ['severity=~"page|critical"'], repeat_interval: "1h", mute_time_intervals: mute }, info("checkout-ticket", mute)],
      },
      {
        receiver: "default",
        matchers: ['team="core"'],
        routes: [{ receiver: "core-page", matchers: ['severity=~"page|critical"'], repeat_interval: "1h" }, info("default")],
      },
      { receiver: "payments-ticket", matchers: ['team="payments"'], routes: [info("payments-ticket")] },
    ]);
  });

  it("pages through PagerDuty with a Slack copy, and files tickets in Slack and email", () => {
    expect(config.receivers.map(({ name }) => name)).toEqual(["default", "checkout-page", "checkout-ticket", "core-page", "payments-ticket"]);
    expect(receiver("default")).toEqual({ name: "default", slack_configs: [slack("#alerts", "default-slack")] });
    expect(receiver("checkout-page")).toEqual({
      name: "checkout-page",
      pagerduty_configs: [{ routing_key_file: "/etc/alertmanager/secrets/alertmanager-secrets/checkout-pagerduty", ...PAGERDUTY_EVENT }],
      slack_configs: [slack("#checkout-alerts", "checkout-slack")],
    });
    expect(receiver("checkout-ticket")).toEqual({
      name: "checkout-ticket",
      slack_configs: [slack("#checkout-alerts", "checkout-slack")],
      email_configs: [{ to: "checkout@example.com", send_resolved: true }],
    });
    expect(receiver("core-page")).toEqual({ name: "core-page", pagerduty_configs: [{ routing_key_file: "/run/secrets/core-pagerduty", ...PAGERDUTY_EVENT }] });
    expect(receiver("payments-page")).toBeUndefined();
  });

  it("files the tickets of a team with an address but no Slack channel by email", () => {
    const mailOnly = alertmanagerFile({ ...input, teams: [teamRoutes({ team: "billing", email: "billing@example.com" })] }) as typeof config;
    expect(mailOnly.route.routes).toEqual([
      { receiver: "billing-ticket", matchers: ['team="billing"'], routes: [{ receiver: "billing-ticket", matchers: ['severity="info"'], repeat_interval: "24h" }] },
    ]);
    expect(mailOnly.receivers.find(({ name }) => name === "billing-ticket")).toEqual({
      name: "billing-ticket",
      email_configs: [{ to: "billing@example.com", send_resolved: true }],
    });
  });

  it("tells PagerDuty the severity, labels and links of the alerts", () => {
    expect(PAGERDUTY_EVENT.severity).toBe(
      '{{ if eq .CommonLabels.severity "page" "critical" }}critical{{ else if eq .CommonLabels.severity "ticket" "warning" }}warning{{ else }}info{{ end }}',
    );
    expect(Object.keys(PAGERDUTY_EVENT.details)).toEqual(["dashboard_url", "env", "runbook_url", "service", "severity", "slo", "team"]);
    expect(PAGERDUTY_EVENT.details.severity).toBe("{{ .CommonLabels.severity }}");
    // PD-CEF fields an orchestration can match on, instead of Alertmanager's default source "Alertmanager"
    expect([PAGERDUTY_EVENT.source, PAGERDUTY_EVENT.component, PAGERDUTY_EVENT.group, PAGERDUTY_EVENT.class]).toEqual([
      "{{ .CommonLabels.service }}",
      "{{ .CommonLabels.service }}",
      "{{ .CommonLabels.team }}",
      "{{ .CommonLabels.slo }}",
    ]);
    expect(PAGERDUTY_EVENT.details.runbook_url).toBe("{{ .CommonAnnotations.runbook_url }}");
    expect(PAGERDUTY_EVENT.links[0]).toEqual({
      href: "{{ with .CommonAnnotations.runbook_url }}{{ . }}{{ else }}{{ $.ExternalURL }}{{ end }}",
      text: "{{ if .CommonAnnotations.runbook_url }}Runbook{{ else }}Alertmanager{{ end }}",
    });
    expect(SLACK_MESSAGE.text).toContain("{{ .Annotations.summary }}");
    expect(SLACK_MESSAGE.text).toContain("<{{ . }}|Runbook>");
    expect(SLACK_MESSAGE.text).toContain("<{{ . }}|Dashboard>");
  });

  it("lets a page mute the ticket of its SLO, and a critical alert the warning of the same alert, each requiring the labels it compares", () => {
    const present = (...names: string[]) => names.map((name) => `${name}=~".+"`);
    expect(config.inhibit_rules).toEqual([
      { source_matchers: ['severity="page"', ...present("service", "slo", "env")], target_matchers: ['severity="ticket"', ...present("service", "slo", "env")], equal: ["service", "slo", "env"] },
      {
        source_matchers: ['severity="critical"', ...present("alertname", "service", "env")],
        target_matchers: ['severity="warning"', ...present("alertname", "service", "env")],
        equal: ["alertname", "service", "env"],
      },
    ]);
  });

  it("declares each team's mute intervals under a name prefixed by the team", () => {
    expect(config.time_intervals).toEqual([
      { name: "checkout-maintenance", time_intervals: [{ weekdays: ["saturday"], times: [{ start_time: "02:00", end_time: "04:00" }] }] },
    ]);
  });

  it("references the SMTP password by file, and writes no global section without SMTP", () => {
    expect(config.global).toEqual({
      smtp_smarthost: "smtp.example.com:587",
      smtp_from: "alertmanager@example.com",
      smtp_auth_username: "alertmanager",
      smtp_auth_password_file: "/etc/alertmanager/secrets/alertmanager-secrets/smtp-password",
    });
    const withoutSmtp = alertmanagerFile({ ...input, teams: [payments], smtp: undefined });
    expect(Object.keys(withoutSmtp)).toEqual(["route", "receivers", "inhibit_rules"]);
  });

  it("gives the same YAML whatever the order of the teams", () => {
    const reversed = alertmanagerFile({ ...input, teams: [...input.teams].reverse() });
    expect(toYaml(reversed)).toBe(toYaml(config));
  });
});

describe("routingSecretProblems", () => {
  it("accepts secret references", () => {
    expect(routingSecretProblems(input)).toEqual([]);
  });

  it("reports each literal string with how to pass a reference instead", () => {
    const literal = "https://hooks.slack.com/services/T000/B000/XXXX" as unknown as SecretRef;
    const problems = routingSecretProblems({
      teams: [{ ...payments, slackWebhook: literal }, { ...core, pagerDutyRoutingKey: literal }],
      defaultReceiver: { slack: { channel: "#alerts", webhook: literal } },
      smtp: { smarthost: "smtp.example.com:587", from: "a@example.com", authPassword: literal },
    });
    const how = 'pass a reference instead: SecretRef.kubernetes("watchkeeper-alertmanager", "<key>") or SecretRef.file("/run/secrets/<name>")';
    expect(problems).toEqual(
      [
        "defaultReceiver.slack.webhook",
        "the Slack webhook of team payments",
        "the PagerDuty routing key of team core",
        "smtp.authPassword",
      ].map(
        (what) => `${what} is a literal string, and secrets must not be written into configuration; ${how}`,
      ),
    );
  });
});

describe("routingPlanProblems", () => {
  it("accepts a complete input", () => {
    expect(routingPlanProblems(input)).toEqual([]);
  });

  it("reports email without SMTP, a default receiver that reaches nobody, and a mute interval named twice", () => {
    const twice = { ...checkout, muteIntervals: [...checkout.muteIntervals, ...checkout.muteIntervals] };
    expect(routingPlanProblems({ teams: [twice, payments], defaultReceiver: {} })).toEqual([
      "team checkout receives email, but no SMTP server is set; set smtp (smarthost and from)",
      "the default receiver has no integration, so alerts of no known team would reach nobody; give it slack or email",
      "team checkout declares mute interval maintenance more than once; give each interval its own name",
    ]);
  });
});
