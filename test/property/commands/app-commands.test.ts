import { cpSync, existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AppRun } from "../../../src/cli/app-command";
import { withFakeApp } from "../../support/cli-fakes";
import { expectDocumentedOutcome, runWatchkeeper } from "../../support/cli-run";
import { genuineOutput } from "./genuine-output";
import { inFolder, materialize, maybeOption, pathSpec, RUNS, SEED, strangeContent, strangeText, strayArguments, writeFile, type Content, type PathSpec } from "./inputs";

/** Node's report of an error nobody caught, as a crashed app leaves it on its standard error. */
const crash = (error: string) =>
  `/repo/main.ts:5\nsettings.checkout.objective;\n         ^\n\n${error}\n    at Object.<anonymous> (/repo/main.ts:5:10)\n    at Module._compile (node:internal/modules/cjs/loader:1521:14)\n\nNode.js v20.20.2\n`;

/** What apps leave on their standard error: their problems, crashes, a shell that cannot find the program, warnings. */
const APP_REPORTS = [
  "",
  "1 problem to fix before synth:\n  - production/checkout: objective 100 leaves no error budget; use a value below 100\n",
  crash("Error: settings.json has no entry for checkout"),
  crash("SynthError: 1 problem to fix before synth:\n  - production/checkout: another construct of production already has the id \"checkout\""),
  "/bin/sh: 1: tsx: not found\n",
  "node:internal/modules/run_main:123\n    triggerUncaughtException(\n    ^\nError [ERR_MODULE_NOT_FOUND]: Cannot find module '/repo/settings.ts' imported from /repo/main.ts\n    at finalizeResolution (node:internal/modules/esm/resolve:283:11)\n\nNode.js v20.20.2\n",
  "(node:123) Warning: a warning of Node's\n",
];

/** How the fake app behaves: its exit status, output, and what it writes where watchkeeper asked. */
interface AppBehaviour {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly writes: "genuine" | "nothing" | Content;
}

const appBehaviour: fc.Arbitrary<AppBehaviour> = fc.record({
  status: fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, fc.constantFrom(1, 2, 126, 127, null)),
  stdout: fc.constantFrom("", "production: 17 Terraform resources, 5 files, 5 alerts\n"),
  stderr: fc.constantFrom(...APP_REPORTS),
  writes: fc.oneof({ weight: 6, arbitrary: fc.constant("genuine" as const) }, fc.constant("nothing" as const), strangeContent),
});

/** The fake app: writes what it was asked (a receipt, an inspection, a synth output) as the behaviour says. */
function fakeApp(behaviour: AppBehaviour): (command: string, env: Readonly<Record<string, string>>) => AppRun {
  return (_command, env) => {
    const { writes } = behaviour;
    if (behaviour.status === 0 && writes !== "nothing") {
      const genuine = genuineOutput();
      if (env.WATCHKEEPER_SYNTH_RECEIPT !== undefined) writeFile(env.WATCHKEEPER_SYNTH_RECEIPT, "[]");
      if (env.WATCHKEEPER_INSPECT !== undefined) writeFile(env.WATCHKEEPER_INSPECT, writes === "genuine" ? JSON.stringify(genuine.inspection) : writes);
      if (env.CDKTF_OUTDIR !== undefined && writes === "genuine") {
        cpSync(join(genuine.folder, "cdktf.out"), env.CDKTF_OUTDIR, { recursive: true });
        cpSync(join(genuine.folder, "dist"), env.WATCHKEEPER_OUTDIR, { recursive: true });
      } else if (env.CDKTF_OUTDIR !== undefined) {
        writeFile(join(env.CDKTF_OUTDIR, "stacks/production/cdk.tf.json"), writes);
      }
    }
    // An app that succeeds may warn, but leaves no problem list or crash behind.
    const stderr = behaviour.status === 0 && !behaviour.stderr.startsWith("(node:") ? "" : behaviour.stderr;
    return { status: behaviour.status, stdout: behaviour.stdout, stderr };
  };
}

/** cdktf.json: mostly naming main.ts, else naming a missing file, no app, anything at all, or not a file. */
const cdktfJson = fc.oneof(
  { weight: 8, arbitrary: fc.constant<PathSpec>({ kind: "file", content: '{"app": "npx tsx main.ts"}' }) },
  {
    weight: 3,
    arbitrary: pathSpec(fc.oneof(fc.constantFrom('{"app": "npx tsx missing.ts"}', '{"app": 5}', '{"app": ""}', "{}", '{"language": "typescript"}'), strangeContent)),
  },
);

/** A project folder: cdktf.json, whether main.ts exists, and the app's behaviour. */
const project = fc.record({ cdktf: cdktfJson, mainExists: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, fc.constant(false)), app: appBehaviour });

