import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { contrastRatio, GRAPHICS_CONTRAST, TEXT_CONTRAST } from "../../../src/domain/status-page/contrast";
import { PROBE_SCENARIO, SLO_SCENARIOS, STATUS_COMPONENTS } from "../../fixtures/quality/scenarios";
import { ROOT, TSX_IMPORT } from "../../support/example";
import { qualityReady } from "../../support/quality-prometheus";
import { CHROMIUM } from "../../support/chromium";

/** Where the page and its screenshot are kept after the run (git-ignored). */
const ARTIFACTS = join(ROOT, "test-artifacts/status-page");
const MINUTE = 60_000;

/** `rgb(r, g, b)` as the browser computes colours → `#rrggbb`. */
function hex(rgb: string): string {
  const [red, green, blue] = (rgb.match(/\d+/g) ?? []).map(Number);
  return `#${[red, green, blue].map((channel) => channel.toString(16).padStart(2, "0")).join("")}`;
}

/**
 * The UTC days the burning scenario can mark: those of its failing hour (66 to 6 minutes before the fixture's now) and
 * of the 5-minute error ratio's tail after it, which ends by the fixture's now (a page drawn just after midnight marks
 * the new day when the hour ended in the last minutes of the old one).
 */
function burningDays(now: Date): string[] {
  const day = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * MINUTE).toISOString().slice(0, 10);
  return [...new Set([day(66), day(0)])];
}

/**
 * `watchkeeper status-page` against the real Prometheus of the quality fixture (healthy, burning, exhausted and
 * silent SLOs marked public, the quiet one internal, and a public SLO of probes recorded for its last 9 days only),
 * the page opened in headless Chromium.
 */
