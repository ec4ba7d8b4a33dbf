import { describe, expect, it } from "vitest";
import { contrastRatio, GRAPHICS_CONTRAST, TEXT_CONTRAST } from "../../../src/domain/status-page/contrast";
import { DAY_COLOURS, PAGE_COLOURS, STATE_COLOURS } from "../../../src/cli/status-page/palette";
import { renderStatusPage } from "../../../src/cli/status-page/render-html";
import { literalStatusPageModel } from "../../support/status-page-model";

describe("the status page's HTML", () => {
  const html = renderStatusPage(literalStatusPageModel());

  it("is one self-contained document: no script, no stylesheet link, image or font from elsewhere", () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|\burl\(|@import|https?:\/\//i);
    expect(html).toContain("<style>");
  });

  it("escapes the text it is given", () => {
    expect(html).toContain("<title>Example &lt;Status&gt; &amp; Co</title>");
    expect(html).toContain("<h1>Example &lt;Status&gt; &amp; Co</h1>");
    expect(html).not.toContain("<Status>");
  });

  it("states the worst state on top, naming the components in each state but operational, and each component's state in words", () => {
    expect(html).toContain('<p class="overall state-partial-outage" data-state="partial-outage">Partial outage: Search; Status unknown: Sign-in</p>');
    const model = literalStatusPageModel();
    const operational = model.components.map((component) => ({ ...component, state: "operational" as const }));
    expect(renderStatusPage({ ...model, components: operational })).toContain('data-state="operational">All systems operational</p>');
    expect(html).toContain('<p class="state state-operational"><span aria-hidden="true">● </span>Operational</p>');
    expect(html).toContain('<p class="state state-unknown"><span aria-hidden="true">○ </span>Status unknown</p>');
  });

  it("draws 90 days per component, each with a text alternative, and sums them up for screen readers", () => {
    expect(html.match(/<li class="day /g)).toHaveLength(270);
    expect(html).toContain(
      '<li class="day day-outage" data-date="2026-11-27" data-level="outage" title="27 Nov 2026: 80.00% uptime, outage"><span class="visually-hidden">27 Nov 2026: 80.00% uptime, outage</span></li>',
    );
    expect(html).toContain('data-date="2026-08-30" data-level="no-data" title="30 Aug 2026: no data"');
    expect(html).toContain(
      'aria-label="Daily uptime of Search over the last 90 days: 99.70% overall; 87 days with no issues, 1 degraded, 2 with an outage, 0 without data"',
    );
    expect(html).toContain("<p class=\"uptime\">99.98% uptime over the last 90 days</p>");
  });

  it("averages the uptime over the days with data only, and says how many days have none", () => {
    expect(html).toContain('<p class="uptime">100.00% uptime over the 60 days with data; no data for the other 30 days of the last 90</p>');
    expect(html).toContain('aria-label="Daily uptime of Sign-in over the last 90 days: 100.00% over the 60 days with data; 60 days with no issues, 0 degraded, 0 with an outage, 30 without data"');
    const model = literalStatusPageModel();
    const blind = renderStatusPage({ ...model, components: [{ ...model.components[2], days: model.components[2].days.map(({ date }) => ({ date, level: "no-data" as const })) }] });
    expect(blind).toContain('<p class="uptime">No uptime data over the last 90 days</p>');
  });

  it("says in the footer what uptime counts for each kind of component: requests, or probes", () => {
    expect(html).toContain(
      "Uptime is the share of successful requests per day (UTC) for Checkout and Search, and of successful probes (checks of the service run from outside) for Sign-in; " +
        "a day without measurements is shown as no data, and the uptime over a period counts only the days with data.</p>",
    );
    const model = literalStatusPageModel();
    expect(renderStatusPage({ ...model, components: model.components.slice(0, 2) })).toContain("Uptime is the share of successful requests per day (UTC); a day");
    expect(renderStatusPage({ ...model, components: model.components.slice(2) })).toContain("Uptime is the share of successful probes (checks of the service run from outside) per day (UTC); a day");
    expect(html).not.toContain("share of successful requests per day (UTC);");
  });

  it("offers each component's days as a table behind a summary the keyboard reaches", () => {
    expect(html.match(/<details>/g)).toHaveLength(3);
    expect(html).toContain("<summary>Daily uptime of Sign-in as a table</summary>");
    expect(html).toContain("<tr><td>27 Nov 2026</td><td>80.00%</td><td>outage</td></tr>");
    expect(html).toContain("<tr><td>30 Aug 2026</td><td>–</td><td>no data</td></tr>");
  });

  it("lists incidents newest first, ongoing or resolved with their duration", () => {
    expect(html).toContain('<h2 id="incidents-heading">Incidents in the last 14 days</h2>');
    expect(html).toContain('<h3>Elevated error rates on Search</h3>\n<p>Started <time datetime="2026-11-25T11:30:00Z">25 Nov 2026, 11:30 UTC</time>; ongoing.</p>');
    expect(html).toContain("resolved <time datetime=\"2026-11-22T12:35:00Z\">22 Nov 2026, 12:35 UTC</time>, after 1 h 5 min.");
    const quiet = renderStatusPage({ ...literalStatusPageModel(), incidents: [] });
    expect(quiet).toContain("<p>No incidents in the last 14 days.</p>");
  });

  it("is the same for the same model", () => {
    expect(renderStatusPage(literalStatusPageModel())).toBe(html);
  });
});

describe("the status page's colours", () => {
  const background = PAGE_COLOURS.background;

  it("give text at least 4.5:1 against the page", () => {
    for (const colour of [PAGE_COLOURS.text, PAGE_COLOURS.mutedText, PAGE_COLOURS.focus, ...Object.values(STATE_COLOURS)]) {
      expect(contrastRatio(colour, background), colour).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    }
  });

  it("give every bar at least 3:1 against the page", () => {
    for (const colour of Object.values(DAY_COLOURS)) {
      expect(contrastRatio(colour, background), colour).toBeGreaterThanOrEqual(GRAPHICS_CONTRAST);
    }
  });
});
