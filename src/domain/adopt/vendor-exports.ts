import type { Problems } from "../problems";

/** An object of a vendor account, as a saved export lists it. */
export interface ExportedObject {
  /** The Terraform resource type that manages such objects. */
  readonly type: string;
  /** Its id, as Terraform imports it. */
  readonly id: string;
  readonly name: string;
  /** Its own type where the vendor has several (a monitor's `query alert`, an SLO's `metric`). @default none */
  readonly kind?: string;
  /** The file it was read from. */
  readonly source: string;
}

/** One saved export: its objects, and what it says of the pages it leaves out. */
export interface ExportPage {
  readonly objects: readonly ExportedObject[];
  /** PagerDuty: `more`, whether further pages hold more objects. @default false */
  readonly more?: boolean;
  /** Datadog SLOs: how many objects the query matched on all pages (`metadata.page`). @default unknown */
  readonly total?: number;
}

/** A vendor list request whose saved answer adopt reads. */
export interface ExportShape {
  readonly type: string;
  /** The request, as the vendor's API reference names it. */
  readonly request: string;
  /** The answer's shape, for errors. */
  readonly shape: string;
  /** The answer's list of objects, or undefined when the answer is not of this shape. */
  readonly list: (json: unknown) => unknown[] | undefined;
  /** Whether the object ids are JSON numbers (Datadog monitors) rather than strings. */
  readonly numericIds: boolean;
}

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
const listAt = (key: string) => (json: unknown) => {
  const value = record(json)?.[key];
  return Array.isArray(value) ? value : undefined;
};

/**
 * The exports adopt reads, by name (the command's option without its dashes). Shapes as the vendors answer: Datadog
 * `GET /api/v1/monitor` a JSON array of monitors, `GET /api/v1/slo` `{"data": [...], "metadata": {"page": ...}}`
 * (terraform-provider-datadog's recorded answers, datadog/tests/cassettes/TestAccDatadogMonitorsDatasource.yaml and
 * TestAccDatadogServiceLevelObjectivesDatasource.yaml); PagerDuty `GET /services` `{"services": [...], "limit",
 * "offset", "more", "total"}` and `GET /escalation_policies` `{"escalation_policies": [...], …}` (PagerDuty/api-schema
 * reference/REST/openapiv3.json, listServices and listEscalationPolicies).
 */
export const EXPORT_SHAPES = {
  "datadog-monitors": { type: "datadog_monitor", request: "Datadog GET /api/v1/monitor", shape: 'a JSON array of monitors ([{"id": 2081, "name": "…", "type": "query alert", …}])', list: (json: unknown) => (Array.isArray(json) ? json : undefined), numericIds: true },
  "datadog-slos": { type: "datadog_service_level_objective", request: "Datadog GET /api/v1/slo", shape: '{"data": [{"id": "…", "name": "…", "type": "metric", …}]}', list: listAt("data"), numericIds: false },
  "pagerduty-services": { type: "pagerduty_service", request: "PagerDuty GET /services", shape: '{"services": [{"id": "PIJ90N7", "name": "…", …}], "more": false, …}', list: listAt("services"), numericIds: false },
  "pagerduty-escalation-policies": { type: "pagerduty_escalation_policy", request: "PagerDuty GET /escalation_policies", shape: '{"escalation_policies": [{"id": "PANZZEQ", "name": "…", …}], "more": false, …}', list: listAt("escalation_policies"), numericIds: false },
} as const satisfies Record<string, ExportShape>;

/** The name of an export adopt reads. */
export type ExportName = keyof typeof EXPORT_SHAPES;

/** What an answer of another shape is, to point at the right option; or why it is no list at all. */
function whatItIs(json: unknown): string | undefined {
  const other = (Object.keys(EXPORT_SHAPES) as ExportName[]).find((name) => EXPORT_SHAPES[name].list(json) !== undefined);
  if (other !== undefined) {
    return `it looks like the answer of ${EXPORT_SHAPES[other].request}: give it as --${other}`;
  }
  const errors = record(json)?.errors ?? record(record(json)?.error)?.message;
  return errors === undefined ? undefined : `it is an error answer (${JSON.stringify(errors)}): check the API keys and the request, and save the list again`;
}

const MOST_LISTED = 5;

/**
 * The objects of one saved export, read as `name` says it was requested; problems name the file, the object (by its
 * position) and what was expected, at most five objects' worth and a count of the rest.
 */
export function readExport(name: ExportName, json: unknown, source: string, problems: Problems): ExportPage | undefined {
  const shape: ExportShape = EXPORT_SHAPES[name];
  const list = shape.list(json);
  if (list === undefined) {
    const hint = whatItIs(json);
    problems.add(`--${name} ${source}: not the answer of ${shape.request}, which is ${shape.shape}${hint === undefined ? "" : `; ${hint}`}`);
    return undefined;
  }
  const objects: ExportedObject[] = [];
  const bad: string[] = [];
  list.forEach((entry, index) => {
    const object = record(entry);
    const id = shape.numericIds ? (Number.isSafeInteger(object?.id) ? String(object?.id) : undefined) : typeof object?.id === "string" ? object.id : undefined;
    const kind = typeof object?.type === "string" && shape.type.startsWith("datadog_") ? object.type : undefined;
    if (id === undefined || typeof object?.name !== "string") {
      bad.push(`[${index}] has no ${shape.numericIds ? "integer" : "string"} "id" and string "name"`);
    } else {
      objects.push({ type: shape.type, id, name: object.name, source, ...(kind === undefined ? {} : { kind }) });
    }
  });
  if (bad.length > 0) {
    const more = bad.length > MOST_LISTED ? `, and ${bad.length - MOST_LISTED} more` : "";
    problems.add(`--${name} ${source}: ${bad.slice(0, MOST_LISTED).join("; ")}${more}: ${shape.request} answers ${shape.shape}`);
    return undefined;
  }
  const page = record(record(record(json)?.metadata)?.page);
  const total = page?.total_filtered_count ?? page?.total_count;
  return { objects, ...(record(json)?.more === true ? { more: true } : {}), ...(typeof total === "number" ? { total } : {}) };
}

/**
 * Why the pages given for one export leave objects out, with the fix, or undefined: PagerDuty pages that all say
 * `more` (the last page is missing), Datadog SLO pages holding fewer objects than their `metadata.page` counts. A
 * missing object would match no declaration, and Terraform would create a second one.
 */
export function missingPagesProblem(name: ExportName, pages: readonly ExportPage[]): string | undefined {
  if (pages.length > 0 && pages.every((page) => page.more === true)) {
    return `--${name}: every page given says "more": true, so objects are missing; save the next pages too (offset=100, 200, … with limit=100) and give each with --${name}`;
  }
  const totals = pages.flatMap((page) => (page.total === undefined ? [] : [page.total]));
  const count = new Set(pages.flatMap((page) => page.objects.map((object) => object.id))).size;
  if (totals.length > 0 && count < Math.max(...totals)) {
    return `--${name}: the pages given hold ${count} objects of the ${Math.max(...totals)} their metadata counts; save the rest (a larger limit, or the next offsets) and give each page with --${name}`;
  }
  return undefined;
}
