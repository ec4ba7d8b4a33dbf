import { describe, expect, it } from "vitest";
import { alertIdentityProblems } from "../../../src/domain/routing/alert-identity";
import type { PromQL } from "../../../src/domain/promql";
import type { AlertingRule, RecordingRule, Rule } from "../../../src/domain/rules/rules";
import { expressionSignals } from "../../../src/domain/signals/expression-labels";
import { describeLabels, openLabels } from "../../../src/domain/signals/label-set";
import { externalSource, probeSource, scrapeSource } from "../../../src/domain/signals/signal-source";
import { signalGraph, type DeclaredRule } from "../../../src/domain/signals/wiring";

/** A rule as the tests write it: its expression as text, taken as it is (one test's is deliberately not PromQL). */
type WrittenRule = (Omit<RecordingRule, "expr"> | Omit<AlertingRule, "expr">) & { readonly expr: string };
const declared = (path: string, ...rules: WrittenRule[]): DeclaredRule[] => rules.map((rule) => ({ path, rule: { ...rule, expr: rule.expr as PromQL } as Rule }));
const app = externalSource("production", { description: "checkout's HTTP server", metrics: ["http_requests_total"], labels: ["service", "code"] });
const identity = { severity: "ticket", team: "checkout", service: "checkout", env: "production" };

describe("the signal graph", () => {
  it("names the rule, the selector and the job the probes really carry when a rule reads an orphan job", () => {
    const probe = probeSource("production/health", "synthetics/checkout-health", { flow: "checkout-health", location: "eu-west-1" });
    const rules = declared("production/availability", { record: "slo:sli_error:ratio_rate5m", expr: '1 - avg(avg_over_time(probe_success{job="checkout-probe"}[5m]))' });
    expect(signalGraph([probe], rules).problems).toEqual([
      'production/availability: rule slo:sli_error:ratio_rate5m reads probe_success{job="checkout-probe"}, but no declared source has such series: ' +
        'its job is "synthetics/checkout-health" on blackbox Probe job "synthetics/checkout-health" of production/health ' +
        '{flow="checkout-health", instance, job="synthetics/checkout-health", location="eu-west-1", …}',
    ]);
    const fixed = declared("production/availability", { record: "slo:sli_error:ratio_rate5m", expr: '1 - avg(avg_over_time(probe_success{job="synthetics/checkout-health"}[5m]))' });
    expect(signalGraph([probe], fixed).problems).toEqual([]);
  });

  it("fails a rule on an exporter nothing scrapes, and passes it once a scrape of it is declared", () => {
    const rules = declared("production/api-telemetry", { record: "service:span_calls:rate5m", expr: "sum by (service_name) (rate(traces_span_metrics_calls_total[5m]))" });
    expect(signalGraph([], rules).problems).toEqual([
      "production/api-telemetry: rule service:span_calls:rate5m reads traces_span_metrics_calls_total, but no source declared in the stack produces it; " +
        "declare its producer (a scrape or probe of the stack, or the stack's externalSignals)",
    ]);
    const collector = scrapeSource("production/api-telemetry", "api-otel-collector", ["traces_span_metrics_*"], ["namespace"], "the collector");
    expect(signalGraph([collector], rules).problems).toEqual([]);
  });

  it("fails a selector on a label that a recording aggregated away, grouping the rules that read it", () => {
    const rules = [
      ...declared("production/requests", { record: "service:requests:rate5m", expr: "sum by (service) (rate(http_requests_total[5m]))" }),
      ...declared(
        "production/errors",
        { record: "service:errors:rate5m", expr: 'service:requests:rate5m{code="500"}' },
        { alert: "Errors", expr: 'service:requests:rate5m{code="500"} > 1', labels: identity, annotations: {} },
      ),
    ];
    expect(signalGraph([app], rules).problems).toEqual([
      'production/errors: 2 rules (service:errors:rate5m, Errors) read service:requests:rate5m{code="500"}, but no declared source has such series: ' +
        "it carries no code label on recording rule service:requests:rate5m of production/requests {service}",
    ]);
  });

  it("checks a team's selectors against the labels it declared, job and instance included", () => {
    const rules = declared("production/slo", { record: "x", expr: 'sum(rate(http_requests_total{service="a",job="api",route="/"}[5m]))' });
    expect(signalGraph([app], rules).problems).toEqual([
      'production/slo: rule x reads http_requests_total{service="a",job="api",route="/"}, but no declared source has such series: ' +
        'it carries no route label on external signal "checkout\'s HTTP server" of production {code, instance, job, service}',
    ]);
  });

  it("reports a generated expression that is not PromQL, naming its construct and rule", () => {
    const rules = declared("production/lag", { record: "lag", expr: "sum(kafka_consumergroup_lag" });
    expect(signalGraph([], rules).problems).toEqual([
      'production/lag: generated rule lag is not valid PromQL (syntax error at column 28, near "the end of the expression"): sum(kafka_consumergroup_lag',
    ]);
  });

  it("ties each selector to its sources, recordings and alerts included", () => {
    const rules = [
      ...declared("production/slo", { record: "slo:errors", expr: 'sum(rate(http_requests_total{code=~"5.."}[5m]))', labels: { sloth_id: "a" } }),
      ...declared("production/page", { alert: "Burn", expr: 'slo:errors{sloth_id="a"} > 0.1', labels: identity, annotations: {} }),
      ...declared("production/gate", { record: "gate", expr: 'count(ALERTS{alertname="Burn",alertstate="firing"})' }),
    ];
    const graph = signalGraph([app], rules);
    expect(graph.problems).toEqual([]);
    expect(graph.reads.map((read) => [read.rule.path, read.selector.metric, read.sources.map((source) => source.name)])).toEqual([
      ["production/slo", "http_requests_total", ['external signal "checkout\'s HTTP server"']],
      ["production/page", "slo:errors", ["recording rule slo:errors"]],
      ["production/gate", "ALERTS", ["alerting rule Burn"]],
    ]);
  });

  it("fails a source of a metric that a reader outside the rules tells apart by a label it does not set", () => {
    const rules = declared("production/flow/uptime", { record: "sloth_slo_info", expr: "vector(1)", labels: { sloth_id: "a", sloth_service: "s", sloth_slo: "o" } });
    const requirement = { metric: "sloth_slo_info", labels: ["sloth_id", "env"], reader: "watchkeeper gate" };
    expect(signalGraph([], rules, [requirement]).problems).toEqual([
      "production/flow/uptime: watchkeeper gate tells sloth_slo_info series apart by sloth_id, env, but recording rule sloth_slo_info does not set env",
    ]);
  });
});

