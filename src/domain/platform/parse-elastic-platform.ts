import { slug } from "../names/slugs";
import { quoted } from "../quoted";
import type { Problems } from "../problems";
import { DEFAULT_MAX_DISK_PER_NODE_GB, elasticTiers, type PolicyIngest } from "./elastic-sizing";
import type { ElasticPlatformProps } from "./platform-props";
import type { ElasticSpec, PlatformContext } from "./platform-spec";

/** The Elastic Stack release of the platform's parts when none is declared. */
export const DEFAULT_ELASTIC_VERSION = "9.1.0";
/** The category of records that name no `event.dataset`. */
export const DEFAULT_LOG_CATEGORY = "application";

/** The declared ingest of each ILM policy, recording a problem for each policy without one and each key of no policy. */
function policyIngest(props: ElasticPlatformProps, context: PlatformContext, problems: Problems): PolicyIngest[] {
  const ilm = context.logPolicies.filter((policy) => policy.lifecycle === "ilm");
  const ids = ilm.map((policy) => policy.id);
  for (const id of Object.keys(props.ingestGbPerDay).filter((key) => !ids.includes(key))) {
    problems.add(`ingestGbPerDay: ${quoted(id)} is no log policy of the stack that keeps logs on Elastic; use one of: ${ids.join(", ") || "(none)"}`);
  }
  return ilm.flatMap((policy) => {
    const gbPerDay = props.ingestGbPerDay[policy.id];
    if (gbPerDay === undefined) {
      problems.add(`ingestGbPerDay: no ingest for the log policy ${policy.id} (${policy.path}), which the cluster's tiers are sized from; add ${quoted(policy.id)}: <gb a day>`);
      return [];
    }
    return [{ id: policy.id, retention: policy.retention, gbPerDay }];
  });
}

/**
 * The platform's Elastic part (its problems recorded in `stackProblems`, prefixed `elastic`): the tiers its log policies' ILM phases use, sized from their declared ingest. A
 * serverless policy (data stream lifecycle) cannot live on this cluster, which runs ILM.
 */
export function parseElasticPlatform(props: ElasticPlatformProps, context: PlatformContext, stackProblems: Problems): ElasticSpec | undefined {
  if (context.logPolicies.length === 0) {
    stackProblems.add("elastic: no LogPolicy of the stack keeps logs on Elastic, so the cluster would hold nothing; declare one, or leave elastic out");
  }
  for (const policy of context.logPolicies.filter(({ lifecycle }) => lifecycle === "data-stream")) {
    stackProblems.add(`elastic: the log policy ${policy.id} (${policy.path}) is for a serverless cluster (elastic.serverless), but the platform's Elasticsearch runs ILM; remove serverless from the policy, or leave elastic out of the platform`);
  }
  const problems = stackProblems.under("elastic");
  const maxDiskPerNodeGb = props.maxDiskPerNodeGb ?? DEFAULT_MAX_DISK_PER_NODE_GB;
  const logstashReplicas = props.logstashReplicas ?? 2;
  const defaultCategory = props.defaultCategory ?? DEFAULT_LOG_CATEGORY;
  const ingest = policyIngest(props, context, problems);
  if (!problems.none) {
    return undefined;
  }
  return {
    version: props.version ?? DEFAULT_ELASTIC_VERSION,
    tiers: elasticTiers(ingest, maxDiskPerNodeGb),
    storageClass: props.storageClass,
    logstashReplicas,
    defaultCategory: slug(defaultCategory).replace(/-/g, "_"),
    dataStreamNamespace: slug(context.environment),
    environment: context.environment,
  };
}
