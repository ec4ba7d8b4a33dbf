import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { MonitoringApp, MonitoringStack, OnCallTeam, SynthError, type ExternalSignalProps, type MonitoringStackProps, type ServiceSloProps } from "../../constructs";
import { readTree } from "./files";

/** A MonitoringApp writing to a new temporary folder, with helpers to read what it wrote. */
export function testApp() {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-test-"));
  const app = new MonitoringApp({ outdir: join(folder, "dist"), terraformOutdir: join(folder, "cdktf.out") });
  return {
    app,
    folder,
    /** The synthesized Terraform JSON of a stack. */
    terraform(stack: string): TerraformJson {
      return JSON.parse(readFileSync(join(folder, "cdktf.out/stacks", stack, "cdk.tf.json"), "utf8")) as TerraformJson;
    },
    /** The files of a stack's output folder, by path relative to it. */
    files(stack: string): Map<string, string> {
      return readTree(join(folder, "dist", stack));
    },
  };
}

/**
 * The metrics the tests' services export, as a team would declare its own: HTTP counters and histograms, business
 * counters and gauges, with the labels the tests select.
 */
export const TEST_SIGNALS: readonly ExternalSignalProps[] = [
  {
    description: "the tested services",
    metrics: ["http_*", "sessions_*", "orders_*", "revenue_*", "req_*", "x", "x_*", "t_*", "e_*", "watchkeeper_*", "checkout_*", "satisfaction_*", "h_*", "rpc_*", "demo_*", "bucket_*"],
    labels: ["service", "code", "le", "route", "method", "status", "handler", "currency"],
  },
];

/** A stack whose services export TEST_SIGNALS, besides what the props declare. */
export function testStack(app: MonitoringApp, id = "production", props: MonitoringStackProps = {}): MonitoringStack {
  return new MonitoringStack(app, id, { ...props, externalSignals: [...TEST_SIGNALS, ...(props.externalSignals ?? [])] });
}

/** The problems synth reports for an app; fails the test when synth succeeds. */
export function synthProblems(app: MonitoringApp): string[] {
  try {
    app.synth();
  } catch (error) {
    expect(error).toBeInstanceOf(SynthError);
    return [...(error as SynthError).problems];
  }
  throw new Error("synth succeeded, but the declaration is invalid");
}

export interface TerraformJson {
  terraform: { required_providers: Record<string, { source: string; version: string }>; backend: Record<string, unknown> };
  resource: Record<string, Record<string, Record<string, unknown>>>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
}

/** The resources of a type, without cdktf's metadata, in logical-id order. */
export function resources(json: TerraformJson, type: string): Array<Record<string, unknown>> {
  return Object.keys(json.resource[type] ?? {})
    .sort()
    .map((id) => {
      const { "//": _metadata, ...rest } = json.resource[type][id];
      return rest;
    });
}

/** A team with a PagerDuty rotation and a Slack channel, as most tests need. */
export function team(stack: MonitoringStack, name = "checkout"): OnCallTeam {
  return new OnCallTeam(stack, `${name}-team`, {
    name,
    members: [`alice@example.com`, `bob@example.com`],
    slackChannel: `#${name}-alerts`,
  });
}

/** Props of a valid availability SLO for service checkout; override what a test is about. */
export function availabilityProps(overrides: Partial<ServiceSloProps> = {}): ServiceSloProps {
  return {
    service: "checkout",
    name: "availability",
    objective: 99.9,
    runbookUrl: "https://runbooks.example.com/checkout/availability",
    sli: {
      events: {
        errors: 'http_requests_total{service="checkout",code=~"5.."}',
        total: 'http_requests_total{service="checkout"}',
      },
    },
    ...overrides,
  };
}
