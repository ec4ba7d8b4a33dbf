import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MonitoringApp, SecretRef, SynthError } from "../../constructs";
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

const team = (patch: Partial<Declaration["team"]>) => (declaration: Declaration): Declaration => ({ ...declaration, team: { ...declaration.team, ...patch } });
const routing = (patch: Partial<Declaration["routings"][number]>) => (declaration: Declaration): Declaration => ({
  ...declaration,
  routings: [{ ...declaration.routings[0], ...patch }],
});
const errors = (patch: Partial<Declaration["errorTrackings"][number]>) => (declaration: Declaration): Declaration => ({
  ...declaration,
  errorTrackings: [{ ...declaration.errorTrackings[0], ...patch }],
});

/** Inputs the property tests found accepted silently, or reported on several lines; each is now one clear problem. */
describe("what the property tests found", () => {
  it("quotes a declared value with a line break, so the problem stays on the line naming its construct", () => {
    const problems = problemsOf(team({ email: "checkout@example.com\n" }));
    expect(problems).toEqual(['production/checkout-team: email "checkout@example.com\\n" is not an email address']);
    expect(rejectionFailure(team({ members: ["alice@example.com", "a\nb"] })(fullDeclaration()), ["production/checkout-team"])).toBeUndefined();
  });

  it("rejects a member listed twice and two schedules of one name", () => {
    const declaration = fullDeclaration();
    const problems = problemsOf(team({ members: ["alice@example.com", "bob@example.com", "alice@example.com"], schedules: [...declaration.team.schedules!, ...declaration.team.schedules!] }));
    expect(problems).toEqual([
      'production/checkout-team: member "alice@example.com" is listed more than once; list each person once',
      'production/checkout-team: schedule "checkout primary" is declared more than once; give each schedule its own name',
    ]);
  });

  it("rejects support hours that end when they start, and service links that are not web addresses", () => {
    const problems = problemsOf(
      team({ services: [{ name: "checkout", urgency: { supportHours: { timeZone: "UTC", start: "17:00:00", end: "17:00:00" } }, runbookUrl: "runbook", dashboardUrl: "https://" }, { name: "payments" }] }),
    );
    expect(problems).toEqual([
      'production/checkout-team: service checkout: runbookUrl "runbook" is not a web address; use e.g. https://runbooks.example.com/checkout',
      'production/checkout-team: service checkout: dashboardUrl "https://" is not a web address; use e.g. https://runbooks.example.com/checkout',
      "production/checkout-team: service checkout: support hours start at 17:00:00 and end at 17:00:00; the start must come before the end",
    ]);
  });

  it("rejects an incident workflow started by no known priority, a bridge that is no link and a channel Slack would refuse", () => {
    const steps = [{ conferenceBridge: { url: "meet" } }, { postToSlack: { channel: "general", message: "Incident" } }];
    expect(problemsOf(team({ incidentWorkflow: { priorities: ["P9"], steps } }))).toEqual([
      'production/checkout-team: the incident workflow starts for priorities "P9"; list one or more of P1, P2, P3, P4, P5',
      'production/checkout-team: incident workflow step 1: conference bridge "meet" is not a web address; use the meeting\'s https:// link',
      'production/checkout-team: incident workflow step 2: Slack channel "general" must look like #team-incidents (lower case, no spaces)',
    ]);
    expect(problemsOf(team({ incidentWorkflow: { priorities: [], steps: [{ statusUpdate: { message: "Investigating" } }] } }))).toEqual([
      'production/checkout-team: the incident workflow starts for priorities ""; list one or more of P1, P2, P3, P4, P5',
    ]);
  });

  it("rejects a default receiver's channel or address, an SMTP server without a port and a sender that is no address", () => {
    const webhook = SecretRef.kubernetes("watchkeeper-alertmanager", "default-slack-webhook");
    const problems = problemsOf(
      routing({ defaultReceiver: { slack: { channel: "alerts", webhook }, email: { to: "oncall" } }, smtp: { smarthost: "smtp.example.com", from: "alertmanager" } }),
    );
    expect(problems).toEqual([
      'production/alert-routing: defaultReceiver.slack.channel "alerts" must look like #alerts (lower case, no spaces)',
      'production/alert-routing: defaultReceiver.email.to "oncall" is not an email address',
      'production/alert-routing: smtp.smarthost "smtp.example.com" must be host:port, e.g. smtp.example.com:587',
      'production/alert-routing: smtp.from "alertmanager" is not an email address; use the sender, e.g. alertmanager@example.com',
    ]);
  });

  it("rejects a Sentry release or environment Sentry refuses, a project slug over 50 characters and a fractional event count", () => {
    const problems = problemsOf(errors({ release: "checkout/2.0", environment: "prod\tuction", projectSlug: "a".repeat(51), errorSpike: { events: 1.5 } }));
    expect(problems).toEqual([
      `production/errors-1: projectSlug: "${"a".repeat(51)}" is longer than Sentry's 50 characters; set a shorter projectSlug, e.g. "checkout"`,
      'production/errors-1: environment: "prod\\tuction" is not a Sentry environment name; use up to 64 characters without spaces or slashes, e.g. "production"',
      'production/errors-1: release: "checkout/2.0" is not a Sentry release name; use up to 200 characters without slashes, backslashes or line breaks, e.g. "checkout@2.0.0"',
      "production/errors-1: errorSpike.events: 1.5 is not a positive whole number of events; use e.g. 100",
    ]);
  });
});
