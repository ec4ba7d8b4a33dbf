import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Aspects } from "cdktf";
import type { Construct } from "constructs";
import { SynthError } from "../../synth-error";
import { HISTORY_KEEPING_TYPES } from "../../domain/plan-diff/danger-signals";
import { TERRAFORM_ADDRESS as ADDRESS } from "../../domain/names/terraform-address";
import { PreventHistoryDestroy } from "./prevent-history-destroy";
import { type AdoptedImports, importBlocks, unknownImportTargets } from "./adopted-imports";
import { type AddressMove, ReadableAddressStack } from "./readable-addresses";

/** A resource that a removed or renamed declaration produced, left in its vendor account and dropped from state. */
export interface RetiredResource {
  /**
   * Its Terraform address, `<type>.<logical id>`, as the synth error about it names it.
   * @example "datadog_service_level_objective.checkout-availability_slo"
   */
  readonly address: string;
  /** Why it was retired, for the people who read the stack later. */
  readonly reason: string;
}

/** What a stack declares about resources that left its configuration on purpose, and about their addresses. */
export interface HistoryDecisions {
  /** @default none */
  readonly retired?: readonly RetiredResource[];
  /** Addresses, or construct paths (`production/checkout-errors`), whose protected resources may be destroyed. @default none */
  readonly acknowledgeDestroy?: readonly string[];
  /** Whether to write `moved` blocks from the hashed addresses of earlier versions. @default true */
  readonly hashedAddressMoves?: boolean;
  /** Existing vendor objects the stack's resources take over (its adopt file). @default none */
  readonly adopted?: AdoptedImports;
}

/** Whether an acknowledgement is a construct path (`production/checkout-errors`): addresses hold no `/`. */
const isConstructPath = (entry: string): boolean => entry.includes("/");

/** The entries of a list prop as declared, or the problem of a prop that is not a list (a JavaScript app's mistake). */
function listProp(stackPath: string, prop: string, value: unknown, example: string): { entries: readonly unknown[]; problems: string[] } {
  if (value === undefined || Array.isArray(value)) {
    return { entries: value ?? [], problems: [] };
  }
  return { entries: [], problems: [`${stackPath}: ${prop} is not a list; write it as ${prop}: [${example}] (props of MonitoringStack ${stackPath})`] };
}

/** Problems with the stack's retired and acknowledged entries, each starting with the stack's path and naming the prop. */
export function historyDecisionProblems(stackPath: string, decisions: HistoryDecisions): string[] {
  const retiredExample = '{ address: "datadog_monitor.checkout-availability_burn", reason: "…" }';
  const retired = listProp(stackPath, "retired", decisions.retired, retiredExample);
  const acknowledged = listProp(stackPath, "acknowledgeDestroy", decisions.acknowledgeDestroy, `"${stackPath}/<construct id>"`);
  const notAddress = (entry: string) => `${stackPath}: "${entry}" is not a Terraform resource address; write it as <type>.<logical id>, as the synth error names it`;
  const entries = retired.entries.map((entry) => (typeof entry === "object" && entry !== null ? entry : {}) as Partial<Record<keyof RetiredResource, unknown>>);
  const addressProblems = entries.flatMap(({ address }, index) => {
    if (typeof address !== "string") {
      return [`${stackPath}: retired[${index}] has no address; write each entry as ${retiredExample} (props of MonitoringStack ${stackPath})`];
    }
    return ADDRESS.test(address) ? [] : [notAddress(address)];
  });
  const reasonProblems = entries
    .filter(({ address, reason }) => typeof address === "string" && (typeof reason !== "string" || reason.trim() === ""))
    .map(
      ({ address }) =>
        `${stackPath}: retired ${String(address)} gives no reason; add reason: "…" to its entry in retired (props of MonitoringStack ${stackPath}), saying why it was retired, for those who read the stack later`,
    );
  const acknowledgedProblems = acknowledged.entries.flatMap((entry) => {
    if (typeof entry !== "string") {
      return [`${stackPath}: acknowledgeDestroy holds ${JSON.stringify(entry)}, not a text; write addresses or construct paths such as "${stackPath}/<construct id>"`];
    }
    if (isConstructPath(entry) ? entry.startsWith(`${stackPath}/`) && !entry.endsWith("/") : ADDRESS.test(entry)) {
      return [];
    }
    return [
      isConstructPath(entry)
        ? `${stackPath}: acknowledgeDestroy "${entry}" is not a construct path of stack ${stackPath}; write ${stackPath}/<construct id>, as the synth error names it`
        : `${stackPath}: acknowledgeDestroy "${entry}" is neither a Terraform resource address nor a construct path; write <type>.<logical id> or ${stackPath}/<construct id>, as the synth error names them`,
    ];
  });
  return [...retired.problems, ...acknowledged.problems, ...addressProblems, ...acknowledgedProblems, ...reasonProblems];
}

