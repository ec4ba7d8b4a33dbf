import { mkdirSync, writeFileSync } from "node:fs";
import { OutputSwap, removal, type SwapFailed } from "./output-swap";
import { basename, dirname, join } from "node:path";
import { App as Cdk8sApp } from "cdk8s";
import { App as CdktfApp } from "cdktf";
import { Construct } from "constructs";
import { INSPECTION_FILE, SYNTH_RECEIPT } from "./app-environment";
import { readableError } from "./readable-error";
import { stackGraph, type StackGraph } from "./domain/signals/stack-graph";
import { openSloDocument, type OpenSloDocument } from "./domain/interchange/openslo";
import { isSloReference } from "./domain/slo/slo-reference";
import { MonitoringStack, type StackEngines } from "./stack";
import { SynthError } from "./synth-error";
import { StagedTerraformOutdir } from "./targets/terraform/staged-outdir";

export interface MonitoringAppProps {
  /**
   * Where Kubernetes manifests, rule files, dashboards and rule tests are written, a folder per stack.
   * @default the WATCHKEEPER_OUTDIR environment variable set by `watchkeeper diff`, else "dist"
   */
  readonly outdir?: string;
  /**
   * Where cdktf writes the Terraform configuration (`stacks/<stack>/cdk.tf.json`).
   * @default the CDKTF_OUTDIR environment variable set by `cdktf synth`, else "cdktf.out"
   */
  readonly terraformOutdir?: string;
}

/**
 * Runs `work` without the stack traces that cdktf and constructs record on plain objects for every token and
 * metadata entry (several per resource). cdktf lifts the frame limit for each, and under a source-mapped runtime
 * such as tsx every frame was mapped: a fifth of synth time, and still a tenth unmapped, for traces nobody reads.
 * Errors keep their stack traces.
 */
function withoutTokenTraces(work: () => void): void {
  const capture = Error.captureStackTrace;
  Error.captureStackTrace = (...args: Parameters<typeof capture>) => {
    if (args[0] instanceof Error) {
      capture(...args);
    }
  };
  try {
    work();
  } finally {
    Error.captureStackTrace = capture;
  }
}

/** What an app declares, per stack: its signal graph and its SLOs as OpenSLO documents. */
export interface AppInspection {
  readonly stacks: ReadonlyArray<{ readonly stack: string; readonly graph: StackGraph; readonly openslo: readonly OpenSloDocument[] }>;
}

/** What synth wrote for one stack. */
export interface StackSummary {
  /** The stack's id. */
  readonly stack: string;
  /** Terraform resources in the stack's `cdk.tf.json`. */
  readonly terraformResources: number;
  /** Files written under `<outdir>/<stack>/`. */
  readonly files: number;
  /** Alerts the stack declares, each routed on its own: alerting rules, and alerts of vendors such as Datadog. */
  readonly alerts: number;
}

/** A summary as one line, e.g. `production: 123 Terraform resources, 45 files, 30 alerts`. */
export function summaryLine(summary: StackSummary): string {
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
  const { stack, terraformResources, files, alerts } = summary;
  return `${stack}: ${count(terraformResources, "Terraform resource")}, ${count(files, "file")}, ${count(alerts, "alert")}`;
}

/**
 * The root of a monitoring declaration: owns the cdktf app, the cdk8s app and the file outputs of its stacks.
 * `synth()` validates everything, then writes `<terraformOutdir>/manifest.json`,
 * `<terraformOutdir>/stacks/<stack>/cdk.tf.json` and `<outdir>/<stack>/{kubernetes,prometheus,grafana,tests}/…`,
 * all or nothing.
 */
export class MonitoringApp extends Construct {
  /** The folder of the Kubernetes YAML and plain files (`dist` by default). */
  readonly outdir: string;
  /**
   * The cdktf and cdk8s apps the stacks write through. cdktf's is created when first asked for, at synth: creating
   * it creates its output folder, and an app that is only declared, inspected or validated touches no disk.
   */
  readonly engines: StackEngines;
  private readonly terraformOutdir: StagedTerraformOutdir;
  /** The journal of the swap that puts synth's output in place, beside cdktf's output folder. */
  private readonly swap: OutputSwap;
  private cdktf?: CdktfApp;

  constructor(props: MonitoringAppProps = {}) {
    super(undefined as unknown as Construct, "");
    this.outdir = props.outdir ?? process.env.WATCHKEEPER_OUTDIR ?? "dist";
    this.terraformOutdir = new StagedTerraformOutdir(props.terraformOutdir ?? process.env.CDKTF_OUTDIR ?? "cdktf.out");
    this.swap = new OutputSwap(join(dirname(this.terraformOutdir.outdir), `.${basename(this.terraformOutdir.outdir)}.swap.json`));
    // Before cdktf touches its staging folder, which an interrupted swap may have left holding the previous output.
    this.swap.recover();
    const terraform = () => (this.cdktf ??= this.createCdktf());
    this.engines = {
      get terraform() {
        return terraform();
      },
      kubernetes: new Cdk8sApp({ outdir: this.outdir }),
    };
  }

