import { describe, expect, it } from "vitest";
import { OnCallTeam } from "../../constructs";
import { testApp, testStack } from "../support/app";

const members = ["ana.lima@example.com", "ben.okafor@example.com", "chen@example.com"];
const schedules = [{ name: "primary" }, { name: "secondary" }];
const maintenanceWindows = [
  { start: "2026-12-06T02:00:00Z", end: "2026-12-06T04:00:00Z", description: "database upgrade" },
  { start: "2027-01-10T01:00:00Z", end: "2027-01-10T02:00:00Z", description: "network maintenance" },
];

/** What each resource is (its user, schedule name or start), by logical id. */
const IDENTITY: Record<string, string> = { pagerduty_team_membership: "user_id", pagerduty_schedule: "name", pagerduty_maintenance_window: "start_time" };

/** The team's memberships, schedules and maintenance windows, by type: the logical ids, sorted, and what each is. */
function logicalIds(order: (list: readonly unknown[]) => unknown[]): Record<string, Array<[string, unknown]>> {
  const { app, terraform } = testApp();
  const stack = testStack(app, "production");
  new OnCallTeam(stack, "checkout-team", {
    name: "checkout",
    members: order(members) as string[],
    schedules: order(schedules) as typeof schedules,
    maintenanceWindows: order(maintenanceWindows) as typeof maintenanceWindows,
    services: ["checkout"],
  });
  app.synth();
  const resources = terraform("production").resource;
  return Object.fromEntries(
    Object.entries(IDENTITY).map(([type, field]) => [
      type,
      Object.keys(resources[type]).sort().map((id) => [id, resources[type][id][field]]),
    ]),
  );
}

describe("OnCallTeam's PagerDuty ids", () => {
  it("derive from emails, schedule names and window starts, so reordering them keeps every logical id", () => {
    const declared = logicalIds((list) => [...list]);
    expect(declared.pagerduty_team_membership).toHaveLength(3);
    expect(declared.pagerduty_schedule).toHaveLength(2);
    expect(declared.pagerduty_maintenance_window).toHaveLength(2);
    expect(logicalIds((list) => [...list].reverse())).toEqual(declared);
  });

  it("are readable: the construct path, without a hash", () => {
    const declared = logicalIds((list) => [...list]);
    expect(declared.pagerduty_team_membership[0][0]).toBe("checkout-team_member-ana-lima-example-com");
    expect(declared.pagerduty_schedule[0][0]).toBe("checkout-team_schedule-primary");
    expect(declared.pagerduty_maintenance_window[0][0]).toBe("checkout-team_maintenance-2026-12-06t02-00-00z");
  });

  it("keep a member's, a schedule's and a window's id when another one leaves", () => {
    const all = logicalIds((list) => [...list]);
    const withoutFirst = logicalIds((list) => list.slice(1));
    for (const type of Object.keys(IDENTITY)) {
      expect(withoutFirst[type]).toEqual(all[type].slice(1));
    }
  });
});
