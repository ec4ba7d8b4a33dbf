import type { ComponentState } from "../../domain/status-page/state";
import type { DayLevel } from "../../domain/status-page/uptime";

/**
 * The status page's colours, chosen for WCAG 2.1 AA on the page background: text at least 4.5:1, the uptime bars
 * at least 3:1 (the tests compute both). Colour never carries meaning alone: every state is also written out and
 * every day has a text alternative.
 */
export const PAGE_COLOURS = {
  background: "#ffffff",
  text: "#1f2328",
  mutedText: "#57606a",
  border: "#d0d7de",
  focus: "#0550ae",
} as const;

/** The colour of each state's label and marker. */
export const STATE_COLOURS: Readonly<Record<ComponentState, string>> = {
  operational: "#1a7f37",
  degraded: "#9a6700",
  "partial-outage": "#bc4c00",
  "major-outage": "#cf222e",
  unknown: "#57606a",
};

/** The colour of each day's bar. */
export const DAY_COLOURS: Readonly<Record<DayLevel, string>> = {
  good: "#1a7f37",
  degraded: "#9a6700",
  outage: "#cf222e",
  "no-data": "#6e7781",
};