describe("watchkeeper status-page against Prometheus, in a browser", () => {
  const quality = inject("quality");
  let browser: Browser;
  let page: Page;
  let html: string;
  let stdout: string;
  const requests: string[] = [];
  /** The UTC days the page was rendered on: one, or two when a midnight passed while it was. */
  const renderedOn = new Set<string>();
  const today = () => new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    await qualityReady(quality);
    rmSync(ARTIFACTS, { recursive: true, force: true });
    renderedOn.add(today());
    const cli = spawnSync(
      process.execPath,
      [...TSX_IMPORT, join(ROOT, "src/cli/main.ts"), "status-page", "--prometheus", quality.url, "--out", ARTIFACTS, "--title", "Example Shop status"],
      { encoding: "utf8" },
    );
    renderedOn.add(today());
    expect(cli.stderr).toBe("");
    expect(cli.status).toBe(0);
    stdout = cli.stdout;
    html = readFileSync(join(ARTIFACTS, "index.html"), "utf8");
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
    page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`file://${join(ARTIFACTS, "index.html")}`);
  });

  afterAll(async () => {
    await page?.screenshot({ path: join(ARTIFACTS, "status-page.png"), fullPage: true });
    await browser?.close();
  });

  it("writes index.html, names what it wrote, and the page loads nothing but itself", () => {
    expect(stdout).toBe(`${join(ARTIFACTS, "index.html")}: 5 components, 1 incident in the last 14 days\n`);
    expect(requests.map((url) => url.replace(/^file:\/\/.*\//, ""))).toEqual(["index.html"]);
  });

  it("shows the public components only, under their public names, with no internal name anywhere", () => {
    const internal = [...SLO_SCENARIOS.map((scenario) => scenario.service), PROBE_SCENARIO.service, "availability", "storefront", "ErrorBudgetBurn", "sloth", "runbooks"];
    for (const name of internal) {
      expect(html.toLowerCase(), name).not.toContain(name.toLowerCase());
    }
  });

  it("shows each component's state now, from its burn alerts and error ratio, in name order, the banner naming the affected ones", async () => {
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.locator("h1").textContent()).toBe("Example Shop status");
    const states = await page.$$eval(".component", (items) => items.map((item) => [item.querySelector("h3")?.textContent, item.querySelector(".state")?.textContent]));
    expect(states).toEqual([
      [STATUS_COMPONENTS.healthy, "● Operational"],
      [STATUS_COMPONENTS.burning, "◆ Partial outage"],
      [PROBE_SCENARIO.component, "● Operational"],
      [STATUS_COMPONENTS.silent, "○ Status unknown"],
      [STATUS_COMPONENTS.exhausted, "● Operational"],
    ]);
    expect(await page.locator(".overall").textContent()).toBe(`Partial outage: ${STATUS_COMPONENTS.burning}; Status unknown: ${STATUS_COMPONENTS.silent}`);
  });

  it("draws 90 daily bars per component from the recorded history, the burning days marked", async () => {
    const levels = Object.fromEntries(
      await page.$$eval(".component", (items) =>
        items.map((item) => [item.querySelector("h3")?.textContent ?? "", [...item.querySelectorAll(".bars > .day")].map((day) => [day.getAttribute("data-date"), day.getAttribute("data-level")])]),
      ),
    ) as Record<string, Array<[string, string]>>;
    for (const days of Object.values(levels)) {
      expect(days).toHaveLength(90);
      expect(renderedOn).toContain(days.at(-1)?.[0]);
    }
    expect(levels[STATUS_COMPONENTS.healthy].every(([, level]) => level === "good")).toBe(true);
    expect(levels[STATUS_COMPONENTS.silent].every(([, level]) => level === "no-data")).toBe(true);
    // Recorded for its last 9 days: the 81 before them are no data, the first recorded one degraded.
    expect(levels[PROBE_SCENARIO.component].map(([, level]) => level)).toEqual([...Array(81).fill("no-data"), "degraded", ...Array(8).fill("good")]);
    // 0.15% failing until a day ago: 1.5 times the budget, degraded every day but the last ones.
    expect(levels[STATUS_COMPONENTS.exhausted].slice(0, 88).every(([, level]) => level === "degraded")).toBe(true);
    // The failing hour marks its day (or, across midnight, at least one of its two days), and nothing else.
    const marked = levels[STATUS_COMPONENTS.burning].filter(([, level]) => level !== "good").map(([date]) => date);
    expect(marked.length).toBeGreaterThan(0);
    expect(burningDays(new Date(quality.now))).toEqual(expect.arrayContaining(marked));
  });

  it("averages uptime over the days with data only, and shows the days without as no data, bar and text", async () => {
    const probed = page.locator(".component", { hasText: PROBE_SCENARIO.component });
    expect(await probed.locator(".uptime").textContent()).toMatch(/^99\.9\d% uptime over the 9 days with data; no data for the other 81 days of the last 90$/);
    const noData = probed.locator(".day-no-data").first();
    expect(await noData.getAttribute("title")).toMatch(/^\d{1,2} \w{3} \d{4}: no data$/);
    expect(await noData.innerText()).toBe(await noData.getAttribute("title"));
    const [dataHeight, noDataHeight] = await Promise.all([probed.locator(".day-good").first(), noData].map((bar) => bar.evaluate((element) => element.getBoundingClientRect().height)));
    expect(noDataHeight).toBeLessThan(dataHeight / 2);
    expect(await page.locator(".component", { hasText: STATUS_COMPONENTS.silent }).locator(".uptime").textContent()).toBe("No uptime data over the last 90 days");
  });

  it("says what uptime counts for each kind of component: requests, or probes", async () => {
    expect(await page.locator("footer").textContent()).toContain(
      `Uptime is the share of successful requests per day (UTC) for ${[STATUS_COMPONENTS.healthy, STATUS_COMPONENTS.burning, STATUS_COMPONENTS.silent].join(", ")} and ${STATUS_COMPONENTS.exhausted}, ` +
        `and of successful probes (checks of the service run from outside) for ${PROBE_SCENARIO.component};`,
    );
  });

  it("leaves no large blank gap under the banner", async () => {
    const [banner, heading] = await Promise.all([".overall", "#components-heading"].map((selector) => page.locator(selector).evaluate((element) => element.getBoundingClientRect())));
    expect(heading.top - banner.bottom).toBeGreaterThan(0);
    expect(heading.top - banner.bottom).toBeLessThanOrEqual(32);
  });

  it("lists the ongoing incident of the paging component", async () => {
    expect(await page.locator(".incident h3").allTextContents()).toEqual([`Elevated error rates on ${STATUS_COMPONENTS.burning}`]);
    expect(await page.locator(".incident p").textContent()).toMatch(/^Started .* UTC; ongoing\.$/);
  });

  it("gives every day a text alternative and every chart a summary", async () => {
    const bars = page.locator(".component").nth(0).locator(".bars");
    expect(await bars.getAttribute("aria-label")).toMatch(/^Daily uptime of Catalogue over the last 90 days: 99\.9\d% overall; 90 days with no issues, 0 degraded/);
    const day = bars.locator(".day").first();
    expect(await day.getAttribute("title")).toMatch(/^\d{1,2} \w{3} \d{4}: 99\.9\d% uptime, no issues$/);
    expect(await day.innerText()).toBe(await day.getAttribute("title"));
  });

  it("is read with the keyboard: Tab reaches each component's table in page order and Enter opens it", async () => {
    const focused: string[] = [];
    await page.focus("body");
    for (let index = 0; index < 4; index += 1) {
      await page.keyboard.press("Tab");
      focused.push((await page.locator(":focus").textContent()) ?? "");
    }
    expect(focused).toEqual(["Catalogue", "Checkout", "Public API", "Reviews"].map((name) => `Daily uptime of ${name} as a table`));
    await page.keyboard.press("Enter");
    const details = page.locator("details").nth(3);
    expect(await details.getAttribute("open")).toBe("");
    expect(await details.locator("tbody tr").count()).toBe(90);
    expect(await page.locator(":focus").evaluate((element) => element.ownerDocument.defaultView?.getComputedStyle(element).outlineStyle)).toBe("solid");
  });

  it("has enough contrast as the browser draws it", async () => {
    const colours = await page.locator("body").evaluate((body) => {
      const style = (element: typeof body) => body.ownerDocument.defaultView?.getComputedStyle(element) as { color: string; backgroundColor: string };
      const all = (selector: string): Array<typeof body> => [...body.querySelectorAll(selector)] as Array<typeof body>;
      return {
        background: style(body).backgroundColor,
        text: ["h1", ".overall", ".uptime", ".state", "summary", "footer"].flatMap(all).map((element) => style(element).color),
        bars: [...new Set(all(".day").map((day) => style(day).backgroundColor))],
      };
    });
    for (const text of colours.text) {
      expect(contrastRatio(hex(text), hex(colours.background)), text).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    }
    expect(colours.bars.length).toBeGreaterThanOrEqual(3);
    for (const bar of colours.bars) {
      expect(contrastRatio(hex(bar), hex(colours.background)), bar).toBeGreaterThanOrEqual(GRAPHICS_CONTRAST);
    }
  });
});
