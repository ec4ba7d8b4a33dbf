/**
 * The one place where Datadog query text is written: metric queries (`sum:<metric>{<filters>} by {<tags>}.as_count()`),
 * arithmetic over them, the functions Watchkeeper uses (`anomalies`, `forecast`, `week_before`), monitor queries
 * (`<aggregation>(<window>):<expression> <comparator> <threshold>`), `slo alert` burn-rate queries, the event-platform
 * monitor queries of logs and RUM (`logs("<search>")…`), and the search syntax of logs and RUM events. The targets
 * decide what to ask; this module decides how it is spelled. Grammar: Datadog's "Querying metrics"
 * (docs.datadoghq.com/metrics/#querying-metrics), monitor query sections of the `datadog_monitor` resource
 * (DataDog/terraform-provider-datadog `docs/resources/monitor.md`), and the burn-rate, anomaly and log search pages
 * of DataDog/documentation.
 */

/** A comparison of a monitor query's value with its threshold. */
export type Comparator = ">" | ">=" | "<" | "<=";

/** How the filters of a metric query are joined: boolean `AND`, or the tag-list comma (both mean "all of"). */
export type FilterJoin = "and" | "comma";

/** A metric query: `<aggregator>:<metric>{<filters>}[ by {<tags>}][.as_count()|.as_rate()]`. */
export interface MetricQuery {
  /** Space aggregation (`sum`, `avg`, `min`, `max`) or a distribution's percentile (`p75`, `p95`). */
  readonly aggregator: string;
  readonly metric: string;
  /**
   * Tag filters, all of which must hold (see {@link tagFilter}).
   * @default none: `{*}`
   */
  readonly filters?: readonly string[];
  /**
   * How the filters are joined.
   * @default "and"
   */
  readonly filterJoin?: FilterJoin;
  /**
   * Tags the query is grouped by.
   * @default none
   */
  readonly by?: readonly string[];
  /**
   * `as_count()` (counts per interval) or `as_rate()` (per second) of a count or rate metric.
   * @default none
   */
  readonly as?: "count" | "rate";
}

/** A metric query's text. */
export function metricQuery(query: MetricQuery): string {
  const filters = query.filters ?? [];
  const scope = filters.length === 0 ? "*" : filters.join(query.filterJoin === "comma" ? "," : " AND ");
  const by = query.by === undefined || query.by.length === 0 ? "" : ` by {${query.by.join(",")}}`;
  const as = query.as === undefined ? "" : `.as_${query.as}()`;
  return `${query.aggregator}:${query.metric}{${scope}}${by}${as}`;
}

/** A tag filter: `key:value`. */
export function tagFilter(key: string, value: string): string {
  return `${key}:${value}`;
}

/** Any of the filters: one as it is, several as `(a OR b)`. */
export function anyFilter(filters: readonly string[]): string {
  return filters.length === 1 ? filters[0] : `(${filters.join(" OR ")})`;
}

/** The negation of a filter: `NOT <filter>`. */
export function notFilter(filter: string): string {
  return `NOT ${filter}`;
}

/** Arithmetic between two queries or numbers: `<left> <operator> <right>`, left to right, as written. */
export function arithmetic(left: string | number, operator: "+" | "-" | "*" | "/", right: string | number): string {
  return `${left} ${operator} ${right}`;
}

/** An expression in parentheses, to be an operand of arithmetic. */
export function grouped(expression: string): string {
  return `(${expression})`;
}

/** `week_before(<query>)`: the query's value a week earlier. */
export function weekBefore(query: string): string {
  return `week_before(${query})`;
}

/** Named arguments of a function, in order: text quoted (`direction='above'`), numbers bare (`interval=60`). */
export type FunctionOptions = ReadonlyArray<readonly [name: string, value: string | number]>;

const option = ([name, value]: FunctionOptions[number]) => (typeof value === "number" ? `${name}=${value}` : `${name}='${value}'`);

function call(name: string, query: string, positional: ReadonlyArray<string | number>, options: FunctionOptions): string {
  const args = [query, ...positional.map((value) => (typeof value === "number" ? String(value) : `'${value}'`)), ...options.map(option)];
  return `${name}(${args.join(", ")})`;
}

/** `anomalies(<query>, '<algorithm>', <deviations>, <options>)`. */
export function anomalies(query: string, algorithm: string, deviations: number, options: FunctionOptions): string {
  return call("anomalies", query, [algorithm, deviations], options);
}

/** `forecast(<query>, '<algorithm>', <deviations>, <options>)`. */
export function forecast(query: string, algorithm: string, deviations: number, options: FunctionOptions): string {
  return call("forecast", query, [algorithm, deviations], options);
}

