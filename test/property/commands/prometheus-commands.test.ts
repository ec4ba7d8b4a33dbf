import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apiAnswer, withFakePrometheus, type FakeAnswer } from "../../support/cli-fakes";
import { expectDocumentedOutcome, runWatchkeeper } from "../../support/cli-run";
import { durationText, inFolder, materialize, maybeOption, pathSpec, RUNS, SEED, strangeContent, strangeText, strayArguments } from "./inputs";

/** Label names the commands read, and values right and wrong for them. */
const LABEL_NAMES = ["sla", "target", "time_zone", "credit_tiers", "minimum_outage_minutes", "title", "service", "sloth_id", "sloth_service", "sloth_slo", "sloth_objective", "sloth_window", "component", "env", "alertname", "severity", "slo", "sentry_project"] as const;
const LABEL_VALUES = ["checkout", "checkout-availability", "99.9", "5m", "30d", "UTC", "Europe/Berlin", "Mars/Olympus", "page", "production", "99.9:10,99:25", "abc", "NaN", "-1", "🚀", "a b"];
const SAMPLE_VALUES = ["1", "0", "0.5", "0.001", "NaN", "NaN", "NaN", "+Inf", "-Inf", "-1", "1e-3", "20"];

const value = fc.constantFrom(...LABEL_VALUES);
const sloLabels = fc.record(
  { sloth_id: fc.constant("checkout-availability"), sloth_service: fc.constant("checkout"), sloth_slo: fc.constant("availability"), service: fc.constant("checkout"), slo: fc.constant("availability"), sloth_window: fc.constantFrom("5m", "5m", "abc"), sloth_objective: fc.constantFrom("99.9", "99.9", "abc"), component: fc.constant("Checkout"), severity: fc.constantFrom("page", "ticket"), env: fc.constant("production") },
  { requiredKeys: ["sloth_id", "sloth_service", "sloth_slo"] },
);
const slaLabels = fc.record({ sla: fc.constant("api"), target: fc.constantFrom("99.9", "99.9", "abc"), time_zone: fc.constantFrom("UTC", "Europe/Berlin", "Mars/Olympus"), title: value, service: value, credit_tiers: value }, { requiredKeys: ["sla"] });
/** Label sets: any, or those of an SLO's or an SLA's series (with values right or wrong). */
const labels = fc.oneof({ weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...LABEL_NAMES), value, { maxKeys: 8 }) }, { weight: 2, arbitrary: sloLabels }, { weight: 1, arbitrary: slaLabels });
const sample = fc.constantFrom(...SAMPLE_VALUES);

/** How the fake server answers a call: the API's answer of the right type, an error, or something else. */
type Answer =
  | { readonly kind: "fit"; readonly series: ReadonlyArray<{ labels: Record<string, string>; values: string[] }> }
  | { readonly kind: "http"; readonly status: number; readonly body: string }
  | { readonly kind: "body"; readonly text: string }
  | { readonly kind: "shape"; readonly body: unknown }
  | { readonly kind: "unreachable" | "timeout" };

const WRONG_SHAPES: unknown[] = [
  { status: "success", data: { resultType: "vector", result: [{ metric: null, value: [1, "1"] }] } },
  { status: "success", data: { resultType: "vector", result: [{ metric: { sla: "x" }, value: "oops" }] } },
  { status: "success", data: { resultType: "vector", result: [{ metric: { sloth_id: 5 }, value: [1, "1"] }] } },
  { status: "success", data: { resultType: "vector", result: [5] } },
  { status: "success", data: { resultType: "vector", result: 5 } },
  { status: "success", data: { resultType: "matrix", result: [{ metric: {}, values: [[1, "x"]] }] } },
  { status: "success", data: { resultType: "string", result: [1, "text"] } },
  { status: "success", data: { resultType: "scalar", result: [1, "0.5"] } },
  { status: "success", data: null },
  { status: "error", errorType: "bad_data", error: "parse error" },
  {},
  [],
];

const answer: fc.Arbitrary<Answer> = fc.oneof(
  { weight: 12, arbitrary: fc.array(fc.record({ labels, values: fc.array(sample, { minLength: 1, maxLength: 3 }) }), { maxLength: 3 }).map((series) => ({ kind: "fit", series }) as const) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("http" as const), status: fc.constantFrom(400, 401, 404, 500, 503), body: fc.constantFrom("", "oops", '{"status":"error","error":"query timed out"}') }) },
  { weight: 1, arbitrary: strangeContent.map((text) => ({ kind: "body", text: typeof text === "string" ? text : "\u0000" }) as const) },
  { weight: 1, arbitrary: fc.constantFrom(...WRONG_SHAPES).map((body) => ({ kind: "shape", body }) as const) },
  { weight: 1, arbitrary: fc.constantFrom({ kind: "unreachable" } as const, { kind: "timeout" } as const) },
);

/**
 * A fake Prometheus: one holding Watchkeeper's rules for an SLO and an SLA (their series answer the queries that
 * name them, with values right or wrong), or a stranger answering its calls in turn from a list. A query gets a
 * vector, a range query a matrix.
 */
type Server = { readonly kind: "rules"; readonly slo: Record<string, string>; readonly sla: Record<string, string>; readonly values: string[] } | { readonly kind: "list"; readonly answers: readonly Answer[] };

