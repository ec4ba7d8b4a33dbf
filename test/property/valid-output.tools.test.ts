import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MonitoringApp } from "../../constructs";
import { checkRules, filesEndingWith, run } from "../../src/cli/checks/tools";
import { promqlError } from "../../src/domain/promql";
import { validateAgainstCrd } from "../../src/cli/checks/crd-schema";
import { readTree } from "../support/files";
import { dashboardExpressions, kubernetesObjects, ruleExpressions } from "../support/outputs";
import { declare } from "./declaration";
import { validDeclaration } from "./valid-declarations";

/** Fixed, so that every run checks the same declarations; named in every failure message to replay it. */
const SEED = 20_260_701;
/** Enough declarations to cover each SLI kind, period and team shape several times, few enough for seconds of synth. */
const APPS = 24;

const root = mkdtempSync(join(tmpdir(), "watchkeeper-valid-"));
let outputs: Array<{ index: number; dist: string; files: Map<string, string> }>;

beforeAll(() => {
  outputs = fc.sample(validDeclaration, { numRuns: APPS, seed: SEED }).map((declaration, index) => {
    const folder = join(root, `app-${index}`);
    const app = new MonitoringApp({ outdir: join(folder, "dist"), terraformOutdir: join(folder, "cdktf.out") });
    declare(app, declaration);
    try {
      app.synth();
    } catch (error) {
      throw new Error(`generated declaration ${index} (seed ${SEED}) does not synthesize: ${String(error)}\n${fc.stringify(declaration)}`);
    }
    const dist = join(folder, "dist", "production");
    return { index, dist, files: readTree(dist) };
  });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const where = (index: number, path: string) => `declaration ${index} of seed ${SEED}, ${path}`;

describe("the output of generated valid declarations", () => {
  it("holds only custom resources their CRDs accept and PromQL that parses", () => {
    let expressions = 0;
    for (const { index, files } of outputs) {
      for (const { path, object } of kubernetesObjects(files)) {
        expect(validateAgainstCrd(object as never), where(index, path)).toEqual([]);
      }
      for (const { path, expr } of [...ruleExpressions(files), ...dashboardExpressions(files)]) {
        expressions++;
        expect(promqlError(expr), `${where(index, path)}: ${expr}`).toBeUndefined();
      }
    }
    expect(expressions).toBeGreaterThan(APPS * 20);
  });

  it("passes promtool check rules, one process for every app's rule files", async () => {
    const files = outputs.flatMap(({ dist }) => [...filesEndingWith(join(dist, "prometheus"), ".rules.yml"), ...filesEndingWith(join(dist, "tests"), ".rules.yml")]);
    expect(files.length).toBeGreaterThanOrEqual(APPS);
    const result = await checkRules(files);
    expect(result.ok, `seed ${SEED}: ${result.output}`).toBe(true);
  });

  it("passes amtool check-config, one process for every app's alertmanager.yml", async () => {
    const files = outputs.map(({ dist }) => join(dist, "alertmanager", "alertmanager.yml"));
    const result = await run("amtool", ["check-config", ...files]);
    expect(result.ok, `seed ${SEED}: ${result.output}`).toBe(true);
  });
});
