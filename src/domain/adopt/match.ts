import { closest } from "../names/closest";
import { TERRAFORM_ADDRESS, addressType } from "../names/terraform-address";
import { type TerraformImport, duplicateImportProblems, sortedImports } from "./adopt-file";
import { IMPORT_ID_FORMS, importIdProblem, isAdoptable } from "./import-ids";
import type { ExportedObject } from "./vendor-exports";

/** A resource of the synthesized stack whose type adopt matches (see IMPORT_ID_FORMS). */
export interface AdoptableResource {
  /** Its Terraform address, `<type>.<name>`. */
  readonly address: string;
  readonly type: string;
  /** Its `name` argument, as the vendor shows it. @default none: matched by id only */
  readonly name?: string;
  /** The construct path that wrote it, e.g. `production/checkout-availability/slo`. */
  readonly path: string;
  /** Its `type` argument where the vendor has several (`query alert`, `metric`). @default none */
  readonly kind?: string;
}

/** A vendor id the user gave for a resource, by its construct path or address. */
export interface GivenId {
  readonly key: string;
  readonly id: string;
  /** Where it was given, for errors: `--id`, `--ids ids.json`. */
  readonly origin: string;
}

/** An import block, and how its object was found. */
export interface PlannedImport extends TerraformImport {
  readonly by: "id" | "name";
}

/** What adopt takes over in one stack, what it leaves, and why it cannot. */
export interface AdoptionPlan {
  readonly imports: readonly PlannedImport[];
  /** Resources no vendor object was found for (Terraform creates them), with the closest exported object, if any. */
  readonly unmatched: ReadonlyArray<{ readonly resource: AdoptableResource; readonly closest?: ExportedObject; readonly reason?: string }>;
  /** Exported objects no resource takes over, with the closest unmatched resource, if any. */
  readonly unclaimed: ReadonlyArray<{ readonly object: ExportedObject; readonly closest?: AdoptableResource }>;
  /** Bad ids, unknown addresses, ambiguous names: each names its input and the fix. */
  readonly problems: readonly string[];
}

const noun = (type: string): string => IMPORT_ID_FORMS[type]?.noun ?? type;

/** A file's name without its folders: what a note in a committed file says of an export saved anywhere. */
const fileName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/** The resource a given key names, or why none: an exact path or address, or a path above exactly one resource. */
function resolveKey(stack: string, key: string, resources: readonly AdoptableResource[]): AdoptableResource | string {
  const suggestion = (candidates: string[]) => {
    const near = closest(key, candidates);
    return near === undefined ? "" : `; did you mean ${near}?`;
  };
  if (key.includes("/")) {
    if (!key.startsWith(`${stack}/`)) {
      return `is not a construct path of stack ${stack}; write ${stack}/<construct id>/…, or give the --stack it belongs to`;
    }
    const under = resources.filter((resource) => resource.path === key || resource.path.startsWith(`${key}/`));
    if (under.length === 1) {
      return under[0];
    }
    return under.length === 0
      ? `holds no Datadog monitor or SLO, PagerDuty service or escalation policy of stack ${stack}${suggestion(resources.map((resource) => resource.path))}`
      : `names ${under.length} resources adopt can take over (${under.map((resource) => resource.path).join(", ")}); give the path of one`;
  }
  if (!TERRAFORM_ADDRESS.test(key)) {
    return `is neither a construct path (${stack}/…) nor a Terraform address (<type>.<name>)`;
  }
  if (!isAdoptable(addressType(key))) {
    return `is a ${addressType(key)}; adopt takes over ${Object.keys(IMPORT_ID_FORMS).join(", ")} resources only`;
  }
  return resources.find((resource) => resource.address === key) ?? `is no resource of stack ${stack}${suggestion(resources.map((resource) => resource.address))}`;
}

/** The imports of the ids the user gave, recording what is wrong with each. */
function givenImports(stack: string, given: readonly GivenId[], resources: readonly AdoptableResource[], exported: readonly ExportedObject[], problems: string[]) {
  const imports: (PlannedImport & { origin: string })[] = [];
  for (const entry of given) {
    const resource = resolveKey(stack, entry.key, resources);
    const idProblem = typeof resource === "string" ? undefined : importIdProblem(resource.type, entry.id);
    if (typeof resource === "string" || idProblem !== undefined) {
      problems.push(`${entry.origin} ${entry.key}=${entry.id}: ${typeof resource === "string" ? `${entry.key} ${resource}` : idProblem}`);
      continue;
    }
    const known = exported.find((object) => object.type === resource.type && object.id === entry.id);
    const note = `${noun(resource.type)} ${entry.id}, by id from ${entry.origin}${known === undefined ? "" : ` (exported as ${JSON.stringify(known.name)})`}`;
    imports.push({ to: resource.address, id: entry.id, note, by: "id", origin: entry.origin });
  }
  problems.push(...duplicateImportProblems(imports, (entry) => ` (${entry.origin})`));
  return imports;
}

