import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { TerraformResource, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import { SynthError } from "../../synth-error";
import { HISTORY_KEEPING_TYPES } from "../../domain/plan-diff/danger-signals";

/** A resource that a removed or renamed declaration produced, left in its vendor account and dropped from state. */
export interface RetiredResource {
  /**
   * Its Terraform address, `<type>.<logical id>`, as the synth error about it names it.
   * @example "datadog_service_level_objective.checkout_availability_slo_1A2B3C4D"
   */
  readonly address: string;
  /** Why it was retired, for the people who read the stack later. */
  readonly reason: string;
}

/** What a stack declares about resources that left its configuration on purpose. */
export interface HistoryDecisions {
  /** @default none */
  readonly retired?: readonly RetiredResource[];
  /** Addresses whose destroy is wanted. @default none */
  readonly acknowledgeDestroy?: readonly string[];
}

/** A Terraform resource address: `<type>.<name>`. */
const ADDRESS = /^[a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*$/;

/** Problems with the stack's retired and acknowledged addresses, each starting with the stack's path. */
export function historyDecisionProblems(stackPath: string, decisions: HistoryDecisions): string[] {
  const addresses = [...(decisions.retired ?? []).map((retired) => retired.address), ...(decisions.acknowledgeDestroy ?? [])];
  return [
    ...addresses
      .filter((address) => !ADDRESS.test(address))
      .map((address) => `${stackPath}: "${address}" is not a Terraform resource address; write it as <type>.<logical id>, as the synth error names it`),
    ...(decisions.retired ?? [])
      .filter((retired) => retired.reason.trim() === "")
      .map((retired) => `${stackPath}: retired ${retired.address} gives no reason; say why it was retired, for those who read the stack later`),
  ];
}

/**
 * The protected resources of a stack's previous synth, read from `<terraformOutdir>/stacks/<stack>/cdk.tf.json`:
 * the construct path each came from (cdktf's `//` metadata), by address. Empty when there is no readable output.
 */
export function readProtectedResources(terraformOutdir: string, stackId: string): Map<string, string> {
  const file = join(terraformOutdir, "stacks", stackId, "cdk.tf.json");
  const found = new Map<string, string>();
  if (!existsSync(file)) {
    return found;
  }
  let json: { resource?: Record<string, Record<string, { "//"?: { metadata?: { path?: string } } }>> };
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return found;
  }
  for (const type of HISTORY_KEEPING_TYPES) {
    for (const [logicalId, resource] of Object.entries(json.resource?.[type] ?? {})) {
      found.set(`${type}.${logicalId}`, resource["//"]?.metadata?.path ?? "an unknown construct path");
    }
  }
  return found;
}

/** The address of every resource of a stack, as Terraform names it. */
function resourceAddresses(stack: TerraformStack): Set<string> {
  return new Set(
    stack.node
      .findAll()
      .filter(TerraformResource.isTerraformResource)
      .map((resource) => `${(resource as TerraformResource).terraformResourceType}.${(resource as TerraformResource).friendlyUniqueId}`),
  );
}

/**
 * Why a stack's configuration would lose history: a protected resource of the previous synth that is gone
 * and neither retired nor acknowledged, or a retired resource that is still declared (Terraform refuses both).
 */
export function historyProblems(stack: TerraformStack, previous: ReadonlyMap<string, string>, decisions: HistoryDecisions): string[] {
  const current = resourceAddresses(stack);
  const retired = new Set((decisions.retired ?? []).map((entry) => entry.address));
  const acknowledged = new Set(decisions.acknowledgeDestroy ?? []);
  const stackId = stack.node.id;
  const gone = [...previous.entries()].filter(([address]) => !current.has(address) && !retired.has(address) && !acknowledged.has(address));
  return [
    ...gone.map(
      ([address, path]) =>
        `${stackId}: ${address} (from ${path}) was in the previous synth and is no longer declared, so Terraform would destroy it and its history. ` +
        `Restore the declaration at that path; or keep the resource in its vendor account with retired: [{ address: "${address}", reason: "…" }]; ` +
        `or allow the destroy with acknowledgeDestroy: ["${address}"] (props of MonitoringStack ${stackId})`,
    ),
    ...[...retired]
      .filter((address) => current.has(address))
      .map((address) => `${stackId}: ${address} is retired but still declared; remove the declaration, or remove it from retired`),
  ];
}

/**
 * Terraform `removed` blocks (Terraform and OpenTofu 1.7 and later) for the retired resources: each leaves the
 * state and stays in its vendor account, `lifecycle { destroy = false }`.
 */
export function addRemovedBlocks(stack: TerraformStack, retired: readonly RetiredResource[]): void {
  if (retired.length === 0) {
    return;
  }
  const addresses = [...new Set(retired.map((entry) => entry.address))].sort();
  stack.addOverride("terraform.required_version", ">= 1.7.0");
  stack.addOverride("removed", addresses.map((address) => ({ from: address, lifecycle: { destroy: false } })));
}

/**
 * A cdktf stack that emits `removed` blocks for its retired resources and, once every construct has written
 * its resources and before cdktf writes any stack, checks them against the previous synth's protected resources.
 */
export class HistoryGuardedStack extends TerraformStack {
  private previous: ReadonlyMap<string, string> = new Map();

  constructor(scope: Construct, id: string, private readonly decisions: HistoryDecisions) {
    super(scope, id);
    addRemovedBlocks(this, decisions.retired ?? []);
  }

  /** Reads the protected resources of the previous synth in `terraformOutdir`, before it is replaced. */
  readPreviousOutput(terraformOutdir: string): void {
    this.previous = readProtectedResources(terraformOutdir, this.node.id);
  }

  override prepareStack(): void {
    super.prepareStack();
    const problems = historyProblems(this, this.previous, this.decisions);
    if (problems.length > 0) {
      throw new SynthError(problems);
    }
  }
}
