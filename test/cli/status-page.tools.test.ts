import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contrastRatio, GRAPHICS_CONTRAST, TEXT_CONTRAST } from "../../src/domain/status-page/contrast";
import { renderStatusPage } from "../../src/status-page/render-html";
import { ROOT } from "../support/example";
import { literalStatusPageModel } from "../support/status-page-model";

/** Where the page and its screenshot are kept after the run (git-ignored). */
const ARTIFACTS = join(ROOT, "test-artifacts/status-page");

/** `rgb(r, g, b)` as the browser computes colours → `#rrggbb`. */
function hex(rgb: string): string {
  const [red, green, blue] = (rgb.match(/\d+/g) ?? []).map(Number);
  return `#${[red, green, blue].map((channel) => channel.toString(16).padStart(2, "0")).join("")}`;
}

describe("the status page in a browser", () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, "index.html");
    writeFileSync(file, renderStatusPage(literalStatusPageModel()));
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
    page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`file://${file}`);
  });

  afterAll(async () => {
    await page?.screenshot({ path: join(ARTIFACTS, "status-page.png"), fullPage: true });
    await browser?.close();
  });

  it("loads nothing but itself", () => {
    expect(requests.map((url) => url.replace(/^file:\/\/.*\//, ""))).toEqual(["index.html"]);
  });

  it("shows each component's state and 90 daily bars, the burning days marked", async () => {
    expect(await page.getAttribute("html", "lang")).toBe("en");
    const components = await page.$$eval(".component", (items) =>
      items.map((item) => ({
        name: item.querySelector("h3")?.textContent,
        state: item.querySelector(".state")?.textContent,
        bars: item.querySelectorAll(".bars > .day").length,
        marked: [...item.querySelectorAll(".day:not(.day-good)")].map((day) => `${day.getAttribute("data-date")} ${day.getAttribute("data-level")}`),
      })),
    );
    expect(components.map(({ name, state, bars }) => ({ name, state, bars }))).toEqual([
      { name: "Checkout", state: "● Operational", bars: 90 },
      { name: "Search", state: "◆ Partial outage", bars: 90 },
      { name: "Sign-in", state: "○ Status unknown", bars: 90 },
    ]);
    expect(components[1].marked).toEqual(["2026-11-25 degraded", "2026-11-26 outage", "2026-11-27 outage"]);
    expect(components[2].marked).toHaveLength(30);
    // The bars are drawn: every day has a width, and a day without data is lower than one with data.
    const boxes = await page.$$eval(".component:nth-child(3) .day", (days) => days.map((day) => day.getBoundingClientRect()).map(({ width, height }) => ({ width, height })));
    expect(boxes.every((box) => box.width > 2)).toBe(true);
    expect(boxes[0].height).toBeLessThan(boxes[89].height);
  });

  it("gives every day a text alternative and every chart a summary", async () => {
    const bars = page.locator(".component").nth(1).locator(".bars");
    expect(await bars.getAttribute("aria-label")).toMatch(/^Daily uptime of Search over the last 90 days: .*2 with an outage/);
    expect(await bars.locator(".day").last().getAttribute("title")).toBe("27 Nov 2026: 80.00% uptime, outage");
    expect(await bars.locator(".day").last().innerText()).toBe("27 Nov 2026: 80.00% uptime, outage");
  });

  it("is read with the keyboard: Tab reaches each component's table in page order and Enter opens it", async () => {
    const focused: string[] = [];
    await page.focus("body");
    for (let index = 0; index < 3; index += 1) {
      await page.keyboard.press("Tab");
      focused.push((await page.locator(":focus").textContent()) ?? "");
    }
    expect(focused).toEqual(["Daily uptime of Checkout as a table", "Daily uptime of Search as a table", "Daily uptime of Sign-in as a table"]);
    await page.keyboard.press("Enter");
    expect(await page.locator("details").nth(2).getAttribute("open")).toBe("");
    expect(await page.locator("details").nth(2).locator("tbody tr").count()).toBe(90);
    const outline = await page.locator(":focus").evaluate((element) => element.ownerDocument.defaultView?.getComputedStyle(element).outlineStyle);
    expect(outline).toBe("solid");
  });

  it("has enough contrast as the browser draws it", async () => {
    const colours = await page.locator("body").evaluate((body) => {
      const style = (element: typeof body) => body.ownerDocument.defaultView?.getComputedStyle(element) as { color: string; backgroundColor: string };
      const all = (selector: string): Array<typeof body> => [...body.querySelectorAll(selector)] as Array<typeof body>;
      return {
        background: style(body).backgroundColor,
        text: ["h1", ".description", ".state"].flatMap(all).map((element) => style(element).color),
        bars: [...new Set(all(".day").map((day) => style(day).backgroundColor))],
      };
    });
    for (const text of colours.text) {
      expect(contrastRatio(hex(text), hex(colours.background)), text).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    }
    expect(colours.bars).toHaveLength(4);
    for (const bar of colours.bars) {
      expect(contrastRatio(hex(bar), hex(colours.background)), bar).toBeGreaterThanOrEqual(GRAPHICS_CONTRAST);
    }
  });
});
