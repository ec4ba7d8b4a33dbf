import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { App as Cdk8sApp } from "cdk8s";
import { App as CdktfApp } from "cdktf";
import { Construct } from "constructs";
import { MonitoringConstruct } from "./monitoring-construct";
import { MonitoringStack, type StackEngines } from "./stack";

export interface MonitoringAppProps {
  /**
   * Where Kubernetes manifests, rule files, dashboards and rule tests are written, a folder per stack.
   * @default "dist"
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

/** Runs a construct's emission; an error (such as generated PromQL that does not parse) becomes a SynthError. */
function emitting(construct: MonitoringConstruct, emission: () => void): void {
  try {
    emission();
  } catch (error) {
    const message = (error as Error).message;
    throw new SynthError([message.startsWith(construct.node.path) ? message : `${construct.node.path}: ${message}`]);
  }
}

/** Raised by `synth()` with every problem of the app, each naming its construct path and the fix. */
export class SynthError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`${problems.length} problem${problems.length === 1 ? "" : "s"} to fix before synth:\n  ${problems.join("\n  ")}`);
    this.name = "SynthError";
  }
}

/**
 * The root of a monitoring declaration: owns the cdktf app, the cdk8s app and the file outputs of its stacks.
 * `synth()` validates everything, then writes `<terraformOutdir>/stacks/<stack>/cdk.tf.json` and
 * `<outdir>/<stack>/{kubernetes,prometheus,grafana,tests}/…`.
 */
export class MonitoringApp extends Construct {
  readonly outdir: string;
  readonly engines: StackEngines;

  constructor(props: MonitoringAppProps = {}) {
    super(undefined as unknown as Construct, "");
    this.outdir = props.outdir ?? "dist";
    const terraformOutdir = props.terraformOutdir ?? process.env.CDKTF_OUTDIR ?? "cdktf.out";
    mkdirSync(terraformOutdir, { recursive: true });
    this.engines = {
      terraform: new CdktfApp({ outdir: terraformOutdir, stackTraces: false }),
      kubernetes: new Cdk8sApp({ outdir: this.outdir }),
    };
  }

  get stacks(): MonitoringStack[] {
    return this.node.children.filter((child): child is MonitoringStack => child instanceof MonitoringStack);
  }

  /**
   * Validates the whole app (every construct's own checks, unique names, a route for every alert), then
   * writes every output. Throws SynthError listing all problems, and writes nothing, when any check fails.
   */
  synth(): void {
    this.stacks.forEach((stack) => stack.terraform.readPreviousOutput(this.engines.terraform.outdir));
    const invalid = this.node.findAll().flatMap((construct) => construct.node.validate());
    if (invalid.length > 0) {
      throw new SynthError(invalid);
    }
    const stacks = this.stacks;
    stacks.forEach((stack) => stack.files.begin(join(this.outdir, stack.node.id)));
    try {
      withoutTokenTraces(() => {
        const constructs = this.node.findAll().filter(MonitoringConstruct.isMonitoringConstruct);
        constructs.forEach((construct) => emitting(construct, () => construct.emit()));
        constructs.forEach((construct) => emitting(construct, () => construct.finish()));
        const terraformStacks = join(this.engines.terraform.outdir, "stacks");
        rmSync(terraformStacks, { recursive: true, force: true });
        mkdirSync(terraformStacks);
        this.engines.terraform.synth();
      });
      for (const stack of stacks) {
        stack.kubernetes.render((file, content) => stack.files.add(`kubernetes/${file}`, content));
      }
    } catch (error) {
      stacks.forEach((stack) => stack.files.discard());
      throw error;
    }
    stacks.forEach((stack) => stack.files.commit());
  }
}
