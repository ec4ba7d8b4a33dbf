import { describe, expect, it } from "vitest";
import { MonitoringStack, OnCallTeam, SecurityLogMonitoring, type SecurityLogMonitoringProps } from "../../../constructs";
import { resources, synthProblems, team, testApp, testStack, type TerraformJson } from "../../support/app";

const SECURITY_RUNBOOKS = "https://runbooks.example.com/security";

function securityTeam(stack: MonitoringStack): OnCallTeam {
  return new OnCallTeam(stack, "security-team", { name: "security", slackChannel: "#security-alerts", email: "security@example.com" });
}

/** The Terraform of one SecurityLogMonitoring of checkout, with the security team as owner. */
function synthesized(props: Partial<SecurityLogMonitoringProps>): TerraformJson {
  const test = testApp();
  const stack = testStack(test.app, "production");
  new SecurityLogMonitoring(stack, "security", { service: "checkout", owner: securityTeam(stack), runbookUrl: SECURITY_RUNBOOKS, ...props });
  test.app.synth();
  return test.terraform("production");
}

function problemsOf(props: Partial<SecurityLogMonitoringProps>, owner: (stack: MonitoringStack) => OnCallTeam = securityTeam): string[] {
  const test = testApp();
  const stack = testStack(test.app, "production");
  new SecurityLogMonitoring(stack, "security", { service: "checkout", owner: owner(stack), ...props });
  return synthProblems(test.app);
}

const SIEM_ONLY = { logAlerts: false, elasticSecurity: true, datadogSiem: true } as const;

describe("SecurityLogMonitoring on Elastic Security", () => {
  const json = synthesized({ expectedCountries: ["DE", "FR"], outputs: SIEM_ONLY });
  const rules = resources(json, "elasticstack_kibana_security_detection_rule");
  const byName = (name: string) => rules.find((rule) => (rule.rule_id as string).includes(name)) as Record<string, unknown>;

  it("writes a threshold rule on failed sign-ins per source address, tagged Credential Access / Brute Force", () => {
    expect(byName("authentication-failures")).toMatchObject({
      rule_id: "watchkeeper-checkout-authentication-failures-production",
      name: "[ticket] CheckoutAuthenticationFailures: checkout security",
      type: "threshold",
      // Kibana's threshold is a minimum count: more than 20 is at least 21.
      threshold: { field: ["source.ip"], value: 21 },
      language: "kuery",
      query: 'service.name: "checkout" and event.category: "authentication" and event.outcome: "failure" and service.environment: "production"',
      index: ["logs-*"],
      interval: "5m",
      from: "now-6m",
      to: "now",
      enabled: true,
      severity: "medium",
      risk_score: 47,
      threat: [
        {
          framework: "MITRE ATT&CK",
          tactic: { id: "TA0006", name: "Credential Access", reference: "https://attack.mitre.org/tactics/TA0006/" },
          technique: [{ id: "T1110", name: "Brute Force", reference: "https://attack.mitre.org/techniques/T1110/" }],
        },
      ],
      references: [`${SECURITY_RUNBOOKS}/authentication-failures`, "https://attack.mitre.org/techniques/T1110/"],
    });
    expect(byName("authentication-failures").tags).toEqual(["team:security", "service:checkout", "env:production", "severity:ticket", "Tactic: Credential Access"]);
  });

  it("writes query rules for privilege changes and for sign-ins from unexpected countries", () => {
    expect(rules.map((rule) => [rule.rule_id, rule.type, rule.severity, (rule.threat as Array<{ tactic: { id: string }; technique: Array<{ id: string }> }>).map((threat) => [threat.tactic.id, threat.technique[0].id])])).toEqual([
      ["watchkeeper-checkout-authentication-failures-production", "threshold", "medium", [["TA0006", "T1110"]]],
      ["watchkeeper-checkout-privilege-changes-production", "query", "high", [["TA0004", "T1098"]]],
      ["watchkeeper-checkout-unusual-places-production", "query", "medium", [["TA0001", "T1078"]]],
    ]);
    expect(byName("privilege-changes").query).toBe('service.name: "checkout" and event.category: "iam" and (event.type: "admin" or event.type: "change") and service.environment: "production"');
    expect(byName("unusual-places")).toMatchObject({
      query: 'service.name: "checkout" and event.category: "authentication" and event.outcome: "success" and not (source.geo.country_iso_code: "DE" or source.geo.country_iso_code: "FR") and service.environment: "production"',
      interval: "15m",
      from: "now-16m",
    });
    expect(byName("privilege-changes").threshold).toBeUndefined();
  });

  it("notifies the security team's receivers through connectors, once per rule run", () => {
    const connectors = json.resource.elasticstack_kibana_action_connector;
    const slack = Object.keys(connectors).find((id) => id.includes("slack-security-alerts")) as string;
    const actions = byName("authentication-failures").actions as Array<Record<string, unknown>>;
    expect(actions.map(({ params: _params, ...action }) => action)).toEqual([
      { action_type_id: ".slack", id: `\${elasticstack_kibana_action_connector.${slack}.connector_id}`, group: "default", frequency: { notify_when: "onActiveAlert", summary: true, throttle: "rule" } },
      { action_type_id: ".email", id: "elastic-cloud-email", group: "default", frequency: { notify_when: "onActiveAlert", summary: true, throttle: "rule" } },
    ]);
    expect(JSON.parse(actions[1].params as string)).toMatchObject({ to: ["security@example.com"], subject: "[ticket] CheckoutAuthenticationFailures: checkout security" });
    expect(JSON.parse(actions[0].params as string).message).toContain(`Runbook: ${SECURITY_RUNBOOKS}/authentication-failures`);
  });
});

