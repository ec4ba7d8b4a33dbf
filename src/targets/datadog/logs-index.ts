import { LogsArchive, type LogsArchiveConfig } from "@cdktf/provider-datadog/lib/logs-archive";
import { LogsIndex } from "@cdktf/provider-datadog/lib/logs-index";
import type { LogArchiveDestination, LogPolicySpec } from "../../domain/logs/log-policy";
import { Lazy, TerraformOutput } from "cdktf";
import type { TargetScope } from "../target-scope";
import { datadogLogSearch } from "./log-search";

/** An archive's destination block: the bucket and the identity Datadog writes with (no secret involved). */
function destination(archive: LogArchiveDestination): Pick<LogsArchiveConfig, "s3Archive" | "gcsArchive" | "azureArchive"> {
  switch (archive.kind) {
    case "s3":
      return { s3Archive: { bucket: archive.bucket, path: archive.path, accountId: archive.accountId, roleName: archive.roleName } };
    case "gcs":
      return { gcsArchive: { bucket: archive.bucket, path: archive.path, projectId: archive.projectId, clientEmail: archive.clientEmail } };
    case "azure":
      return {
        azureArchive: {
          container: archive.container,
          path: archive.path,
          storageAccount: archive.storageAccount,
          clientId: archive.clientId,
          tenantId: archive.tenantId,
        },
      };
  }
}

/**
 * The names of the stack's log indexes, in declaration order, as the Terraform output `datadog_logs_indexes`.
 * Logs enter the first index whose filter they match (DataDog/documentation
 * `content/en/logs/log_configuration/indexes.md`), so these must come before any catch-all index in the
 * organisation's `datadog_logs_index_order`; that resource is one per organisation and must name every index
 * (DataDog/terraform-provider-datadog `docs/resources/logs_index_order.md`), so the organisation's own
 * configuration owns it and reads this output, rather than each stack writing one.
 */
function stackIndexNames(scope: TargetScope): string[] {
  const terraform = scope.terraform;
  return terraform.shared("datadog-logs-indexes", () => {
    const names: string[] = [];
    new TerraformOutput(terraform.stack, "datadog_logs_indexes", {
      value: Lazy.listValue({ produce: () => names }),
      description: "The stack's Datadog log indexes: list them before any catch-all index in the organisation's datadog_logs_index_order",
    });
    return names;
  });
}

/**
 * A log policy on Datadog: an index of the policy's logs with its retention and exclusion filters, and an archive
 * of the same logs when the policy keeps them longer than the index does. Terraform cannot delete a Datadog log
 * index: removing the policy leaves the index in the account (delete it in Datadog's UI).
 */
export function writeDatadogLogPolicy(scope: TargetScope, spec: LogPolicySpec): void {
  const datadog = spec.datadog;
  if (datadog === undefined) {
    return;
  }
  const provider = scope.terraform.datadog();
  const resources = scope.terraformScope();
  const name = scope.stack.vendorName(spec.id);
  stackIndexNames(scope).push(name);
  const query = datadogLogSearch(spec.filter);
  new LogsIndex(resources, "logs-index", {
    provider,
    name,
    filter: { query },
    retentionDays: datadog.indexRetentionDays,
    exclusionFilter: datadog.exclusionFilters.map((exclusion) => ({
      name: exclusion.name,
      isEnabled: true,
      filter: [{ query: datadogLogSearch(exclusion.query), sampleRate: exclusion.excludedRatio }],
    })),
  });
  if (datadog.archive !== undefined) {
    new LogsArchive(resources, "logs-archive", { provider, name, query, includeTags: true, ...destination(datadog.archive) });
  }
}
