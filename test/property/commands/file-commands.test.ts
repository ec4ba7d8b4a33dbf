import { cpSync, existsSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import type { ToolResult } from "../../../src/cli/checks/tools";
import { withFakeCheckers } from "../../support/cli-fakes";
import { expectDocumentedOutcome, runWatchkeeper, type CommandRun } from "../../support/cli-run";
import { genuineOutput } from "./genuine-output";
import { inFolder, materialize, maybeOption, pathSpec, RUNS, SEED, strangeContent, strangeText, strayArguments, type PathSpec } from "./inputs";

const SLOTH = {
  version: "prometheus/v1",
  service: "checkout",
  labels: { tier: "1" },
  slos: [
    {
      name: "availability",
      objective: 99.9,
      sli: { events: { error_query: 'sum(rate(http_requests_total{code=~"5.."}[{{.window}}]))', total_query: "sum(rate(http_requests_total[{{.window}}]))" } },
      alerting: { name: "CheckoutAvailability", annotations: { runbook: "https://runbooks.example.com" }, page_alert: { labels: { severity: "critical" } } },
    },
  ],
};

/** Where a careless edit lands in a Sloth spec. */
const SLOTH_PLACES: ReadonlyArray<readonly (string | number)[]> = [["version"], ["service"], ["labels"], ["slos"], ["slos", 0], ["slos", 0, "objective"], ["slos", 0, "sli"], ["slos", 0, "sli", "events"], ["slos", 0, "alerting"], ["slos", 0, "alerting", "page_alert"], ["slos", 0, "alerting", "annotations"]];
const OPENSLO_PLACES: ReadonlyArray<readonly (string | number)[]> = [["apiVersion"], ["kind"], ["metadata"], ["metadata", "annotations"], ["spec"], ["spec", "indicator"], ["spec", "objectives"], ["spec", "objectives", 0], ["spec", "timeWindow"], ["spec", "service"]];

/** A copy of a document with the value at `place` replaced. */
function replaced(document: unknown, place: readonly (string | number)[], value: unknown): unknown {
  if (place.length === 0) return value;
  const copy = structuredClone(document) as Record<string | number, unknown>;
  let at = copy;
  for (const key of place.slice(0, -1)) {
    if (typeof at[key] !== "object" || at[key] === null) return copy;
    at = at[key] as Record<string | number, unknown>;
  }
  at[place[place.length - 1]] = value;
  return copy;
}

/** A document as it is, or with one place holding any value. */
const edited = (document: () => unknown, places: ReadonlyArray<readonly (string | number)[]>) =>
  fc.oneof(
    fc.constant(null).map(() => stringify(document())),
    fc.tuple(fc.constantFrom(...places), fc.jsonValue({ maxDepth: 2 })).map(([place, value]) => stringify(replaced(document(), place, value))),
  );

const openSlo = () => genuineOutput().inspection.stacks[0].openslo[0];
const importedFile = pathSpec(fc.oneof({ weight: 2, arbitrary: edited(() => SLOTH, SLOTH_PLACES) }, { weight: 2, arbitrary: edited(openSlo, OPENSLO_PLACES) }, { weight: 1, arbitrary: strangeContent }));

/** An output folder: the genuine one, or folders and files of any content where synth writes its own. */
const outdirFiles = fc.array(
  fc.tuple(
    fc.constantFrom("production/prometheus/x.rules.yml", "production/tests/x.test.yml", "production/alertmanager/alertmanager.yml", "production/kubernetes/x.yaml", "production/grafana/x.json", "staging/tests/y.test.yml"),
    fc.oneof(strangeContent, fc.constantFrom("groups: []\n", "tests: []\n", "rule_files: [x.rules.yml]\ntests:\n  - alert_rule_test:\n      - eval_time: 5m\n        alertname: A\n")),
  ),
  { maxLength: 4 },
);
const outdir = fc.oneof({ weight: 1, arbitrary: fc.constant("genuine" as const) }, { weight: 3, arbitrary: pathSpec(strangeContent, outdirFiles) });

/** What the fake checkers do: whether they are installed, and whether they pass everything, fail it, or say something else. */
interface CheckerMood {
  readonly installed: boolean;
  readonly mood: "pass" | "fail" | "garbage";
  readonly garbage: string;
}

const checkerMood: fc.Arbitrary<CheckerMood> = fc.record({
  installed: fc.oneof({ weight: 6, arbitrary: fc.constant(true) }, fc.constant(false)),
  mood: fc.constantFrom("pass", "pass", "fail", "garbage"),
  garbage: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('Unit Testing:  x\n  FAILED:\n    alertname: A, time: 5m,\n        exp:[0:\n  Labels:{a="\\x"}\n  Annotations:{}\n', "Checking \n", "Unit Testing: \n")),
});

