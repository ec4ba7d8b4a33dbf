import { describe, expect, it } from "vitest";
import type { OutputItem } from "../../../src/domain/plan-diff/output-item";
import { planDiff } from "../../../src/domain/plan-diff/plan-diff";
import { describeField } from "../../../src/domain/plan-diff/describe-field";
import { jsonPlan } from "../../../src/cli/plan-diff/render-json";
import {
  MARKDOWN_LIMIT,
  renderMarkdown,
} from "../../../src/cli/plan-diff/render-markdown";
import { renderText } from "../../../src/cli/plan-diff/render-text";

const item = (
  construct: string,
  type: string,
  noun: string,
  label: string,
  fields: OutputItem["fields"],
  more: Partial<OutputItem> = {}
): OutputItem => ({
  id: `${construct} ${label} ${more.where ?? ""}`,
  stack: "production",
  kind: "terraform",
  construct,
  type,
  noun,
  label,
  fields,
  ...more,
});

const slo = (target: number) =>
  item(
    "production/checkout-availability",
    "datadog_service_level_objective",
    "Datadog SLO",
    'Datadog SLO "checkout availability"',
    { "thresholds[0].target": target }
  );
const latency = item(
  "production/checkout-latency",
  "datadog_service_level_objective",
  "Datadog SLO",
  'Datadog SLO "checkout latency"',
  { name: "checkout latency" }
);
const rule = (where: string) =>
  item(
    "production/search",
    "alerting rule",
    "alerting rule",
    "alerting rule SearchBurn (page)",
    { alert: "SearchBurn" },
    {
      kind: "rule",
      where,
      mirror: "rule production/search search/SearchBurn#0",
    }
  );
const tags = (list: string[]) =>
  item(
    "production/search",
    "datadog_monitor",
    "Datadog monitor",
    'Datadog monitor "search"',
    { tags: list, priority: "2" }
  );

/** A removed SLO, a loosened one, a rule gone from its rule file and its PrometheusRule, a changed monitor and a new folder. */
const plan = planDiff(
  {
    items: [
      slo(99.9),
      latency,
      rule("prometheus/search.rules.yml"),
      rule("PrometheusRule monitoring/search"),
      tags(["team:search", "env:production"]),
    ],
    retired: new Set(),
  },
  {
    items: [
      slo(99.5),
      tags(["team:search", "env:prod"]),
      item(
        "production/search",
        "grafana_folder",
        "Grafana folder",
        "Grafana folder search",
        { title: "search" }
      ),
    ],
    retired: new Set(),
  }
);

/** `count` constructs, each raising its own monitor's threshold: as many dangers, summary lines and detail blocks. */
function hugePlan(count: number) {
  const monitors = (raise: number) =>
    Array.from({ length: count }, (_, index) =>
      item(
        `production/service-${String(index).padStart(4, "0")}`,
        "datadog_monitor",
        "Datadog monitor",
        `Datadog monitor "service ${index} burn"`,
        {
          query: `burn_rate(x) > ${index + raise}`,
          "monitor_thresholds.critical": String(index + raise),
        }
      )
    );
  return planDiff(
    { items: monitors(1), retired: new Set() },
    { items: monitors(2), retired: new Set() }
  );
}

