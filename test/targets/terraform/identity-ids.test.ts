import { describe, expect, it } from "vitest";
import { identityIds } from "../../../src/targets/terraform/identity-ids";

describe("identityIds", () => {
  it("names each identity by its slug, whatever its position", () => {
    const ids = identityIds("member", "member", ["ana.lima@example.com", "ben@example.com"]);
    expect([...ids]).toEqual([
      ["ana.lima@example.com", "member-ana-lima-example-com"],
      ["ben@example.com", "member-ben-example-com"],
    ]);
    expect(identityIds("member", "member", ["ben@example.com", "ana.lima@example.com"])).toEqual(ids);
  });

  it("adds a hash of the identity to slugs two identities share, and only to those", () => {
    const ids = identityIds("member", "member", ["ana.lima@example.com", "ana-lima@example.com", "ben@example.com"]);
    expect(ids.get("ana.lima@example.com")).toMatch(/^member-ana-lima-example-com-[0-9a-f]{8}$/);
    expect(ids.get("ana-lima@example.com")).toMatch(/^member-ana-lima-example-com-[0-9a-f]{8}$/);
    expect(ids.get("ana.lima@example.com")).not.toBe(ids.get("ana-lima@example.com"));
    expect(ids.get("ben@example.com")).toBe("member-ben-example-com");
  });

  it("cuts a long slug and adds a hash, so that two long names sharing a beginning stay apart", () => {
    const long = `${"very-long-schedule-name-".repeat(4)}`;
    const ids = identityIds("schedule", "schedule name", [`${long}a`, `${long}b`]);
    for (const id of ids.values()) {
      expect(id).toMatch(/^schedule-[a-z0-9-]{1,48}-[0-9a-f]{8}$/);
    }
    expect(new Set(ids.values()).size).toBe(2);
  });

  it("gives an identity with no letters or digits a hash", () => {
    expect(identityIds("schedule", "schedule name", ["🌙"]).get("🌙")).toMatch(/^schedule-[0-9a-f]{8}$/);
  });

  it("refuses an identity declared twice", () => {
    expect(() => identityIds("schedule", "schedule name", ["primary", "primary"])).toThrow('schedule name "primary" is declared twice; declare each once');
  });
});