/** promtool's and amtool's answers, as the mood says, for the files they are given. */
function checkers(mood: CheckerMood) {
  return {
    installed: () => mood.installed,
    run: (tool: string, args: readonly string[]): ToolResult => {
      const files = args.filter((arg) => /\.ya?ml$/.test(arg));
      const command = `${tool} ${args.join(" ")}`;
      if (mood.mood === "garbage") return { command, ok: false, output: mood.garbage };
      const pass = mood.mood === "pass";
      const answers: Record<string, (file: string) => string> = {
        check: (file) => `Checking ${file}\n  ${pass ? "SUCCESS: 3 rules found" : `FAILED:\n${file}: 3:5: group "g", rule 1, "A": could not parse expression: 1:3: parse error: unexpected`}\n`,
        test: (file) =>
          `Unit Testing:  ${file}\n  ${pass ? "SUCCESS" : 'FAILED:\n    alertname: A, time: 5m,\n        exp:[\n            0:\n              Labels:{alertname="A", severity="page"}\n              Annotations:{}\n            ],\n        got:[]'}\n\n`,
        "check-config": (file) => `Checking '${file}'  ${pass ? "SUCCESS" : "FAILED: bad"}\n`,
        config: () => (pass ? "checkout-page\n" : "default\n"),
      };
      const answer = answers[args[0]] ?? (() => "");
      return { command, ok: pass, output: args[0] === "config" ? answer("") : files.map(answer).join("") };
    },
  };
}

/** Puts the output folder in place; returns the path to give. */
function outputFolder(root: string, spec: "genuine" | PathSpec): string {
  if (spec !== "genuine") return materialize(root, "out", spec);
  cpSync(join(genuineOutput().folder, "dist"), join(root, "out"), { recursive: true });
  return "out";
}

const choice = (option: string, choices: readonly string[]) => maybeOption(option, fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...choices) }, strangeText));

/** A generated run: its arguments, laid out in the root folder, and how the checkers behave. */
interface FileRun {
  readonly lay: (root: string) => string[];
  readonly mood: CheckerMood;
}

/** Each command reading or writing files: its documented codes, generated runs, and its success. */
const COMMANDS: Record<string, { codes: readonly number[]; runs: fc.Arbitrary<FileRun>; succeeded: (run: CommandRun, root: string) => boolean }> = {
  import: {
    codes: [0, 1],
    runs: fc
      .tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom("sloth", "openslo") }, strangeText), importedFile, fc.option(pathSpec(strangeContent), { nil: undefined }), strayArguments, checkerMood)
      .map(([format, file, out, stray, mood]) => ({ mood, lay: (root) => ["import", format, materialize(root, "slos.yaml", file), ...(out === undefined ? [] : ["--out", materialize(root, "slos.ts", out)]), ...stray] })),
    succeeded: (run, root) => run.stdout.includes("new ServiceSlo(") || existsSync(join(root, "slos.ts")),
  },
  init: {
    codes: [0, 1],
    runs: fc
      .tuple(
        pathSpec(strangeContent, fc.array(fc.tuple(fc.constantFrom("README.md", "main.ts", "x/y"), strangeContent), { maxLength: 2 })),
        fc.constantFrom("team", "Checkout Team", "🚀", "9lives", "a".repeat(60)),
        maybeOption("--name", fc.oneof(fc.constant("checkout"), strangeText)),
        fc.boolean(),
        strayArguments,
        checkerMood,
      )
      .map(([dir, name, team, force, stray, mood]) => ({ mood, lay: (root) => ["init", materialize(root, name, dir), ...team, ...(force ? ["--force"] : []), ...stray] })),
    succeeded: (run) => run.stdout.includes("created") || run.stdout.includes("overwritten"),
  },
  validate: {
    codes: [0, 1],
    runs: fc
      .tuple(outdir, choice("--format", ["text", "json"]), strayArguments, checkerMood)
      .map(([folder, format, stray, mood]) => ({ mood, lay: (root) => ["validate", "--outdir", outputFolder(root, folder), ...format, ...stray] })),
    succeeded: (run) => /passed|"status"/.test(run.stdout),
  },
  test: {
    codes: [0, 1],
    runs: fc
      .tuple(outdir, fc.boolean(), strayArguments, checkerMood)
      .map(([folder, verbose, stray, mood]) => ({ mood, lay: (root) => ["test", "--outdir", outputFolder(root, folder), ...(verbose ? ["--verbose"] : []), ...stray] })),
    succeeded: (run) => run.stdout !== "",
  },
};

describe("commands reading and writing files, run on generated files, folders and checker answers", () => {
  for (const [name, command] of Object.entries(COMMANDS)) {
    it(`watchkeeper ${name}: ${RUNS} runs each exit with a documented code (${command.codes.join(", ")}) and one message, without a stack trace`, async () => {
      const seen = new Set<number>();
      await fc.assert(
        fc.asyncProperty(command.runs, async (generated) =>
          inFolder(async (root) => {
            const args = generated.lay(root);
            const run = await withFakeCheckers(checkers(generated.mood), () => runWatchkeeper(args, root));
            expectDocumentedOutcome(run, command.codes);
            seen.add(run.code);
            if (run.code === 0 && !args.includes("--help")) {
              expect(command.succeeded(run, root), run.stdout).toBe(true);
            }
          }),
        ),
        { seed: SEED, numRuns: RUNS },
      );
      expect([...seen].sort(), "the generated runs reach every documented outcome").toEqual([...command.codes]);
    });
  }
});
