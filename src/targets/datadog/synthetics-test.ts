import { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import { ServiceLevelObjective } from "@cdktf/provider-datadog/lib/service-level-objective";
import { SyntheticsGlobalVariable } from "@cdktf/provider-datadog/lib/synthetics-global-variable";
import { SyntheticsTest, type SyntheticsTestConfig } from "@cdktf/provider-datadog/lib/synthetics-test";
import { TerraformVariable } from "cdktf";
import type { Duration } from "../../domain/duration";
import type { SeverityReceivers, AlertSeverity } from "../../domain/routing/routing";
import { flowAlertNames, httpSteps, type FlowKind, type FlowSpec } from "../../domain/synthetics/flow";
import type { TargetScope } from "../target-scope";
import { datadogHandles, monitorPriority as priority } from "./notification-handles";
import { datadogTags } from "./query";
import { datadogApiSteps, datadogAssertions, datadogBrowserSteps, datadogRequest } from "./synthetics-steps";

/** The device a browser test runs on. */
const BROWSER_DEVICES = ["chrome.laptop_large"];

/** How often the test's monitor notifies again while failing, as Alertmanager repeats: pages hourly, tickets every 4 hours. */
const RENOTIFY_MINUTES: Readonly<Record<AlertSeverity, number>> = { page: 60, ticket: 240 };

/** Datadog's synthetics response-time metric of each kind of test, which the regression monitor watches. */
const RESPONSE_TIME_METRIC: Readonly<Record<FlowKind, string>> = {
  http: "synthetics.http.response.time",
  multi: "synthetics.multi.response.time",
  browser: "synthetics.browser.test_duration",
};

/**
 * The Datadog global variable holding a secret, shared by the stack's tests: its secure value is the sensitive
 * Terraform variable `synthetics_secret_<name>`, never part of the configuration.
 */
function secretVariable(scope: TargetScope, name: string): SyntheticsGlobalVariable {
  const { terraform, stack } = scope;
  return terraform.shared(`synthetics-secret-${name.toLowerCase()}`, (shared, id) => {
    const value = new TerraformVariable(terraform.stack, `synthetics_secret_${name.toLowerCase()}`, {
      type: "string",
      sensitive: true,
      description: `The value of synthetic tests' secret ${name}`,
    });
    return new SyntheticsGlobalVariable(shared, id, {
      provider: terraform.datadog(),
      name: stack.vendorName(name).toUpperCase().replace(/[^A-Z0-9_]/g, "_"),
      description: `Secret ${name} of synthetic tests, managed by Watchkeeper`,
      value: value.stringValue,
      secure: true,
    });
  });
}

/** What a test of this kind runs: one request, steps of a multistep API test, or browser steps. */
function testBody(scope: TargetScope, spec: FlowSpec): Partial<SyntheticsTestConfig> & Pick<SyntheticsTestConfig, "type"> {
  const variables = spec.secrets.map((name) => ({ type: "global", name, id: secretVariable(scope, name).id }));
  switch (spec.kind) {
    case "http": {
      const [step] = httpSteps(spec);
      const headers = step.headers ?? {};
      return {
        type: "api",
        subtype: "http",
        requestDefinition: datadogRequest(step),
        ...(Object.keys(headers).length === 0 ? {} : { requestHeaders: { ...headers } }),
        // Slowness is a ticket (the slow monitor), not a failed run that pages.
        assertion: datadogAssertions(step).filter((assertion) => assertion.type !== "responseTime"),
        ...(variables.length === 0 ? {} : { configVariable: variables }),
      };
    }
    case "multi":
      return { type: "api", subtype: "multi", apiStep: datadogApiSteps(spec.steps), ...(variables.length === 0 ? {} : { configVariable: variables }) };
    case "browser": {
      const start = spec.steps[0];
      return {
        type: "browser",
        deviceIds: BROWSER_DEVICES,
        requestDefinition: { method: "GET", url: start.kind === "goto" ? start.url : "" },
        browserStep: datadogBrowserSteps(spec.steps),
        ...(variables.length === 0 ? {} : { browserVariable: variables }),
      };
    }
  }
}

/** A notification: what is wrong, the runbook and dashboard, and the handles of every receiver. */
function message(spec: FlowSpec, what: string, receivers: SeverityReceivers, severity: AlertSeverity): string {
  return [
    what,
    ...(spec.runbookUrl === undefined ? [] : [`Runbook: ${spec.runbookUrl}`]),
    ...(spec.dashboardUrl === undefined ? [] : [`Dashboard: ${spec.dashboardUrl}`]),
    datadogHandles(receivers[severity]).join(" "),
  ].join("\n\n");
}

/**
 * A flow on Datadog: a synthetic test run from the flow's locations, whose own monitor (Datadog's `synthetics
 * alert`) notifies the owner when `failingLocations` locations fail for `forAtLeast` after `retries`; a
 * monitor-based uptime SLO on that monitor (its `monitor_id`, not the test's id); and an anomaly monitor with
 * weekly seasonality on the test's response time, a ticket when the flow gets slower than its usual week.
 */
/**
 * The monitors a flow's Datadog synthetic test writes: its own (failing), the slowness ticket of a single request
 * with a response time limit, and the performance regression ticket.
 */
export function datadogSyntheticsMonitors(spec: FlowSpec): { failing: DatadogMonitorName; slow?: DatadogMonitorName; regression: DatadogMonitorName } {
  const names = flowAlertNames(spec.alertName);
  return {
    failing: { alert: names.failing, name: `[${spec.criticality}] ${spec.service} ${spec.name}: failing`, severity: spec.criticality },
    ...(slowLimit(spec) === undefined ? {} : { slow: { alert: names.slow, name: `[ticket] ${spec.service} ${spec.name}: slow`, severity: "ticket" as const } }),
    regression: { alert: names.regression, name: `[ticket] ${spec.service} ${spec.name}: slower than its usual week`, severity: "ticket" },
  };
}

/**
 * The response time above which a single-request test is slow, as on Prometheus: its `responseTimeBelow`, watched
 * by a ticket instead of asserted by the test (which would fail the run and page). A step of a multistep flow keeps
 * its assertion: the flow cannot go on from a step that did not answer in time.
 */
function slowLimit(spec: FlowSpec): Duration | undefined {
  return spec.kind === "http" ? spec.responseTimeLimit : undefined;
}

/** A Datadog monitor as routing sees it: its alert name, its name in Datadog and its severity. */
export interface DatadogMonitorName {
  readonly alert: string;
  readonly name: string;
  readonly severity: AlertSeverity;
}

export function writeDatadogSynthetics(scope: TargetScope, spec: FlowSpec, receivers: SeverityReceivers): SyntheticsTest {
  const provider = scope.terraform.datadog();
  const resources = scope.terraformScope();
  const tags = datadogTags({ ...spec.tags, ...spec.alertLabels, "managed-by": "watchkeeper" });
  const names = flowAlertNames(spec.alertName);
  const { failingLocations, forAtLeast, retries } = spec.alertWhen;
  const where = `from ${failingLocations} of ${spec.locations.length} locations for ${forAtLeast}`;
  const monitors = datadogSyntheticsMonitors(spec);
  const test = new SyntheticsTest(resources, "test", {
    provider,
    name: `${spec.service} ${spec.name}`,
    status: "live",
    locations: spec.locations.map((location) => location.datadogId),
    message: message(spec, `${names.failing}: ${spec.service} flow ${spec.name} is failing ${where}.`, receivers, spec.criticality),
    tags: [...tags, ...datadogTags({ severity: spec.criticality })],
    ...testBody(scope, spec),
    optionsList: {
      tickEvery: spec.frequency.seconds,
      minLocationFailed: failingLocations,
      minFailureDuration: forAtLeast.seconds,
      retry: { count: retries, interval: 300 },
      monitorName: monitors.failing.name,
      monitorOptions: { renotifyInterval: RENOTIFY_MINUTES[spec.criticality] },
      monitorPriority: priority(spec.criticality),
    },
  });
  new ServiceLevelObjective(resources, "uptime", {
    provider,
    name: `${spec.service} ${spec.name} uptime`,
    type: "monitor",
    description: `Uptime of ${spec.service} flow ${spec.name}, measured by its synthetic test; managed by Watchkeeper`,
    monitorIds: [test.monitorId],
    thresholds: [{ timeframe: "30d", target: spec.uptimeObjective }],
    tags,
    lifecycle: { preventDestroy: true },
  });
  const metric = `avg:${RESPONSE_TIME_METRIC[spec.kind]}{synthetics.test_public_id:${test.id}}`;
  const limit = slowLimit(spec);
  if (monitors.slow !== undefined && limit !== undefined) {
    const window = `last_${Math.max(1, Math.ceil(forAtLeast.seconds / 60))}m`;
    new Monitor(resources, "slow", {
      provider,
      name: monitors.slow.name,
      type: "query alert",
      query: `min(${window}):${metric} by {location} > ${limit.milliseconds}`,
      message: message(spec, `${names.slow}: ${spec.service} flow ${spec.name} takes more than ${limit} from {{location.name}}.`, receivers, "ticket"),
      monitorThresholds: { critical: String(limit.milliseconds) },
      priority: String(priority("ticket")),
      tags: [...tags, ...datadogTags({ severity: "ticket" })],
    });
  }
  const anomalies = `anomalies(${metric}, 'agile', 2, direction='above', alert_window='last_1h', interval=300, count_default_zero='false', seasonality='weekly')`;
  new Monitor(resources, "performance-regression", {
    provider,
    name: monitors.regression.name,
    type: "query alert",
    query: `avg(last_4h):${anomalies} >= 1`,
    message: message(spec, `${names.regression}: ${spec.service} flow ${spec.name} is slower than the same hours of previous weeks.`, receivers, "ticket"),
    monitorThresholds: { critical: "1", criticalRecovery: "0" },
    monitorThresholdWindows: { triggerWindow: "last_1h", recoveryWindow: "last_1h" },
    priority: String(priority("ticket")),
    tags: [...tags, ...datadogTags({ severity: "ticket" })],
  });
  return test;
}
