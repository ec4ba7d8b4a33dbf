import { describe, expect, it } from "vitest";
import { ApiHealthCheck, CriticalUserFlow, MonitoringStack, type ApiHealthCheckProps, type CriticalUserFlowProps } from "../../../constructs";
import { synthProblems, team, testApp, testStack } from "../../support/app";

function problemsOf(declare: (stack: MonitoringStack) => void): string[] {
  const test = testApp();
  declare(testStack(test.app, "production"));
  return synthProblems(test.app);
}

const health = { kind: "http", name: "health", url: "https://api.example.com/health" } as const;

/** A valid flow of checkout; override what a test is about. */
function flow(stack: MonitoringStack, overrides: Partial<CriticalUserFlowProps>): CriticalUserFlowProps {
  return {
    service: "checkout",
    name: "flow",
    owner: stack.team("checkout") ?? team(stack),
    runbookUrl: "https://runbooks.example.com/checkout",
    steps: [health],
    ...overrides,
  };
}

/** A valid health check of checkout's health endpoint; override what a test is about. */
function healthCheck(stack: MonitoringStack, overrides: Partial<ApiHealthCheckProps>): ApiHealthCheckProps {
  const { steps, ...common } = flow(stack, {});
  return { ...common, request: { url: health.url }, ...overrides };
}

