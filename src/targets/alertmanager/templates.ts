import { ALERTMANAGER_EVENT_FIELDS, DEFAULT_EVENT_SEVERITY, EVENT_SEVERITY_OF_LABEL } from "../pagerduty/events-v2";

/** `{{ with .CommonAnnotations.<name> }}` as a link, to Alertmanager's own page when the alerts lack one. */
const annotationLink = (annotation: string, text: string) => ({
  href: `{{ with .CommonAnnotations.${annotation} }}{{ . }}{{ else }}{{ $.ExternalURL }}{{ end }}`,
  text: `{{ if .CommonAnnotations.${annotation} }}${text}{{ else }}Alertmanager{{ end }}`,
});
const HEADLINE =
  '[{{ .Status | toUpper }}{{ if eq .Status "firing" }}:{{ .Alerts.Firing | len }}{{ end }}] {{ .CommonLabels.alertname }}' +
  " ({{ .CommonLabels.service }}){{ with .CommonAnnotations.summary }}: {{ . }}{{ end }}";

/** The event severity as a template: `{{ if eq .CommonLabels.severity "page" "critical" }}critical{{ else if … }}…{{ else }}info{{ end }}`. */
const SEVERITY_TEMPLATE =
  EVENT_SEVERITY_OF_LABEL.map(({ severity, labels }, index) =>
    `{{ ${index === 0 ? "if" : "else if"} eq .CommonLabels.severity ${labels.map((label) => `"${label}"`).join(" ")} }}${severity}`,
  ).join("") + `{{ else }}${DEFAULT_EVENT_SEVERITY}{{ end }}`;

/** The `pagerduty_configs` keys of the contract (../pagerduty/events-v2.ts) that the templates fill. */
type EventConfigKey = (typeof ALERTMANAGER_EVENT_FIELDS)[keyof typeof ALERTMANAGER_EVENT_FIELDS]["config"];

/**
 * What a PagerDuty event says (Alertmanager templates, by `pagerduty_configs` key): PagerDuty's severity from the
 * `severity` label (page and critical → critical, ticket and warning → warning, else info), which the event
 * orchestration reads at `event.severity`; the PD-CEF fields an orchestration can match on (`source` and
 * `component` the service, `group` the team, `class` the SLO, instead of Alertmanager's default source
 * `Alertmanager`); the alert's labels, its own severity label included, and links as details; and links that are
 * never empty (an event with an empty link would be rejected, and the page lost).
 */
export const PAGERDUTY_EVENT = {
  severity: SEVERITY_TEMPLATE,
  description: HEADLINE,
  source: "{{ .CommonLabels.service }}",
  component: "{{ .CommonLabels.service }}",
  group: "{{ .CommonLabels.team }}",
  class: "{{ .CommonLabels.slo }}",
  details: {
    dashboard_url: "{{ .CommonAnnotations.dashboard_url }}",
    env: "{{ .CommonLabels.env }}",
    runbook_url: "{{ .CommonAnnotations.runbook_url }}",
    service: "{{ .CommonLabels.service }}",
    severity: "{{ .CommonLabels.severity }}",
    slo: "{{ .CommonLabels.slo }}",
    team: "{{ .CommonLabels.team }}",
  },
  links: [annotationLink("runbook_url", "Runbook"), annotationLink("dashboard_url", "Dashboard")],
} as const satisfies Partial<Record<EventConfigKey, unknown>>;

/** What a Slack message says: the headline, then each alert's summary, description, runbook and dashboard. */
export const SLACK_MESSAGE = {
  title: HEADLINE,
  text: [
    "{{ range .Alerts }}• {{ .Annotations.summary }}{{ with .Annotations.description }}\n{{ . }}{{ end }}",
    "{{ with .Annotations.runbook_url }}\n:book: <{{ . }}|Runbook>{{ end }}",
    "{{ with .Annotations.dashboard_url }}\n:bar_chart: <{{ . }}|Dashboard>{{ end }}\n{{ end }}",
  ].join(""),
} as const;
