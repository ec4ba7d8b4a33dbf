import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { MonitoringApp, SecretRef, SynthError } from "../../constructs";
import { readTree } from "../support/files";
import { declare, fullDeclaration, type Declaration } from "./declaration";
import { rejectionFailure } from "./synth-outcome";

/** The problems synth reports for a variation of the full declaration. */
function problemsOf(change: (declaration: Declaration) => Declaration): readonly string[] {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-findings-"));
  try {
    const app = new MonitoringApp({ outdir: join(folder, "dist"), terraformOutdir: join(folder, "cdktf.out") });
    declare(app, change(fullDeclaration()));
    app.synth();
  } catch (error) {
    expect(error).toBeInstanceOf(SynthError);
    return (error as SynthError).problems;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  throw new Error("synth succeeded, but the declaration is invalid");
}

/** The files synth writes to dist/production for a variation of the full declaration. */
function outputOf(change: (declaration: Declaration) => Declaration): Map<string, string> {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-findings-"));
  try {
    const app = new MonitoringApp({ outdir: join(folder, "dist"), terraformOutdir: join(folder, "cdktf.out") });
    declare(app, change(fullDeclaration()));
    app.synth();
    return readTree(join(folder, "dist", "production"));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The problem of a team, service or environment name that is no Kubernetes label value. */
const notALabel = (what: string, name: string, noun: string, label: string, example: string) =>
  `${what} ${JSON.stringify(name)} is not ${noun}; use at most 63 letters, digits, dashes, underscores and dots, starting and ending with a letter or digit, ` +
  `e.g. "${example}" (it is the ${label} label of alerts and a Datadog tag)`;

const team = (patch: Partial<Declaration["team"]>) => (declaration: Declaration): Declaration => ({ ...declaration, team: { ...declaration.team, ...patch } });
const routing = (patch: Partial<Declaration["routings"][number]>) => (declaration: Declaration): Declaration => ({
  ...declaration,
  routings: [{ ...declaration.routings[0], ...patch }],
});
const slo = (patch: Partial<Declaration["slos"][number]>) => (declaration: Declaration): Declaration => ({
  ...declaration,
  slos: [{ ...declaration.slos[0], ...patch }, ...declaration.slos.slice(1)],
});
const stack = (patch: Declaration["stack"]) => (declaration: Declaration): Declaration => ({ ...declaration, stack: { ...declaration.stack, ...patch } });
const errors = (patch: Partial<Declaration["errorTrackings"][number]>) => (declaration: Declaration): Declaration => ({
  ...declaration,
  errorTrackings: [{ ...declaration.errorTrackings[0], ...patch }],
});

/** Inputs the property tests found accepted silently, or reported on several lines; each is now one clear problem. */
describe("what the property tests found", () => {
  it("quotes a declared value with a line break, so the problem stays on the line naming its construct", () => {
    const problems = problemsOf(team({ email: "checkout@example.com\n" }));
    expect(problems).toEqual(['production/checkout-team: email: "checkout@example.com\\n" is not an email address; e.g. team@example.com']);
    expect(rejectionFailure(team({ members: ["alice@example.com", "a\nb"] })(fullDeclaration()), ["production/checkout-team"])).toBeUndefined();
  });

  it("rejects a member listed twice and two schedules of one name", () => {
    const declaration = fullDeclaration();
    const problems = problemsOf(team({ members: ["alice@example.com", "bob@example.com", "alice@example.com"], schedules: [...declaration.team.schedules!, ...declaration.team.schedules!] }));
    expect(problems).toEqual([
      'production/checkout-team: members: "alice@example.com" is listed more than once; list each person once',
      'production/checkout-team: schedules: "checkout primary" is declared more than once; give each schedule its own name',
    ]);
  });

  it("rejects support hours that end when they start, and service links that are not web addresses", () => {
    const problems = problemsOf(
      team({ services: [{ name: "checkout", urgency: { supportHours: { timeZone: "UTC", start: "17:00:00", end: "17:00:00" } }, runbookUrl: "runbook", dashboardUrl: "https://" }, { name: "payments" }] }),
    );
    expect(problems).toEqual([
      'production/checkout-team: services[0].runbookUrl: "runbook" is not an absolute web address; write it with its scheme and host, e.g. "https://grafana.example.com"',
      'production/checkout-team: services[0].dashboardUrl: "https://" is not an absolute web address; write it with its scheme and host, e.g. "https://grafana.example.com"',
      "production/checkout-team: services: service checkout: support hours start at 17:00:00 and end at 17:00:00; the start must come before the end",
    ]);
  });

  it("rejects an incident workflow started by no known priority, a bridge that is no link and a channel Slack would refuse", () => {
    const steps = [{ conferenceBridge: { url: "meet" } }, { postToSlack: { channel: "general", message: "Incident" } }];
    expect(problemsOf(team({ incidentWorkflow: { priorities: ["P9"], steps } }))).toEqual([
      'production/checkout-team: incidentWorkflow.priorities[0]: "P9" is not one of "P1", "P2", "P3", "P4", "P5"; use one of them',
      'production/checkout-team: incidentWorkflow.steps[0].conferenceBridge.url: "meet" is not an absolute web address; write it with its scheme and host, e.g. "https://grafana.example.com"',
      'production/checkout-team: incidentWorkflow.steps[1].postToSlack.channel: "general" must look like #team-incidents (lower case, no spaces)',
    ]);
    expect(problemsOf(team({ incidentWorkflow: { priorities: [], steps: [{ statusUpdate: { message: "Investigating" } }] } }))).toEqual([
      "production/checkout-team: incidentWorkflow.priorities: is empty; list one or more of P1, P2, P3, P4, P5",
    ]);
  });

  it("rejects a default receiver's channel or address, an SMTP server without a port and a sender that is no address", () => {
    const webhook = SecretRef.kubernetes("watchkeeper-alertmanager", "default-slack-webhook");
    const problems = problemsOf(
      routing({ defaultReceiver: { slack: { channel: "alerts", webhook }, email: { to: "oncall" } }, smtp: { smarthost: "smtp.example.com", from: "alertmanager" } }),
    );
    expect(problems).toEqual([
      'production/alert-routing: defaultReceiver.slack.channel: "alerts" must look like #alerts (lower case, no spaces)',
      'production/alert-routing: defaultReceiver.email.to: "oncall" is not an email address; e.g. oncall@example.com',
      'production/alert-routing: smtp.smarthost: "smtp.example.com" is not a host name with a port; write letters, digits, dashes and dots, e.g. "smtp.example.com:587"',
      'production/alert-routing: smtp.from: "alertmanager" is not an email address; e.g. alertmanager@example.com',
    ]);
  });

  it("rejects a Sentry release or environment Sentry refuses, a project slug over 50 characters and a fractional event count", () => {
    const problems = problemsOf(errors({ release: "checkout/2.0", environment: "prod\tuction", projectSlug: "a".repeat(51), errorSpike: { events: 1.5 } }));
    expect(problems).toEqual([
      'production/errors-1: environment: "prod\\tuction" is not a Sentry environment name; use up to 64 characters without spaces or slashes, e.g. "production"',
      'production/errors-1: release: "checkout/2.0" is not a Sentry release name; use up to 200 characters without slashes, backslashes or line breaks, e.g. "checkout@2.0.0"',
      `production/errors-1: projectSlug: "${"a".repeat(51)}" is longer than Sentry's 50 characters; set a shorter projectSlug, e.g. "checkout"`,
      "production/errors-1: errorSpike.events: 1.5 is not a whole number of 1 or more",
    ]);
  });
});

/** Names the property tests found accepted, and what they showed to be valid. */
describe("what the property tests found in names", () => {
  const payments = { name: "payments", urgency: "severity-based" } as const;

  it("rejects a team's service, an error tracking's service and an environment that are no label values, once each", () => {
    expect(problemsOf(team({ services: [payments, { name: "a/b" }] }))).toEqual([
      `production/checkout-team: ${notALabel("services[1].name:", "a/b", "a service name", "service", "checkout-api")}`,
    ]);
    expect(problemsOf(errors({ service: "a " }))).toEqual([`production/errors-1: ${notALabel("service:", "a ", "a service name", "service", "checkout-api")}`]);
    // Reported by the stack only: error tracking, which inherits it, does not repeat it as a Sentry environment.
    expect(problemsOf(stack({ environment: "a".repeat(300) }))).toEqual([
      `production: ${notALabel("environment:", `${"a".repeat(30)}…(300 characters)`, "an environment name", "env", "production")}`,
    ]);
  });

  it("rejects a vendor name suffix that leaves slugs unchanged, and a description on several lines", () => {
    expect(problemsOf(stack({ vendorNameSuffix: "/" }))).toEqual([
      'production: vendorNameSuffix: "/" is appended to names, slugs and uids in shared vendor accounts, which it must tell apart; use letters or digits and no line breaks, e.g. "-staging"',
    ]);
    expect(problemsOf(slo({ description: "Checkout works\nmostly" }))).toEqual([
      'production/slo-1: description: "Checkout works\\nmostly" spans several lines; it starts the alerts\' descriptions, so write one sentence on one line',
    ]);
  });

  it("names a team that lists a service twice once", () => {
    expect(problemsOf(team({ services: [payments, payments] }))).toEqual([
      "production: PagerDuty service payments is declared 2 times (production/checkout-team); names must be unique in a stack",
    ]);
  });

  it("writes SLO label values with quotes and line breaks into the rules as declared: Prometheus takes any text, and they never reach Datadog", () => {
    const labels = { tier: 'a"b', note: "line\nbreak" };
    const files = outputOf(slo({ labels }));
    const rules = parse(files.get("prometheus/checkout-availability.rules.yml") as string);
    expect(rules.groups[0].rules[0].labels).toMatchObject(labels);
  });

  it("takes a latency threshold written as a decimal, as histogram bounds are (2.5s is le=\"2.5\")", () => {
    const files = outputOf((declaration) => ({
      ...declaration,
      slos: [declaration.slos[0], { ...declaration.slos[1], sli: { latency: { histogram: 'http_request_duration_seconds{service="checkout"}', threshold: "2.5s" } } }],
    }));
    expect(files.get("prometheus/checkout-latency.rules.yml")).toContain('le="2.5"');
    expect(problemsOf(slo({ burnRateWindows: [{ severity: "page", budgetConsumedPercent: 2, long: "1.5h", short: "5m" }] }))).toEqual([
      'production/slo-1: burnRateWindows[0].long: "1.5h" has a decimal point, which Prometheus durations do not allow; write it as 1h30m',
    ]);
  });
});
