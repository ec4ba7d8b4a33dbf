import { describe, expect, it } from "vitest";
import { compareOutputs } from "../../../src/domain/plan-diff/compare";
import {
  type OutputItem,
  flattenFields,
} from "../../../src/domain/plan-diff/output-item";
import {
  planDiff,
  planExitCode,
} from "../../../src/domain/plan-diff/plan-diff";

const item = (
  id: string,
  fields: OutputItem["fields"],
  more: Partial<OutputItem> = {}
): OutputItem => ({
  id,
  stack: "production",
  kind: "terraform",
  construct: `production/${id}`,
  type: "datadog_logs_index",
  noun: "datadog logs index",
  label: id,
  fields,
  ...more,
});

describe("flattenFields", () => {
  it("flattens objects by key, lists of objects by index, keeps lists of scalars whole and expands JSON text", () => {
    const fields = flattenFields({
      thresholds: [{ target: 99.9, timeframe: "30d" }],
      tags: ["team:checkout", "severity:page"],
      nested: { b: 1, a: { deep: null } },
      config_json: '{"title":"Checkout","panels":[{"id":1}]}',
      empty: {},
    });
    expect(fields).toEqual({
      "config_json.panels[0].id": 1,
      "config_json.title": "Checkout",
      "nested.a.deep": null,
      "nested.b": 1,
      tags: ["team:checkout", "severity:page"],
      "thresholds[0].target": 99.9,
      "thresholds[0].timeframe": "30d",
    });
    expect(Object.keys(fields)).toEqual(Object.keys(fields).sort());
  });

  it("keeps text that only looks like JSON as text", () => {
    expect(flattenFields({ message: "{not json" })).toEqual({
      message: "{not json",
    });
  });
});

describe("compareOutputs", () => {
  it("lists added, changed (field by field) and removed items by construct path, and nothing for equal items", () => {
    const previous = [
      item("b", { name: "b", size: 1, old: true }),
      item("a", { same: 1 }),
      item("c", { x: 1 }),
    ];
    const current = [
      item("a", { same: 1 }),
      item("b", { name: "b", size: 2, added: "yes" }),
      item("d", { y: 1 }),
    ];
    expect(compareOutputs(previous, current)).toEqual([
      {
        change: "changed",
        before: previous[0],
        after: current[1],
        fields: [
          { path: "added", after: "yes" },
          { path: "old", before: true },
          { path: "size", before: 1, after: 2 },
        ],
      },
      { change: "removed", before: previous[2] },
      { change: "added", after: current[2] },
    ]);
  });

  it("marks a Terraform resource that a removed block keeps in its vendor account as retired, not removed", () => {
    const slo = item(
      "slo",
      { name: "x" },
      {
        type: "datadog_service_level_objective",
        address: "datadog_service_level_objective.slo_1",
      }
    );
    const plan = planDiff(
      { items: [slo], retired: new Set() },
      { items: [], retired: new Set(["datadog_service_level_objective.slo_1"]) }
    );
    expect(plan.changes).toEqual([{ change: "retired", before: slo }]);
    expect(plan.dangers).toEqual([]);
    expect(planExitCode(plan)).toBe(2);
  });

  it("marks a new Terraform resource that an import block takes over as imported, not added, and never dangerous", () => {
    const monitor = item(
      "monitor",
      { name: "x" },
      {
        type: "datadog_downtime_schedule",
        address: "datadog_downtime_schedule.nightly",
      }
    );
    const other = item(
      "other",
      { name: "y" },
      { type: "datadog_monitor", address: "datadog_monitor.new" }
    );
    const plan = planDiff(
      { items: [], retired: new Set() },
      {
        items: [monitor, other],
        retired: new Set(),
        imported: new Set(["datadog_downtime_schedule.nightly"]),
      }
    );
    expect(plan.changes).toEqual([
      { change: "imported", after: monitor },
      { change: "added", after: other },
    ]);
    expect(plan.dangers).toEqual([]);
  });

  it("compares a Terraform resource a moved block moves with its new self: the same resource, changed only if its fields are", () => {
    const old = item(
      "old",
      { name: "x" },
      {
        id: "production terraform datadog_monitor.checkout_burn_1A2B3C4D",
        type: "datadog_monitor",
      }
    );
    const moved = new Map([
      [old.id, "production terraform datadog_monitor.checkout_burn"],
    ]);
    const same = {
      ...old,
      id: "production terraform datadog_monitor.checkout_burn",
    };
    const plan = planDiff(
      { items: [old], retired: new Set() },
      { items: [same], retired: new Set(), moved }
    );
    expect([
      plan.changes,
      plan.dangers,
      plan.moved,
      planExitCode(plan),
    ]).toEqual([[], [], 1, 2]);
    const renamed = { ...same, fields: { name: "y" } };
    expect(
      planDiff(
        { items: [old], retired: new Set() },
        { items: [renamed], retired: new Set(), moved }
      ).changes
    ).toEqual([
      {
        change: "changed",
        before: old,
        after: renamed,
        fields: [{ path: "name", before: "x", after: "y" }],
      },
    ]);
    const unmoved = planDiff(
      { items: [old], retired: new Set() },
      { items: [same], retired: new Set() }
    );
    expect(unmoved.changes.map((change) => change.change)).toEqual([
      "added",
      "removed",
    ]);
    expect(unmoved.dangers.map((danger) => danger.kind)).toEqual([
      "history-lost",
      "alert-removed",
    ]);
  });

  it("exits 0 without a change, 2 with safe changes, 3 with a dangerous one", () => {
    const before = [item("a", { n: 1 })];
    const none = { items: [], retired: new Set<string>() };
    expect(
      planExitCode(
        planDiff(
          { items: before, retired: new Set() },
          { items: before, retired: new Set() }
        )
      )
    ).toBe(0);
    expect(
      planExitCode(
        planDiff(
          { items: before, retired: new Set() },
          { items: [item("a", { n: 2 })], retired: new Set() }
        )
      )
    ).toBe(2);
    const monitor = item("m", { name: "m" }, { type: "datadog_monitor" });
    expect(
      planExitCode(planDiff({ items: [monitor], retired: new Set() }, none))
    ).toBe(3);
  });
});