/** Query alert and metric alert are one monitor type to Datadog (the provider suppresses the difference). */
const sameKind = (a: string | undefined, b: string | undefined): boolean =>
  a === undefined || b === undefined || a === b || [a, b].every((kind) => kind === "query alert" || kind === "metric alert");

const groupBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  items.forEach((item) => groups.set(key(item), [...(groups.get(key(item)) ?? []), item]));
  return groups;
};

/**
 * Which vendor object each adoptable resource of a stack takes over: the ids the user gave first, then, for the
 * others, the exported object of the same type whose name equals the resource's, exactly. Never a guess: two objects
 * of one name, two resources of one name, or an object of another monitor or SLO type are not taken (the first two
 * are problems), and near misses are only shown: an unmatched resource and an unclaimed object that are each
 * other's closest (see `closest`) name each other.
 */
export function planAdoption(stack: string, resources: readonly AdoptableResource[], given: readonly GivenId[], exported: readonly ExportedObject[]): AdoptionPlan {
  const problems: string[] = [];
  const byId = givenImports(stack, given, resources, exported, problems);
  const givenAddresses = new Set(byId.map((entry) => entry.to));
  const givenObjects = new Set(byId.map((entry) => `${addressType(entry.to)} ${entry.id}`));
  const objects = [...new Map(exported.map((object) => [`${object.type} ${object.id}`, object])).values()].filter((object) => !givenObjects.has(`${object.type} ${object.id}`));
  const objectsByName = groupBy(objects, (object) => `${object.type} ${object.name}`);
  const open = resources.filter((resource) => !givenAddresses.has(resource.address));
  const resourcesByName = groupBy(open, (resource) => `${resource.type} ${resource.name}`);
  const byName: PlannedImport[] = [];
  const unmatched: { resource: AdoptableResource; reason?: string }[] = [];
  for (const resource of open) {
    const [object, ...others] = resource.name === undefined ? [] : (objectsByName.get(`${resource.type} ${resource.name}`) ?? []);
    const rivals = resourcesByName.get(`${resource.type} ${resource.name}`) ?? [];
    if (object === undefined) {
      unmatched.push({ resource });
    } else if (others.length > 0) {
      const ids = [object, ...others].map((entry) => `${entry.id} (${entry.source})`).join(" and ");
      problems.push(`${resource.address}: ${others.length + 1} exported objects are named ${JSON.stringify(resource.name)}, ${noun(resource.type)} ${ids}; adopt one with --id ${resource.path}=<id>`);
    } else if (rivals.length > 1) {
      if (rivals[0] === resource) {
        const addresses = rivals.map((rival) => rival.address).join(" and ");
        problems.push(`${noun(resource.type)} ${object.id} ${JSON.stringify(resource.name)} matches ${addresses} by name; adopt it for one of them with --id <address>=${object.id}`);
      }
    } else if (!sameKind(resource.kind, object.kind)) {
      const reason = `${noun(resource.type)} ${object.id} has this name but is a ${JSON.stringify(object.kind)}, and the declaration writes a ${JSON.stringify(resource.kind)}: the provider cannot change the type in place, so Terraform would replace it (prevent_destroy refuses); not taken`;
      unmatched.push({ resource, reason });
    } else {
      byName.push({ to: resource.address, id: object.id, note: `${noun(resource.type)} ${JSON.stringify(object.name)}, by name from ${fileName(object.source)}`, by: "name" });
    }
  }
  const taken = new Set(byName.map((entry) => `${addressType(entry.to)} ${entry.id}`));
  const unclaimedObjects = objects.filter((object) => !taken.has(`${object.type} ${object.id}`));
  const nearest = <T>(name: string | undefined, type: string, candidates: readonly T[], of: (candidate: T) => { type: string; name?: string }): T | undefined => {
    const sameType = candidates.filter((candidate) => of(candidate).type === type && of(candidate).name !== undefined);
    const found = name === undefined ? undefined : closest(name, sameType.map((candidate) => of(candidate).name as string));
    return sameType.find((candidate) => of(candidate).name === found);
  };
  // A pair is shown only when each is the other's closest, so that one object is never offered to two resources.
  const objectOf = new Map(unmatched.map((entry) => [entry.resource, nearest(entry.resource.name, entry.resource.type, unclaimedObjects, (object) => object)]));
  const resourceOf = new Map(unclaimedObjects.map((object) => [object, nearest(object.name, object.type, unmatched, (entry) => entry.resource)?.resource]));
  const mutual = <A, B>(a: A, b: B | undefined, back: ReadonlyMap<B, A | undefined>): B | undefined => (b !== undefined && back.get(b) === a ? b : undefined);
  return {
    imports: sortedImports<PlannedImport>([...byId.map(({ origin: _origin, ...entry }) => entry), ...byName]),
    unmatched: unmatched.map((entry) => ({ ...entry, closest: mutual(entry.resource, objectOf.get(entry.resource), resourceOf) })),
    unclaimed: unclaimedObjects.map((object) => ({ object, closest: mutual(object, resourceOf.get(object), objectOf) })),
    problems,
  };
}
