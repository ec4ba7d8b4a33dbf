import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { AlertRouting, MetaMonitoring, OnCallTeam, SecretRef } from "../../../constructs";
import { run } from "../../../src/cli/checks/tools";
import { testApp, testStack } from "../../support/app";

const SECRET = "watchkeeper-alertmanager";

/**
 * The heartbeat in the synthesized alertmanager.yml, put to Alertmanager's own code: its public-URL form (which
 * Alertmanager 0.25 reads) loads, and the Watchdog as the rule file labels it reaches the heartbeat receiver alone,
 * though its team is muted all day, every day.
 */
describe("MetaMonitoring's heartbeat in alertmanager.yml", () => {
  let file: string;
  let config: { route: { routes: Array<Record<string, unknown>> } };
  let watchdog: Record<string, string>;

  beforeAll(() => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    const everyDay = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    const platform = new OnCallTeam(stack, "platform-team", {
      name: "platform",
      members: ["alice@example.com"],
      slackChannel: "#platform",
      recurringMutes: [{ name: "always", weekdays: everyDay, start: "00:00", end: "23:59" }],
    });
    new MetaMonitoring(stack, "meta", {
      owner: platform,
      runbookBaseUrl: "https://runbooks.example.com/monitoring",
      heartbeat: {
        webhook: { url: "https://api.opsgenie.com/v2/heartbeats/production/ping", credentials: { type: "GenieKey", secret: SecretRef.kubernetes(SECRET, "opsgenie-key") } },
      },
    });
    new AlertRouting(stack, "routing", { defaultReceiver: { slack: { channel: "#alerts", webhook: SecretRef.kubernetes(SECRET, "default-slack") } } });
    test.app.synth();
    const files = test.files("production");
    file = join(test.folder, "dist/production/alertmanager/alertmanager.yml");
    config = parse(files.get("alertmanager/alertmanager.yml") as string);
    const rules = parse(files.get("prometheus/meta-monitoring.rules.yml") as string) as { groups: Array<{ rules: Array<{ alert?: string; labels: Record<string, string> }> }> };
    const rule = rules.groups.flatMap((group) => group.rules).find((candidate) => candidate.alert === "Watchdog");
    watchdog = { alertname: "Watchdog", ...rule?.labels };
  });

  it("passes amtool check-config", async () => {
    const result = await run("amtool", ["check-config", file]);
    expect(result.ok, result.output).toBe(true);
  });

  it("routes the Watchdog to the heartbeat receiver only, and the team's other info alerts to the team (amtool config routes test)", async () => {
    const route = async (labels: Record<string, string>) => {
      const result = await run("amtool", ["config", "routes", "test", `--config.file=${file}`, ...Object.entries(labels).map(([name, value]) => `${name}=${value}`)]);
      return result.output.split("\n").filter((line) => line !== "" && !line.startsWith("Warning:"));
    };
    expect(watchdog).toMatchObject({ severity: "info", team: "platform", env: "production" });
    expect(await route(watchdog)).toEqual(["heartbeat"]);
    expect(await route({ ...watchdog, alertname: "PlatformNotice" })).toEqual(["platform-ticket"]);
  });

  it("mutes the team's routes and never the heartbeat's", () => {
    const [heartbeat, team] = config.route.routes;
    expect(heartbeat).toMatchObject({ receiver: "heartbeat" });
    expect(heartbeat).not.toHaveProperty("mute_time_intervals");
    expect(team).toMatchObject({ receiver: "platform-ticket", mute_time_intervals: ["platform-platform-always"] });
  });
});