describe("SecurityLogMonitoring on Datadog Cloud SIEM", () => {
  const json = synthesized({ expectedCountries: ["DE"], authenticationFailures: { above: 50, window: "10m", groupBy: "source.ip" }, outputs: SIEM_ONLY });
  const rules = resources(json, "datadog_security_monitoring_rule");

  it("writes a log detection per detection: a count per group over the window, a case with the severity and the team's handles", () => {
    expect(rules[0]).toMatchObject({
      name: "[ticket] CheckoutAuthenticationFailures: checkout security",
      type: "log_detection",
      enabled: true,
      query: [
        {
          name: "authentication_failures",
          query: "service:checkout AND @event.category:authentication AND @event.outcome:failure AND env:production",
          aggregation: "count",
          data_source: "logs",
          group_by_fields: ["@source.ip"],
        },
      ],
      case: [{ name: "CheckoutAuthenticationFailures", status: "medium", condition: "authentication_failures > 50", notifications: ["@slack-security-alerts", "@security@example.com"] }],
      options: { detection_method: "threshold", evaluation_window: 600, keep_alive: 3600, max_signal_duration: 86400 },
    });
    expect(rules.map((rule) => [(rule.case as Array<{ condition: string; status: string }>)[0].condition, (rule.case as Array<{ status: string }>)[0].status, (rule.query as Array<{ group_by_fields: string[] }>)[0].group_by_fields])).toEqual([
      ["authentication_failures > 50", "medium", ["@source.ip"]],
      ["privilege_changes > 0", "high", ["@user.name"]],
      ["unusual_places > 0", "medium", ["@source.geo.country_iso_code"]],
    ]);
    expect((rules[2].query as Array<{ query: string }>)[0].query).toBe(
      "service:checkout AND @event.category:authentication AND @event.outcome:success AND -@source.geo.country_iso_code:DE AND env:production",
    );
  });

  it("tags each rule with its MITRE ATT&CK tactic and technique as Datadog's rules do", () => {
    expect(rules.map((rule) => (rule.tags as string[]).filter((tag) => /^(tactic|technique|security):/.test(tag)))).toEqual([
      ["tactic:TA0006-credential-access", "technique:T1110-brute-force", "security:attack"],
      ["tactic:TA0004-privilege-escalation", "technique:T1098-account-manipulation", "security:attack"],
      ["tactic:TA0001-initial-access", "technique:T1078-valid-accounts", "security:attack"],
    ]);
    expect(rules[0].tags).toEqual(expect.arrayContaining(["team:security", "service:checkout", "env:production", "severity:ticket"]));
    expect(rules[1].message).toContain(`Runbook: ${SECURITY_RUNBOOKS}/privilege-changes`);
  });

  it("writes no log alert when only SIEM rules are asked for, and log alerts alone by default", () => {
    expect(resources(json, "datadog_monitor")).toEqual([]);
    expect(resources(json, "elasticstack_kibana_alerting_rule")).toEqual([]);
    const defaults = synthesized({});
    expect(resources(defaults, "datadog_security_monitoring_rule")).toEqual([]);
    expect(resources(defaults, "elasticstack_kibana_security_detection_rule")).toEqual([]);
    expect(resources(defaults, "datadog_monitor").map((monitor) => monitor.name)).toEqual([
      "[ticket] CheckoutAuthenticationFailures: checkout logs",
      "[ticket] CheckoutPrivilegeChanges: checkout logs",
    ]);
  });
});

