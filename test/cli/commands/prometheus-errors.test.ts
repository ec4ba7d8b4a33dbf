import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { apiAnswer, withFakePrometheus, type FakeAnswer } from "../../support/cli-fakes";
import { expectDocumentedOutcome, runWatchkeeper, type CommandRun } from "../../support/cli-run";

const URL = "http://prometheus:9090";
/** The commands that read Prometheus, with arguments that reach it. */
const READERS: ReadonlyArray<readonly string[]> = [["gate"], ["report", "--month", "2025-03"], ["status-page", "--out", join(mkdtempSync(join(tmpdir(), "watchkeeper-page-")), "page")]];

/** Runs a command against a fake Prometheus; checks the outcome is documented and says no raw words. */
async function against(answer: FakeAnswer, args: readonly string[]): Promise<CommandRun> {
  const run = await withFakePrometheus(answer, () => runWatchkeeper(args.includes("--prometheus") ? args : [...args, "--prometheus", URL]));
  expectDocumentedOutcome(run, [0, 1, 2, 3]);
  return run;
}

const body = (value: unknown) => () => new Response(JSON.stringify(value));

describe("answers that are not the Prometheus HTTP API's, for every command reading Prometheus", () => {
  it.each(READERS)("%s: a series whose metric is null, a sample that is not one, a result that is not a list: exit 3 naming the query", async (...args) => {
    const wrong = [
      [{ status: "success", data: { resultType: "vector", result: [{ metric: null, value: [1, "1"] }] } }, "data.result[0].metric: null where an object belongs"],
      [{ status: "success", data: { resultType: "vector", result: [{ metric: {}, value: "oops" }] } }, 'data.result[0].value: the text "oops" where a list belongs'],
      [{ status: "success", data: { resultType: "vector", result: 5 } }, "data.result: the number 5 where a list belongs"],
      [{ status: "success", data: { resultType: "vector", result: [{ metric: { sloth_id: 5 }, value: [1, "1"] }] } }, "data.result[0].metric.sloth_id: the number 5 where a text belongs"],
      [{ status: "error", error: "bad" }, 'status: the text "error" where "success" belongs'],
    ] as const;
    for (const [answer, problem] of wrong) {
      const run = await against(body(answer), args);
      expect(run.code).toBe(3);
      const message = run.stderr || run.stdout;
      expect(message).toContain(`http://prometheus:9090 did not answer like the Prometheus HTTP API to the query \``);
      expect(message).toMatch(/`[^`]+`: /);
      expect(message).toContain(`${problem}; check that the URL is Prometheus's base URL, not a proxy or UI page`);
    }
  });

  it("report and status-page: a series without the labels Watchkeeper's rules give it is refused (exit 3), naming the query, the series and the label", async () => {
    const slaWithoutName = await against((_endpoint, params) => apiAnswer("vector", params.get("query")?.includes("sla:policy:info") ? [{ metric: { target: "99.9" }, value: [1, "1"] }] : []), READERS[1]);
    expect(slaWithoutName).toMatchObject({ code: 3, stdout: "" });
    expect(slaWithoutName.stderr).toMatch(
      /^watchkeeper report: Prometheus answered the query `last_over_time\(sla:policy:info\[\w+\]\)` with a series without the label sla \(\{target="99.9"\}\); the series of Watchkeeper's rules carry it: check that this Prometheus loads the rule files watchkeeper synth wrote/,
    );
    const badWindow = await against(
      (_endpoint, params) => apiAnswer("vector", params.get("query") === "watchkeeper_status_component_info" ? [{ metric: { sloth_id: "a", component: "A", sloth_window: "soon" }, value: [1, "1"] }] : []),
      READERS[2],
    );
    expect(badWindow.code).toBe(3);
    expect(badWindow.stderr).toContain('with a series whose sloth_window is "soon", not a duration such as 5m');
  });

  it("gate: writes a JSON error for --format json, still exit 3", async () => {
    const run = await against(body({ status: "success", data: { resultType: "vector", result: [{ metric: null, value: [1, "1"] }] } }), ["gate", "--format", "json"]);
    expect(run.code).toBe(3);
    expect(JSON.parse(run.stdout)).toMatchObject({ verdict: "error", exitCode: 3, error: expect.stringContaining("data.result[0].metric: null where an object belongs") });
  });
});

