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
import { anomalies, metricQuery, monitorQuery, tagFilter, timeWindow } from "./query-builder";
import { datadogApiSteps, datadogAssertions, datadogBrowserSteps, datadogRequest } from "./synthetics-steps";

/** The device a browser test runs on. */
const BROWSER_DEVICES = ["chrome.laptop_large"];

/** How often the test's monitor notifies again while failing, as Alertmanager repeats: pages hourly, tickets every 4 hours. */
const RENOTIFY_MINUTES: Readonly<Record<AlertSeverity, number>> = { page: 60, ticket: 240 };

/**
 * Datadog's documented duration metric of each kind of test, which the regression monitor watches:
 * `synthetics.http.response.time` (DataDog/documentation `content/en/synthetics/guide/api_test_timing_variations.md`)
 * and `synthetics.browser.test_duration` (`content/en/synthetics/browser_check.md`). Multistep API tests have none:
 * `synthetics.multi.*` names no documented duration metric (`content/en/synthetics/platform/metrics/_index.md`), so
 * they get no regression monitor rather than one on a series that may not exist.
 */
const HTTP_RESPONSE_TIME = "synthetics.http.response.time";
const DURATION_METRIC: Readonly<Partial<Record<FlowKind, string>>> = {
  http: HTTP_RESPONSE_TIME,
  browser: "synthetics.browser.test_duration",
};

/**
 * The tag of Datadog's synthetics metrics that holds the test's public id (`datadog_synthetics_test.id`), as
 * Datadog's own synthetics dashboards filter them: `synthetics.http.response.time{check_id:<public id>}`.
 */
const TEST_ID_TAG = "check_id";

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
 * The monitors a flow's Datadog synthetic test writes: its own (failing), the slowness ticket of a single request
 * with a response time limit, and, when its kind has a documented duration metric, the performance regression ticket.
 */
export function datadogSyntheticsMonitors(spec: FlowSpec): { readonly failing: DatadogMonitorName; readonly slow?: DatadogMonitorName; readonly regression?: DatadogMonitorName } {
  const names = flowAlertNames(spec.alertName);
  const ticket = (alert: string, what: string) => ({ alert, name: `[ticket] ${spec.service} ${spec.name}: ${what}`, severity: "ticket" }) as const;
  return {
    failing: { alert: names.failing, name: `[${spec.criticality}] ${spec.service} ${spec.name}: failing`, severity: spec.criticality },
    ...(slowLimit(spec) === undefined ? {} : { slow: ticket(names.slow, "slow") }),
    ...(DURATION_METRIC[spec.kind] === undefined ? {} : { regression: ticket(names.regression, "slower than its usual week") }),
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

/** The window a regression must last, over which the monitor triggers and recovers. */
const REGRESSION_WINDOW = timeWindow("last", "1h");

/**
 * A weekly-seasonal anomaly query on a test's duration metric: above the usual band for the last hour, looking at
 * four hours.
 */
function regressionQuery(metric: string, testId: string): string {
  const duration = metricQuery({ aggregator: "avg", metric, filters: [tagFilter(TEST_ID_TAG, testId)] });
  const options = [
    ["direction", "above"],
    ["alert_window", REGRESSION_WINDOW],
    ["interval", 300],
    ["count_default_zero", "false"],
    ["seasonality", "weekly"],
  ] as const;
  return monitorQuery("avg", timeWindow("last", "4h"), anomalies(duration, "agile", 2, options), ">=", 1);
}

/** The regression monitor of a flow: a ticket when the test gets slower than the same hours of previous weeks. */
function writeRegressionMonitor(scope: TargetScope, spec: FlowSpec, receivers: SeverityReceivers, monitor: { name: string; query: string; tags: string[] }): void {
  new Monitor(scope.terraformScope(), "performance-regression", {
    provider: scope.terraform.datadog(),
    name: monitor.name,
    type: "query alert",
    query: monitor.query,
    message: message(spec, `${flowAlertNames(spec.alertName).regression}: ${spec.service} flow ${spec.name} is slower than the same hours of previous weeks.`, receivers, "ticket"),
    monitorThresholds: { critical: "1", criticalRecovery: "0" },
    monitorThresholdWindows: { triggerWindow: REGRESSION_WINDOW, recoveryWindow: REGRESSION_WINDOW },
    priority: String(priority("ticket")),
    tags: [...monitor.tags, ...datadogTags({ severity: "ticket" })],
  });
}

/**
 * The slowness ticket of a single request: a location whose every response over the last `forAtLeast` took longer
 * than the limit, as the Prometheus `Slow` alert.
 */
function writeSlowMonitor(scope: TargetScope, spec: FlowSpec, receivers: SeverityReceivers, monitor: { name: string; limit: Duration; testId: string; tags: string[] }): void {
  const responseTime = metricQuery({ aggregator: "avg", metric: HTTP_RESPONSE_TIME, filters: [tagFilter(TEST_ID_TAG, monitor.testId)], by: ["location"] });
  const window = timeWindow("last", `${Math.max(1, Math.ceil(spec.alertWhen.forAtLeast.seconds / 60))}m`);
  new Monitor(scope.terraformScope(), "slow", {
    provider: scope.terraform.datadog(),
    name: monitor.name,
    type: "query alert",
    query: monitorQuery("min", window, responseTime, ">", monitor.limit.milliseconds),
    message: message(spec, `${flowAlertNames(spec.alertName).slow}: ${spec.service} flow ${spec.name} takes more than ${monitor.limit} from {{location.name}}.`, receivers, "ticket"),
    monitorThresholds: { critical: String(monitor.limit.milliseconds) },
    priority: String(priority("ticket")),
    tags: [...monitor.tags, ...datadogTags({ severity: "ticket" })],
  });
}

/**
 * A flow on Datadog: a synthetic test run from the flow's locations, whose own monitor (Datadog's `synthetics
 * alert`) notifies the owner when `failingLocations` locations fail for `forAtLeast` after `retries`; a
 * monitor-based uptime SLO on that monitor (its `monitor_id`, not the test's id); and, for tests with a documented
 * duration metric, an anomaly monitor with weekly seasonality on it, a ticket when the flow gets slower than its
 * usual week.
 */
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
  });
  const limit = slowLimit(spec);
  if (monitors.slow !== undefined && limit !== undefined) writeSlowMonitor(scope, spec, receivers, { name: monitors.slow.name, limit, testId: test.id, tags });
  const duration = DURATION_METRIC[spec.kind];
  if (monitors.regression !== undefined && duration !== undefined) {
    writeRegressionMonitor(scope, spec, receivers, { name: monitors.regression.name, query: regressionQuery(duration, test.id), tags });
  }
  return test;
}
