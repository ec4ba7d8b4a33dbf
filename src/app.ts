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
 * Runs `work` with stack traces formatted without source maps. cdktf records a stack trace for every token it
 * creates (several per resource) by reading the `stack` of a plain object; under a source-mapped runtime such as
 * tsx, mapping those frames took a fifth of synth time, and formatting them unmapped still a tenth, for traces
 * nobody reads: such captures get an empty trace. Errors keep their message and the first ten frames, unmapped.
 */
function withPlainStackTraces(work: () => void): void {
  const previous = Error.prepareStackTrace;
  Error.prepareStackTrace = (error, frames) =>
    error instanceof Error ? [String(error), ...frames.slice(0, 10).map((frame) => `    at ${frame}`)].join("\n") : "";
  try {
    work();
  } finally {
    Error.prepareStackTrace = previous;
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
    const invalid = this.node.findAll().flatMap((construct) => construct.node.validate());
    if (invalid.length > 0) {
      throw new SynthError(invalid);
    }
    const stacks = this.stacks;
    stacks.forEach((stack) => stack.files.begin(join(this.outdir, stack.node.id)));
    try {
      withPlainStackTraces(() => {
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