/**
 * The protected resources of a stack's previous synth, read from `<terraformOutdir>/stacks/<stack>/cdk.tf.json`:
 * the construct path each came from (cdktf's `//` metadata), by address. Undefined when there is no readable output.
 */
export function readProtectedResources(terraformOutdir: string, stackId: string): Map<string, string> | undefined {
  const file = join(terraformOutdir, "stacks", stackId, "cdk.tf.json");
  if (!existsSync(file)) {
    return undefined;
  }
  let json: { resource?: Record<string, Record<string, { "//"?: { metadata?: { path?: string } } }>> };
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
  const found = new Map<string, string>();
  for (const type of HISTORY_KEEPING_TYPES) {
    for (const [logicalId, resource] of Object.entries(json.resource?.[type] ?? {})) {
      found.set(`${type}.${logicalId}`, resource["//"]?.metadata?.path ?? `${stackId}/(unknown construct)`);
    }
  }
  return found;
}

/** Whether an acknowledgement covers a resource: its address, or a construct path at or above the resource's. */
const covers = (entry: string, address: string, path: string): boolean =>
  isConstructPath(entry) ? path === entry || path.startsWith(`${entry}/`) : entry === address;

/** The declaration a resource path belongs to: the construct right below the stack (`production/checkout-errors`). */
const declarationOf = (path: string): string => path.split("/").slice(0, 2).join("/");

const plural = (count: number, one: string, many: string): string => (count === 1 ? one : many);

/** The problem of one declaration whose protected resources the synth drops, naming them and the three fixes. */
function droppedProblem(stackId: string, declaration: string, dropped: readonly [string, string][]): string {
  const many = dropped.length > 1;
  const list = dropped.map(([address, path]) => `${address} (from ${path})`).join(", ");
  return (
    `${stackId}: ${list} ${plural(dropped.length, "was", "were")} in the previous synth and ${plural(dropped.length, "is", "are")} no longer declared, ` +
    `so Terraform would destroy ${many ? "them and their" : "it and its"} history. Restore the declaration at ${declaration}; ` +
    `or keep ${many ? "them in their vendor accounts" : "it in its vendor account"} with retired: [{ address: "${dropped[0][0]}", reason: "…" }${many ? ", …" : ""}]; ` +
    `or allow the destroy with acknowledgeDestroy: ["${declaration}"] (props of MonitoringStack ${stackId})`
  );
}

/**
 * Why a stack's configuration would lose history, against its previous synth (`previous`: protected addresses and
 * their construct paths, undefined when there was none): protected resources that are gone and neither retired nor
 * acknowledged (one problem per declaration), acknowledgements that acknowledge no destroy, and retired resources
 * that are still declared (Terraform refuses those). `current` holds the stack's addresses and those it moves from.
 */
