import { COMPONENT_STATES } from "../../domain/status-page/state";
import { DAY_COLOURS, PAGE_COLOURS, STATE_COLOURS } from "./palette";

const DAY_LEVELS = Object.keys(DAY_COLOURS) as Array<keyof typeof DAY_COLOURS>;

/** The page's inline style sheet: system fonts, the palette, and the bars drawn with plain CSS. */
export function statusPageCss(): string {
  const page = PAGE_COLOURS;
  return [
    `:root{color-scheme:light}`,
    `body{margin:0;background:${page.background};color:${page.text};font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}`,
    // No padding between header and main: the banner is followed by the first heading's margin only.
    `header,main,footer{max-width:56rem;margin:0 auto;padding:0 1.5rem}header{padding-top:1rem}footer{padding-bottom:1rem}`,
    `h1{font-size:1.75rem;margin:1rem 0 .5rem}h2{font-size:1.25rem;margin:1.5rem 0 .75rem}h3{font-size:1.05rem;margin:0}`,
    `.overall{font-size:1.15rem;font-weight:600;padding:.75rem 1rem;border:2px solid currentColor;border-radius:.5rem}`,
    `.components{list-style:none;margin:0;padding:0}`,
    `.component{border:1px solid ${page.border};border-radius:.5rem;padding:1rem;margin-bottom:1rem}`,
    `.component-head{display:flex;justify-content:space-between;gap:1rem;flex-wrap:wrap;align-items:baseline}`,
    `.description,.uptime,.muted,footer{color:${page.mutedText}}.description{margin:.25rem 0 0}`,
    `.state{font-weight:600;margin:0}`,
    ...COMPONENT_STATES.map((state) => `.state-${state}{color:${STATE_COLOURS[state]}}`),
    `.bars{display:flex;gap:2px;height:2.25rem;margin:.75rem 0 .25rem;padding:0;list-style:none;align-items:flex-end}`,
    `.day{flex:1 1 0;height:100%;border-radius:1px}`,
    ...DAY_LEVELS.map((level) => `.day-${level}{background:${DAY_COLOURS[level]}}`),
    // No data is drawn lower than a day with data, so it differs by shape as well as colour.
    `.day-no-data{height:40%}`,
    `.axis{display:flex;justify-content:space-between;font-size:.85rem;color:${page.mutedText};margin:0}`,
    `.legend{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;padding:0;font-size:.9rem}`,
    `.swatch{display:inline-block;width:.8rem;height:.8rem;margin-right:.35rem;vertical-align:-.05rem;border-radius:2px}`,
    `details{margin-top:.5rem}summary{cursor:pointer;color:${page.focus}}`,
    `table{border-collapse:collapse;margin-top:.5rem;font-size:.9rem}th,td{text-align:left;padding:.15rem .75rem .15rem 0;border-bottom:1px solid ${page.border}}`,
    `:focus-visible{outline:3px solid ${page.focus};outline-offset:2px}`,
    `.incidents{list-style:none;padding:0}.incident{border-left:4px solid ${STATE_COLOURS["partial-outage"]};padding:.25rem .75rem;margin-bottom:.75rem}`,
    `.visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}`,
  ].join("\n");
}
