import fc from "fast-check";
import { SecretRef, type AlertRoutingProps, type OnCallTeamProps, type OwnedServiceProps } from "../../constructs";
import type { Declaration } from "./declaration";
import { PATHS } from "./declaration";
import { badClock, badCount, badEmail, badName, badTimeZone, badUrl, literalSecret, mutation, replaceAt, taintedWord } from "./mutation";

const onTeam = (patch: (team: OnCallTeamProps) => OnCallTeamProps) => (declaration: Declaration): Declaration => ({
  ...declaration,
  team: patch(declaration.team),
});
const onService = (patch: (service: OwnedServiceProps) => OwnedServiceProps) =>
  onTeam((team) => ({ ...team, services: replaceAt(team.services as OwnedServiceProps[], 0, patch) }));
const onRouting = (patch: (routing: AlertRoutingProps) => AlertRoutingProps) => (declaration: Declaration): Declaration => ({
  ...declaration,
  routings: replaceAt(declaration.routings, 0, patch),
});

const team = <T>(kind: string, values: fc.Arbitrary<T>, patch: (team: OnCallTeamProps, value: T) => OnCallTeamProps) =>
  mutation(`team.${kind}`, PATHS.team, values, (declaration, value) => onTeam((props) => patch(props, value))(declaration));
const service = <T>(kind: string, values: fc.Arbitrary<T>, patch: (service: OwnedServiceProps, value: T) => OwnedServiceProps) =>
  mutation(`team.services.${kind}`, PATHS.team, values, (declaration, value) => onService((props) => patch(props, value))(declaration));
const routing = <T>(kind: string, values: fc.Arbitrary<T>, patch: (routing: AlertRoutingProps, value: T) => AlertRoutingProps) =>
  mutation(`routing.${kind}`, PATHS.routing(0), values, (declaration, value) => onRouting((props) => patch(props, value))(declaration));

const fileSecret = SecretRef.file("/run/secrets/slack");

/** Bad fields of an OnCallTeam, one at a time. */
export const TEAM_MUTATIONS = [
  team("name", badName, (props, name) => ({ ...props, name })),
  team("members.address", badEmail, (props, address) => ({ ...props, members: [...(props.members ?? []), address] })),
  team("members.duplicate", fc.constantFrom("alice@example.com", "bob@example.com"), (props, address) => ({ ...props, members: [...(props.members ?? []), address] })),
  team("slackChannel", fc.oneof(fc.constantFrom("", "#", "checkout-alerts", "#Checkout", "#check out", "#a/b", "#🚀"), taintedWord.map((channel) => `#${channel}`)), (props, slackChannel) => ({ ...props, slackChannel })),
  team("email", badEmail, (props, email) => ({ ...props, email })),
  team("schedules.timeZone", badTimeZone, (props, timeZone) => ({ ...props, schedules: replaceAt(props.schedules ?? [], 0, (s) => ({ ...s, timeZone })) })),
  team("schedules.handoffTime", badClock, (props, handoffTime) => ({
    ...props,
    schedules: replaceAt(props.schedules ?? [], 0, (s) => ({ ...s, layers: replaceAt(s.layers ?? [], 0, (layer) => ({ ...layer, handoffTime })) })),
  })),
  team("schedules.layerMember", badEmail.map((email) => `x${email}`), (props, member) => ({
    ...props,
    schedules: replaceAt(props.schedules ?? [], 0, (s) => ({ ...s, layers: replaceAt(s.layers ?? [], 0, (layer) => ({ ...layer, members: [member] })) })),
  })),
  team("schedules.duplicate", fc.constant(undefined), (props) => ({ ...props, schedules: [...(props.schedules ?? []), ...(props.schedules ?? [])] })),
  team("escalation.delayMinutes", fc.oneof(badCount, fc.constant(0)), (props, delayMinutes) => ({
    ...props,
    escalation: { ...props.escalation, levels: replaceAt(props.escalation?.levels ?? [], 0, (level) => ({ ...level, delayMinutes })) },
  })),
  team("escalation.loops", fc.oneof(badCount, fc.integer({ min: 10, max: 1000 })), (props, loops) => ({ ...props, escalation: { ...props.escalation, loops } })),
  team("escalation.notify", fc.constantFrom([], [{ schedule: "nobody's schedule" }], [{ user: "carol@example.com" }]), (props, notify) => ({
    ...props,
    escalation: { ...props.escalation, levels: replaceAt(props.escalation?.levels ?? [], 0, (level) => ({ ...level, notify })) },
  })),
  service("name", badName, (props, name) => ({ ...props, name, dependsOn: undefined })),
  mutation("team.services.duplicate", PATHS.stack, fc.constant(undefined), onService((props) => ({ ...props, name: "payments", dependsOn: undefined }))),
  service("dependsOn", fc.constantFrom("inventory", "checkout", ""), (props, name) => ({ ...props, dependsOn: [name] })),
  service("autoResolveMinutes", badCount, (props, autoResolveMinutes) => ({ ...props, autoResolveMinutes })),
  service("acknowledgementTimeoutMinutes", badCount, (props, acknowledgementTimeoutMinutes) => ({ ...props, acknowledgementTimeoutMinutes })),
  service("supportHours.timeZone", badTimeZone, (props, timeZone) => ({ ...props, urgency: { supportHours: { timeZone } } })),
  service("supportHours.days", fc.constantFrom([0], [8], [1.5], [Number.NaN]), (props, days) => ({ ...props, urgency: { supportHours: { timeZone: "UTC", days } } })),
  service("supportHours.start", fc.constantFrom("9:00", "09:00", "25:00:00", "17:00:00"), (props, start) => ({ ...props, urgency: { supportHours: { timeZone: "UTC", start, end: "17:00:00" } } })),
  service("runbookUrl", badUrl, (props, runbookUrl) => ({ ...props, runbookUrl })),
  service("dashboardUrl", badUrl, (props, dashboardUrl) => ({ ...props, dashboardUrl })),
  team("maintenanceWindows.start", fc.constantFrom("", "tomorrow", "2026-13-45T00:00:00Z", "2026-12-13T05:00:00Z"), (props, start) => ({
    ...props,
    maintenanceWindows: replaceAt(props.maintenanceWindows ?? [], 0, (window) => ({ ...window, start })),
  })),
  team("recurringMutes.weekdays", fc.constantFrom([], ["Saturday"], ["sat"], ["saturday", "funday"]), (props, weekdays) => ({
    ...props,
    recurringMutes: replaceAt(props.recurringMutes ?? [], 0, (mute) => ({ ...mute, weekdays })),
  })),
  team("recurringMutes.end", fc.oneof(badClock, fc.constantFrom("01:00", "02:00")), (props, end) => ({
    ...props,
    recurringMutes: replaceAt(props.recurringMutes ?? [], 0, (mute) => ({ ...mute, end })),
  })),
  team("recurringMutes.timeZone", badTimeZone, (props, timeZone) => ({ ...props, recurringMutes: replaceAt(props.recurringMutes ?? [], 0, (mute) => ({ ...mute, timeZone })) })),
  mutation("team.recurringMutes.duplicate", PATHS.routing(0), fc.constant(undefined), onTeam((props) => ({ ...props, recurringMutes: [...(props.recurringMutes ?? []), ...(props.recurringMutes ?? [])] }))),
  team("incidentWorkflow.steps", fc.constantFrom([], [{ addResponders: { responders: [{ schedule: "nobody's schedule" }] } }]), (props, steps) => ({
    ...props,
    incidentWorkflow: { ...props.incidentWorkflow, steps },
  })),
  team("incidentWorkflow.priorities", fc.constantFrom([], ["P9"], ["high"], [""]), (props, priorities) => ({
    ...props,
    incidentWorkflow: { steps: props.incidentWorkflow?.steps ?? [], priorities },
  })),
  team("incidentWorkflow.conferenceBridge", badUrl, (props, url) => ({ ...props, incidentWorkflow: { steps: [{ conferenceBridge: { url } }] } })),
  team("incidentWorkflow.postToSlack", fc.constantFrom("general", "#General", "#a b"), (props, channel) => ({ ...props, incidentWorkflow: { steps: [{ postToSlack: { channel, message: "Incident" } }] } })),
  team("alertmanager.pagerDutyRoutingKey", literalSecret, (props, key) => ({ ...props, alertmanager: { ...props.alertmanager, pagerDutyRoutingKey: key as never } })),
  team("alertmanager.slackWebhook", literalSecret, (props, key) => ({ ...props, alertmanager: { ...props.alertmanager, slackWebhook: key as never } })),
  mutation("team.alertmanager.slackWebhook.file", PATHS.routing(0), fc.constant(fileSecret), onTeam((props) => ({ ...props, alertmanager: { ...props.alertmanager, slackWebhook: fileSecret } }))),
];