/** A monitor's evaluation window: `last_15m` (the past), `next_1w` (a forecast's horizon). */
export function timeWindow(direction: "last" | "next", span: string): string {
  return `${direction}_${span}`;
}

/** A metric monitor query: `<aggregation>(<window>):<expression> <comparator> <threshold>`. */
export function monitorQuery(aggregation: string, window: string, expression: string, comparator: Comparator, threshold: number | string): string {
  return `${aggregation}(${window}):${expression} ${comparator} ${threshold}`;
}

/** What a `slo alert` burn-rate query compares: the SLO, its timeframe, the two windows as written, the factor. */
export interface BurnRateQuery {
  readonly sloId: string;
  readonly timeframe: string;
  readonly longWindow: string;
  readonly shortWindow: string;
  readonly factor: number;
}

/** `burn_rate("<slo>").over("<timeframe>").long_window("<long>").short_window("<short>") > <factor>`. */
export function burnRateQuery(query: BurnRateQuery): string {
  const windows = `long_window("${query.longWindow}").short_window("${query.shortWindow}")`;
  return `burn_rate("${query.sloId}").over("${query.timeframe}").${windows} > ${query.factor}`;
}

/** An event-platform monitor query of logs or RUM events: the search, its rollup, grouping and window. */
export interface EventQuery {
  readonly source: "logs" | "rum";
  /** The search, in the events' search syntax (escaped here for the quoted argument). */
  readonly search: string;
  /**
   * The log indexes searched (`*` for all); RUM has none.
   * @default none
   */
  readonly index?: string;
  /** The rollup and its arguments: `["count"]`, `["pc75", "@view.largest_contentful_paint"]`. */
  readonly rollup: readonly string[];
  /**
   * Facets the events are grouped by, given as one comma-separated argument.
   * @default none
   */
  readonly by?: readonly string[];
  /** The window, e.g. `5m`. */
  readonly last: string;
}

/** A string as a double-quoted argument of an event query. */
const quotedArgument = (text: string) => `"${text.replace(/["\\]/g, "\\$&")}"`;

/** `logs("<search>").index("*").rollup("count").by("<facets>").last("5m") > <threshold>` (and the same for `rum`). */
export function eventMonitorQuery(query: EventQuery, comparator: Comparator, threshold: number): string {
  const parts = [
    `${query.source}(${quotedArgument(query.search)})`,
    ...(query.index === undefined ? [] : [`index(${quotedArgument(query.index)})`]),
    `rollup(${query.rollup.map(quotedArgument).join(", ")})`,
    ...(query.by === undefined || query.by.length === 0 ? [] : [`by(${quotedArgument(query.by.join(","))})`]),
    `last(${quotedArgument(query.last)})`,
  ];
  return `${parts.join(".")} ${comparator} ${threshold}`;
}

/** A term of the log and RUM event search syntax: `<field>:<value>` (the value as {@link searchValue} gives it). */
export function searchTerm(field: string, value: string): string {
  return `${field}:${value}`;
}

/** Text in double quotes, its quotes and backslashes escaped: a phrase, or a value with spaces or search syntax. */
export function searchPhrase(text: string): string {
  return `"${text.replace(/["\\]/g, "\\$&")}"`;
}

/** A value of a search term: bare when it is a plain word or path, else a phrase. */
export function searchValue(raw: string | number | boolean): string {
  const text = String(raw);
  return /^[\w.\-/]+$/.test(text) ? text : searchPhrase(text);
}

/** A range term: `<field>:[<from> TO <to>]`, `*` for an open end. */
export function searchRange(field: string, from: number | undefined, to: number | undefined): string {
  return searchTerm(field, `[${from ?? "*"} TO ${to ?? "*"}]`);
}

/** A term that holds when the field has any value: `<field>:*`. */
export function searchExists(field: string): string {
  return searchTerm(field, "*");
}

/** A numerical comparison term: `<field>:><value>`. */
export function searchCompare(field: string, comparator: Comparator, value: number): string {
  return searchTerm(field, `${comparator}${value}`);
}

/** A term that holds when the field is one of the values: `<field>:("a" OR "b")`. */
export function searchOneOf(field: string, values: readonly string[]): string {
  return searchTerm(field, `(${values.map(searchPhrase).join(" OR ")})`);
}

/**
 * Terms joined by `AND`, `OR` or a space (Datadog's implicit AND); `nested` puts more than one term in parentheses,
 * to be a term of another.
 */
export function searchJoin(terms: readonly string[], operator: "AND" | "OR" | " ", nested = false): string {
  const joined = terms.join(operator === " " ? " " : ` ${operator} `);
  return nested && terms.length > 1 ? `(${joined})` : joined;
}

/** The negation of a term: `-<term>`. */
export function searchNot(term: string): string {
  return `-${term}`;
}