describe("bad synthetic checks", () => {
  it("report every problem of the steps at once, naming the step and the fix", () => {
    const problems = problemsOf((stack) => {
      new CriticalUserFlow(stack, "empty", flow(stack, { name: "empty", steps: [] }));
      new CriticalUserFlow(stack, "steps", flow(stack, {
        name: "steps",
        outputs: { prometheus: false },
        steps: [
          { kind: "http", name: "sign in", method: "FETCH" as "GET", url: "api.example.com/sessions", body: '{"user":"robot","password":"hunter2"}' },
          { kind: "http", name: "board", url: "https://api.example.com/board", headers: { Authorization: "Bearer {{ TOKEN }}", "X-Api-Key": "abc123" } },
        ],
      }));
    });
    const fix = "keep secrets out of configuration: pass a SecretRef where the prop takes one, or declare the secret in the check's secrets (a sensitive Terraform variable) and write {{ NAME }}";
    expect(problems).toEqual([
      'production/empty: steps: a flow needs at least one step, e.g. { kind: "http", name: "health", url: "https://…/health" }',
      `production/steps: steps[0].body: a credential field "password" is a secret written in clear; ${fix}`,
      `production/steps: steps[1].headers.X-Api-Key: the header "X-Api-Key" is a credential written in clear; ${fix}`,
      'production/steps: steps[0].method: "FETCH" is not one of "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"; use one of them',
      'production/steps: steps[0].url: "api.example.com/sessions" is not an absolute web address; write it with its scheme and host, e.g. "https://grafana.example.com"',
      'production/steps: steps[1].headers.Authorization: uses {{ TOKEN }}, which no earlier step extracts; extract it in an earlier step (extract: { TOKEN: { jsonPath: "$.…" } }) or declare it in secrets',
    ]);
  });

  it("reject what a backend cannot run, saying which backend can", () => {
    const problems = problemsOf((stack) => {
      new CriticalUserFlow(stack, "multi", flow(stack, { name: "multi", steps: [health, health] }));
      new CriticalUserFlow(stack, "browser", flow(stack, { name: "browser", steps: [{ kind: "goto", url: "https://app.example.com" }] }));
      new CriticalUserFlow(stack, "fast", flow(stack, { name: "fast", frequency: "10s", alertWhen: { retries: 4 } }));
      new CriticalUserFlow(stack, "slow-browser", flow(stack, {
        name: "slow-browser",
        frequency: "30s",
        outputs: { prometheus: false },
        alertWhen: { retries: 3 },
        steps: [{ kind: "goto", url: "https://app.example.com" }],
      }));
      new CriticalUserFlow(stack, "rare", flow(stack, { name: "rare", frequency: "1h" }));
    });
    expect(problems).toEqual([
      "production/multi: steps: the Prometheus backend (blackbox exporter) runs one request, not a flow of 2 steps; Datadog can run it (outputs: { prometheus: false })",
      "production/browser: steps: the Prometheus backend (blackbox exporter) cannot run browser steps; Datadog can run it (outputs: { prometheus: false })",
      "production/fast: frequency: Datadog runs api tests every 30s to 7d, not every 10s; use a frequency in that range or set outputs.datadog to false",
      "production/fast: alertWhen.retries: Datadog retries api tests at most 3 times, not 4; use 3 or fewer",
      "production/slow-browser: frequency: Datadog runs browser tests every 60s to 7d, not every 30s; use a frequency in that range or set outputs.datadog to false",
      "production/slow-browser: alertWhen.retries: Datadog retries browser tests at most 2 times, not 3; use 2 or fewer",
      "production/rare: frequency: Prometheus sees a probe run less often than every 5m as absent between runs, not 1h; use 5m or less or set outputs.prometheus to false",
    ]);
  });

  it("reject unknown locations, more failing locations than locations, a browser step in a health check, and duplicate names", () => {
    const problems = problemsOf((stack) => {
      new CriticalUserFlow(stack, "where", flow(stack, { name: "where", locations: ["us-east-1", "mars-north-1"], alertWhen: { failingLocations: 3 } }));
      new ApiHealthCheck(stack, "health", {
        service: "checkout",
        name: "health",
        owner: "checkout",
        runbookUrl: "https://runbooks.example.com/checkout",
        request: { kind: "goto", url: "https://app.example.com" } as never,
      });
      new CriticalUserFlow(stack, "first", flow(stack, { name: "twice" }));
      new CriticalUserFlow(stack, "second", flow(stack, { name: "twice" }));
    });
    expect(problems).toEqual([
      "production: synthetic check checkout-twice is declared 2 times (production/first, production/second); names must be unique in a stack",
      // The uptime SLO each check declares is a duplicate too.
      "production: SLO checkout-twice-uptime is declared 2 times (production/first/uptime, production/second/uptime); names must be unique in a stack",
      expect.stringMatching(
        /^production\/where: locations\[1\]: unknown location "mars-north-1"; use one of af-south-1, .*, us-west-2, or a private location's id \(pl:<name>\)$/,
      ),
      "production/where: alertWhen.failingLocations: 3 is not between 1 and the 2 locations the flow runs from; use at most 2",
      "production/health: request: \"kind\" is not a prop here; remove it or check the spelling",
    ]);
  });

  it("reject a one-location time that is not a duration, or no longer than forAtLeast, or shorter than two runs", () => {
    const problems = problemsOf((stack) => {
      new ApiHealthCheck(stack, "typo", healthCheck(stack, { name: "typo", alertWhen: { oneLocationFor: "half an hour" } }));
      new ApiHealthCheck(stack, "short", healthCheck(stack, { name: "short", alertWhen: { forAtLeast: "10m", oneLocationFor: "10m" } }));
      new ApiHealthCheck(stack, "rare", healthCheck(stack, { name: "rare", frequency: "5m", alertWhen: { oneLocationFor: "8m" } }));
    });
    expect(problems).toEqual([
      'production/typo: alertWhen.oneLocationFor: "half an hour" is not a duration; write it like 30d, 6h, 1h30m or 500ms',
      "production/short: alertWhen.oneLocationFor: 10m must be longer than forAtLeast (10m) and hold two runs (every 5m); use 11m or more",
      "production/rare: alertWhen.oneLocationFor: 8m must be longer than forAtLeast (5m) and hold two runs (every 5m); use 10m or more",
    ]);
  });

  it("reject a page without a runbook through the stack's routing check", () => {
    const problems = problemsOf((stack) => {
      new CriticalUserFlow(stack, "no-runbook", flow(stack, { name: "no-runbook", runbookUrl: undefined, outputs: { prometheus: false } }));
    });
    expect(problems).toEqual([
      "production/no-runbook: datadog alert CheckoutNoRunbookFailing (page) has no runbook; set runbookUrl so that whoever is paged knows what to do",
    ]);
  });
});