function fakeServer(server: Server): FakeAnswer {
  let call = 0;
  return (endpoint, params) => {
    const query = params.get("query") ?? "";
    const next: Answer =
      server.kind === "rules"
        ? { kind: "fit", series: query.includes("error_tracking") || (query.startsWith("ALERTS") && server.slo.severity !== "page") ? [] : [{ labels: query.includes("sla") ? server.sla : server.slo, values: server.values }] }
        : server.answers[call++ % server.answers.length];
    switch (next.kind) {
      case "fit":
        return endpoint === "query_range"
          ? apiAnswer("matrix", next.series.map((series) => ({ metric: series.labels, values: series.values.map((value, index) => [1_764_000_000 + 60 * index, value]) })))
          : apiAnswer("vector", next.series.map((series) => ({ metric: series.labels, value: [1_764_000_000, series.values[0]] })));
      case "http":
        return new Response(next.body, { status: next.status });
      case "body":
        return new Response(next.text);
      case "shape":
        return new Response(JSON.stringify(next.body));
      case "unreachable":
        throw new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED 127.0.0.1:9090") });
      case "timeout":
        throw new DOMException("The operation was aborted due to timeout", "TimeoutError");
    }
  };
}

const server: fc.Arbitrary<Server> = fc.oneof(
  fc.record({ kind: fc.constant("rules" as const), slo: sloLabels, sla: slaLabels, values: fc.array(sample, { minLength: 1, maxLength: 3 }) }),
  fc.array(answer, { minLength: 1, maxLength: 6 }).map((answers) => ({ kind: "list", answers }) as const),
);
const prometheusUrl = fc.oneof({ weight: 8, arbitrary: fc.constantFrom("http://prometheus:9090", "https://prometheus.example.com/prometheus/") }, fc.constantFrom("prometheus:9090", "http://", "ftp://x", "http://a b", "http://x?q=1"), strangeText);
const common = fc.tuple(maybeOption("--prometheus", prometheusUrl), maybeOption("--timeout", durationText)).map(([url, timeout]) => [...(url.length === 0 ? ["--prometheus", "http://prometheus:9090"] : url), ...timeout]);
const choice = (option: string, choices: readonly string[]) => maybeOption(option, fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...choices) }, strangeText));

/** Each command reading Prometheus: its documented codes, generated arguments (given a root folder), and its success. */
const COMMANDS = {
  gate: {
    codes: [0, 1, 2, 3],
    args: fc
      .tuple(common, maybeOption("--stack", fc.constantFrom("production", "staging")), fc.option(fc.array(fc.constantFrom("checkout-availability", "availability", "nope"), { minLength: 1, maxLength: 2 }), { nil: undefined }), choice("--on-no-data", ["pass", "fail", "inconclusive"]), choice("--format", ["text", "json", "github"]), strayArguments)
      .map(([base, stack, slos, noData, format, stray]) => () => ["gate", ...base, ...stack, ...(slos === undefined ? [] : ["--slo", ...slos]), ...noData, ...format, ...stray]),
    succeeded: (stdout: string) => /gate: (pass|fail|inconclusive)|"verdict": "(pass|fail|inconclusive)"/.test(stdout),
  },
  report: {
    codes: [0, 1, 3],
    args: fc
      .tuple(common, maybeOption("--month", fc.oneof(fc.constantFrom("2025-03", "2026-01", "2999-01", "2025-13", "March"), strangeText)), choice("--format", ["markdown", "html"]), fc.option(pathSpec(strangeContent), { nil: undefined }), strayArguments)
      .map(([base, month, format, out, stray]) => (root: string) => ["report", ...base, ...month, ...format, ...(out === undefined ? [] : ["--out", join(root, materialize(root, "report.md", out))]), ...stray]),
    succeeded: (stdout: string, root: string) => /^# |<!DOCTYPE html>/i.test(stdout) || existsSync(join(root, "report.md")),
  },
  "status-page": {
    codes: [0, 1, 3],
    args: fc
      .tuple(common, pathSpec(strangeContent), maybeOption("--title", strangeText), maybeOption("--days", fc.oneof(fc.constantFrom("1", "30", "90"), strangeText)), maybeOption("--incident-days", fc.oneof(fc.constantFrom("1", "14"), strangeText)), strayArguments)
      .map(([base, out, title, days, incidentDays, stray]) => (root: string) => ["status-page", ...base, "--out", join(root, materialize(root, "page", out)), ...title, ...days, ...incidentDays, ...stray]),
    succeeded: (_stdout: string, root: string) => existsSync(join(root, "page/index.html")) && readFileSync(join(root, "page/index.html"), "utf8").includes("<html"),
  },
} as const;

describe("commands reading Prometheus, run on generated options and server answers", () => {
  for (const [name, command] of Object.entries(COMMANDS)) {
    it(`watchkeeper ${name}: ${RUNS} runs each exit with a documented code (${command.codes.join(", ")}) and one message, without a stack trace`, async () => {
      const seen = new Set<number>();
      await fc.assert(
        fc.asyncProperty(server, command.args, async (prometheus, argsIn) =>
          inFolder(async (root) => {
            const args = argsIn(root);
            const run = await withFakePrometheus(fakeServer(prometheus), () => runWatchkeeper(args, root));
            expectDocumentedOutcome(run, command.codes);
            seen.add(run.code);
            if (run.code === 0 && !args.includes("--help")) {
              expect(command.succeeded(run.stdout, root), run.stdout).toBe(true);
            }
          }),
        ),
        { seed: SEED, numRuns: RUNS },
      );
      expect([...seen].sort(), "the generated runs reach every documented outcome").toEqual([...command.codes]);
    });
  }
});
