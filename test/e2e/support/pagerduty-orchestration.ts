import { CEF_PAYLOAD_FIELDS } from "../../../src/targets/pagerduty/events-v2";
import type { PagerDutyEvent } from "./deliveries";
import { evaluateCondition } from "./pcl";

/**
 * What PagerDuty would do with an Events API v2 event, by the synthesized Terraform (cdk.tf.json): the global event
 * orchestration's router picks a service (its first rule with a matching condition, else its catch-all), the
 * service's orchestration applies the actions of its first matching rule (priority, severity, suppression), and an
 * incident of that priority starts every conditional incident workflow trigger on that service whose condition
 * holds. Semantics: PagerDuty/terraform-provider-pagerduty v3.30.8 website/docs/r/event_orchestration_router and
 * _service.html.markdown (rules in order, the first match wins, a rule matches when any of its conditions does) and
 * r/incident_workflow_trigger.html.markdown; conditions by ./pcl.
 */

/** The parts of a stack's cdk.tf.json the evaluation reads. */
export interface TerraformConfig {
  readonly resource: Readonly<Record<string, Readonly<Record<string, any>>>>;
  readonly data?: Readonly<Record<string, Readonly<Record<string, any>>>>;
}

/** What became of an event. */
export interface Orchestrated {
  /** The PagerDuty service's name, or undefined when the router left the event unrouted. */
  readonly service?: string;
  readonly suppressed: boolean;
  /** The incident's priority name (P1), when a rule set one. */
  readonly priority?: string;
  readonly severity?: string;
  /** The incident workflows the incident starts, by name. */
  readonly workflows: readonly string[];
  /** The labels of the rules that matched, in order: router, then service. */
  readonly matched: readonly string[];
}

type Rule = { label?: string; condition?: Array<{ expression: string }>; actions: Record<string, any> };

/** The event as PCL sees it: PD-CEF fields of the payload at `event`, the body as sent at `raw_event`. */
export function pclContext(body: PagerDutyEvent): { event: Record<string, unknown>; raw_event: PagerDutyEvent } {
  const payload = body.payload as Record<string, unknown>;
  return { event: Object.fromEntries(CEF_PAYLOAD_FIELDS.filter((field) => payload[field] !== undefined).map((field) => [field, payload[field]])), raw_event: body };
}

/** `${type.name.attribute}` → the resource (or `data.type.name`) it refers to, and its address. */
function referenced(config: TerraformConfig, reference: string): { address: string; value: Record<string, any> } | undefined {
  const match = /^\$\{(data\.)?([\w-]+)\.([\w-]+)\.[\w]+\}$/.exec(reference);
  if (match === null) {
    return undefined;
  }
  const [, data, type, name] = match;
  const value = (data === undefined ? config.resource : config.data)?.[type]?.[name];
  return value === undefined ? undefined : { address: `${data ?? ""}${type}.${name}`, value };
}

/** The first rule whose conditions (any of them) hold, or undefined. */
function firstMatch(rules: readonly Rule[], context: unknown): Rule | undefined {
  return rules.find((rule) => (rule.condition ?? []).some((condition) => evaluateCondition(condition.expression, context)));
}

const sets = (set: unknown): Array<{ id: string; rule?: Rule[] }> => (Array.isArray(set) ? set : [set]) as Array<{ id: string; rule?: Rule[] }>;

/** What PagerDuty does with the event, by the configuration. */
export function orchestrate(config: TerraformConfig, body: PagerDutyEvent): Orchestrated {
  const context = pclContext(body);
  const routers = Object.values(config.resource.pagerduty_event_orchestration_router ?? {});
  if (routers.length !== 1) {
    throw new Error(`expected one event orchestration router, found ${routers.length}`);
  }
  const [router] = routers;
  const routed = firstMatch(sets(router.set).find((set) => set.id === "start")?.rule ?? [], context);
  const routeTo = (routed?.actions.route_to ?? router.catch_all.actions.route_to) as string;
  const service = referenced(config, routeTo);
  if (service === undefined) {
    return { suppressed: false, workflows: [], matched: routed?.label === undefined ? [] : [routed.label] };
  }
  const orchestration = Object.values(config.resource.pagerduty_event_orchestration_service ?? {}).find((candidate) => candidate.service === routeTo);
  const rule = orchestration === undefined ? undefined : firstMatch(sets(orchestration.set).find((set) => set.id === "start")?.rule ?? [], context);
  const actions = (rule?.actions ?? orchestration?.catch_all?.actions ?? {}) as Record<string, any>;
  const matched = [routed?.label, rule?.label].filter((label): label is string => label !== undefined);
  const priority = actions.priority === undefined ? undefined : (referenced(config, actions.priority)?.value.name as string | undefined);
  const suppressed = actions.suppress === true;
  const workflows = suppressed || priority === undefined ? [] : startedWorkflows(config, routeTo, priority);
  return { service: service.value.name as string, suppressed, priority, severity: actions.severity, workflows, matched };
}

/** The incident workflows an incident of the service and priority starts: conditional triggers on the service whose condition holds. */
function startedWorkflows(config: TerraformConfig, serviceReference: string, priority: string): string[] {
  const triggers = Object.values(config.resource.pagerduty_incident_workflow_trigger ?? {});
  return triggers
    .filter((trigger) => trigger.type === "conditional")
    .filter((trigger) => trigger.subscribed_to_all_services === true || (trigger.services as string[] | undefined)?.includes(serviceReference))
    .filter((trigger) => evaluateCondition(trigger.condition as string, { incident: { priority } }))
    .map((trigger) => referenced(config, trigger.workflow as string)?.value.name as string);
}