/** Lays out the project in `root`. */
function layOut(root: string, setup: { cdktf: PathSpec; mainExists: boolean }): void {
  const cdktf = materialize(root, "cdktf.json", setup.cdktf);
  expect(cdktf.endsWith("cdktf.json")).toBe(true);
  if (setup.mainExists) writeFile(join(root, "main.ts"), "app.run();\n");
}

/** Files a folder given as a synth output may hold: the real places, with anything in them. */
const synthFolderFiles = fc.array(
  fc.tuple(
    fc.constantFrom(
      "cdktf.out/stacks/production/cdk.tf.json",
      "cdktf.out/manifest.json",
      "dist/production/prometheus/checkout.rules.yml",
      "dist/production/kubernetes/checkout.yaml",
      "dist/production/grafana/checkout.json",
      "dist/staging/tests/checkout.test.yml",
      "src/index.ts",
    ),
    fc.oneof(strangeContent, fc.constantFrom('{"resource": {"t": {"a": {"x": 1}}}}', "groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up == 0\n", '{"resource": 5}')),
  ),
  { maxLength: 4 },
);

/** A previous synth of the same app: as it is, without its dashboard (the diff adds it), or with one more alert (the diff removes it). */
const GENUINE = ["genuine", "genuine without a dashboard", "genuine with one more alert"] as const;
type Genuine = (typeof GENUINE)[number];

/** Copies the genuine output to `root/path` as the variant says. */
function previousSynth(root: string, path: string, variant: Genuine): void {
  cpSync(genuineOutput().folder, join(root, path), { recursive: true });
  if (variant === "genuine without a dashboard") rmSync(join(root, path, "dist/production/grafana"), { recursive: true });
  if (variant === "genuine with one more alert") {
    const rules = "# Generated by Watchkeeper from production/legacy. Do not edit by hand.\ngroups:\n  - name: legacy\n    rules:\n      - alert: LegacyDown\n        expr: up == 0\n";
    writeFile(join(root, path, "dist/production/prometheus/legacy.rules.yml"), rules);
  }
}

const against = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...GENUINE) }, { weight: 3, arbitrary: pathSpec(strangeContent, synthFolderFiles) });

const format = (choices: readonly string[]) => maybeOption("--format", fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...choices) }, strangeText));

/** Each app command: its generated arguments (given the project's root) and what a success prints. */
const COMMANDS = {
  synth: {
    codes: [0, 1],
    args: fc.tuple(fc.constant(["synth"]), strayArguments).map((parts) => (_root: string) => parts.flat()),
  },
  graph: {
    codes: [0, 1],
    args: fc
      .tuple(fc.constant(["graph"]), maybeOption("--stack", fc.oneof(fc.constant("production"), strangeText)), maybeOption("--construct", fc.oneof(fc.constant("production/checkout-availability"), strangeText)), format(["text", "mermaid", "dot"]), strayArguments)
      .map((parts) => (_root: string) => parts.flat()),
  },
  export: {
    codes: [0, 1],
    args: fc
      .tuple(fc.oneof(fc.constant("openslo"), strangeText), maybeOption("--stack", fc.oneof(fc.constant("production"), strangeText)), fc.option(pathSpec(strangeContent), { nil: undefined }), strayArguments)
      .map(([what, stack, out, stray]) => (root: string) => ["export", what, ...stack, ...(out === undefined ? [] : ["--out", materialize(root, "slos.yaml", out)]), ...stray]),
  },
  diff: {
    codes: [0, 1, 2, 3],
    args: fc.tuple(against, format(["markdown", "text", "json"]), strayArguments).map(([folder, formatted, stray]) => (root: string) => {
      const path = typeof folder === "string" ? "previous" : materialize(root, "previous", folder);
      if (typeof folder === "string") previousSynth(root, path, folder);
      return ["diff", "--against", path, ...formatted, ...stray];
    }),
  },
} as const;

describe("app commands, run on generated projects, arguments and app behaviours", () => {
  for (const [name, command] of Object.entries(COMMANDS)) {
    it(`watchkeeper ${name}: ${RUNS} runs each exit with a documented code (${command.codes.join(", ")}) and one message, without a stack trace`, async () => {
      const seen = new Set<number>();
      await fc.assert(
        fc.asyncProperty(project, command.args, async (setup, argsIn) =>
          inFolder(async (root) => {
            layOut(root, setup);
            const args = argsIn(root);
            const run = await withFakeApp(fakeApp(setup.app), () => runWatchkeeper(args, root));
            expectDocumentedOutcome(run, command.codes);
            seen.add(run.code);
            if (run.code === 0 && !args.includes("--help")) {
              expect(setup.app.status).toBe(0);
              expect(setup.app.writes).not.toBe("nothing");
              const out = args.indexOf("--out");
              expect(name === "synth" || run.stdout !== "" || (out > 0 && existsSync(join(root, args[out + 1])))).toBe(true);
            }
          }),
        ),
        { seed: SEED, numRuns: RUNS },
      );
      expect([...seen].sort(), "the generated runs reach every documented outcome").toEqual([...command.codes]);
    });
  }
});