describe("the labels of an expression", () => {
  const labelsOf = (expr: string) => describeLabels(expressionSignals(expr, () => openLabels([["service", undefined], ["code", "500"], ["le", undefined]])).labels);

  it("follow Prometheus through aggregations, matching, functions and set operators", () => {
    expect(labelsOf("sum by (service) (rate(x[5m]))")).toBe("{service}");
    expect(labelsOf("sum without (code) (x)")).toBe("{le, service, …}");
    expect(labelsOf("sum(x)")).toBe("{}");
    expect(labelsOf("histogram_quantile(0.95, sum by (le, service) (rate(x[5m])))")).toBe("{service}");
    expect(labelsOf("x / on (service) group_left (team) y")).toBe('{code="500", le, service, team, …}');
    expect(labelsOf("x > on (service) y")).toBe("{service}");
    expect(labelsOf("x unless on () vector(1)")).toBe('{code="500", le, service, …}');
    expect(labelsOf('absent(x{job="a",code=~"5.."})')).toBe('{job="a"}');
    expect(labelsOf('label_replace(x, "dst", "$1", "service", "(.*)")')).toBe('{code="500", dst, le, service, …}');
    expect(labelsOf("sum by (service) (x) or sum by (service, code) (y)")).toBe("{service}");
    expect(labelsOf("time() - x")).toBe('{code="500", le, service, …}');
  });
});

describe("alert identity", () => {
  it("requires severity, team, service and env as fixed labels of every alert, a known severity and a team of the stack", () => {
    const rules = [
      ...declared("production/lag", { alert: "Lag", expr: "x > 1", labels: { severity: "page", team: "orders" }, annotations: {} }),
      ...declared("production/tls", { alert: "Tls", expr: "x > 1", labels: { ...identity, severity: "critical" }, annotations: {} }),
      ...declared("production/other", { alert: "Other", expr: "x > 1", labels: { ...identity, team: "payments" }, annotations: {} }),
      ...declared("production/ok", { alert: "Ok", expr: "x > 1", labels: identity, annotations: {} }, { record: "r", expr: "x" }),
    ];
    expect(alertIdentityProblems(rules, ["checkout"])).toEqual([
      "production/lag: alert Lag has no service, env label; every alert carries severity, team, service, env as fixed labels of its rule, so that routing and inhibition never match by absence",
      'production/tls: alert Tls has severity "critical"; use one of page, ticket, info',
      'production/other: alert Other is for team "payments", which is not a team of the stack (checkout); declare an OnCallTeam of that name',
    ]);
  });
});
