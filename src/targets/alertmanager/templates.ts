/** `{{ with .CommonAnnotations.<name> }}` as a link, to Alertmanager's own page when the alerts lack one. */
const annotationLink = (annotation: string, text: string) => ({
  href: `{{ with .CommonAnnotations.${annotation} }}{{ . }}{{ else }}{{ $.ExternalURL }}{{ end }}`,
  text: `{{ if .CommonAnnotations.${annotation} }}${text}{{ else }}Alertmanager{{ end }}`,
});
const HEADLINE =
  '[{{ .Status | toUpper }}{{ if eq .Status "firing" }}:{{ .Alerts.Firing | len }}{{ end }}] {{ .CommonLabels.alertname }}' +
  " ({{ .CommonLabels.service }}){{ with .CommonAnnotations.summary }}: {{ . }}{{ end }}";

/**
 * What a PagerDuty event says (Alertmanager templates): PagerDuty's severity from the `severity` label (page and
 * critical → critical, ticket and warning → warning, else info), the alert's labels and links as details, and
 * links that are never empty (an event with an empty link would be rejected, and the page lost).
 */
export const PAGERDUTY_EVENT = {
  severity:
    '{{ if eq .CommonLabels.severity "page" "critical" }}critical' +
    '{{ else if eq .CommonLabels.severity "ticket" "warning" }}warning{{ else }}info{{ end }}',
  description: HEADLINE,
  details: {
    dashboard_url: "{{ .CommonAnnotations.dashboard_url }}",
    env: "{{ .CommonLabels.env }}",
    runbook_url: "{{ .CommonAnnotations.runbook_url }}",
    service: "{{ .CommonLabels.service }}",
    slo: "{{ .CommonLabels.slo }}",
    team: "{{ .CommonLabels.team }}",
  },
  links: [annotationLink("runbook_url", "Runbook"), annotationLink("dashboard_url", "Dashboard")],
} as const;

/** What a Slack message says: the headline, then each alert's summary, description, runbook and dashboard. */
export const SLACK_MESSAGE = {
  title: HEADLINE,
  text: [
    "{{ range .Alerts }}• {{ .Annotations.summary }}{{ with .Annotations.description }}\n{{ . }}{{ end }}",
    "{{ with .Annotations.runbook_url }}\n:book: <{{ . }}|Runbook>{{ end }}",
    "{{ with .Annotations.dashboard_url }}\n:bar_chart: <{{ . }}|Dashboard>{{ end }}\n{{ end }}",
  ].join(""),
} as const;
