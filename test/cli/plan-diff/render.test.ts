import { describe, expect, it } from "vitest";
import type { OutputItem } from "../../../src/domain/plan-diff/output-item";
import { planDiff } from "../../../src/domain/plan-diff/plan-diff";
import { describeField } from "../../../src/cli/plan-diff/describe-change";
import { jsonPlan } from "../../../src/cli/plan-diff/render-json";
import { MARKDOWN_BUDGET, renderMarkdown } from "../../../src/cli/plan-diff/render-markdown";
import { renderText } from "../../../src/cli/plan-diff/render-text";

const item = (construct: string, type: string, label: string, fields: OutputItem["fields"], more: Partial<OutputItem> = {}): OutputItem => ({
  id: `${construct} ${label}`,
  stack: "production",
  kind: "terraform",
  construct,
  type,
  label,
  fields,
  ...more,
});

const slo = (target: number) => item("production/checkout-availability", "datadog_service_level_objective", 'Datadog SLO "checkout availability"', { "thresholds[0].target": target });
const latency = item("production/checkout-latency", "datadog_service_level_objective", 'Datadog SLO "checkout latency"', { name: "checkout latency" });
const rule = item("production/search", "alerting rule", "alerting rule SearchBurn (page)", { alert: "SearchBurn" }, { kind: "rule", where: "prometheus/search.rules.yml" });
const tags = (list: string[]) => item("production/search", "datadog_monitor", 'Datadog monitor "search"', { tags: list, priority: "2" });

const plan = planDiff(
  { items: [slo(99.9), latency, rule, tags(["team:search", "env:production"])], retired: new Set() },
  { items: [slo(99.5), tags(["team:search", "env:prod"]), item("production/search", "grafana_folder", 'Grafana folder "search"', { title: "search" })], retired: new Set() },
);

describe("plan renderers", () => {
  it("write Markdown with the dangerous changes first, then each construct's changes field by field", () => {
    expect(renderMarkdown(plan)).toBe(
      [
        "### Watchkeeper plan",
        "",
        "**3 dangerous changes; 5 changes in 3 constructs (1 added, 2 changed, 2 removed)**",
        "",
        "#### ⚠️ Dangerous changes",
        "",
        '- **history lost** in `production/checkout-latency`: Datadog SLO "checkout latency" will be destroyed: history lost',
        "- **alert removed** in `production/search`: alerting rule SearchBurn (page) removed",
        '- **objective loosened** in `production/checkout-availability`: objective loosened 99.9 → 99.5 (Datadog SLO "checkout availability")',
        "",
        "#### Changes by construct",
        "",
        "##### `production/checkout-availability`",
        "",
        '- **changed** Datadog SLO "checkout availability"',
        "  - `thresholds[0].target: 99.9 → 99.5`",
        "",
        "##### `production/checkout-latency`",
        "",
        '- **removed** Datadog SLO "checkout latency"',
        "",
        "##### `production/search`",
        "",
        '- **changed** Datadog monitor "search"',
        '  - `tags: − "env:production", + "env:prod"`',
        '- **added** Grafana folder "search"',
        "- **removed** alerting rule SearchBurn (page) in prometheus/search.rules.yml",
        "",
      ].join("\n"),
    );
  });

  it("stop listing constructs before a pull request comment's limit, telling how many were left out", () => {
    const many = Array.from({ length: 3000 }, (_, index) => item(`production/slo-${String(index).padStart(4, "0")}`, "datadog_monitor", `Datadog monitor "slo ${index}"`, { n: 1 }));
    const markdown = renderMarkdown(planDiff({ items: [], retired: new Set() }, { items: many, retired: new Set() }));
    expect(markdown.length).toBeLessThan(MARKDOWN_BUDGET + 1000);
    const shown = markdown.match(/^##### /gm)?.length ?? 0;
    expect(markdown.endsWith(`\n\n_… and ${3000 - shown} more constructs with ${3000 - shown} changes: run \`watchkeeper diff --format text\` for the whole plan._\n`)).toBe(true);
    expect(markdown).toContain("##### `production/slo-0000`");
  });

  it("write text marking additions, changes and removals", () => {
    expect(renderText(plan)).toContain(
      '\nproduction/search\n  ~ Datadog monitor "search"\n      tags: − "env:production", + "env:prod"\n  + Grafana folder "search"\n  - alerting rule SearchBurn (page) in prometheus/search.rules.yml\n',
    );
    expect(renderText(plan)).toMatch(/^Watchkeeper plan: 3 dangerous changes; [^\n]+\n\nDangerous changes:\n {2}! history lost: production\/checkout-latency: /);
  });

  it("write JSON with counts, the exit code, the dangers and every change", () => {
    const json = jsonPlan(plan);
    expect(json.counts).toEqual({ added: 1, changed: 2, removed: 2, retired: 0, dangers: 3 });
    expect(json.exitCode).toBe(3);
    expect(json.changes[0]).toEqual({
      change: "changed",
      construct: "production/checkout-availability",
      stack: "production",
      kind: "terraform",
      type: "datadog_service_level_objective",
      label: 'Datadog SLO "checkout availability"',
      id: 'production/checkout-availability Datadog SLO "checkout availability"',
      fields: [{ path: "thresholds[0].target", before: 99.9, after: 99.5 }],
    });
  });

  it("show long texts from a little before where they differ", () => {
    const before = `${"a".repeat(100)} burning at 14.4x`;
    expect(describeField({ path: "message", before, after: `${"a".repeat(100)} burning at 20x` })).toBe(
      'message: "…aaaaaaaa burning at 14.4x" → "…aaaaaaaa burning at 20x"',
    );
    expect(describeField({ path: "priority", before: "1" })).toBe('priority: "1" → (none)');
  });
});
