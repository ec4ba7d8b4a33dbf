import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  LOCATIONS,
  RETURNS_LOCATION,
  runbookUrl,
  TEAM,
  TRACED_SERVICE,
} from "./app/shop-monitoring";
import {
  standInRoutingKey,
  withoutEndpoints,
} from "./support/alertmanager-endpoints";
import { WEBHOOK_PREFIX, type Delivery } from "./support/capture-server";
import {
  isPagerDutyEvent,
  isPagerDutyEventOf,
  isSlackMessage,
  pagerDutyEvent,
  slackMessage,
  webhookMessage,
} from "./support/deliveries";
import { orchestrate } from "./support/pagerduty-orchestration";
import {
  COLLECTOR_JOB,
  SLOW_LOCATION,
  startEnvironment,
  type Environment,
} from "./support/environment";
import {
  gaps,
  heartbeatTiming,
  isHeartbeat,
  PIPELINE_RESEND_DELAY_MS,
  startHeartbeatPipeline,
} from "./support/heartbeat";
import {
  burnRateAlert,
  failingCheckAlert,
  probesMissingAlert,
  targetMissingAlert,
  theAlert,
} from "./support/rules";
import { scenario, scenarioTable } from "./support/scenario-table";
import {
  instantQuery,
  secondsSince,
  sleep,
  waitUntil,
} from "./support/waiting";

/**
 * Delivery on real daemons: a fault in a demo service becomes a notification at the capture server that stands for
 * PagerDuty and Slack, through the synthesized rule files (evaluated by Prometheus) and the synthesized
 * alertmanager.yml (run by Alertmanager). Every scenario has a service of its own and they run at once.
 *
 * The synthesized Alertmanager groups for 30 s before a first notification and 5 min before the next, so a page
 * arrives about half a minute after its alert fires and its resolve at the next 5-minute turn of its group.
 */

/** Waits: a fault to reach a receiver (scrape, rule evaluation, Prometheus's resend, group_wait, margin). */
const FIRST_NOTIFICATION_MS = 150_000;
/** The synthesized group_wait (30s) and a margin: when a held-back notification would have been sent. */
const GROUP_WAIT_AND_MARGIN_MS = 45_000;
/** The synthesized group_interval (5m) and a margin: when a group's next notification is due. */
const GROUP_INTERVAL_AND_MARGIN_MS = 390_000;
/** The meta-monitoring's promise: a scrape target lost is a ticket within 10 minutes. */
const TARGET_MISSING_WITHIN_MS = 600_000;
/** A location's probes missing for 1.5 runs (5s each) and the ticket's 3m `for`. */
const PROBES_MISSING_MS = 7_500 + 180_000;
/** The `for` of Alertmanager's failed-notification alerts (alertmanager-mixin's). */
const FAILED_TO_SEND_FOR_MS = 300_000;
/** How late a daemon's timer may fire, or a delivery arrive, on this machine. */
const TIMER_SLACK_MS = 2000;

let env: Environment;

/** The team's PagerDuty routing key, as the stand-in secret holds it. */
const teamRoutingKey = standInRoutingKey(
  TEAM.pagerDutyRoutingKey.secret,
  TEAM.pagerDutyRoutingKey.key
);
/** Where the team's Slack webhook delivers at the capture server. */
const teamWebhookPath = `/slack/${TEAM.slackWebhook.secret}/${TEAM.slackWebhook.key}`;

/** The orders incident, shared by the page and recovery scenarios: a 50% error ratio until the page arrives, then none. */
let ordersIncident:
  | Promise<{ faultAt: number; trigger: Delivery; recoveredAt: number }>
  | undefined;
function ordersPaged() {
  ordersIncident ??= (async () => {
    const faultAt = Date.now();
    await env.services.orders.setFault({ errorRatio: 0.5 });
    const page = burnRateAlert(env.alerts, "orders", "availability", "page");
    const trigger = await env.captures.main.waitFor(
      "page for orders",
      isPagerDutyEvent(page),
      FIRST_NOTIFICATION_MS
    );
    await env.services.orders.recover();
    return { faultAt, trigger, recoveredAt: Date.now() };
  })();
  return ordersIncident;
}