export function historyProblems(stackId: string, current: ReadonlySet<string>, previous: ReadonlyMap<string, string> | undefined, decisions: HistoryDecisions): string[] {
  const retired = new Set((decisions.retired ?? []).map((entry) => entry.address));
  const acknowledged = decisions.acknowledgeDestroy ?? [];
  const dropped = [...(previous ?? new Map<string, string>()).entries()].filter(([address]) => !current.has(address) && !retired.has(address));
  const unacknowledged = dropped.filter(([address, path]) => !acknowledged.some((entry) => covers(entry, address, path)));
  const byDeclaration = new Map<string, [string, string][]>();
  unacknowledged.forEach((entry) => byDeclaration.set(declarationOf(entry[1]), [...(byDeclaration.get(declarationOf(entry[1])) ?? []), entry]));
  const stale = previous === undefined ? [] : acknowledged.filter((entry) => !dropped.some(([address, path]) => covers(entry, address, path)));
  return [
    ...[...byDeclaration.entries()].map(([declaration, resources]) => droppedProblem(stackId, declaration, resources)),
    ...stale.map(
      (entry) =>
        `${stackId}: acknowledgeDestroy "${entry}" acknowledges nothing: this synth drops no protected resource of the previous synth ` +
        `${isConstructPath(entry) ? "under that construct path" : "at that address"}. Remove it from acknowledgeDestroy (props of MonitoringStack ${stackId}): ` +
        "an acknowledgement is needed by the one synth that drops the resource, and a stale one would let a later destroy through unread",
    ),
    ...[...retired]
      .filter((address) => current.has(address))
      .map((address) => `${stackId}: ${address} is retired but still declared; remove the declaration, or remove it from retired`),
  ];
}

/**
 * Writes the stack's Terraform blocks about state: `moved` blocks (Terraform and OpenTofu 1.1 and later), `import`
 * blocks for the objects it adopts (Terraform 1.5, OpenTofu 1.6 and later; written as JSON rather than by cdktf's
 * `importFrom`, which would make every synth run `terraform version`), and `removed` blocks for the retired resources
 * (1.7 and later), each leaving the state and staying in its vendor account, `lifecycle { destroy = false }`; and the
 * Terraform version they need.
 */
function addStateBlocks(stack: ReadableAddressStack, moves: readonly AddressMove[], retired: readonly RetiredResource[], adopted: AdoptedImports): void {
  if (moves.length > 0) {
    stack.addOverride("moved", moves.map(({ from, to }) => ({ from, to })));
  }
  const imports = importBlocks(adopted);
  if (imports.length > 0) {
    stack.addOverride("import", imports);
  }
  const addresses = [...new Set(retired.map((entry) => entry.address))].sort();
  if (addresses.length > 0) {
    stack.addOverride("removed", addresses.map((address) => ({ from: address, lifecycle: { destroy: false } })));
  }
  const version = addresses.length > 0 ? ">= 1.7.0" : imports.length > 0 ? ">= 1.5.0" : moves.length > 0 ? ">= 1.1.0" : undefined;
  if (version !== undefined) {
    stack.addOverride("terraform.required_version", version);
  }
}

/**
 * A cdktf stack with readable addresses that keeps the history of its vendor objects: `prevent_destroy` on every
 * resource that keeps history, `moved` blocks from earlier versions' hashed addresses, `removed` blocks for its
 * retired resources and, once every construct has written its resources and before cdktf writes any stack, a check
 * against the previous synth's protected resources.
 */
export class HistoryGuardedStack extends ReadableAddressStack {
  private previous?: ReadonlyMap<string, string>;
  private previousOutputProblems: readonly string[] = [];

  constructor(scope: Construct, id: string, private readonly decisions: HistoryDecisions) {
    super(scope, id);
    Aspects.of(this).add(new PreventHistoryDestroy());
  }

  /**
   * Reads the protected resources of the previous synth in `terraformOutdir`, before it is replaced; `problems` are
   * other findings about that output, reported with the guard's.
   */
  readPreviousOutput(terraformOutdir: string, problems: readonly string[] = []): void {
    this.previous = readProtectedResources(terraformOutdir, this.node.id);
    this.previousOutputProblems = problems;
  }

  override prepareStack(): void {
    super.prepareStack();
    const moves = this.decisions.hashedAddressMoves === false ? [] : this.hashedAddressMoves();
    const addresses = this.resourceAddresses().map(({ address }) => address);
    const current = new Set([...addresses, ...moves.map((move) => move.from)]);
    const adopted = this.decisions.adopted ?? {};
    const problems = [
      ...this.previousOutputProblems,
      ...this.duplicateAddressProblems(),
      ...historyProblems(this.node.id, current, this.previous, this.decisions),
      ...unknownImportTargets(this.node.id, adopted, addresses),
    ];
    if (problems.length > 0) {
      throw new SynthError(problems);
    }
    addStateBlocks(this, moves, this.decisions.retired ?? [], adopted);
  }
}