describe("plan renderers", () => {
  it("write Markdown: the dangerous changes, one summary line per construct, then each construct's detail folded, a mirrored rule once", () => {
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
        "#### Changes",
        "",
        "- `production/checkout-availability` **changed**: 1 Datadog SLO",
        "- `production/checkout-latency` **removed**: 1 Datadog SLO",
        "- `production/search` **changed**: added 1 Grafana folder; changed 1 Datadog monitor; removed 1 alerting rule",
        "",
        "#### Details",
        "",
        "<details><summary><code>production/checkout-availability</code> changed: 1 Datadog SLO</summary>",
        "",
        '- **changed** Datadog SLO "checkout availability"',
        "  - `thresholds[0].target: 99.9 → 99.5`",
        "",
        "</details>",
        "",
        "<details><summary><code>production/checkout-latency</code> removed: 1 Datadog SLO</summary>",
        "",
        '- **removed** Datadog SLO "checkout latency"',
        "",
        "</details>",
        "",
        "<details><summary><code>production/search</code> changed: added 1 Grafana folder; changed 1 Datadog monitor; removed 1 alerting rule</summary>",
        "",
        '- **changed** Datadog monitor "search"',
        '  - `tags: − "env:production", + "env:prod"`',
        "- **added** Grafana folder search",
        "- **removed** alerting rule SearchBurn (page) (in PrometheusRule monitoring/search and prometheus/search.rules.yml)",
        "",
        "</details>",
        "",
      ].join("\n")
    );
  });

  it("name the same danger in several constructs on one line, its outputs counted by noun", () => {
    const sloIn = (stack: string) => [
      item(
        `${stack}/latency`,
        "datadog_service_level_objective",
        "Datadog SLO",
        'Datadog SLO "latency"',
        { n: 1 },
        { stack, id: `${stack} slo` }
      ),
      ...[1, 2].map((n) =>
        item(
          `${stack}/latency`,
          "datadog_monitor",
          "Datadog monitor",
          `Datadog monitor "burn ${n}"`,
          { n },
          { stack, id: `${stack} monitor ${n}` }
        )
      ),
    ];
    const markdown = renderMarkdown(
      planDiff(
        {
          items: [...sloIn("production"), ...sloIn("staging")],
          retired: new Set(),
        },
        { items: [], retired: new Set() }
      )
    );
    expect(
      markdown
        .split("#### Changes")[0]
        .split("\n")
        .filter((line) => line.startsWith("- **"))
    ).toEqual([
      '- **history lost** in `production/latency`, `staging/latency`: Datadog SLO "latency", 2 Datadog monitors will be destroyed: history lost',
      "- **alert removed** in `production/latency`, `staging/latency`: 2 Datadog monitors removed",
    ]);
  });

  it("stay within a pull request comment's limit, whatever the plan, counting what each section left out", () => {
    const markdown = renderMarkdown(hugePlan(3000));
    expect(markdown.length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
    const dangers =
      markdown.match(/^- \*\*threshold raised\*\*/gm)?.length ?? 0;
    const summaries =
      markdown.match(/^- `production\/service-\d+` \*\*changed\*\*/gm)
        ?.length ?? 0;
    const details = markdown.match(/^<details>/gm)?.length ?? 0;
    expect(dangers).toBeGreaterThan(100);
    expect(markdown).toContain(
      `\n- _… and ${
        3000 - dangers
      } more dangerous changes: run \`watchkeeper diff --format text\` for all of them._\n`
    );
    expect(markdown).toContain(
      `\n- _… and ${
        3000 - summaries
      } more constructs: run \`watchkeeper diff --format text\` for all of them._\n`
    );
    expect(
      markdown.endsWith(
        `\n\n_… and the details of ${
          3000 - details
        } more constructs: run \`watchkeeper diff --format text\` for them._\n`
      )
    ).toBe(true);
    expect(markdown.split("<details>").length).toBe(
      markdown.split("</details>").length
    );
  });

  it("write text: the dangers, a summary line per construct, then additions, changes and removals", () => {
    const text = renderText(plan);
    expect(text).toMatch(
      /^Watchkeeper plan: 3 dangerous changes; [^\n]+\n\nDangerous changes:\n {2}! history lost in production\/checkout-latency: /
    );
    expect(text).toContain(
      "\nChanges:\n  production/checkout-availability changed: 1 Datadog SLO\n  production/checkout-latency removed: 1 Datadog SLO\n"
    );
    expect(text).toContain(
      '\nproduction/search\n  ~ Datadog monitor "search"\n      tags: − "env:production", + "env:prod"\n  + Grafana folder search\n' +
        "  - alerting rule SearchBurn (page) (in PrometheusRule monitoring/search and prometheus/search.rules.yml)\n"
    );
  });

  it("write JSON with counts, the exit code, the dangers, a summary per construct and every item's change", () => {
    const json = jsonPlan(plan);
    expect(json.counts).toEqual({
      added: 1,
      imported: 0,
      changed: 2,
      removed: 3,
      retired: 0,
      dangers: 3,
      moved: 0,
    });
    expect(json.exitCode).toBe(3);
    expect(json.constructs[2]).toEqual({
      construct: "production/search",
      change: "changed",
      counts: [
        { change: "added", noun: "Grafana folder", count: 1 },
        { change: "changed", noun: "Datadog monitor", count: 1 },
        { change: "removed", noun: "alerting rule", count: 1 },
      ],
    });
    expect(json.changes[0]).toEqual({
      change: "changed",
      construct: "production/checkout-availability",
      stack: "production",
      kind: "terraform",
      type: "datadog_service_level_objective",
      label: 'Datadog SLO "checkout availability"',
      id: 'production/checkout-availability Datadog SLO "checkout availability" ',
      fields: [{ path: "thresholds[0].target", before: 99.9, after: 99.5 }],
    });
  });

  it("say that an imported resource is taken over, not created, in every format", () => {
    const imported = item(
      "production/checkout-availability",
      "datadog_service_level_objective",
      "Datadog SLO",
      'Datadog SLO "checkout availability"',
      { name: "checkout availability" },
      { address: "datadog_service_level_objective.checkout" }
    );
    const adoption = planDiff(
      { items: [], retired: new Set() },
      {
        items: [imported],
        retired: new Set(),
        imported: new Set(["datadog_service_level_objective.checkout"]),
      }
    );
    expect(renderText(adoption)).toContain(
      "Watchkeeper plan: 1 change in 1 construct (1 imported)"
    );
    expect(renderText(adoption)).toContain(
      '  < Datadog SLO "checkout availability"'
    );
    expect(renderMarkdown(adoption)).toContain(
      "imported (an object its vendor account already has, taken over: nothing is created)"
    );
    expect(jsonPlan(adoption).counts).toMatchObject({ added: 0, imported: 1 });
  });

  it("show long texts from a little before where they differ", () => {
    const before = `${"a".repeat(100)} burning at 14.4x`;
    expect(
      describeField({
        path: "message",
        before,
        after: `${"a".repeat(100)} burning at 20x`,
      })
    ).toBe(
      'message: "…aaaaaaaa burning at 14.4x" → "…aaaaaaaa burning at 20x"'
    );
    expect(describeField({ path: "priority", before: "1" })).toBe(
      'priority: "1" → (none)'
    );
  });
});
