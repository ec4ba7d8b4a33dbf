import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MonitoringApp, ServiceSlo, SynthError, type MonitoringStackProps } from "../constructs";
import type { Construct } from "constructs";
import { WRITER_THREAD } from "../src/file-writer";
import { MonitoringConstruct } from "../src/monitoring-construct";
import type { Outputs } from "../src/outputs";
import type { TargetScope } from "../src/targets/target-scope";
import { availabilityProps, team, type TerraformJson, testStack } from "./support/app";
import { readTree } from "./support/files";
import { countFolderChanges, dieDuringSwap, fs, realWriteFileSync, refuseRename, replaceWrites, restoreFs } from "./support/fs-faults";

afterEach(() => {
  restoreFs();
  delete process.env[WRITER_THREAD];
});

/** An app of the given stacks, each with a team and two SLOs, writing below `folder`. */
function declare(folder: string, stacks: string[], sloNames = ["availability", "errors"], props: MonitoringStackProps = {}): MonitoringApp {
  const app = new MonitoringApp({ outdir: join(folder, "dist"), terraformOutdir: join(folder, "cdktf.out") });
  for (const id of stacks) {
    const stack = testStack(app, id, props);
    const owner = team(stack);
    sloNames.forEach((name) => new ServiceSlo(stack, name, availabilityProps({ name, owner })));
  }
  return app;
}

/** A folder holding the output of a successful synth of production and staging, plus a user's own files in dist/. */
function previousOutput(): string {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-atomic-"));
  declare(folder, ["production", "staging"]).synth();
  writeFileSync(join(folder, "dist", "README.md"), "our deployment notes");
  mkdirSync(join(folder, "dist", "extra"));
  writeFileSync(join(folder, "dist", "extra", "rules.yml"), "groups: []");
  return folder;
}

/** Counts the files a successful synth of `app` writes. */
function writesOf(app: MonitoringApp): number {
  let writes = 0;
  replaceWrites(((...args: Parameters<typeof fs.writeFileSync>) => {
    writes += 1;
    realWriteFileSync(...args);
  }) as typeof fs.writeFileSync);
  app.synth();
  restoreFs();
  return writes;
}

/** A construct whose one output writes as `write` says: a file whose write fails, or a write that throws. */
class WritingConstruct extends MonitoringConstruct<object, object> {
  constructor(scope: Construct, id: string, private readonly writeOutput: (scope: TargetScope) => void) {
    super(scope, id, {});
  }

  protected parse(): object {
    return {};
  }

  protected outputs(): Outputs {
    return { files: { write: this.writeOutput } };
  }
}

/** A file whose path is longer than file systems allow, which its write fails on. */
const overlongPath = (scope: TargetScope) => scope.files.add(`${"folder-".repeat(30).concat("/").repeat(20)}file.yml`, "groups: []");

/** An output that fails to write after others have written their files. */
const failingEmission = () => {
  throw new Error("the generated query does not parse");
};