describe("SecurityLogMonitoring's checks", () => {
  it("refuses country names and codes that are not ISO 3166-1 alpha-2, which would alert on every sign-in", () => {
    expect(problemsOf({ expectedCountries: ["Germany", "FR", "UK", "us"], outputs: { elasticSecurity: true } })).toEqual([
      'production/security: expectedCountries[0]: "Germany" is not an ISO 3166-1 alpha-2 country code, which logs carry in source.geo.country_iso_code; use "DE"',
      'production/security: expectedCountries[2]: "UK" is not an ISO 3166-1 alpha-2 country code, which logs carry in source.geo.country_iso_code; use "GB"',
      'production/security: expectedCountries[3]: "us" is not an ISO 3166-1 alpha-2 country code, which logs carry in source.geo.country_iso_code; use "US"',
    ]);
    expect(problemsOf({ expectedCountries: [] })).toEqual([
      'production/security: expectedCountries: no country listed, so every sign-in would alert; list the ISO 3166-1 alpha-2 codes sign-ins come from, e.g. ["DE", "FR"], or leave expectedCountries out',
    ]);
  });

  it("refuses outputs that write nothing, a window Datadog Cloud SIEM cannot evaluate, and reports a bad window once", () => {
    expect(problemsOf({ outputs: { logAlerts: false } })).toEqual([
      "production/security: outputs: the detections are written nowhere; turn on elasticSecurity or datadogSiem, or keep logAlerts",
    ]);
    expect(problemsOf({ authenticationFailures: { above: 20, window: "7m" }, outputs: { logAlerts: false, datadogSiem: true } })).toEqual([
      "production/security: authenticationFailures.window: Datadog Cloud SIEM evaluates over 1m, 5m, 10m, 15m, 30m, 1h, 2h, 3h, 6h, 12h, 1d, not 7m; use one of them",
    ]);
    expect(problemsOf({ authenticationFailures: { above: 20, window: "30s" }, outputs: { elasticSecurity: true } })).toEqual([
      'production/security/authentication-failures: threshold.window: "30s" is shorter than 1m, the shortest this prop takes; use 1m or more',
    ]);
  });

  it("routes the SIEM rules as alerts: a page needs a runbook, and the owner a receiver", () => {
    expect(problemsOf({ severity: "page", outputs: SIEM_ONLY }, (stack) => team(stack, "security")).filter((problem) => problem.includes("CheckoutPrivilegeChanges"))).toEqual([
      "production/security: elastic-security alert CheckoutPrivilegeChanges (page) has no runbook; set runbookUrl so that whoever is paged knows what to do",
      "production/security: datadog-siem alert CheckoutPrivilegeChanges (page) has no runbook; set runbookUrl so that whoever is paged knows what to do",
    ]);
    const test = testApp();
    const stack = testStack(test.app, "production");
    const silent = new OnCallTeam(stack, "silent", { name: "silent" });
    const monitoring = new SecurityLogMonitoring(stack, "security", { service: "checkout", owner: silent, outputs: SIEM_ONLY });
    expect(synthProblems(test.app)).toContain(
      "production/security: datadog-siem alert CheckoutAuthenticationFailures (ticket) has no route: team silent has no chat channel or email address; give the team one or choose another owner",
    );
    expect(monitoring.planned().outputs.flatMap((output) => output.alerts ?? []).map((alert) => [alert.system, alert.name, alert.owner.teamName])).toEqual([
      ["elastic-security", "CheckoutAuthenticationFailures", "silent"],
      ["elastic-security", "CheckoutPrivilegeChanges", "silent"],
      ["datadog-siem", "CheckoutAuthenticationFailures", "silent"],
      ["datadog-siem", "CheckoutPrivilegeChanges", "silent"],
    ]);
  });
});
