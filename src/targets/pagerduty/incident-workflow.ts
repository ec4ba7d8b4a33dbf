import { IncidentWorkflow } from "@cdktf/provider-pagerduty/lib/incident-workflow";
import { IncidentWorkflowTrigger } from "@cdktf/provider-pagerduty/lib/incident-workflow-trigger";
import type { IncidentStepProps, IncidentWorkflowProps, OnCallPlan, ResponderProps } from "../../domain/oncall/on-call-plan";
import type { TargetScope } from "../target-scope";
import { pagerDutyAny, pagerDutyMatches } from "./conditions";
import type { PagerDutyTeam } from "./pagerduty-team";

/** A PagerDuty incident workflow action: its id with version, the inputs it takes, and the evidence for both. */
export interface WorkflowAction {
  readonly id: string;
  readonly inputs: readonly string[];
  readonly source: string;
  /** Whether a PagerDuty source shows this id and these inputs; unconfirmed ones are listed in docs/vendor-contracts.md. */
  readonly confirmed: boolean;
}

const PROVIDER = "PagerDuty/terraform-provider-pagerduty v3.30.8";

/**
 * PagerDuty's workflow actions for the declared steps. Ids and versions are PagerDuty's to list (List Actions,
 * `GET /incident_workflows/actions`, as the provider's `docs/r/incident_workflow.html.markdown` says); these are
 * the ones a public source shows, or the best known where none does.
 */
export const WORKFLOW_ACTIONS = {
  addResponders: {
    id: "pagerduty.com:incident-workflows:add-responders:2",
    inputs: ["Responders", "Message"],
    source: "public Terraform configurations only; no PagerDuty source",
    confirmed: false,
  },
  postToSlack: {
    id: "pagerduty.com:slack:send-message-to-channel:2",
    inputs: ["Channel", "Message"],
    source: "no public occurrence; Slack actions depend on the account's Slack integration",
    confirmed: false,
  },
  conferenceBridge: {
    id: "pagerduty.com:incident-workflows:add-conference-bridge:5",
    inputs: ["Conference Number", "Conference URL", "Overwrite existing conference bridge"],
    source: `${PROVIDER} pagerduty/resource_pagerduty_incident_workflow_test.go (the last input is generated, default No)`,
    confirmed: true,
  },
  statusUpdate: {
    id: "pagerduty.com:incident-workflows:send-status-update:1",
    inputs: ["Message"],
    source: `${PROVIDER} website/docs/r/incident_workflow.html.markdown`,
    confirmed: true,
  },
} as const satisfies Readonly<Record<string, WorkflowAction>>;

function input(inputs: Record<string, string>) {
  return Object.entries(inputs).map(([name, value]) => ({ name, value }));
}

/** A responder as the add-responders action takes it. */
function responder(pagerDuty: PagerDutyTeam, declared: ResponderProps): { type?: string; id: string } {
  if ("schedule" in declared) {
    return { type: "schedule", id: pagerDuty.schedules.get(declared.schedule) as string };
  }
  if ("user" in declared) {
    return { type: "user", id: pagerDuty.users.get(declared.user) as string };
  }
  return { id: pagerDuty.escalationPolicyId, type: "escalation_policy" };
}

function step(plan: OnCallPlan, pagerDuty: PagerDutyTeam, declared: IncidentStepProps) {
  if ("addResponders" in declared) {
    const responders = declared.addResponders.responders.map((declaredResponder) => responder(pagerDuty, declaredResponder));
    const message = declared.addResponders.message ?? `Team ${plan.team} is needed on a high-priority incident`;
    return { name: "Add responders", action: WORKFLOW_ACTIONS.addResponders.id, input: input({ Responders: JSON.stringify(responders), Message: message }) };
  }
  if ("postToSlack" in declared) {
    const channel = declared.postToSlack.channel ?? plan.slackChannel ?? "";
    return { name: "Post to Slack", action: WORKFLOW_ACTIONS.postToSlack.id, input: input({ Channel: channel, Message: declared.postToSlack.message }) };
  }
  if ("conferenceBridge" in declared) {
    const bridge = { "Conference URL": declared.conferenceBridge.url, ...(declared.conferenceBridge.phone === undefined ? {} : { "Conference Number": declared.conferenceBridge.phone }) };
    return { name: "Start a conference bridge", action: WORKFLOW_ACTIONS.conferenceBridge.id, input: input(bridge) };
  }
  if ("statusUpdate" in declared) {
    return { name: "Send a status update", action: WORKFLOW_ACTIONS.statusUpdate.id, input: input({ Message: declared.statusUpdate.message }) };
  }
  return { name: declared.action.name, action: declared.action.id, input: input({ ...declared.action.inputs }) };
}

/**
 * The team's automated response to high-priority incidents: its declared steps, in order, started for every
 * incident of the team's services whose priority is one of the workflow's (P1 by default).
 */
export function emitIncidentWorkflow(
  target: TargetScope,
  plan: OnCallPlan,
  workflow: IncidentWorkflowProps,
  pagerDuty: PagerDutyTeam,
  services: ReadonlyMap<string, string>,
): void {
  const provider = target.terraform.pagerduty();
  const scope = target.terraformScope();
  const resource = new IncidentWorkflow(scope, "incident-workflow", {
    provider,
    name: target.stack.vendorName(`${plan.team} high-priority incident`),
    description: "Managed by Watchkeeper",
    team: pagerDuty.teamId,
    step: workflow.steps.map((declared) => step(plan, pagerDuty, declared)),
  });
  const priorities = workflow.priorities ?? ["P1"];
  new IncidentWorkflowTrigger(scope, "incident-workflow-trigger", {
    provider,
    type: "conditional",
    workflow: resource.id,
    services: [...services.values()],
    subscribedToAllServices: false,
    condition: pagerDutyAny(priorities.map((name) => pagerDutyMatches("incident.priority", name))),
  });
}