describe("atomic synth", () => {
  it("leaves the previous cdktf.out/ and dist/ byte-identical when a file write fails at any point of synth", () => {
    // Every write on the main thread, where the failures are injected.
    process.env[WRITER_THREAD] = "off";
    const folder = previousOutput();
    const before = readTree(folder);
    const total = writesOf(declare(mkdtempSync(join(tmpdir(), "watchkeeper-count-")), ["production", "staging"], ["availability", "errors", "latency"]));
    expect(total).toBeGreaterThan(10);
    for (const failingWrite of [1, Math.floor(total / 3), Math.floor(total / 2), total - 1, total]) {
      const app = declare(folder, ["production", "staging"], ["availability", "errors", "latency"]);
      let writes = 0;
      replaceWrites(((...args: Parameters<typeof fs.writeFileSync>) => {
        writes += 1;
        if (writes === failingWrite) {
          throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
        }
        realWriteFileSync(...args);
      }) as typeof fs.writeFileSync);
      expect(() => app.synth(), `write ${failingWrite} of ${total}`).toThrow("ENOSPC");
      restoreFs();
      expect(readTree(folder), `write ${failingWrite} of ${total}`).toEqual(before);
      expect(readdirSync(folder).sort()).toEqual(["cdktf.out", "dist"]);
    }
  });

  it("leaves everything as it was when the writer thread fails to write a file", () => {
    const folder = previousOutput();
    const before = readTree(folder);
    const app = declare(folder, ["production", "staging"]);
    new WritingConstruct(app.stacks[0], "overlong", overlongPath);
    new ServiceSlo(app.stacks[0], "after", availabilityProps({ name: "after", owner: app.stacks[0].team("checkout") }));
    expect(() => app.synth()).toThrow("ENAMETOOLONG");
    expect(readTree(folder)).toEqual(before);
    expect(readdirSync(folder).sort()).toEqual(["cdktf.out", "dist"]);
  });

  it("creates and deletes no folder before synth: an app declared and inspected leaves the disk alone", () => {
    const folder = mkdtempSync(join(tmpdir(), "watchkeeper-atomic-"));
    const changes = countFolderChanges();
    const app = declare(folder, ["production", "staging"]);
    expect(app.inspect().stacks.map(({ stack }) => stack)).toEqual(["production", "staging"]);
    expect(changes()).toBe(0);
    restoreFs();
    app.synth();
    expect(readdirSync(folder).sort()).toEqual(["cdktf.out", "dist"]);
  });

  it("leaves everything as it was when validation fails or a construct's emission throws", () => {
    const folder = previousOutput();
    const before = readTree(folder);
    const invalid = declare(folder, ["production"]);
    new ServiceSlo(invalid.stacks[0], "broken", availabilityProps({ name: "broken", objective: 100 }));
    expect(() => invalid.synth()).toThrow(SynthError);
    expect(readTree(folder)).toEqual(before);

    const failing = declare(folder, ["production"]);
    new WritingConstruct(failing.stacks[0], "failing", failingEmission);
    expect(() => failing.synth()).toThrow("production/failing: the generated query does not parse");
    expect(readTree(folder)).toEqual(before);
    expect(readdirSync(folder).sort()).toEqual(["cdktf.out", "dist"]);
  });

  it("puts back the previous output and says so when a rename is refused, and the next synth recovers a killed one", () => {
    const folder = previousOutput();
    const before = readTree(folder);
    refuseRename(4);
    expect(() => declare(folder, ["production"]).synth()).toThrow(/cannot put the new output in place \(EPERM.*\); .*cdktf\.out\/ and .*dist\/ are as they were/);
    restoreFs();
    expect(readTree(folder)).toEqual(before);

    dieDuringSwap(5);
    expect(() => declare(folder, ["production"]).synth()).toThrow("undoing the renames done failed too, the next synth undoes them");
    restoreFs();
    declare(folder, ["production", "staging"]).synth();
    expect(readdirSync(folder).sort()).toEqual(["cdktf.out", "dist"]);
    expect([...readTree(folder).keys()]).toEqual([...before.keys()]);
  });

  it("removes a stack that no longer exists from cdktf.out/ and dist/, and only what Watchkeeper wrote", () => {
    const folder = previousOutput();
    const previous = JSON.parse(readFileSync(join(folder, "cdktf.out/stacks/production/cdk.tf.json"), "utf8")) as TerraformJson;
    const errorsResources = Object.entries(previous.resource).flatMap(([type, byId]) =>
      Object.keys(byId).filter((id) => id.startsWith("errors_")).map((id) => `${type}.${id}`),
    );
    declare(folder, ["production"], ["availability"], { acknowledgeDestroy: errorsResources }).synth();
    const files = [...readTree(folder).keys()];
    expect(files.filter((path) => path.includes("staging"))).toEqual([]);
    expect(files.filter((path) => !path.startsWith("dist/production/"))).toEqual([
      "cdktf.out/manifest.json",
      "cdktf.out/stacks/production/cdk.tf.json",
      "dist/README.md",
      "dist/extra/rules.yml",
    ]);
    expect(files.filter((path) => path.startsWith("dist/production/grafana/"))).toEqual(["dist/production/grafana/checkout-availability.json"]);
    expect(Object.keys(JSON.parse(readTree(join(folder, "cdktf.out")).get("manifest.json") as string).stacks)).toEqual(["production"]);
  });

  it("keeps Terraform's own files in a stack's folder (providers, lock file, local state)", () => {
    const folder = previousOutput();
    const production = join(folder, "cdktf.out", "stacks", "production");
    mkdirSync(join(production, ".terraform", "providers"), { recursive: true });
    writeFileSync(join(production, ".terraform", "providers", "datadog"), "binary");
    writeFileSync(join(production, "terraform.production.tfstate"), '{"serial": 7}');
    writeFileSync(join(folder, "cdktf.out", "stacks", "staging", "terraform.staging.tfstate"), '{"serial": 3}');
    declare(folder, ["production"]).synth();
    const stacks = readTree(join(folder, "cdktf.out", "stacks"));
    expect([...stacks.keys()]).toEqual([
      "production/.terraform/providers/datadog",
      "production/cdk.tf.json",
      "production/terraform.production.tfstate",
      "staging/terraform.staging.tfstate",
    ]);
    expect(stacks.get("production/terraform.production.tfstate")).toBe('{"serial": 7}');
  });
});
