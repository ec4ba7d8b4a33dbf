/**
 * Validates Kubernetes custom resources against the CustomResourceDefinitions in `src/providers/schemas/crds/`,
 * the way the API server would check their structure (types, required properties, enums, patterns).
 */
import Ajv, { type CodeOptions, type ValidateFunction } from "ajv";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseAllDocuments } from "yaml";

/** The package's root: the nearest folder above this module with a package.json (the same from src/ and lib/src/). */
function packageRoot(from: string): string {
  const parent = dirname(from);
  return existsSync(join(from, "package.json")) || parent === from ? from : packageRoot(parent);
}

/** The CRDs, shipped in the package at the same path as in the repository (package.json "files"). */
const CRD_DIR = join(packageRoot(__dirname), "src/providers/schemas/crds");

/** A Kubernetes object as written in a manifest. */
export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  [key: string]: unknown;
}

interface CrdVersion {
  name: string;
  schema?: { openAPIV3Schema?: object };
}

interface Crd {
  kind: string;
  spec: { group: string; names: { kind: string }; versions: CrdVersion[] };
}

/**
 * Go's RE2 patterns may turn on case-insensitivity inline with `(?i)`, which JavaScript rejects. Drop it and make the
 * whole expression case-insensitive: the same for a leading `(?i)`, slightly more lenient for one inside a group.
 */
const goRegExp: NonNullable<CodeOptions["regExp"]> = Object.assign(
  (pattern: string, flags: string) =>
    pattern.includes("(?i)") ? new RegExp(pattern.replaceAll("(?i)", ""), `${flags}i`) : new RegExp(pattern, flags),
  { code: "goRegExp" },
);

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, code: { regExp: goRegExp } });

const schemasByFile = new Map<string, Map<string, object>>();
const validators = new Map<string, ValidateFunction>();

/** The CRD files of one API group (named `<group>_<plural>.yaml`), sorted; none for core and built-in kinds. */
const groupFiles = (group: string): string[] =>
  group === "" ? [] : readdirSync(CRD_DIR).filter((name) => name.startsWith(`${group}_`) && /\.ya?ml$/.test(name)).sort();

/** `group/version/Kind` to the version's OpenAPI schema, for the CRDs of one file, parsed once. */
function schemasIn(file: string): Map<string, object> {
  const cached = schemasByFile.get(file);
  if (cached) return cached;
  const schemas = new Map<string, object>();
  for (const doc of parseAllDocuments(readFileSync(join(CRD_DIR, file), "utf8"))) {
    const crd = doc.toJS() as Crd | null;
    if (crd?.kind !== "CustomResourceDefinition") continue;
    for (const version of crd.spec.versions) {
      const schema = version.schema?.openAPIV3Schema;
      if (schema) schemas.set(`${crd.spec.group}/${version.name}/${crd.spec.names.kind}`, schema);
    }
  }
  schemasByFile.set(file, schemas);
  return schemas;
}

/**
 * The schema for `group/version/Kind`, read from the file named after the kind's usual plural first
 * (`PrometheusRule` → `monitoring.coreos.com_prometheusrules.yaml`), then from the group's other files: parsing a
 * CRD costs up to seconds (AlertmanagerConfig's is 800 kB), so a kind never validated is never parsed.
 */
function schemaFor(group: string, key: string, kind: string): object | undefined {
  const files = groupFiles(group);
  const guess = `${group}_${kind.toLowerCase()}s.yaml`;
  for (const file of files.includes(guess) ? [guess, ...files.filter((name) => name !== guess)] : files) {
    const schema = schemasIn(file).get(key);
    if (schema) return schema;
  }
  return undefined;
}

/** The API group of an apiVersion (`monitoring.coreos.com/v1` → `monitoring.coreos.com`; core `v1` → ""). */
const groupOf = (apiVersion: string) => (apiVersion.includes("/") ? apiVersion.split("/")[0] : "");

/** Whether a CRD in `src/providers/schemas/crds/` belongs to the object's API group (core and built-in kinds have none). */
export function hasCrdGroup(object: KubernetesObject): boolean {
  return groupFiles(groupOf(object.apiVersion)).length > 0;
}

/**
 * Checks a custom resource against the schema of its CRD (found by API group, version and kind) and returns the
 * errors as `<JSON pointer> <message>` strings, e.g. `/spec/groups/0/rules/0/for must be string`; empty when valid.
 * Throws when no CRD in `src/providers/schemas/crds/` defines the object's apiVersion and kind.
 */
export function validateAgainstCrd(object: KubernetesObject): string[] {
  const key = `${object.apiVersion}/${object.kind}`;
  let validate = validators.get(key);
  if (!validate) {
    const group = groupOf(object.apiVersion);
    const schema = schemaFor(group, key, object.kind);
    if (!schema) {
      const known = groupFiles(group).flatMap((file) => [...schemasIn(file).keys()]).join(", ") || "none in this API group";
      throw new Error(`No CRD in src/providers/schemas/crds/ defines kind ${object.kind} in ${object.apiVersion}; known: ${known}`);
    }
    validate = ajv.compile(schema);
    validators.set(key, validate);
  }
  if (validate(object)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? "is invalid"}`);
}