/** Bad fields of the stack's AlertRouting, one at a time, and a second AlertRouting. */
export const ROUTING_MUTATIONS = [
  routing("defaultReceiver.none", fc.constant(undefined), (props) => ({ ...props, defaultReceiver: {} })),
  routing("defaultReceiver.slack.webhook", fc.oneof(literalSecret, fc.constant(fileSecret)), (props, webhook) => ({
    ...props,
    defaultReceiver: { slack: { channel: "#alerts", webhook: webhook as never } },
  })),
  routing("defaultReceiver.slack.channel", fc.constantFrom("", "alerts", "#Alerts", "#a b", "#🚀"), (props, channel) => ({
    ...props,
    defaultReceiver: { slack: { channel, webhook: SecretRef.kubernetes("watchkeeper-alertmanager", "default-slack-webhook") } },
  })),
  routing("defaultReceiver.email.to", badEmail, (props, to) => ({ ...props, defaultReceiver: { email: { to } } })),
  routing("smtp.missing", fc.constant(undefined), (props) => ({ ...props, smtp: undefined })),
  routing("smtp.smarthost", fc.constantFrom("", "smtp.example.com", "smtp.example.com:", ":587", "smtp.example.com:port", "smtp example.com:587"), (props, smarthost) => ({
    ...props,
    smtp: { ...(props.smtp ?? { from: "alertmanager@example.com" }), smarthost },
  })),
  routing("smtp.from", badEmail, (props, from) => ({ ...props, smtp: { ...(props.smtp ?? { smarthost: "smtp.example.com:587" }), from } })),
  routing("smtp.authPassword", literalSecret, (props, password) => ({ ...props, smtp: { ...(props.smtp ?? { smarthost: "smtp.example.com:587", from: "a@example.com" }), authPassword: password as never } })),
  mutation("routing.duplicate", PATHS.routing(1), fc.constant(undefined), (declaration) => ({ ...declaration, routings: [...declaration.routings, declaration.routings[0]] })),
];