describe("options of the commands reading Prometheus", () => {
  it.each(READERS)("%s: a --timeout of zero, below zero, with a decimal point, or above an hour is a usage error naming the option", async (...args) => {
    const documented = args[0] === "gate" ? 3 : 1;
    for (const [timeout, reason] of [
      ["0s", '"0s" is zero; a duration must be positive'],
      ["-1s", '"-1s" is not a duration; write it like 30d, 6h, 1h30m or 500ms'],
      ["1.5s", '"1.5s" has a decimal point'],
      ["1000y", "1000y is longer than 1h, longer than any query to Prometheus should take; use e.g. 30s"],
    ]) {
      const run = await against(body({}), [...args, "--timeout", timeout]);
      expect(run.code).toBe(documented);
      expect(run.stderr).toContain(`error: option '--timeout <duration>' argument '${timeout}' is invalid. ${reason}`);
    }
  });

  it.each(READERS)("%s: a --prometheus that is not an http(s) base URL is a usage error", async (...args) => {
    for (const url of ["prometheus:9090", "http://", "http://a b", "http://prometheus:9090/?x=1"]) {
      const run = await against(body({}), [...args, "--prometheus", url]);
      expect(run.code).toBe(args[0] === "gate" ? 3 : 1);
      expect(run.stderr).toMatch(new RegExp(`^error: option '--prometheus <url>' argument '${url.replace(/[?.]/g, "\\$&")}' is invalid\\. expected`));
    }
  });
});

describe("report --out and status-page --out", () => {
  const empty = () => apiAnswer("vector", []);
  const folder = () => mkdtempSync(join(tmpdir(), "watchkeeper-out-"));

  it("report: writes into a folder that does not exist yet, making it", async () => {
    const out = join(folder(), "reports", "2025", "march.md");
    const run = await against(empty, ["report", "--month", "2025-03", "--out", out]);
    expect(run).toMatchObject({ code: 0, stdout: "", stderr: "" });
    expect(readFileSync(out, "utf8")).toMatch(/^# Compliance report 2025-03/);
  });

  it("report: refuses --out that is a folder, or below a file, with exit 1 naming the option", async () => {
    const root = folder();
    const isFolder = await against(empty, ["report", "--month", "2025-03", "--out", root]);
    expect(isFolder).toMatchObject({ code: 1, stderr: `watchkeeper report: --out ${root} is a folder; give the path of a file to write, e.g. ${root}/report\n` });
    writeFileSync(join(root, "notes"), "x");
    const belowFile = await against(empty, ["report", "--month", "2025-03", "--out", join(root, "notes", "march.md")]);
    expect(belowFile).toMatchObject({ code: 1, stderr: `watchkeeper report: --out ${join(root, "notes", "march.md")}: ${join(root, "notes")} is a file, so no folder can be made there; give a path of a folder\n` });
  });

  it("status-page: refuses --out that is a file, writing nothing", async () => {
    const file = join(folder(), "page.html");
    writeFileSync(file, "old");
    const component = { sloth_id: "a", sloth_service: "a", sloth_slo: "b", sloth_window: "5m", component: "A" };
    const answer: FakeAnswer = (endpoint, params) =>
      endpoint === "query_range" ? apiAnswer("matrix", []) : apiAnswer("vector", params.get("query") === "watchkeeper_status_component_info" ? [{ metric: component, value: [1, "1"] }] : []);
    const run = await against(answer, ["status-page", "--out", file]);
    expect(run).toMatchObject({ code: 1, stderr: `watchkeeper status-page: --out ${file}: ${file} is a file, so no folder can be made there; give a path of a folder\n` });
    expect(run.stdout).toBe("");
    expect(readFileSync(file, "utf8")).toBe("old");
    expect(existsSync(join(file, "index.html"))).toBe(false);
  });
});
