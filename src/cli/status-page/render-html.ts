import { formatDuration, type Incident } from "../../domain/status-page/incidents";
import type { ComponentStatus, StatusPageModel } from "../../domain/status-page/model";
import { overallState, STATE_LABELS, type ComponentState } from "../../domain/status-page/state";
import { daysWithData, formatUptime, periodUptime, type DayLevel, type DayUptime } from "../../domain/status-page/uptime";
import { statusPageCss } from "./styles";

/**
 * The status page as one self-contained HTML document: inline CSS, bars drawn with plain HTML, no script, no
 * external asset. Everything shown comes from the model, which holds customers' words only.
 *
 * Accessibility: `lang`, one h1 and a heading per section and component, every state written out (colour is never
 * the only signal), a text alternative per day and a summary per bar chart, and each component's days as a table
 * in a `<details>` element that keyboard users open with Tab and Enter.
 */
export function renderStatusPage(model: StatusPageModel): string {
  const overall = overallState(model.components.map((component) => component.state));
  const days = model.components[0]?.days.length ?? 0;
  return [
    `<!DOCTYPE html>`,
    `<html lang="en">`,
    `<head>`,
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escape(model.title)}</title>`,
    `<style>\n${statusPageCss()}\n</style>`,
    `</head>`,
    `<body>`,
    `<header>`,
    `<h1>${escape(model.title)}</h1>`,
    `<p class="overall state-${overall}" data-state="${overall}">${escape(bannerText(model.components))}</p>`,
    `</header>`,
    `<main>`,
    `<section aria-labelledby="components-heading">`,
    `<h2 id="components-heading">Current status and uptime over the last ${days} days</h2>`,
    legend(),
    model.components.length === 0 ? `<p>No component is published yet.</p>` : `<ul class="components">\n${model.components.map(component).join("\n")}\n</ul>`,
    `</section>`,
    incidents(model),
    `</main>`,
    `<footer>`,
    `<p>Updated <time datetime="${isoTime(model.generatedAt)}">${formatTime(model.generatedAt)}</time>. ${escape(uptimeMeaning(model.components))}</p>`,
    `</footer>`,
    `</body>`,
    `</html>`,
    ``,
  ].join("\n");
}

/** The states the banner names components for, worst first; components in no state known last. */
const BANNER_ORDER: readonly ComponentState[] = ["major-outage", "partial-outage", "degraded", "unknown"];

/**
 * The banner: all operational, or each state other than operational (worst first) with the components in it,
 * `Partial outage: Checkout; Status unknown: Reviews`.
 */
function bannerText(components: readonly ComponentStatus[]): string {
  const affected = BANNER_ORDER.flatMap((state) => {
    const names = components.filter((component) => component.state === state).map((component) => component.name);
    return names.length === 0 ? [] : [`${STATE_LABELS[state]}: ${names.join(", ")}`];
  });
  return affected.length === 0 ? "All systems operational" : affected.join("; ");
}

/** `A`, `A and B`, `A, B and C`. */
function listed(names: readonly string[]): string {
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** What uptime means on this page, in the words of each component's kind: requests served, or probes passed. */
function uptimeMeaning(components: readonly ComponentStatus[]): string {
  const requests = components.filter((component) => component.measures === "requests").map((component) => component.name);
  const probes = components.filter((component) => component.measures === "probes").map((component) => component.name);
  const ofRequests = "the share of successful requests";
  const ofProbes = "the share of successful probes (checks of the service run from outside)";
  const meaning =
    probes.length === 0
      ? `Uptime is ${ofRequests} per day (UTC)`
      : requests.length === 0
        ? `Uptime is ${ofProbes} per day (UTC)`
        : `Uptime is ${ofRequests} per day (UTC) for ${listed(requests)}, and ${ofProbes.replace("the share ", "")} for ${listed(probes)}`;
  return `${meaning}; a day without measurements is shown as no data, and the uptime over a period counts only the days with data.`;
}

/** A component's uptime over the period, over the days with data only, saying how many there are. */
function uptimeText(status: ComponentStatus): string {
  const total = status.days.length;
  const known = daysWithData(status.days);
  const uptime = periodUptime(status.days);
  if (uptime === undefined) {
    return `No uptime data over the last ${total} days`;
  }
  if (known === total) {
    return `${formatUptime(uptime)} uptime over the last ${total} days`;
  }
  const days = (count: number) => `${count} day${count === 1 ? "" : "s"}`;
  return `${formatUptime(uptime)} uptime over the ${days(known)} with data; no data for the other ${days(total - known)} of the last ${total}`;
}

/** What each day's level means, in the words of the legend and the text alternatives. */
const DAY_WORDS: Readonly<Record<DayLevel, string>> = {
  good: "no issues",
  degraded: "degraded",
  outage: "outage",
  "no-data": "no data",
};

function legend(): string {
  const items = (Object.keys(DAY_WORDS) as DayLevel[]).map(
    (level) => `<li><span class="swatch day-${level}" aria-hidden="true"></span>${DAY_WORDS[level]}</li>`,
  );
  return `<ul class="legend" aria-label="Legend of the daily bars">${items.join("")}</ul>`;
}

function component(status: ComponentStatus): string {
  const name = escape(status.name);
  const first = status.days[0];
  const last = status.days.at(-1);
  return [
    `<li class="component" data-state="${status.state}">`,
    `<div class="component-head">`,
    `<h3>${name}</h3>`,
    `<p class="state state-${status.state}">${stateMarker(status.state)}${STATE_LABELS[status.state]}</p>`,
    `</div>`,
    status.description === undefined ? "" : `<p class="description">${escape(status.description)}</p>`,
    `<ol class="bars" aria-label="${escape(barsSummary(status))}">`,
    ...status.days.map((day) => `<li class="day day-${day.level}" data-date="${day.date}" data-level="${day.level}" title="${dayText(day)}"><span class="visually-hidden">${dayText(day)}</span></li>`),
    `</ol>`,
    first === undefined || last === undefined ? "" : `<p class="axis" aria-hidden="true"><span>${formatDate(first.date)}</span><span>${formatDate(last.date)}</span></p>`,
    `<p class="uptime">${escape(uptimeText(status))}</p>`,
    dayTable(status),
    `</li>`,
  ]
    .filter((line) => line !== "")
    .join("\n");
}

/** A shape in front of the state's words, so that states differ by more than colour. */
function stateMarker(state: ComponentState): string {
  const shapes: Record<ComponentState, string> = { operational: "●", degraded: "▲", "partial-outage": "◆", "major-outage": "■", unknown: "○" };
  return `<span aria-hidden="true">${shapes[state]} </span>`;
}

function barsSummary(status: ComponentStatus): string {
  const count = (level: DayLevel) => status.days.filter((day) => day.level === level).length;
  const uptime = periodUptime(status.days);
  const known = daysWithData(status.days);
  const overall = uptime === undefined ? "no data" : `${formatUptime(uptime)} ${known === status.days.length ? "overall" : `over the ${known} days with data`}`;
  return (
    `Daily uptime of ${status.name} over the last ${status.days.length} days: ${overall}; ` +
    `${count("good")} days with no issues, ${count("degraded")} degraded, ${count("outage")} with an outage, ${count("no-data")} without data`
  );
}

function dayText(day: DayUptime): string {
  const uptime = day.uptimePercent === undefined ? "" : `${formatUptime(day.uptimePercent)} uptime, `;
  return `${formatDate(day.date)}: ${uptime}${DAY_WORDS[day.level]}`;
}

function dayTable(status: ComponentStatus): string {
  const rows = [...status.days]
    .reverse()
    .map((day) => `<tr><td>${formatDate(day.date)}</td><td>${day.uptimePercent === undefined ? "–" : formatUptime(day.uptimePercent)}</td><td>${DAY_WORDS[day.level]}</td></tr>`);
  return [
    `<details>`,
    `<summary>Daily uptime of ${escape(status.name)} as a table</summary>`,
    `<table>`,
    `<caption class="visually-hidden">Daily uptime of ${escape(status.name)}, newest day first</caption>`,
    `<thead><tr><th scope="col">Day (UTC)</th><th scope="col">Uptime</th><th scope="col">Status</th></tr></thead>`,
    `<tbody>`,
    ...rows,
    `</tbody>`,
    `</table>`,
    `</details>`,
  ].join("\n");
}

function incidents(model: StatusPageModel): string {
  const items = model.incidents.map((incident) => `<li class="incident">\n<h3>Elevated error rates on ${escape(incident.component)}</h3>\n<p>${incidentTimes(incident)}</p>\n</li>`);
  return [
    `<section aria-labelledby="incidents-heading">`,
    `<h2 id="incidents-heading">Incidents in the last ${model.incidentDays} days</h2>`,
    items.length === 0 ? `<p>No incidents in the last ${model.incidentDays} days.</p>` : `<ul class="incidents">\n${items.join("\n")}\n</ul>`,
    `</section>`,
  ].join("\n");
}

function incidentTimes(incident: Incident): string {
  const start = `Started <time datetime="${isoTime(incident.start)}">${formatTime(incident.start)}</time>`;
  if (incident.end === undefined) {
    return `${start}; ongoing.`;
  }
  return `${start}; resolved <time datetime="${isoTime(incident.end)}">${formatTime(incident.end)}</time>, after ${formatDuration(incident.end - incident.start)}.`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026-11-27" → "27 Nov 2026". */
function formatDate(date: string): string {
  const [year, month, day] = date.split("-");
  return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
}

/** Unix seconds → "27 Nov 2026, 09:05 UTC". */
function formatTime(seconds: number): string {
  const iso = isoTime(seconds);
  return `${formatDate(iso.slice(0, 10))}, ${iso.slice(11, 16)} UTC`;
}

function isoTime(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Text and attribute values with HTML's special characters escaped. */
function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