  /** cdktf's app, writing into the staging folder, which it creates; emptied again here, and by synth() before writing. */
  private createCdktf(): CdktfApp {
    mkdirSync(dirname(this.terraformOutdir.staging), { recursive: true });
    const app = new CdktfApp({ outdir: this.terraformOutdir.staging, stackTraces: false });
    this.terraformOutdir.discard();
    return app;
  }

  /** The app's stacks, in the order they were declared. */
  get stacks(): MonitoringStack[] {
    return this.node.children.filter((child): child is MonitoringStack => child instanceof MonitoringStack);
  }

  /**
   * Validates the whole app (every construct's own checks, unique names, a route for every alert), then writes
   * every output into staging folders and swaps them in when all of it succeeded. Throws SynthError listing all
   * problems when any check fails; a failed synth leaves the previous output as it was. The dist folder of a stack
   * the previous Terraform output had (its manifest.json) and the app no longer has is removed; other folders of
   * `outdir` are left alone.
   * @returns what was written, a summary per stack
   */
  synth(): StackSummary[] {
    // This first use creates each stack's cdktf stack, in the declared order, which manifest.json lists them in.
    this.stacks.forEach((stack) => stack.terraform.readPreviousOutput(this.terraformOutdir.outdir));
    this.validate();
    const stacks = this.stacks;
    const removedStacks = this.terraformOutdir.previousStacks().filter((id) => !stacks.some((stack) => stack.node.id === id));
    try {
      this.terraformOutdir.begin();
      stacks.forEach((stack) => stack.files.begin(join(this.outdir, stack.node.id)));
      withoutTokenTraces(() => {
        stacks.forEach((stack) => stack.write());
        // The manifests are written and their objects released before cdktf resolves the Terraform tree, the
        // synth's peak of memory.
        stacks.forEach((stack) => stack.kubernetes.render((file, content) => stack.files.add(`kubernetes/${file}`, content)));
        this.engines.terraform.synth();
      });
      stacks.forEach((stack) => stack.files.flush());
    } catch (error) {
      stacks.forEach((stack) => stack.files.discard());
      this.terraformOutdir.discard();
      throw error;
    }
    const parts = [
      this.terraformOutdir.commitSteps(),
      ...stacks.map((stack) => stack.files.commitSteps()),
      ...removedStacks.map((id) => removal(join(this.outdir, id), join(this.outdir, `.${id}.removed`))),
    ];
    try {
      this.swap.run(parts);
    } catch (error) {
      const { message, restored } = error as SwapFailed;
      const state = restored ? `${this.terraformOutdir.outdir}/ and ${this.outdir}/ are as they were` : "the output is half swapped until then";
      throw new Error(`cannot put the new output in place (${message}); ${state}`);
    }
    const summaries = stacks.map((stack) => ({
      stack: stack.node.id,
      terraformResources: stack.terraform.resourceCount(),
      files: stack.files.count,
      alerts: stack.alerts().length,
    }));
    const receipt = process.env[SYNTH_RECEIPT];
    if (receipt !== undefined) {
      writeFileSync(receipt, JSON.stringify(summaries));
    }
    return summaries;
  }

  /** Throws SynthError listing every problem of every construct of the app, when there is one (or no stack at all). */
  private validate(): void {
    if (this.stacks.length === 0) {
      throw new SynthError([
        'the app declares no MonitoringStack, so there is nothing to write; declare one, e.g. const stack = new MonitoringStack(app, "production"), and your constructs in it',
      ]);
    }
    const invalid = this.node.findAll().flatMap((construct) => construct.node.validate());
    if (invalid.length > 0) {
      throw new SynthError(invalid);
    }
  }

  /**
   * What the app declares, once it is valid, for the commands that read it without synthesizing: each stack's
   * graph, from the sources its rules read to the receivers its alerts reach (`watchkeeper graph`), and its SLOs as
   * OpenSLO documents (`watchkeeper export openslo`). Writes nothing; throws SynthError like synth.
   */
  inspect(): AppInspection {
    this.validate();
    return {
      stacks: this.stacks.map((stack) => {
        const plan = stack.plan();
        const slos = stack.declarations().filter(isSloReference);
        const openslo = slos.flatMap((slo) => {
          const spec = slo.sloSpec();
          return spec === undefined ? [] : [openSloDocument(spec, slo.customWindows)];
        });
        return { stack: stack.node.id, graph: stackGraph(stack.node.id, plan.graph(), plan.alerts()), openslo };
      }),
    };
  }

  /**
   * The last line of an app file: synthesizes, then prints one summary line per stack; on failure prints the
   * problems as a list (or any other error as one line plus where in the app's code), without a stack trace, and
   * sets the exit code to 1. Use `synth()` instead to handle the SynthError yourself. With WATCHKEEPER_INSPECT set (by
   * `watchkeeper graph` and `export`), writes the app's inspection to that file as JSON instead of synthesizing.
   */
  run(): void {
    const inspection = process.env[INSPECTION_FILE];
    try {
      if (inspection !== undefined) {
        writeFileSync(inspection, JSON.stringify(this.inspect()));
        return;
      }
      this.synth().forEach((summary) => console.log(summaryLine(summary)));
    } catch (error) {
      console.error(readableError(error));
      process.exitCode = 1;
    }
  }
}