/** The labels of the alerts Prometheus holds (pending or firing) that match `selector`. */
async function alerts(
  selector: string
): Promise<Array<Record<string, string>>> {
  return (await instantQuery(env.prometheus.url, `ALERTS{${selector}}`)).map(
    ({ metric }) => metric
  );
}

/** That `service` was paged by nobody: no PagerDuty event delivered, and no page alert pending or firing. */
async function expectNoPage(service: string): Promise<void> {
  expect(
    env.captures.main.matching(isPagerDutyEventOf(service)),
    `no page delivered for ${service}`
  ).toEqual([]);
  expect(
    await alerts(`service="${service}",severity="page"`),
    `no page of ${service} pending or firing`
  ).toEqual([]);
}

/** What the main Alertmanager holds of an alert, in words, naming what inhibits it: for failure messages. */
async function heldState(labels: Record<string, string>): Promise<string> {
  const all = await env.alertmanagers.main.alerts({});
  const name = (fingerprint: string) => {
    const alert = all.find(
      (candidate) => candidate.fingerprint === fingerprint
    );
    return alert === undefined
      ? fingerprint
      : `${alert.labels.alertname}{severity="${alert.labels.severity}",slo="${
          alert.labels.slo ?? ""
        }"}`;
  };
  const held = await env.alertmanagers.main.alerts(labels);
  const states = held.map(({ status }) =>
    status.inhibitedBy.length === 0
      ? status.state
      : `${status.state}, inhibited by ${status.inhibitedBy
          .map(name)
          .join(" and ")}`
  );
  return states.join("; ") || "not held";
}

