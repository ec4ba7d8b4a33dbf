/**
 * Validates Kubernetes custom resources against the CustomResourceDefinitions in `src/providers/schemas/crds/`,
 * the way the API server would check their structure (types, required properties, enums, patterns).
 */
import Ajv, { type CodeOptions, type ValidateFunction } from "ajv";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";

const CRD_DIR = join(__dirname, "../../src/providers/schemas/crds");

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

let schemas: Map<string, object> | undefined;
const validators = new Map<string, ValidateFunction>();

/** `group/version/Kind` (`v1/Kind` for the core group) to the version's OpenAPI schema, for every CRD file. */
function loadSchemas(): Map<string, object> {
  if (schemas) return schemas;
  schemas = new Map();
  for (const file of readdirSync(CRD_DIR).filter((name) => /\.ya?ml$/.test(name)).sort()) {
    for (const doc of parseAllDocuments(readFileSync(join(CRD_DIR, file), "utf8"))) {
      const crd = doc.toJS() as Crd | null;
      if (crd?.kind !== "CustomResourceDefinition") continue;
      for (const version of crd.spec.versions) {
        const schema = version.schema?.openAPIV3Schema;
        if (schema) schemas.set(`${crd.spec.group}/${version.name}/${crd.spec.names.kind}`, schema);
      }
    }
  }
  return schemas;
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
    const schema = loadSchemas().get(key);
    if (!schema) {
      const known = [...loadSchemas().keys()].join(", ");
      throw new Error(`No CRD in src/providers/schemas/crds/ defines kind ${object.kind} in ${object.apiVersion}; known: ${known}`);
    }
    validate = ajv.compile(schema);
    validators.set(key, validate);
  }
  if (validate(object)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? "is invalid"}`);
}
