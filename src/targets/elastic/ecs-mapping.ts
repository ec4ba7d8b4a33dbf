/**
 * The structured-log mapping every log policy's data stream is composed of: the ECS fields a service's logs must
 * carry so that they are searchable by level and service and link to traces (`trace.id`, `span.id`).
 */
type FieldMapping = { readonly type: string } | { readonly properties: Readonly<Record<string, FieldMapping>> };

const keyword = { type: "keyword" } as const;

/** The ECS fields of a structured log, as an index mapping. */
export const ECS_LOG_MAPPING: { readonly dynamic: boolean; readonly properties: Readonly<Record<string, FieldMapping>> } = {
  dynamic: true,
  properties: {
    "@timestamp": { type: "date" },
    message: { type: "match_only_text" },
    log: { properties: { level: keyword, logger: keyword } },
    service: { properties: { name: keyword, version: keyword, environment: keyword } },
    trace: { properties: { id: keyword } },
    span: { properties: { id: keyword } },
    event: { properties: { dataset: keyword, category: keyword, action: keyword, outcome: keyword } },
    error: { properties: { type: keyword, message: { type: "match_only_text" }, stack_trace: { type: "wildcard" } } },
  },
};
