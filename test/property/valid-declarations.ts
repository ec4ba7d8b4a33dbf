import fc from "fast-check";
import type { OnCallTeamProps, ServiceSloProps, SliProps } from "../../constructs";
import { fullDeclaration, type Declaration } from "./declaration";

/** Labels Watchkeeper sets itself, which an SLO's `labels` may not override. */
const OWN_LABELS = ["severity", "team", "service", "env", "slo", "le", "job", "instance"];

const word = fc.stringMatching(/^[a-z][a-z0-9]{1,9}$/);
const metric = fc.stringMatching(/^[a-z][a-z0-9_]{2,12}[a-z0-9]$/);
const labelName = fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/).filter((name) => !OWN_LABELS.includes(name) && !name.startsWith("sloth"));
/** Label values hold any text: quotes, line breaks and template braces are escaped in YAML, never copied into Datadog. */
const labelValue = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,11}$/),
  fc.constantFrom('a"b', "it's", "line\nbreak", "back\\slash", "ünïcødé 🚀", "{{ $value }}", "key: value #note", " padded "),
);

/** An objective people use: 90% to 99.99%, in hundredths. */
const objective = fc.integer({ min: 9000, max: 9999 }).map((hundredths) => hundredths / 100);

/** An SLI of each kind, over the service's own metrics. Latency thresholds are Prometheus' default bucket bounds, written both ways. */
function sli(service: string): fc.Arbitrary<{ sli: SliProps; datadog: boolean; metrics: string[] }> {
  const selector = (name: string, extra = "") => `${name}{service="${service}"${extra}}`;
  const events = fc.record({ name: metric, good: fc.boolean() }).map(({ name, good }) => ({
    sli: {
      events: good
        ? { good: selector(`${name}_total`, ',code!~"5.."'), total: selector(`${name}_total`) }
        : { errors: selector(`${name}_total`, ',code=~"5.."'), total: selector(`${name}_total`) },
    },
    datadog: true,
    metrics: [`${name}_total`],
  }));
  const latency = fc.record({ name: metric, threshold: fc.constantFrom("100ms", "250ms", "0.25s", "500ms", "1s", "2500ms", "2.5s", "10s") }).map(({ name, threshold }) => ({
    sli: { latency: { histogram: selector(`${name}_seconds`), threshold } },
    datadog: true,
    metrics: [`${name}_seconds_*`],
  }));
  const query = metric.map((name) => ({
    sli: { query: { errorRatio: `1 - avg_over_time(${selector(name)}[{{.window}}])`, totalEvents: `count_over_time(${selector(name)}[{{.window}}])` } },
    datadog: false,
    metrics: [name],
  }));
  return fc.oneof(events, latency, query);
}

/** An SLO of the service, and the metrics it reads; Datadog is switched off where it cannot measure (28d, PromQL queries). */
function slo(service: string, name: string): fc.Arbitrary<{ props: ServiceSloProps; metrics: string[] }> {
  const period = fc.constantFrom("7d", "28d", "30d", "90d");
  return fc
    .record({ objective, period, measured: sli(service), labels: fc.dictionary(labelName, labelValue, { maxKeys: 3 }), description: fc.option(fc.constantFrom("Checkout works", "Pages load fast"), { nil: undefined }) })
    .map(({ objective: value, period: length, measured, labels, description }) => ({
      props: {
        service,
        name,
        objective: value,
        period: length,
        sli: measured.sli,
        labels,
        description,
        runbookUrl: `https://runbooks.example.com/${service}/${name}`,
        outputs: { datadog: measured.datadog && length !== "28d" },
      },
      metrics: measured.metrics,
    }));
}

/** A team reachable for pages and tickets: members, one or two services, Slack and/or email, maybe its own schedule. */
const team: fc.Arbitrary<OnCallTeamProps> = fc
  .record({
    name: word,
    people: fc.uniqueArray(word, { minLength: 1, maxLength: 3 }),
    services: fc.uniqueArray(word, { minLength: 1, maxLength: 2 }),
    reach: fc.constantFrom("slack", "email", "both"),
    customSchedule: fc.boolean(),
  })
  .map(({ name, people, services, reach, customSchedule }) => {
    const members = people.map((person) => `${person}@example.com`);
    return {
      name,
      members,
      services: services.map((service) => `${name}-${service}`),
      slackChannel: reach === "email" ? undefined : `#${name}-alerts`,
      email: reach === "slack" ? undefined : `${name}@example.com`,
      schedules: customSchedule ? [{ name: `${name} primary`, timeZone: "Europe/Berlin", layers: [{ name: "daily", rotation: "daily", handoffTime: "08:30" }] }] : undefined,
      recurringMutes: customSchedule ? [{ name: "weekend", weekdays: ["saturday", "sunday"], start: "00:00", end: "06:00" }] : undefined,
    } satisfies OnCallTeamProps;
  });

/** A valid declaration: a generated team, its SLOs (one to four, of any kind), the routing and error tracking of the full one. */
export const validDeclaration: fc.Arbitrary<Declaration> = team.chain((props) => {
  const service = (props.services as string[])[0];
  return fc
    .uniqueArray(word, { minLength: 1, maxLength: 4 })
    .chain((names) => fc.tuple(...names.map((name) => slo(service, name))))
    .map((slos) => {
      const full = fullDeclaration();
      // Sentry cannot mail an arbitrary address: error tracking only for teams with a Slack channel.
      const errorTrackings = props.slackChannel === undefined ? [] : [{ ...full.errorTrackings[0], service }];
      // The service exports the metrics its SLOs read, as the team declares them.
      const signals = { description: `the ${service} service`, metrics: [...new Set(slos.flatMap((slo) => slo.metrics))], labels: ["service", "code", "le"] };
      const stack = { ...full.stack, externalSignals: [signals] };
      return { ...full, stack, team: props, slos: slos.map((slo) => slo.props), errorTrackings };
    });
});
