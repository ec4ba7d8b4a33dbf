import { createHash } from "node:crypto";
import { TerraformDataSource, TerraformElement, TerraformResource, TerraformStack } from "cdktf";
import type { Node } from "constructs";

/** A construct id Terraform takes as it is in a resource name: letters, digits and dashes. */
const PLAIN_ID = /^[A-Za-z0-9-]+$/;

/** The longest readable part of a name; a longer path is cut and followed by its hash. */
const LONGEST_READABLE = 200;

/** Eight hex digits of the path's SHA-256: the same path gives the same hash on every machine. */
const pathHash = (components: readonly string[]): string => createHash("sha256").update(components.join("/")).digest("hex").slice(0, 8).toUpperCase();

/**
 * The Terraform resource name of a construct, from the construct ids between the stack and it:
 * `availability/burn-rate-page-1h` → `availability_burn-rate-page-1h`. Ids made of letters, digits and dashes are
 * kept as they are and joined by `_`, which none of them holds, so two such paths never share a name and a
 * construct's name never depends on the other constructs of the stack. An id with any other character
 * (`pagerduty-user-ana.lima@example.com`, `secret_password`) has those characters replaced by dashes, which two
 * ids could share, so its name ends in a short hash of the path (`shared_pagerduty-user-ana-lima-example-com_1A2B3C4D`);
 * so does a path longer than 200 characters, cut. A name that would not start with a letter starts with `_`, as
 * Terraform requires.
 */
export function readableLogicalId(components: readonly string[]): string {
  const plain = components.every((id) => PLAIN_ID.test(id));
  const words = components.map((id) => (PLAIN_ID.test(id) ? id : id.replace(/[^A-Za-z0-9-]+/g, "-").replace(/^-+|-+$/g, ""))).filter((word) => word !== "");
  const text = words.join("_");
  const needsHash = !plain || text === "" || text.length > LONGEST_READABLE;
  const name = needsHash ? [text.slice(0, LONGEST_READABLE).replace(/[-_]+$/, ""), pathHash(components)].filter((part) => part !== "").join("_") : text;
  return /^[A-Za-z]/.test(name) ? name : `_${name}`;
}

/** A Terraform `moved` block (Terraform and OpenTofu 1.1 and later): the state at `from` is now `to`'s. */
export interface AddressMove {
  readonly from: string;
  readonly to: string;
}

const isAddressed = (element: unknown): element is TerraformResource | TerraformDataSource =>
  TerraformResource.isTerraformResource(element) || TerraformDataSource.isTerraformDataSource(element);

/**
 * A cdktf stack whose resources and data sources are named by their construct path (readableLogicalId) instead of
 * cdktf's `<ids>_<hash>`; outputs, variables and providers keep cdktf's names. The hashed name each resource had
 * (cdktf's own allocation, which Watchkeeper used before) is kept for the `moved` blocks that carry state over.
 */
export class ReadableAddressStack extends TerraformStack {
  protected override allocateLogicalId(element: TerraformElement | Node): string {
    return isAddressed(element) ? readableLogicalId(this.componentsOf(element)) : super.allocateLogicalId(element);
  }

  /** Every resource of the stack with its address (`<type>.<name>`), in construct order. */
  resourceAddresses(): { resource: TerraformResource; address: string }[] {
    return this.node
      .findAll()
      .filter(TerraformResource.isTerraformResource)
      .map((resource) => ({ resource, address: `${resource.terraformResourceType}.${resource.friendlyUniqueId}` }));
  }

  /**
   * A move from the hashed address cdktf would have given each resource to its readable one, sorted by the new
   * address; none for a resource whose name was set by hand (`overrideLogicalId`).
   */
  hashedAddressMoves(): AddressMove[] {
    return this.resourceAddresses()
      .filter(({ resource }) => resource.friendlyUniqueId === readableLogicalId(this.componentsOf(resource)))
      .map(({ resource, address }) => ({ from: `${resource.terraformResourceType}.${super.allocateLogicalId(resource)}`, to: address }))
      .filter((move) => move.from !== move.to)
      .sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
  }

  /** Resources or data sources that would share an address (a hashed name equal to a plain path's), with the fix. */
  duplicateAddressProblems(): string[] {
    const paths = new Map<string, string[]>();
    for (const element of this.node.findAll().filter(isAddressed)) {
      const address = `${TerraformDataSource.isTerraformDataSource(element) ? "data." : ""}${element.terraformResourceType}.${element.friendlyUniqueId}`;
      paths.set(address, [...(paths.get(address) ?? []), element.node.path]);
    }
    return [...paths.entries()]
      .filter(([, shared]) => shared.length > 1)
      .map(([address, shared]) => `${this.node.id}: ${shared.join(" and ")} would share the Terraform address ${address}; give one of them another construct id`);
  }

  private componentsOf(element: TerraformElement | TerraformResource | TerraformDataSource): string[] {
    const scopes = element.node.scopes;
    return scopes.slice(scopes.indexOf(this) + 1).map((scope) => scope.node.id);
  }
}