describe.concurrent("delivery on real daemons", () => {
  beforeAll(async () => {
    env = await startEnvironment();
  });

  afterAll(async () => {
    await env?.stop();
    console.log(`\n${scenarioTable()}`);
  });

  it(
    "Alertmanager runs the synthesized routing: only endpoints and secrets swapped",
    scenario("config: only endpoints and secrets swapped", async () => {
      for (const alertmanager of Object.values(env.alertmanagers)) {
        const running = readFileSync(alertmanager.configFile, "utf8");
        expect(withoutEndpoints(running)).toEqual(
          withoutEndpoints(env.synthesizedAlertmanagerConfig)
        );
        expect(running).not.toContain("/etc/alertmanager/secrets/");
      }
      return `${env.alertmanagers.main.swapped.length} fields swapped per Alertmanager`;
    })
  );

  it(
    "a high error ratio pages the team's PagerDuty: critical, deduplicated, with the runbook",
    scenario("fault (50% errors) -> page to PagerDuty", async () => {
      const { faultAt, trigger } = await ordersPaged();
      const event = pagerDutyEvent(trigger)!;
      expect(event.routing_key).toBe(teamRoutingKey);
      expect(event.payload.severity).toBe("critical");
      expect(event.dedup_key).toMatch(/\S/);
      expect(event.payload.custom_details).toMatchObject({
        service: "orders",
        slo: "availability",
        team: TEAM.name,
      });
      const runbook = runbookUrl("orders", "availability");
      const links = (event.links ?? []).map((link) => link.href);
      expect(
        links.includes(runbook) ||
          event.payload.custom_details?.runbook_url === runbook,
        `runbook ${runbook} in links ${links} or details`
      ).toBe(true);
      const page = burnRateAlert(env.alerts, "orders", "availability", "page");
      const keys = env.captures.main
        .matching(isPagerDutyEvent(page))
        .map((delivery) => pagerDutyEvent(delivery)!.dedup_key);
      expect(new Set(keys)).toEqual(new Set([event.dedup_key]));
      return `page ${secondsSince(
        faultAt,
        trigger.at
      )} after the fault, severity ${event.payload.severity}`;
    })
  );

  it(
    "recovery resolves the page, under the same dedup_key",
    scenario("recovery -> resolve with the same dedup_key", async () => {
      const { trigger, recoveredAt } = await ordersPaged();
      const page = burnRateAlert(env.alerts, "orders", "availability", "page");
      const resolve = await env.captures.main.waitFor(
        "resolve for orders",
        isPagerDutyEvent(page, "resolve"),
        GROUP_INTERVAL_AND_MARGIN_MS
      );
      expect(pagerDutyEvent(resolve)!.dedup_key).toBe(
        pagerDutyEvent(trigger)!.dedup_key
      );
      expect(pagerDutyEvent(resolve)!.routing_key).toBe(teamRoutingKey);
      const events = env.captures.main.matching(
        (delivery) =>
          isPagerDutyEvent(page)(delivery) ||
          isPagerDutyEvent(page, "resolve")(delivery)
      );
      expect(
        new Set(events.map((delivery) => pagerDutyEvent(delivery)!.dedup_key))
          .size
      ).toBe(1);
      return `resolve ${secondsSince(
        recoveredAt,
        resolve.at
      )} after recovery (${events.length} PagerDuty events, one dedup_key)`;
    })
  );

  it(
    "a slow burn opens a ticket in the team's Slack channel, and pages nobody",
    scenario(
      "slow burn (6% slow requests) -> Slack ticket, no page",
      async (started) => {
        const ticket = burnRateAlert(
          env.alerts,
          "catalog",
          "latency",
          "ticket"
        );
        const delivery = await env.captures.main.waitFor(
          "catalog latency ticket in Slack",
          isSlackMessage(ticket),
          FIRST_NOTIFICATION_MS
        );
        expect(delivery.path).toBe(teamWebhookPath);
        expect(slackMessage(delivery)!.channel).toBe(TEAM.slackChannel);
        expect(
          env.captures.main.matching(isPagerDutyEventOf("catalog"))
        ).toEqual([]);
        return `ticket in ${TEAM.slackChannel} ${secondsSince(
          started,
          delivery.at
        )} into the run, no PagerDuty event`;
      }
    )
  );

  it(
    "one probe location failing pages nobody; every location failing pages",
    scenario(
      "1 of 3 locations failing -> no page (then all -> page)",
      async () => {
        const storefront = env.services.storefront;
        const failing = failingCheckAlert(env.alerts, "storefront-home");
        const failingLocations = async () => {
          const results = await instantQuery(
            env.prometheus.url,
            'probe_success{flow="storefront-home"}'
          );
          return results.length === 3
            ? results
                .filter((sample) => sample.value === 0)
                .map((sample) => sample.metric.location)
            : undefined;
        };
        await waitUntil(
          "storefront probed from every location, healthy",
          async () => (await failingLocations())?.length === 0,
          30_000
        );
        await storefront.setFault({ latencyMs: 2000 }); // within the other locations' probe timeout, not the slow one's
        const oneLocationDown = async () =>
          (await failingLocations())?.join() === SLOW_LOCATION;
        await waitUntil(
          `storefront failing from ${SLOW_LOCATION} only`,
          oneLocationDown,
          30_000
        );
        const heldFrom = Date.now();
        const holdMs = 20_000 + GROUP_WAIT_AND_MARGIN_MS; // the check's forAtLeast, then its group's wait
        while (Date.now() - heldFrom < holdMs) {
          expect(
            await oneLocationDown(),
            `storefront kept failing from ${SLOW_LOCATION} only`
          ).toBe(true);
          await sleep(5000);
        }
        expect(
          env.captures.main.matching(isPagerDutyEventOf("storefront")),
          "no page with one location failing"
        ).toEqual([]);
        const allDownAt = Date.now();
        await storefront.setFault({ down: "503" });
        const page = await env.captures.main.waitFor(
          "storefront page with every location failing",
          isPagerDutyEvent(failing),
          FIRST_NOTIFICATION_MS
        );
        return `no page in ${secondsSince(
          heldFrom,
          allDownAt
        )} with 1 location failing; page ${secondsSince(
          allDownAt,
          page.at
        )} after all failed`;
      }
    )
  );

  it(
    "a page inhibits the ticket of its own SLO and not another ticket of the same service",
    scenario(
      "page inhibits its own ticket, not the service's others",
      async (started) => {
        const inventory = env.services.inventory;
        await inventory.setFault({ errorRatio: 0.5 });
        await inventory.setFault({ down: "503" }, "/api/stock");
        const page = burnRateAlert(
          env.alerts,
          "inventory",
          "availability",
          "page"
        );
        const ownTicket = burnRateAlert(
          env.alerts,
          "inventory",
          "availability",
          "ticket"
        );
        const otherTicket = failingCheckAlert(env.alerts, "inventory-stock");
        const paged = await env.captures.main.waitFor(
          "inventory page",
          isPagerDutyEvent(page),
          FIRST_NOTIFICATION_MS
        );
        const other = await env.captures.main.waitFor(
          "inventory stock ticket in Slack",
          isSlackMessage(otherTicket),
          FIRST_NOTIFICATION_MS
        );
        const ownLabels = {
          alertname: ownTicket.alert,
          service: "inventory",
          severity: "ticket",
        };
        await waitUntil(
          "the own ticket held by Alertmanager",
          async () =>
            (await env.alertmanagers.main.alerts(ownLabels)).length > 0,
          30_000
        );
        const [held] = await env.alertmanagers.main.alerts(ownLabels);
        await sleep(
          Math.max(
            0,
            Date.parse(held.startsAt) + GROUP_WAIT_AND_MARGIN_MS - Date.now()
          )
        );
        expect(
          env.captures.main.matching(isSlackMessage(ownTicket)),
          `own ticket (${await heldState(ownLabels)})`
        ).toEqual([]);
        expect(
          (await env.alertmanagers.main.alerts(ownLabels))[0]?.status
            .inhibitedBy.length,
          "own ticket inhibited"
        ).toBeGreaterThan(0);
        return `page at ${secondsSince(
          started,
          paged.at
        )}; own ticket inhibited; ${
          otherTicket.alert
        } delivered at ${secondsSince(started, other.at)}`;
      }
    )
  );

  it(
    "a check's page does not inhibit another check's ticket of the same service",
    scenario(
      "check page leaves another check's ticket alone",
      async (started) => {
        await env.services.search.setFault({ down: "503" });
        const page = failingCheckAlert(env.alerts, "search-home");
        const otherTicket = failingCheckAlert(env.alerts, "search-suggest");
        const paged = await env.captures.main.waitFor(
          "search page",
          isPagerDutyEvent(page),
          FIRST_NOTIFICATION_MS
        );
        const labels = { alertname: otherTicket.alert, service: "search" };
        const ticket = await env.captures.main
          .waitFor(
            `${otherTicket.alert} in Slack`,
            isSlackMessage(otherTicket),
            GROUP_WAIT_AND_MARGIN_MS
          )
          .catch(async (error: Error) => {
            throw new Error(
              `${otherTicket.alert} not delivered while ${
                page.alert
              } pages; Alertmanager holds it: ${await heldState(labels)}\n${
                error.message
              }`
            );
          });
        return `page at ${secondsSince(started, paged.at)}; ${
          otherTicket.alert
        } delivered at ${secondsSince(started, ticket.at)}`;
      }
    )
  );

  it(
    "Alertmanager stopped and restarted during a fault still delivers the page",
    scenario(
      "Alertmanager restarted during a fault -> page arrives",
      async (started) => {
        const { restart: alertmanager } = env.alertmanagers;
        const capture = env.captures.restart;
        const page = burnRateAlert(
          env.alerts,
          "payments",
          "availability",
          "page"
        );
        await env.services.payments.setFault({ errorRatio: 0.5 });
        const pageLabels = {
          alertname: page.alert,
          service: "payments",
          severity: "page",
        };
        await waitUntil(
          "payments page held by Alertmanager",
          async () => (await alertmanager.alerts(pageLabels)).length > 0,
          90_000,
          200
        );
        await alertmanager.stop(); // within its group's 30 s wait: the page was not sent yet
        expect(
          capture.matching(isPagerDutyEvent(page)),
          "page sent before the stop"
        ).toEqual([]);
        await sleep(5000);
        const restartedAt = Date.now();
        await alertmanager.start();
        const delivered = await capture.waitFor(
          "payments page after the restart",
          isPagerDutyEvent(page),
          FIRST_NOTIFICATION_MS
        );
        const event = pagerDutyEvent(delivered)!;
        expect(event.routing_key).toBe(teamRoutingKey);
        expect(event.payload.severity).toBe("critical");
        const other = await env.captures.main.waitFor(
          "payments page from the other Alertmanager",
          isPagerDutyEvent(page),
          FIRST_NOTIFICATION_MS
        );
        expect(
          event.dedup_key,
          "one incident, whichever Alertmanager notified"
        ).toBe(pagerDutyEvent(other)!.dedup_key);
        return `page ${secondsSince(
          restartedAt,
          delivered.at
        )} after the restart (${secondsSince(
          started,
          delivered.at
        )} after the fault)`;
      }
    )
  );

  it(
    "the synthesized PagerDuty event orchestration makes every captured page a P1 incident that starts the incident workflow",
    scenario(
      "captured pages -> orchestration: P1, incident workflow",
      async () => {
        await ordersPaged();
        const triggers = env.captures.main.matching(
          (delivery) => pagerDutyEvent(delivery)?.event_action === "trigger"
        );
        expect(triggers.length).toBeGreaterThan(0);
        const outcomes = triggers.map((delivery) => ({
          event: pagerDutyEvent(delivery)!,
          outcome: orchestrate(env.terraform, pagerDutyEvent(delivery)!),
        }));
        for (const { event, outcome } of outcomes) {
          const about = `${event.payload.summary} (component ${event.payload.component}, group ${event.payload.group}, severity ${event.payload.severity})`;
          expect(outcome, about).toEqual({
            service: TEAM.pagerDutyService,
            suppressed: false,
            priority: "P1",
            severity: "critical",
            workflows: [TEAM.incidentWorkflow],
            matched: [`Other events of team ${TEAM.name}`, "Pages are P1"],
          });
        }
        const services = [
          ...new Set(outcomes.map(({ event }) => event.payload.component)),
        ]
          .sort()
          .join(", ");
        return `${outcomes.length} page events (${services}) -> ${TEAM.pagerDutyService}, P1, "${TEAM.incidentWorkflow}"`;
      }
    )
  );

  it(
    "the heartbeat reaches its dead man's switch every repeat interval, firing, unmuted and never resolved",
    scenario(
      "heartbeat -> dead man's switch, every repeat",
      async (started) => {
        const { repeatMs, checkMs } = heartbeatTiming(
          env.synthesizedAlertmanagerConfig
        );
        const capture = env.captures.main;
        await waitUntil(
          "four heartbeats at the switch",
          () => capture.matching(isHeartbeat).length >= 4,
          FIRST_NOTIFICATION_MS + 4 * (repeatMs + checkMs)
        );
        const pings = capture.matching(isHeartbeat);
        const between = gaps(pings);
        expect(
          Math.min(...between),
          "no ping before its repeat interval"
        ).toBeGreaterThanOrEqual(repeatMs - TIMER_SLACK_MS);
        expect(
          Math.max(...between),
          "a ping every repeat interval, checked every group interval"
        ).toBeLessThanOrEqual(repeatMs + checkMs + TIMER_SLACK_MS);
        const message = webhookMessage(pings[0], "heartbeat")!;
        expect(message.alerts.map((alert) => alert.labels)).toEqual([
          expect.objectContaining({
            alertname: "Watchdog",
            severity: "info",
            team: TEAM.name,
            env: "e2e",
          }),
        ]);
        expect(
          capture.matching(
            (delivery) =>
              webhookMessage(delivery, "heartbeat")?.status === "resolved"
          )
        ).toEqual([]);
        expect(
          capture.matching(
            (delivery) =>
              JSON.stringify(delivery.body).includes("Watchdog") &&
              !isHeartbeat(delivery)
          ),
          "the Watchdog reaches no team"
        ).toEqual([]);
        const held = await env.alertmanagers.main.alerts({
          alertname: "Watchdog",
        });
        expect(
          held.map(({ status }) => [
            status.state,
            status.inhibitedBy,
            status.silencedBy,
          ])
        ).toEqual([["active", [], []]]);
        const range = `${secondsSince(0, Math.min(...between))}-${secondsSince(
          0,
          Math.max(...between)
        )}`;
        return `${pings.length} pings by ${secondsSince(
          started
        )}, ${range} apart (repeat ${secondsSince(0, repeatMs)})`;
      }
    )
  );

  it(
    "the heartbeat's loss is noticed: once Prometheus stops, the switch hears nothing for three repeat intervals",
    scenario("heartbeat lost: Prometheus stopped -> pings stop", async () => {
      const { repeatMs, checkMs } = heartbeatTiming(
        env.synthesizedAlertmanagerConfig
      );
      const pipeline = await startHeartbeatPipeline(env);
      try {
        const { capture } = pipeline;
        await waitUntil(
          "three heartbeats from the pipeline",
          () => capture.matching(isHeartbeat).length >= 3,
          FIRST_NOTIFICATION_MS + 3 * (repeatMs + checkMs)
        );
        const longestWhileRunning = Math.max(
          ...gaps(capture.matching(isHeartbeat))
        );
        const stoppedAt = Date.now();
        await pipeline.prometheus.stop();
        // Alertmanager holds the Watchdog until it expires (4 resend delays after Prometheus's last send), then it may
        // still send the repeat that fell due; three repeat intervals of silence follow.
        const expiryMs = 4 * PIPELINE_RESEND_DELAY_MS;
        await sleep(
          expiryMs + repeatMs + checkMs + TIMER_SLACK_MS + 3 * repeatMs
        );
        const pings = capture.matching(isHeartbeat);
        const last = pings[pings.length - 1].at;
        expect(
          pings.filter((ping) => ping.at > stoppedAt).length,
          "at most the repeat that fell due"
        ).toBeLessThanOrEqual(1);
        expect(
          last - stoppedAt,
          "the last ping within the alert's expiry and one repeat"
        ).toBeLessThanOrEqual(expiryMs + repeatMs + checkMs + TIMER_SLACK_MS);
        const silence = Date.now() - last;
        expect(
          silence,
          "silence longer than any gap while Prometheus ran"
        ).toBeGreaterThan(3 * longestWhileRunning);
        const lastPing =
          last > stoppedAt
            ? `${secondsSince(stoppedAt, last)} after`
            : `${secondsSince(last, stoppedAt)} before`;
        return `pings at most ${secondsSince(
          0,
          longestWhileRunning
        )} apart; the last ${lastPing} the stop, then ${secondsSince(
          0,
          silence
        )} of silence`;
      } finally {
        await pipeline.stop();
      }
    })
  );

  it(
    "a scrape target lost is a ticket within 10 minutes, and its SLOs, blind, page nobody",
    scenario("target lost (collector stopped) -> ticket, no page", async () => {
      const { collector } = env;
      const missing = targetMissingAlert(env.alerts, COLLECTOR_JOB);
      const absentSli = theAlert(
        env.alerts,
        { service: TRACED_SERVICE, slo: "span-errors", severity: "ticket" },
        /^absent\(/
      );
      await waitUntil(
        `${TRACED_SERVICE}'s collector scraped and its SLO measured`,
        async () =>
          (
            await instantQuery(
              env.prometheus.url,
              `up{job="${COLLECTOR_JOB}"} == 1 and on() slo:sli_error:ratio_rate5m{sloth_service="${TRACED_SERVICE}"}`
            )
          ).length === 1,
        60_000
      );
      const lostAt = Date.now();
      await collector.stop();
      await waitUntil(
        `${absentSli.alert} pending once the series are gone`,
        async () =>
          (
            await alerts(`alertname="${absentSli.alert}",alertstate="pending"`)
          ).length === 1,
        30_000
      );
      const ticket = await env.captures.main.waitFor(
        `${missing.alert} for job ${COLLECTOR_JOB} in Slack`,
        (delivery) =>
          isSlackMessage(missing)(delivery) &&
          slackMessage(delivery)!.attachments[0].text.includes(
            `of job "${COLLECTOR_JOB}"`
          ),
        TARGET_MISSING_WITHIN_MS - (Date.now() - lostAt)
      );
      const afterLoss = ticket.at - lostAt;
      expect(afterLoss, "not before its 5m `for`").toBeGreaterThanOrEqual(
        300_000
      );
      expect(ticket.path).toBe(teamWebhookPath);
      const message = slackMessage(ticket)!;
      expect(message.channel).toBe(TEAM.slackChannel);
      const text = message.attachments[0].text;
      expect(text).toContain(
        `Prometheus cannot scrape ${collector.address} of job "${COLLECTOR_JOB}"`
      );
      expect(text).toContain(missing.annotations.runbook_url);
      expect(
        (await alerts(`alertname="${missing.alert}",alertstate="firing"`)).map(
          ({ job, instance, alertstate }) => ({ job, instance, alertstate })
        ),
        "the lost target alone is missing: Prometheus and the Alertmanagers are scraped"
      ).toEqual([
        {
          job: COLLECTOR_JOB,
          instance: collector.address,
          alertstate: "firing",
        },
      ]);
      await expectNoPage(TRACED_SERVICE);
      expect(
        await alerts(`alertname="${absentSli.alert}"`),
        `its SLO's own ticket still pending (for ${absentSli.for})`
      ).toEqual([expect.objectContaining({ alertstate: "pending" })]);
      return `ticket ${secondsSince(0, afterLoss)} after the loss (for ${
        missing.for
      }); no page; ${absentSli.alert} pending (for ${absentSli.for})`;
    }),
    TARGET_MISSING_WITHIN_MS + 90_000
  );

  it(
    "a probe location's blackbox exporter gone is a ticket naming the location, and pages nobody",
    scenario("prober gone -> ProbesMissing ticket, no page", async () => {
      const flow = "returns-home";
      const probesMissing = probesMissingAlert(env.alerts, flow);
      const [otherLocation] = LOCATIONS;
      const succeeding = async () =>
        (
          await instantQuery(
            env.prometheus.url,
            `probe_success{flow="${flow}"} == 1`
          )
        )
          .map(({ metric }) => metric.location)
          .sort();
      await waitUntil(
        `${flow} probed from ${otherLocation} and ${RETURNS_LOCATION}, healthy`,
        async () =>
          (await succeeding()).join() ===
          [otherLocation, RETURNS_LOCATION].sort().join(),
        60_000
      );
      const lostAt = Date.now();
      await env.probers[RETURNS_LOCATION].stop();
      const ticket = await env.captures.main.waitFor(
        `${probesMissing.alert} in Slack`,
        isSlackMessage(probesMissing),
        PROBES_MISSING_MS + FIRST_NOTIFICATION_MS
      );
      const afterLoss = ticket.at - lostAt;
      expect(afterLoss, "not before its `for`").toBeGreaterThanOrEqual(
        PROBES_MISSING_MS - TIMER_SLACK_MS
      );
      expect(ticket.path).toBe(teamWebhookPath);
      const text = slackMessage(ticket)!.attachments[0].text;
      expect(text).toContain(`has reported from ${RETURNS_LOCATION} for`);
      expect(text).toContain(probesMissing.annotations.runbook_url);
      expect(
        (
          await alerts(`alertname="${probesMissing.alert}",alertstate="firing"`)
        ).map(({ location }) => location),
        "the lost location alone is missing"
      ).toEqual([RETURNS_LOCATION]);
      expect(
        await succeeding(),
        `still probed from ${otherLocation}, healthy`
      ).toEqual([otherLocation]);
      await expectNoPage("returns");
      return `ticket ${secondsSince(
        0,
        afterLoss
      )} after the loss (missing ${secondsSince(
        0,
        PROBES_MISSING_MS
      )}), from ${RETURNS_LOCATION} only; no page`;
    })
  );

  it(
    "an Alertmanager whose notifications fail is watched: AlertmanagerFailedToSendAlerts fires for it alone and tickets the team",
    scenario(
      "heartbeat answered 500 -> AlertmanagerFailedToSendAlerts",
      async () => {
        const { restart: alertmanager } = env.alertmanagers;
        const capture = env.captures.restart;
        const heartbeatPath = `${WEBHOOK_PREFIX}heartbeat`;
        capture.failDeliveriesTo(heartbeatPath);
        const failedToSend = theAlert(
          env.alerts,
          { service: "monitoring", severity: "ticket" },
          /alertmanager_notifications_failed_total/
        );
        const clusterFailed = theAlert(
          env.alerts,
          { service: "monitoring", severity: "page" },
          /alertmanager_notifications_failed_total/
        );
        const firing = `alertname="${failedToSend.alert}",alertstate="firing"`;
        await waitUntil(
          `${failedToSend.alert} firing`,
          async () => (await alerts(firing)).length > 0,
          FAILED_TO_SEND_FOR_MS + FIRST_NOTIFICATION_MS,
          2000
        );
        const firedAt = Date.now();
        const failedDeliveries = capture.matching(
          (delivery) => delivery.path === heartbeatPath
        );
        expect(
          failedDeliveries.length,
          "heartbeats answered 500"
        ).toBeGreaterThan(0);
        expect(
          firedAt - failedDeliveries[0].at,
          "not before its `for`"
        ).toBeGreaterThanOrEqual(FAILED_TO_SEND_FOR_MS);
        expect(
          (await alerts(firing)).map(({ instance, integration }) => ({
            instance,
            integration,
          })),
          "the failing Alertmanager's webhook alone"
        ).toEqual([{ instance: alertmanager.address, integration: "webhook" }]);
        expect(
          await alerts(`alertname="${clusterFailed.alert}"`),
          "the other Alertmanager delivers: no cluster-wide failure"
        ).toEqual([]);
        const ticket = await env.captures.main.waitFor(
          `${failedToSend.alert} in Slack`,
          isSlackMessage(failedToSend),
          FIRST_NOTIFICATION_MS
        );
        expect(ticket.path).toBe(teamWebhookPath);
        const text = slackMessage(ticket)!.attachments[0].text;
        expect(text).toContain(
          `Alertmanager ${alertmanager.address} failed to send more than 1% of its notifications to webhook`
        );
        expect(text).toContain(failedToSend.annotations.runbook_url);
        return `firing ${secondsSince(
          failedDeliveries[0].at,
          firedAt
        )} after the first failed delivery (for ${
          failedToSend.for
        }), ticket ${secondsSince(firedAt, ticket.at)} later; ${
          clusterFailed.alert
        } quiet`;
      }
    ),
    FAILED_TO_SEND_FOR_MS + 2 * FIRST_NOTIFICATION_MS + 30_000
  );
});
