import { ElasticsearchComponentTemplate } from "../../providers/elasticstack/elasticsearch-component-template";
import {
  ElasticsearchIndexLifecycle,
  type ElasticsearchIndexLifecycleConfig,
} from "../../providers/elasticstack/elasticsearch-index-lifecycle";
import { ElasticsearchIndexTemplate } from "../../providers/elasticstack/elasticsearch-index-template";
import { dataStreamName, type LogPolicySpec } from "../../domain/logs/log-policy";
import type { Retention, RetentionPhase } from "../../domain/logs/retention";
import type { TargetScope } from "../target-scope";
import { ECS_LOG_MAPPING } from "./ecs-mapping";

/** The shared component template holding the structured-log mapping, one per stack (with the stack's vendor suffix). */
const ECS_COMPONENT_TEMPLATE = "watchkeeper-ecs-logs";
/** Index priority above Elastic's built-in `logs-*-*` template (100), so that a policy's template wins. */
const TEMPLATE_PRIORITY = 200;
/** Recovery priority per phase: hot indices recover first after a restart. */
const PHASE_PRIORITY = { hot: 100, warm: 50, cold: 0 } as const;

/** A phase's ILM block: its start age, priority, and for hot the rollover conditions. */
function ilmPhase(phase: RetentionPhase): Record<string, unknown> {
  const minAge = `${phase.minAgeDays}d`;
  switch (phase.phase) {
    case "hot":
      return {
        minAge: "0ms",
        rollover: { maxAge: `${phase.rollover.maxAgeDays}d`, maxPrimaryShardSize: `${phase.rollover.maxPrimaryShardSizeGb}gb` },
        setPriority: { priority: PHASE_PRIORITY.hot },
      };
    case "warm":
      return { minAge, setPriority: { priority: PHASE_PRIORITY.warm }, readonly: { enabled: true } };
    case "cold":
      return { minAge, setPriority: { priority: PHASE_PRIORITY.cold }, readonly: { enabled: true } };
    case "delete":
      return { minAge, delete: { deleteSearchableSnapshot: true } };
  }
}

/** The ILM policy's phases, keyed as the `elasticsearch_index_lifecycle` resource names them. */
export function ilmPhases(retention: Retention): Pick<ElasticsearchIndexLifecycleConfig, "hot" | "warm" | "cold" | "delete"> {
  return Object.fromEntries(retention.phases.map((phase) => [phase.phase, ilmPhase(phase)]));
}

/**
 * A log policy on Elastic: the stack's ECS component template (shared), an index template for the policy's data
 * stream composed of it, and its lifecycle: an ILM policy (hot with rollover, warm, optional cold, delete at the
 * retention) on a classic cluster, or the data stream lifecycle's retention on a serverless one, which has no ILM
 * (set in the template, so that the data stream has it from its first write).
 */
export function writeElasticLogPolicy(scope: TargetScope, spec: LogPolicySpec): void {
  const provider = scope.terraform.elasticstack();
  const resources = scope.terraformScope();
  const component = scope.terraform.shared("ecs-logs-component-template", (shared, id) =>
    new ElasticsearchComponentTemplate(shared, id, {
      provider,
      name: `${scope.stack.vendorName(ECS_COMPONENT_TEMPLATE)}@mappings`,
      template: { mappings: JSON.stringify(ECS_LOG_MAPPING) },
      metadata: JSON.stringify({ managed_by: "watchkeeper" }),
    }),
  );
  const stream = dataStreamName(spec);
  const metadata = JSON.stringify({ managed_by: "watchkeeper", category: spec.category, subject: spec.subject });
  const ilm =
    spec.elastic?.lifecycle === "ilm"
      ? new ElasticsearchIndexLifecycle(resources, "ilm-policy", { provider, name: `${stream}-policy`, metadata, ...ilmPhases(spec.retention) })
      : undefined;
  new ElasticsearchIndexTemplate(resources, "index-template", {
    provider,
    name: stream,
    indexPatterns: [`${stream}*`],
    composedOf: [component.name],
    priority: TEMPLATE_PRIORITY,
    dataStream: {},
    metadata,
    template:
      ilm === undefined
        ? { lifecycle: { dataRetention: `${spec.retention.retentionDays}d` } }
        : { settings: JSON.stringify({ "index.lifecycle.name": ilm.name }) },
  });
}
