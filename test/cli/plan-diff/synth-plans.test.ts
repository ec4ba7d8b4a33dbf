import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AlertRouting, MonitoringApp, OnCallTeam, SecretRef, ServiceSlo } from "../../../constructs";
import { readSynthFolder } from "../../../src/cli/plan-diff/read-synth-folder";
import { renderMarkdown } from "../../../src/cli/plan-diff/render-markdown";
import { renderText } from "../../../src/cli/plan-diff/render-text";
import { planDiff, planExitCode } from "../../../src/domain/plan-diff/plan-diff";
import { availabilityProps, testStack } from "../../support/app";
import { asHashedOutput } from "../../support/hashed-output";

interface Variant {
  readonly members?: readonly string[];
  readonly channel?: string;
  readonly slos?: readonly string[];
}

/** Synthesizes a team, its routing and its SLOs into a new folder, as a team's repository does at one commit. */
function synth({ members = ["ana@example.com", "ben@example.com"], channel = "#checkout", slos = ["availability", "latency"] }: Variant = {}): string {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-plan-"));
  const app = new MonitoringApp({ outdir: join(folder, "dist"), terraformOutdir: join(folder, "cdktf.out") });
  const stack = testStack(app, "production");
  const owner = new OnCallTeam(stack, "team", { name: "checkout", members: [...members], slackChannel: channel });
  new AlertRouting(stack, "routing", { defaultReceiver: { slack: { channel: "#alerts", webhook: SecretRef.kubernetes("alertmanager", "slack") } } });
  slos.forEach((name) => new ServiceSlo(stack, name, { ...availabilityProps({ name }), owner }));
  app.synth();
  return folder;
}

const BASE = synth();
const planTo = (variant: Variant) => planDiff(readSynthFolder(BASE), readSynthFolder(synth(variant)));

describe("the plan between two synths", () => {
  it("of deleting one SLO: one summary line, each rule and the dashboard once though written twice and three times", () => {
    const plan = planTo({ slos: ["availability"] });
    expect(plan.constructs.map((summary) => summary.construct)).toEqual(["production/latency"]);
    const markdown = renderMarkdown(plan);
    const summary = markdown.split("#### Changes\n\n")[1].split("\n")[0];
    expect(summary).toBe("- `production/latency` **removed**: 4 Datadog monitors, 1 Datadog SLO, 1 Grafana dashboard, 3 alerting rules, 17 recording rules, 1 PrometheusRule, 3 promtool test files");
    const removed = markdown.split("\n").filter((line) => line.startsWith("- **removed**"));
    expect(removed).toHaveLength(7);
    expect(removed).toContain('- **removed** Grafana dashboard "SLO checkout latency" (in Terraform, GrafanaDashboard monitoring/slo-checkout-latency and grafana/checkout-latency.json)');
    expect(plan.changes.length).toBeGreaterThan(plan.outputs.length + 20);
  });

  it("of changing the team's channel and the order it pages in: each notification before → after, each member by email", () => {
    const plan = planTo({ members: ["ben@example.com", "ana@example.com"], channel: "#checkout-incidents" });
    const text = renderText(plan);
    expect(text).not.toContain("notification removed");
    expect(text).not.toContain("${");
    expect(text).toContain("  ! route changed in production/availability, production/latency: notification moved: @slack-checkout → @slack-checkout-incidents (4 Datadog monitors)\n");
    expect(text).toContain('  ! route changed in production/routing: notification moved: slack of receiver checkout-ticket "#checkout" → "#checkout-incidents" (AlertmanagerConfig monitoring/watchkeeper-routing)\n');
    expect(text).toMatch(/\n {6}rule\[\d\]\.target\[0\]\.id: "pagerduty user ana@example\.com" → "pagerduty user ben@example\.com"\n/);
    expect(planExitCode(plan)).toBe(3);
  });

  it("of moving every resource from its hashed address: no change and no history lost, only state moves", () => {
    const hashed = mkdtempSync(join(tmpdir(), "watchkeeper-hashed-"));
    cpSync(BASE, hashed, { recursive: true });
    const moved = asHashedOutput(join(hashed, "cdktf.out/stacks/production/cdk.tf.json"));
    const plan = planDiff(readSynthFolder(hashed), readSynthFolder(BASE));
    expect([plan.changes, plan.dangers, plan.moved, planExitCode(plan)]).toEqual([[], [], moved, 2]);
    expect(moved).toBeGreaterThan(20);
    expect(renderText(plan)).toBe(`Watchkeeper plan: no other changes; ${moved} Terraform addresses moved (moved blocks: Terraform moves the state, nothing is replaced)\n`);
  });
});
