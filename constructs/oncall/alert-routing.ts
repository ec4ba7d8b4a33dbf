import type { Construct } from "constructs";
import { routingPlanProblems, routingSecretProblems, type DefaultReceiverInput, type RoutingPlan, type SmtpInput } from "../../src/domain/routing/routing-plan";
import { propsSchema, secretRef, validatedBy } from "../../src/domain/validation/schema";
import { hostProblem } from "../../src/domain/validation/hosts";
import { z } from "zod";
import type { Problems } from "../../src/domain/problems";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import { when, type Outputs } from "../../src/outputs";
import { alertmanagerConfigProblems, emitAlertmanagerConfig } from "../../src/targets/alertmanager/alertmanager-config";
import { writeAlertmanagerFile } from "../../src/targets/alertmanager/alertmanager-file";
import { emailAddress, slackChannel } from "../../src/domain/oncall/on-call-team-schema";
import { MetaMonitoring } from "../meta/meta-monitoring";

/** An SMTP server as Alertmanager reads it: `host:port`, the host possibly an IPv6 address in brackets. */
/** The props of AlertRouting: where alerts of no team go, and how Alertmanager sends email. */
export interface AlertRoutingProps {
  /**
   * Where alerts of no known team go: the root route's receiver, "default". Needs slack, email or both, so that
   * an alert nobody claimed still reaches someone.
   * @default none: required
   * @example { slack: { channel: "#alerts", webhook: SecretRef.kubernetes("watchkeeper-alertmanager", "default-slack-webhook") } }
   */
  readonly defaultReceiver: DefaultReceiverInput;
  /**
   * The SMTP server of email receivers (the default receiver's and the teams' `email`).
   * @default none: no receiver may send email
   */
  readonly smtp?: SmtpInput;
  /**
   * Also write the routing as an AlertmanagerConfig resource (prometheus-operator), named "watchkeeper-routing",
   * in the stack's namespace. Its secrets must then be Kubernetes secrets, and its mute intervals in UTC.
   * The operator nests the resource's route under its own root, matching only alerts whose `namespace` label is
   * the resource's namespace (unless the Alertmanager sets `alertmanagerConfigMatcherStrategy: None`).
   * @default true
   */
  readonly kubernetes?: boolean;
}

/** The schema of an AlertRouting's props: addresses, channels, the SMTP host and port, SecretRefs for secrets. */
const alertRoutingSchema = propsSchema<AlertRoutingProps>()({
  defaultReceiver: z.strictObject({
    slack: z
      .strictObject({
        channel: slackChannel("#alerts"),
        webhook: secretRef,
      })
      .optional(),
    email: z.strictObject({ to: emailAddress("e.g. oncall@example.com") }).optional(),
  }),
  smtp: z
    .strictObject({
      smarthost: validatedBy((what, host) => hostProblem(what, host, { port: "required" })),
      from: emailAddress("e.g. alertmanager@example.com"),
      authUsername: z.string().optional(),
      authPassword: secretRef.optional(),
    })
    .optional(),
  kubernetes: z.boolean().optional(),
}) satisfies z.ZodType<AlertRoutingProps>;

/**
 * The stack's Alertmanager routing, one per stack, for every team the stack knows: pages to the team's PagerDuty
 * (with a copy in its Slack channel) repeated hourly, tickets and warnings to its Slack channel and email every 4
 * hours, info alerts to the same receivers once a day, alerts of no known team to the default receiver. A page
 * inhibits the ticket of the same SLO. The heartbeat of the stack's MetaMonitoring goes first, to its dead man's
 * switch, on its own timing. Writes `alertmanager/alertmanager.yml` (Alertmanager 0.25; a heartbeat whose URL is a
 * secret needs 0.26) and, unless switched off, the same routing as an AlertmanagerConfig resource. Secrets are
 * referenced, never written.
 *
 * @example
 * new AlertRouting(stack, "alert-routing", {
 *   defaultReceiver: { slack: { channel: "#alerts", webhook: SecretRef.kubernetes("watchkeeper-alertmanager", "default-slack-webhook") } },
 * });
 */
export class AlertRouting extends MonitoringConstruct<AlertRoutingProps, RoutingPlan> {
  /** @internal The schema the props are checked against before parse. */
  protected static readonly schema = alertRoutingSchema;

  constructor(scope: Construct, id: string, props: AlertRoutingProps) {
    super(scope, id, props);
  }

  /** Whether the AlertmanagerConfig resource is written. */
  get writesKubernetes(): boolean {
    return this.props.kubernetes ?? true;
  }

  /** The stack's routing plan: its teams as they are at synth, the props, and the heartbeat of its MetaMonitoring. */
  protected parse(problems: Problems): RoutingPlan {
    const heartbeat = this.stack.declarations().flatMap((declaration) => (declaration instanceof MetaMonitoring ? [declaration.heartbeatRoute()] : []))[0];
    const plan: RoutingPlan = { teams: this.stack.teamRoutes(), defaultReceiver: this.props.defaultReceiver, smtp: this.props.smtp, heartbeat };
    const first = this.stack.node.findAll().find((construct) => construct instanceof AlertRouting);
    if (first !== this) {
      problems.add(`the stack's alerts are already routed by ${first?.node.path}; a stack has one AlertRouting, so remove this one`);
    }
    problems.add(...routingSecretProblems(plan), ...routingPlanProblems(plan));
    return plan;
  }

  protected outputs(plan: RoutingPlan): Outputs {
    return {
      alertmanager: { write: (scope) => writeAlertmanagerFile(scope, plan) },
      kubernetes: when(this.writesKubernetes, () => ({
        kubernetes: true,
        problems: alertmanagerConfigProblems(plan),
        write: (scope) => emitAlertmanagerConfig(scope, plan),
      })),
    };
  }
}
