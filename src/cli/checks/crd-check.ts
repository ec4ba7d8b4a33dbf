import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import { checkResult, counted, skippedCheck, type CheckResult } from "./check-result";
import { hasCrdGroup, validateAgainstCrd, type KubernetesObject } from "./crd-schema";
import { objectName } from "./promql-sources";

/**
 * Checks every document of the given Kubernetes manifests (paths relative to `outdir`) against the JSON schema of
 * its CustomResourceDefinition, with ajv, as the API server would. Objects of groups without a CRD here (core and
 * built-in kinds) are counted as not checked; without any custom resource the check is skipped.
 */
export function crdCheck(outdir: string, manifests: readonly string[]): CheckResult {
  const name = "Kubernetes CRD schemas";
  if (manifests.length === 0) return skippedCheck(name, "no Kubernetes manifest");
  const failures: string[] = [];
  let checked = 0;
  let unchecked = 0;
  for (const file of manifests) {
    for (const document of parseAllDocuments(readFileSync(join(outdir, file), "utf8"))) {
      if (document.errors.length > 0) {
        failures.push(`${file}: not YAML: ${document.errors[0].message.split("\n")[0]}`);
        continue;
      }
      const object = document.toJS() as KubernetesObject | null;
      if (object === null) continue;
      if (typeof object.apiVersion !== "string" || typeof object.kind !== "string") {
        failures.push(`${file}: a document without apiVersion and kind`);
      } else if (!hasCrdGroup(object)) {
        unchecked++;
      } else {
        checked++;
        try {
          failures.push(...validateAgainstCrd(object).map((error) => `${file}: ${objectName(object)}: ${error}`));
        } catch (error) {
          failures.push(`${file}: ${objectName(object)}: ${(error as Error).message}`);
        }
      }
    }
  }
  const without = unchecked > 0 ? `, ${unchecked} without a CRD not checked` : "";
  if (checked === 0 && failures.length === 0) return skippedCheck(name, "no custom resource", `${counted(unchecked, "object")} in ${counted(manifests.length, "manifest")}, none with a CRD`);
  return checkResult(name, `${counted(checked, "object")} in ${counted(manifests.length, "manifest")}${without}`, failures);
}
